import { describe, expect, it } from "vitest";
import { acceptedAliases, articleAliases } from "@/lib/generation/aliases";
import { pickDistractors } from "@/lib/generation/distractors";
import { parseArticle } from "@/lib/generation/parse-article";
import type { Span } from "@/lib/generation/types";
import { draftQuestion } from "../support/draft-question";
import { applyChecksAtLevel } from "../support/apply-checks";
import { keyOf, spanIn } from "../support/key-span";

// Invented people and places, written for these tests.
const person = (text: string): Span => keyOf("PERSON", text);
// A typed blank keyed by a name, as the generator drafts it before the checks widen its accepted answers.
const typedName = (prompt: string, answerText: string, spanType: Span["type"] = "PERSON") =>
  draftQuestion({ type: "FILL_BLANK", prompt, answerText, spanType, keyKind: "name" });

describe("a surname with a particle", () => {
  const text = "A company led by Auguste de Pellier, the man who had drained the marsh, tried first. Pellier failed within ten years.";
  it("accepts the full name and the particled surname for the bare surname", () => {
    expect(acceptedAliases(person("Pellier"), text)).toEqual(expect.arrayContaining(["Auguste de Pellier", "de Pellier"]));
  });
  it("accepts the full name for the particled surname", () => {
    expect(acceptedAliases(person("de Pellier"), text)).toEqual(expect.arrayContaining(["Auguste de Pellier", "Pellier"]));
  });
  it("accepts the full name for a particled surname that opens a sentence", () => {
    const opening = "A company led by Auguste de Pellier tried first. De Pellier failed within ten years.";
    expect(acceptedAliases(person("De Pellier"), opening)).toContain("Auguste de Pellier");
  });
  it("reads a capitalised particle opening a sentence as no given name", () => {
    const painter = "The painter Jan van der Hoek lived by the dyke. Van der Hoek died poor, and Hoek is now famous.";
    expect(acceptedAliases(person("Hoek"), painter)).toEqual(expect.arrayContaining(["Jan van der Hoek", "van der Hoek"]));
  });
  it("leaves the surname alone where two full names share it", () => {
    const two = `${text} His nephew Louis de Pellier finished the work.`;
    expect(acceptedAliases(person("Pellier"), two)).toEqual(["Pellier"]);
  });
});

