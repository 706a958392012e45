import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { dangles, needsContext, resolvePerson } from "@/lib/generation/question-stems";
import type { Sentence } from "@/lib/generation/types";

const keeper = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/mara-okonjo-lighthouse-keeper.txt"), "utf8");

const aboutHer = (text: string): Sentence => ({ ...parseArticle(`Title\n${text}`).sentences[0]!, person: { name: "Mara Okonjo", pronoun: "she" } });

describe("an article about one person", () => {
  it("names the person for the first unattached pronoun of their gender, and leaves the other gender's alone", () => {
    expect(resolvePerson("She was born in _____ in the fishing town of Pellham.", aboutHer("She was born in 1861 in the fishing town of Pellham."))).toBe(
      "Mara Okonjo was born in _____ in the fishing town of Pellham.",
    );
    expect(resolvePerson("Her logbook recorded every ship that passed the _____.", aboutHer("Her logbook recorded every ship that passed the rock."))).toBe(
      "Mara Okonjo's logbook recorded every ship that passed the _____.",
    );
    expect(resolvePerson("The harbour board gave her a silver _____ for that rescue.", aboutHer("The harbour board gave her a silver medal for that rescue."))).toBe(
      "The harbour board gave Mara Okonjo a silver _____ for that rescue.",
    );
    // A count or a comparison after "her" could be hers or given to her: the stem stays as it is.
    expect(resolvePerson("The crossing took her nine _____.", aboutHer("The crossing took her nine days."))).toBe("The crossing took her nine _____.");
    expect(resolvePerson("The repair took her longer than the _____.", aboutHer("The repair took her longer than the storm."))).toBe("The repair took her longer than the _____.");
    // "hers" names her as an owner.
    expect(resolvePerson("The small _____ at the pier was hers.", aboutHer("The small boat at the pier was hers."))).toBe("The small _____ at the pier was Mara Okonjo's.");
    // "He" is someone else in an article about a woman: the stem stays as it is (and needs its context).
    const his = aboutHer("He built the small boat that she later used for rescues.");
    expect(resolvePerson("He built the small _____ that she later used for rescues.", his)).toBe("He built the small _____ that she later used for rescues.");
    expect(needsContext(his)).toBe(true);
    expect(needsContext(aboutHer("She retired from the lighthouse in 1924 and moved to the town of Carrow."))).toBe(false);
  });

  it("asks about sentences that open with her pronoun, naming her in the stem, never leaving it unresolved", () => {
    const all = [1, 2, 3].flatMap((seed) => generateQuestions(keeper, { count: 10, seed }).questions);
    // The sentence opening "She retired …" is asked (its year or its town, whichever the quiz takes), naming her.
    const retired = all.find((q) => q.type !== "TRUE_FALSE" && (q.answerText === "1924" || q.answerText === "Carrow") && q.source.sentence.startsWith("She retired"));
    expect(retired?.prompt).toMatch(/^(?:In what year did Mara Okonjo retire|Mara Okonjo retired from the lighthouse in (?:_____|1924 and moved to the town of _____))/);
    for (const q of all) {
      expect(passesGates(q, keeper)).toBe(true);
      if (q.type === "TRUE_FALSE") continue;
      // A stem never opens on "She"/"Her" with nothing before it to name her.
      expect(q.prompt).not.toMatch(/^(?:She|Her)\b/);
    }
  });

  it("without a person in the title, a leading pronoun still needs the sentence before", () => {
    const untitled = keeper.replace("Mara Okonjo\n", "Keeping the Gullrock light\n");
    const sentence = parseArticle(untitled).sentences.find((s) => s.text.startsWith("She retired"))!;
    expect(needsContext(sentence)).toBe(true);
    const q = generateQuestions(untitled, { count: 10, seed: 1 }).questions.find((x) => x.type !== "TRUE_FALSE" && x.answerText === "1924");
    if (q) expect(q.prompt).not.toMatch(/^She retired/);
  });
});

describe("quiz rules", () => {
  it("offers at most three statements copied as written, and keeps facts from one sentence apart only when stems do not show each other's keys", () => {
    for (const seed of [1, 2, 3]) {
      const { questions } = generateQuestions(keeper, { count: 12, seed });
      expect(questions.filter((q) => q.type === "TRUE_FALSE" && q.answerText === "True").length).toBeLessThanOrEqual(3);
      for (const a of questions)
        for (const b of questions) {
          if (a === b || a.type === "TRUE_FALSE" || b.type === "ORDERING" || b.type === "MATCHING") continue;
          if (a.type === "ORDERING" || a.type === "MATCHING") continue;
          expect(b.prompt.toLowerCase()).not.toContain(a.answerText.toLowerCase());
        }
    }
  });
});

describe("other names and things that exist", () => {
  const plague = [
    "The Sweating Sickness",
    "",
    "The Sweating Sickness, which was also called the Picardy Fever, struck towns in waves during the fifteenth and sixteenth centuries. There were five large outbreaks of the illness between 1485 and 1551. Doctors of the time could not agree on what caused the fever or how it spread between households.",
  ].join("\n");

  it("asks for another name the article gives, as a typed answer", () => {
    const all = [1, 2, 3].flatMap((seed) => generateQuestions(plague, { count: 10, seed }).questions);
    const alias = all.find((q) => q.answerText === "Picardy Fever");
    expect(alias?.type).toBe("FILL_BLANK");
    expect(alias?.prompt).toBe("What was the Sweating Sickness also called?");
    expect(alias?.answerKey).toEqual({ kind: "text", accepted: ["Picardy Fever"] });
  });

  it("reads 'There were …' as a statement of its own, but never asks a count that the list after a colon gives away", () => {
    const there = parseArticle(plague).sentences.find((s) => s.text.startsWith("There were"))!;
    expect(needsContext(there)).toBe(false);
    const listed = "Fevers\n\nThere were three kinds of fever in the old records: tertian, quartan and quotidian. Each kind returned on its own schedule and was named after it by the physicians.";
    const all = [1, 2, 3].flatMap((seed) => generateQuestions(listed, { count: 10, seed }).questions);
    expect(all.filter((q) => q.answerText === "three")).toEqual([]);
  });
});

describe("figures the quiz does not show", () => {
  it("treats a sentence pointing at a graph or diagram as one that cannot stand alone", () => {
    expect(dangles("When rain falls for weeks, the river climbs above its banks, as this diagram shows.")).toBe(true);
    expect(dangles("When rain falls for weeks, the river climbs above its banks and floods the fields.")).toBe(false);
  });
});
