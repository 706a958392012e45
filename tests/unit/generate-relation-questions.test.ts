import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { withContext } from "@/lib/generation/question-stems";

// Our own article about one person, with her family named by their tie to her.
const ruler = `Queen Ilse of Norland

Queen Ilse of Norland ruled the island kingdom for thirty years. She was born in the harbour town of Vell in 1402. Osric II was her father. Her husband, Bram Tolle, commanded the royal fleet. Her mother was Edda, a weaver from the hills. Ilse built new roads and a library in the capital. Osric III, her son, followed her on the throne in 1460.`;

describe("people by their tie to the person the article is about", () => {
  it("asks who her father, husband, mother and son were, typed, with only that person's names accepted", () => {
    const qs = [1, 2, 3, 4, 5].flatMap((seed) => generateQuestions(ruler, { count: 10, seed }).questions);
    const byPrompt = new Map(qs.filter((q) => /^Who was /.test(q.prompt)).map((q) => [q.prompt, q]));
    expect(byPrompt.get("Who was Queen Ilse's father?")?.answerText).toBe("Osric II");
    expect(byPrompt.get("Who was Queen Ilse's husband?")?.answerText).toBe("Bram Tolle");
    for (const q of byPrompt.values()) {
      expect(q.type).toBe("FILL_BLANK");
      expect(passesGates(q, ruler)).toBe(true);
    }
    const father = byPrompt.get("Who was Queen Ilse's father?")!;
    // "Osric" alone would also name her son, Osric III.
    // (Its number in figures is the same name.)
    if (father.answerKey.kind === "text") expect(father.answerKey.accepted).toEqual(["Osric II", "Osric 2"]);
  });

  it("never takes a linking word set off by commas for the relative's name", () => {
    // Our own article: the father is named after an aside ("His father, however, was …").
    const king = `King Odo of Marrow

King Odo of Marrow ruled the river towns for twenty years. He was born in the fortress of Dun in 1390. His father, however, was Aldric Brenn, who had lost the eastern towns in a long war. He won them back in 1421. He also built the first stone bridge over the river, and he opened schools in every town.`;
    // Every candidate the makers produce, chosen or not.
    const candidates: { prompt: string; answerText: string }[] = [];
    generateQuestions(king, { count: 10, seed: 1, trace: (q) => void candidates.push(q) });
    const father = candidates.filter((q) => q.prompt === "Who was King Odo's father?");
    expect(father.length).toBeGreaterThan(0);
    for (const q of father) expect(q.answerText).toBe("Aldric Brenn");
    for (const q of candidates) expect(q.answerText.toLowerCase()).not.toBe("however");
    // A title both share is no shared name.
    const titled: { prompt: string; answerText: string }[] = [];
    generateQuestions(king.replace("Aldric Brenn", "King Aldric"), { count: 10, seed: 1, trace: (q) => void titled.push(q) });
    expect(titled.filter((q) => q.prompt === "Who was King Odo's father?").map((q) => q.answerText)).toContain("King Aldric");
  });

  it("accepts a first name the article uses alone, never a short form that names someone else", () => {
    const text = "Two Sisters\n\nMara Venn and Lotte Venn ran the mill. Mara kept the books, and her sister Lotte Venn mended the wheel.";
    const span = (name: string) => ({ type: "PERSON" as const, text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length });
    expect(acceptedAliases(span("Mara Venn"), text)).toEqual(["Mara Venn", "Mara"]);
  });

  it("accepts the other usual names of a world war", () => {
    const war = (text: string) => acceptedAliases({ type: "EVENT", text, start: 0, end: text.length });
    expect(war("World War I")).toEqual(expect.arrayContaining(["First World War", "WWI", "WW1", "the Great War"]));
    expect(war("the Second World War")).toEqual(expect.arrayContaining(["World War II", "WWII"]));
    expect(war("World War II")).not.toContain("WWI");
  });
});

describe("a count the article states twice", () => {
  it("is a main point worth asking even when hedged and measured; stated once it stays out", () => {
    const twice = `The Long Walk\n\nThe walkers set out from the coast in spring. Their walk covered about 3,000 kilometers over five months.\n\nOn the Road\n\nThe route crossed three mountain passes. By the end the walk had covered about 3,000 kilometers and raised money for a hospital.`;
    const once = twice.replace("By the end the walk had covered about 3,000 kilometers and raised money for a hospital.", "By the end the walkers had raised money for a hospital.");
    const asks = (text: string) => [1, 2, 3].some((seed) => generateQuestions(text, { count: 6, seed }).questions.some((q) => q.answerText === "3,000"));
    expect(asks(twice)).toBe(true);
    expect(asks(once)).toBe(false);
  });

  it("is never offered with options after a bound ('more than'): a smaller option would be true as well", () => {
    const bounded = `The Long Walk\n\nThe walkers set out from the coast in spring. Their walk covered more than 3,000 kilometers over five months.\n\nOn the Road\n\nThe route crossed three mountain passes. By the end the walk had covered more than 3,000 kilometers and raised money for a hospital.`;
    const asked = [1, 2, 3].flatMap((seed) => generateQuestions(bounded, { count: 6, seed }).questions).filter((q) => q.source.sentence.includes("more than 3,000"));
    for (const q of asked) if (q.type !== "FILL_BLANK") expect(bounded.slice(q.source.answer.start, q.source.answer.end)).not.toBe("3,000");
  });
});

describe("words that name no one", () => {
  it("never takes the Earth for a person", () => {
    const text = "Plates\n\nEarth's crust is broken into plates. The plates of Earth move a few inches a year. Scientists think Earth formed long ago.";
    const qs = [1, 2, 3].flatMap((seed) => generateQuestions(text, { count: 5, seed }).questions);
    for (const q of qs) expect(q.spanType === "PERSON" && q.answerText === "Earth").toBe(false);
  });
});

describe("the sentence shown before a stem", () => {
  it("names the article's person in place of its own leading pronoun", () => {
    const sentences = parseArticle(`Oskar Lund\n\nOskar Lund was a painter from Bergen. As a young man in Oslo, he painted ships in the harbour. Those paintings now hang in the national gallery in Oslo.`).sentences;
    for (const s of sentences) s.person = s.titlePerson = { name: "Oskar Lund", pronoun: "he" };
    expect(withContext("Those paintings now hang in the national gallery in _____.", sentences[2]!, sentences[1]!)).toBe(
      "As a young man in Oslo, Oskar Lund painted ships in the harbour. Those paintings now hang in the national gallery in _____.",
    );
  });
});