describe("a name taken or given at birth", () => {
  it("reads 'took the name', 'adopted the name' and 'changed her name to' both ways", () => {
    expect(articleAliases("Tessa Brun", "Tessa Brun took the name Agathe when she joined the order.")).toEqual(["Agathe"]);
    expect(articleAliases("Agathe", "Tessa Brun took the name Agathe when she joined the order.")).toEqual(["Tessa Brun"]);
    expect(articleAliases("Korvin", "The rebel Oska Lind adopted the name Korvin in 1920.")).toEqual(["Oska Lind"]);
    expect(articleAliases("Oska Lind", "In 1920 Oska Lind changed his name to Korvin.")).toEqual(["Korvin"]);
  });
  it("reads 'Born X, Y' opening a sentence and '(born X)' after a name", () => {
    expect(articleAliases("Agathe", "Born Tessa Brun in 1850, Agathe joined the order young.")).toEqual(["Tessa Brun"]);
    expect(articleAliases("Tessa Brun", "Born Tessa Brun on 3 May 1850, Agathe joined the order young.")).toEqual(["Agathe"]);
    expect(articleAliases("Agathe", "Mother Agathe (born Tessa Brun) ran the mission.")).toEqual(["Tessa Brun"]);
  });
  it("reads 'commonly called' and 'nicknamed'", () => {
    expect(articleAliases("Osric", "Osric, commonly called Osric the Bold, ruled the coast.")).toEqual(["Osric the Bold"]);
    expect(articleAliases("Tam Orrin", "The boxer Tam Orrin, nicknamed Ironhand, never lost a fight.")).toEqual(["Ironhand"]);
    expect(articleAliases("Ironhand", "Tam Orrin, often called Ironhand, never lost a fight.")).toEqual(["Tam Orrin"]);
  });
  it("reads a title and name taken later, never someone named after 'later'", () => {
    expect(articleAliases("Tessa Brun", "Tessa Brun, later Lady Ambry, ran the mission.")).toEqual(["Lady Ambry"]);
    expect(articleAliases("King Osric II", "Prince Varn, later King Osric II, rebuilt the walls.")).toEqual(["Prince Varn"]);
    expect(articleAliases("Tessa Brun", "Tessa Brun, later Ambry's wife, ran the mission.")).toEqual([]);
    expect(articleAliases("Tessa Brun", "Tessa Brun, later Mayor of Carrow, ran the mission.")).toEqual([]);
  });
  it("takes no name given to someone else: 'took the name X for his son'", () => {
    expect(articleAliases("Varn", "Varn took the name Osric for his first son. Varn died.")).toEqual([]);
    expect(articleAliases("Agathe", "Tessa Brun took the name Agathe for her first daughter.")).toEqual([]);
    expect(articleAliases("Varn", "Varn assumed the name Osric Brand to the surprise of the court.")).toEqual([]);
    // The name kept for the rest of a life, or for the person's own use, is still theirs.
    expect(articleAliases("Varn", "Varn took the name Osric for the rest of his days.")).toEqual(["Osric"]);
    expect(articleAliases("Tessa Brun", "Tessa Brun took the name Agathe for her reign.")).toEqual(["Agathe"]);
    expect(articleAliases("Varn", "Varn took the name Osric when he was crowned.")).toEqual(["Osric"]);
  });
  it("takes no name a son or heir took", () => {
    expect(articleAliases("Varn", "In 1885 the son of Varn took the name Osric.")).toEqual([]);
    expect(articleAliases("Osric", "In 1885 the son of Varn took the name Osric.")).toEqual([]);
  });
  it("takes no possessive after 'later <Title Name>', nor a title a son or wife took", () => {
    expect(articleAliases("Tessa Brun", "The law was drafted by Tessa Brun, later Queen Mab II's chief minister, in 1890.")).toEqual([]);
    expect(articleAliases("Holte", "The clerk Holte, later Lord Ambry Hall's steward, kept the books.")).toEqual([]);
    expect(articleAliases("Holte", "The clerk Holte, later Lord Ambry Hall Brand Senn's steward, kept the books.")).toEqual([]);
    const sonOf = "The crown had passed in 1885 to the young son of Edric Varn, later King Osric.";
    expect(articleAliases("Edric Varn", sonOf)).toEqual([]);
    expect(articleAliases("Varn", sonOf)).toEqual([]);
    expect(articleAliases("Lord Hall", "The estate went to the wife of Lord Hall, later Lady Hall.")).toEqual([]);
    // The person's own later title still stands.
    expect(articleAliases("Edric Varn", "The crown had passed in 1885 to Edric Varn, later King Osric.")).toEqual(["King Osric"]);
  });
  it("reads 'nicknamed' and 'often called' only when the name is given to the person, never by them", () => {
    expect(articleAliases("Varn", "Varn nicknamed Brun the Iron Clerk in his diary.")).toEqual([]);
    expect(articleAliases("Varn", "Varn often called Tessa Brun a fool.")).toEqual([]);
    expect(articleAliases("Varn", "Varn sometimes nicknamed Tessa Brun the Hen.")).toEqual([]);
    expect(articleAliases("Tessa Brun", "Varn often called Tessa Brun a fool.")).toEqual([]);
    expect(articleAliases("Varn", "Varn, nicknamed Bear, won the race.")).toEqual(["Bear"]);
    expect(articleAliases("Varn", "Varn was often called Osric the Bear.")).toEqual(["Osric the Bear"]);
    expect(articleAliases("Varn", "Varn was nicknamed Bear by his crew.")).toEqual(["Bear"]);
    expect(articleAliases("Varn", "Varn, often called Bear, won the race.")).toEqual(["Bear"]);
    expect(articleAliases("Varn", "Varn was called Brun's equal by the court.")).toEqual([]);
  });
  it("takes no place or pronoun after a birth name for another name", () => {
    expect(articleAliases("Tessa Brun", "Born Tessa Brun in Dunhaven, Ostland, she joined the order.")).toEqual([]);
    expect(articleAliases("Tessa Brun", "Born Tessa Brun in 1850, she joined the order.")).toEqual([]);
  });
});

