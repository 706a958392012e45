import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { gateFailure } from "@/lib/generation/gates";
import { makeWorkStatements, restatesWork, workNamed } from "@/lib/generation/make-work-statements";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented study guides to invented novels and plays: the themes, the message and the title's source stated of "its".
const LANTERN =
  "The Lantern Orchard: The Story and Its Meaning\n\n" +
  "The Lantern Orchard is a brief novel by the Welsh writer Ann Bryn, published in 1961. It follows two orphaned sisters who run a failing apple farm in the hills. " +
  "The elder sister, Mari, works every hour of daylight, while the younger, Elin, dreams of leaving for the city.\n\n" +
  "When a storm flattens the orchard, Mari sells the family's horse to buy new trees. Elin takes a job at the mill to pay the debts, and the sisters rebuild the farm together.\n\n" +
  "The title comes from a hymn by Owen Price, which the sisters sing each winter. Its main themes include duty, the bond between sisters and the pull of the city.";
const SALT =
  "In the Salt House: A Play and Its Message\n\n" +
  "In the Salt House is a play by the Irish dramatist Colm Rea, first staged in 1932. A fisherman's family waits through one long night for a boat that is late. " +
  "The mother, Brid, keeps the lamp lit in the window, while her son argues that the boat is lost.\n\n" +
  "At dawn the boat returns, but the father is not on it. Rea's message is that hope and grief can live in one house at the same time.";
const ESSAY =
  "The Salt Trade: How It Worked\n\n" +
  "The salt trade carried salt from the coast to the inland towns. Its main themes include trade, roads and taxes.";

const sentencesOf = (text: string) => parseArticle(text).sentences;

describe("a story article's themes, message and title source, said of the work by name (unasked main ideas on the seen sets)", () => {
  it("names the work a study guide retells, from its title and first sentence", () => {
    const s = sentencesOf(LANTERN);
    expect(workNamed("The Lantern Orchard: The Story and Its Meaning", s[0]!.text)).toBe("The Lantern Orchard");
    // (A kind described by a people or a language's name, capitalised, is still the work's kind.)
    expect(workNamed("Arvel's Journey: A Guide", "Arvel's Journey is an Old Norse saga poem, first written down in about 1250.")).toBe("Arvel's Journey");
        // (Nor is a year before the kind: "a 1952 novel".)
    expect(workNamed("The Apple Road: A Guide", "The Apple Road is a 1952 novel by Ann Bryn.")).toBe("The Apple Road");
        // An article about a trade is no work: its "themes" sentence is no study guide's.
    expect(workNamed("The Salt Trade: How It Worked", sentencesOf(ESSAY)[0]!.text)).toBeNull();
    expect(makeWorkStatements(sentencesOf(ESSAY), "The Salt Trade: How It Worked")).toEqual([]);
  });

  it("asks the themes as a true statement naming the work, and leaves the title beside them alone", () => {
    const made = makeWorkStatements(sentencesOf(LANTERN), "The Lantern Orchard: The Story and Its Meaning").map((m) => m.question.prompt);
    expect(made).toEqual(["The main themes of The Lantern Orchard include duty, the bond between sisters and the pull of the city."]);
  });

  it("asks the title's source where no themes stand beside it", () => {
    const text = LANTERN.replace(" Its main themes include duty, the bond between sisters and the pull of the city.", "");
    const made = makeWorkStatements(sentencesOf(text), "The Lantern Orchard: The Story and Its Meaning").map((m) => m.question.prompt);
    expect(made).toEqual(["The title of The Lantern Orchard comes from a hymn by Owen Price."]);
  });

  it("asks the author's message in the work, quoting a name that opens on a preposition", () => {
    const made = makeWorkStatements(sentencesOf(SALT), "In the Salt House: A Play and Its Message").map((m) => m.question.prompt);
    expect(made).toEqual(['Rea\'s message in "In the Salt House" is that hope and grief can live in one house at the same time.']);
  });

  it("asks what the work explores, with the work named for the play", () => {
    const text = SALT.replace(" Rea's message is that hope and grief can live in one house at the same time.", " The play explores themes of waiting, faith and the sea's power over a village.");
    const made = makeWorkStatements(sentencesOf(text), "In the Salt House: A Play and Its Message").map((m) => m.question.prompt);
    expect(made).toEqual(["In the Salt House explores themes of waiting, faith and the sea's power over a village."]);
    expect(gateFailure(makeWorkStatements(sentencesOf(text), "In the Salt House: A Play and Its Message")[0]!.question, text)).toBeNull();
    // Another subject, or words the sentence does not end on, are not the article's claim.
    const sentence = "The play explores themes of waiting, faith and the sea's power over a village.";
    expect(restatesWork("In the Salt House explores themes of waiting, faith and the sea's power over a village.", sentence, text)).toBe(true);
    expect(restatesWork("In the Salt House explores themes of waiting and faith.", sentence, text)).toBe(false);
    expect(restatesWork("The Lantern Orchard explores themes of waiting, faith and the sea's power over a village.", sentence, text)).toBe(false);
  });

  it("asks what the work warns or suggests, with the work named for the novel", () => {
    const text = LANTERN.replace(" Its main themes include duty, the bond between sisters and the pull of the city.", " The novel suggests that shared work on the land can keep a family together after the money is gone.");
    const made = makeWorkStatements(sentencesOf(text), "The Lantern Orchard: The Story and Its Meaning");
    expect(made.map((m) => m.question.prompt)).toEqual(["The Lantern Orchard suggests that shared work on the land can keep a family together after the money is gone."]);
    expect(gateFailure(made[0]!.question, text)).toBeNull();
  });

  it("reads the themes named after them, and an 'It' that explores them", () => {
    const title = "The Lantern Orchard: The Story and Its Meaning";
    const after = LANTERN.replace("Its main themes include", "Major themes in the novel include");
    expect(makeWorkStatements(sentencesOf(after), title).map((m) => m.question.prompt)).toEqual(["The major themes of The Lantern Orchard include duty, the bond between sisters and the pull of the city."]);
    const explored = LANTERN.replace("Its main themes include", "It explores themes such as").replace("The title comes from a hymn by Owen Price, which the sisters sing each winter.", "The sisters sell the first new apples at the autumn fair.");
    const made = makeWorkStatements(sentencesOf(explored), title);
    expect(made.map((m) => m.question.prompt)).toEqual(["The Lantern Orchard explores themes such as duty, the bond between sisters and the pull of the city."]);
    expect(gateFailure(made[0]!.question, explored)).toBeNull();
    expect(gateFailure(makeWorkStatements(sentencesOf(after), title)[0]!.question, after)).toBeNull();
    // Right after the hymn the title comes from, "It" may be the hymn.
    const hymn = LANTERN.replace("Its main themes include", "It explores themes such as").replace(", which the sisters sing each winter", "");
    expect(makeWorkStatements(sentencesOf(hymn), title).map((m) => m.question.prompt)).toEqual(["The title of The Lantern Orchard comes from a hymn by Owen Price."]);
  });

  it("leaves an adaptation's themes alone", () => {
    const adapted = LANTERN.replace(" Its main themes", " In 1984 it was made into a film. Its main themes");
    expect(makeWorkStatements(sentencesOf(adapted), "The Lantern Orchard: The Story and Its Meaning").map((m) => m.question.prompt)).toEqual(["The title of The Lantern Orchard comes from a hymn by Owen Price."]);
    const filmThemes = LANTERN.replace("Its main themes include", "The film's main themes include");
    expect(makeWorkStatements(sentencesOf(filmThemes), "The Lantern Orchard: The Story and Its Meaning").map((m) => m.question.prompt)).toEqual(["The title of The Lantern Orchard comes from a hymn by Owen Price."]);
  });

  it("leaves what a sequel, a memoir, a tale in the plot or a poem in it says alone: those are other works", () => {
    const title = "The Lantern Orchard: The Story and Its Meaning";
    const lastTwo = "The title comes from a hymn by Owen Price, which the sisters sing each winter. Its main themes include duty, the bond between sisters and the pull of the city.";
    const themes = "The main themes of The Lantern Orchard include duty, the bond between sisters and the pull of the city.";
    const ending = (extra: string) => LANTERN.replace(lastTwo, `${extra} ${lastTwo}`);
    const made = (text: string) => makeWorkStatements(sentencesOf(text), title).map((m) => m.question.prompt);
    // A sequel's themes, said of "the novel" right after it.
    expect(made(ending("In 1970 Bryn published a sequel, The Frost Orchard, about Elin's daughter. The novel explores themes of exile and return."))).toEqual([themes]);
    // A memoir's, said of "It".
    expect(made(ending("Bryn also wrote a memoir, Hill Years, in 1975. It explores themes of childhood and hunger in the hills."))).toEqual([themes]);
    // A fable a character tells, said of "the story".
    expect(made(ending("Their grandmother tells them an old story about a greedy crow. The story teaches that greed leaves a bird with nothing."))).toEqual([themes]);
    // A poem in a novel's plot is never the novel.
    expect(made(ending("Elin finds a poem carved on the barn door. The poem warns that a farm left alone falls back to the wild."))).toEqual([themes]);
    // Nor is "It" or "the novel" any sentence later, while each sentence between says "it" or "the novel" too.
    expect(made(LANTERN.replace(lastTwo, "Bryn's second novel, The Frost Orchard, sold few copies. It follows Elin's daughter. The novel teaches that a home is carried, not kept."))).toEqual([]);
    // Nor the themes of "the novel" or "the poem" named after them, nor the author's message, said after another work.
    expect(made(ending("In 1970 Bryn published a sequel, The Frost Orchard, about Elin's daughter. Major themes in the novel include exile and the long road home."))).toEqual([themes]);
    expect(made(ending("Elin reads a poem by Owen Price each winter. Major themes in the poem include snow, loss and faith."))).toEqual([themes]);
    expect(made(ending("In 1970 Bryn published a sequel, The Frost Orchard, about Elin's daughter. Bryn's message is that a home is carried with you, not kept."))).toEqual([themes]);
    expect(made(ending("Bryn lived on a farm as a child. Bryn's message is that a home is carried with you, not kept."))).toEqual(["Bryn's message in The Lantern Orchard is that a home is carried with you, not kept.", themes]);
    // A setting to music is another work too.
    expect(made(ending("The novel was later set to music by the composer Ruth Hale. It explores themes of loss and memory in a slow, sad melody."))).toEqual([themes]);
    // Nor a film's or a sequel's title source, said as "The title" right after it.
    const title2 = (extra: string) => makeWorkStatements(sentencesOf(LANTERN.replace(lastTwo, extra)), title).map((m) => m.question.prompt);
    expect(title2("In 1990 it was made into a film called Winter Light. The title comes from a hymn by Owen Price.")).toEqual([]);
    expect(title2("Bryn lived on a farm as a child. The title comes from a hymn by Owen Price.")).toEqual(["The title of The Lantern Orchard comes from a hymn by Owen Price."]);
    // The novel's own claim, after a sentence said of the novel, is still asked.
    expect(made(ending("The novel was the first book Bryn wrote. The novel warns that pride can cost a family its land."))).toEqual(["The Lantern Orchard warns that pride can cost a family its land.", themes]);
  });

  it("passes the gates as the article's words, and nothing else said of the work does", () => {
    const sentence = "Its main themes include duty, the bond between sisters and the pull of the city.";
    expect(restatesWork("The main themes of The Lantern Orchard include duty, the bond between sisters and the pull of the city.", sentence, LANTERN)).toBe(true);
    // A theme the article does not name, or a work it does not name, is not its claim.
    expect(restatesWork("The main themes of The Lantern Orchard include duty, revenge and the pull of the city.", sentence, LANTERN)).toBe(false);
    expect(restatesWork("The main themes of The Apple Road include duty, the bond between sisters and the pull of the city.", sentence, LANTERN)).toBe(false);
    const made = makeWorkStatements(sentencesOf(LANTERN), "The Lantern Orchard: The Story and Its Meaning");
    expect(made).toHaveLength(1);
    expect(gateFailure(made[0]!.question, LANTERN)).toBeNull();
  });

  it("reaches a whole article's candidates past every gate and check", () => {
    const verdicts = new Map<string, string>();
    generateQuestions(LANTERN, { count: 10, seed: 1, trace: (q, verdict) => verdicts.set(q.prompt, verdict) });
    expect(verdicts.get("The main themes of The Lantern Orchard include duty, the bond between sisters and the pull of the city.")).toMatch(/^(?:selected|not-selected)$/);
  });
});