describe("typed answers and the stem", () => {
  const text = "The Rebel\n\nThe rebel Oska Lind adopted the name Korvin in 1920. Korvin led the northern revolt for six years.";
  it("accepts the other name, but never a form the stem itself shows", () => {
    const led = typedName("_____ led the northern revolt for six years. (a name)", "Korvin");
    const took = typedName("The rebel Oska Lind adopted the name _____ in 1920. (a name)", "Korvin");
    applyChecksAtLevel([led, took], parseArticle(text), text);
    expect(led.answerKey.kind === "text" && led.answerKey.accepted).toEqual(["Korvin", "Oska Lind"]);
    expect(took.answerKey.kind === "text" && took.answerKey.accepted).toEqual(["Korvin"]);
  });
  it("keeps a part of the key's own name the stem shows in another use", () => {
    const farm = "The Farm\n\nMr Hale owned the farm for years. In 1890 Mr Hale sold the Hale farm to a neighbour.";
    const sold = typedName("In 1890 _____ sold the Hale farm to a neighbour. (a name)", "Mr Hale");
    applyChecksAtLevel([sold], parseArticle(farm), farm);
    expect(sold.answerKey.kind === "text" && sold.answerKey.accepted).toContain("Hale");
  });
  it("accepts a containing place for a place key, unless the stem names it", () => {
    const harbour = "Harbour Lights\n\nThe first harbour lamp stood at Ebbmoor, in Dunhaven, and was lit in 1820. A second lamp was later built at Ebbmoor for the fishing fleet.";
    const second = typedName("A second lamp was later built at _____ for the fishing fleet. (a name)", "Ebbmoor", "PLACE");
    const first = typedName("The first harbour lamp stood at _____, in Dunhaven, and was lit in 1820. (a name)", "Ebbmoor", "PLACE");
    applyChecksAtLevel([second, first], parseArticle(harbour), harbour);
    expect(second.answerKey.kind === "text" && second.answerKey.accepted).toEqual(["Ebbmoor", "Dunhaven"]);
    expect(first.answerKey.kind === "text" && first.answerKey.accepted).toEqual(["Ebbmoor"]);
  });
});

describe("never a distractor", () => {
  const ctx = (articleText: string, type: Span["type"], names: string[]) => ({ articleTexts: new Map<Span["type"], string[]>([[type, names]]), year: null, articleText });
  const seeds = Array.from({ length: 10 }, (_, i) => i / 10);
  it("offers no place the article says the key lies in", () => {
    const text = "The first lamp stood at Ebbmoor, in Dunhaven. Others stood at Lowport, Marren and Tessel.";
    const key = spanIn("PLACE", "Ebbmoor", text);
    const offered = seeds.flatMap((seed) => pickDistractors(key, "A second lamp was built at _____.", ctx(text, "PLACE", ["Ebbmoor", "Dunhaven", "Lowport", "Marren", "Tessel"]), 3, () => seed));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain("Dunhaven");
  });
  it("offers no name the person took", () => {
    const text = "The rebel Oska Lind adopted the name Korvin. Later Tam Orrin and Bel Sarn joined Pia Holt.";
    const key = spanIn("PERSON", "Korvin", text);
    const offered = seeds.flatMap((seed) => pickDistractors(key, "_____ led the revolt.", ctx(text, "PERSON", ["Korvin", "Oska Lind", "Tam Orrin", "Bel Sarn", "Pia Holt"]), 3, () => seed));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain("Oska Lind");
  });
});
