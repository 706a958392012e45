import { describe, expect, it } from "vitest";
import { sideDetailPenalties } from "@/lib/generation/check-side-details";
import { acceptedAliases } from "@/lib/generation/aliases";
import { findSpans } from "@/lib/generation/find-spans";
import { findNamedEntities } from "@/lib/generation/named-entities";
import { BLANK, generateQuestions } from "@/lib/generation/generate-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Invented for these tests: a life whose buildings, books and nickname the article names in quotation marks.
const LIFE = `Orla Venn and the Harbour School

Orla Venn was a teacher who opened the first free school in the port town of Callow. She was born in 1821 in a fishing village on the northern coast. In 1846 she moved to Callow, where she worked in a sail loft for six years. In 1852 Orla Venn built a schoolhouse she called the "Lantern Room" beside the fish market of Callow. Sailors' children came there every evening to learn reading and sums. In 1860 Orla Venn wrote a short book called "Letters from the Quay", which was read in many other towns. Orla Venn died in Callow in 1889, and the school still stands today.`;

/** A typed blank cut from one sentence of `text` at `key`. */
function blankAt(text: string, sentence: string, key: string): GeneratedQuestion {
  const start = text.indexOf(sentence);
  const at = sentence.indexOf(key);
  return {
    type: "FILL_BLANK",
    prompt: `${sentence.slice(0, at)}${BLANK}${sentence.slice(at + key.length)}`,
    options: [],
    answerKey: { kind: "text", accepted: [key] },
    answerText: key,
    source: { sentence, start, end: start + sentence.length, answer: { start: start + at, end: start + at + key.length } },
    spanType: "TERM",
    keyKind: "term",
    score: 1,
    confidence: 0.7,
  };
}

const quoted = (sentence: string) => findSpans(sentence).filter((s) => s.type === "TERM");

describe("a name the article gives in quotation marks after a word of naming", () => {
  it("is a span, whole and as written, asked typed only", () => {
    expect(quoted('In 1852 she built a schoolhouse she called the "Lantern Room" beside the market.')).toMatchObject([{ text: "Lantern Room", typedOnly: true }]);
    expect(quoted("The dockers began to call her \u201cMother Callow\u201d.")).toMatchObject([{ text: "Mother Callow", typedOnly: true }]);
    expect(quoted('She wrote a short book called "Letters from the Quay", which sold well.')).toMatchObject([{ text: "Letters from the Quay" }]);
    // The stop written inside the marks stays out of the name.
    expect(quoted('Her method came to be known as the "Callow way."')).toMatchObject([{ text: "Callow way" }]);
    expect(quoted('The old judge is remembered chiefly for the "Edict of Stones".')).toMatchObject([{ text: "Edict of Stones" }]);
  });

  it("leaves a lower-case 'the' written inside the marks out of the name, so a nickname given to a person is still read", () => {
    // (The article outside the marks is left out already: 'called the "Harbour Gate"'.)
    expect(quoted('The ferrymen called him "the Heron" because of his long legs.')).toMatchObject([{ text: "Heron", typedOnly: true }]);
    expect(quoted('In the town the new granary was called "the Tall Barn" for a century.')).toMatchObject([{ text: "Tall Barn" }]);
    // (A title that opens on a capital "The" keeps it: it is part of the name as written.)
    expect(quoted('She wrote a ballad called "The Salt Wife", which was sung in every port.')).toMatchObject([{ text: "The Salt Wife" }]);
  });

  it("never reads whom or what is being named as the name ('called themselves', 'called the porters \"hands\"')", () => {
    expect(quoted('The rebels called themselves "the Grey Hundred", although far more joined.')).toMatchObject([{ text: "Grey Hundred" }]);
    expect(quoted("The rebels called themselves the Grey Hundred, and they held the ford.").map((s) => s.text)).not.toContain("themselves");
    expect(quoted('At the Orrin Quarry the foremen called the porters "hands" and paid them by the load.')).toEqual([]);
    // (A term the sentence defines is still read.)
    expect(quoted("The quarrymen split the stone with iron wedges called feathers.")).toMatchObject([{ text: "feathers" }]);
  });

  it("leaves a quotation that no word of naming introduces", () => {
    expect(quoted('She said that "every child can learn" and kept the doors open.')).toEqual([]);
    expect(quoted('The sign read "Lantern Room" in red paint.')).toEqual([]);
    // (A word someone is addressed by, not written as a name.)
    expect(quoted('The old man warned him, because the boy calls him "uncle".')).toEqual([]);
  });

  it("is asked as a typed blank hinted as a name, never with options", () => {
    const made: { type: string; answerText: string; prompt: string }[] = [];
    generateQuestions(LIFE, { count: 12, seed: 3, trace: (q) => made.push(q) });
    const onNames = made.filter((q) => q.answerText === "Lantern Room" || q.answerText === "Letters from the Quay");
    expect(onNames.map((q) => q.answerText).sort()).toEqual(["Lantern Room", "Letters from the Quay"]);
    for (const q of onNames) {
      expect(q.type).toBe("FILL_BLANK");
      expect(q.prompt).toContain('"_____"');
      expect(q.prompt).toMatch(/\(a name\)$/);
    }
  });

  it("is the point of the aside that gives it, not a side detail", () => {
    const named = 'In 1870 the port opened a night class, later nicknamed the "Lamp School", that taught sailors to read.';
    const run = "In 1870 the port opened a night class, later run by Edda Morrow, that taught sailors to read.";
    const text = `${LIFE}\n\n${named} ${run}`;
    const checks = (q: GeneratedQuestion) => sideDetailPenalties(q, text, "Orla Venn and the Harbour School", false).map((p) => p.check);
    expect(checks(blankAt(text, named, "Lamp School"))).not.toContain("key-in-aside");
    expect(checks(blankAt(text, run, "Edda Morrow"))).toContain("key-in-aside");
  });

  it("reads a capitalised name after 'called' or 'known as' the same way, unquoted, where its clause goes on after it", () => {
    expect(quoted("The river folk wrote in their own script, called Tessarine.")).toMatchObject([{ text: "Tessarine", typedOnly: true }]);
    expect(quoted("The new council in Harrow, called the Varn, wanted to tax the mills.")).toMatchObject([{ text: "Varn", typedOnly: true }]);
    expect(quoted("Powerful judges, given the title Ossar, sometimes ruled the valley.")).toMatchObject([{ text: "Ossar", typedOnly: true }]);
    expect(quoted("The law code known as the Green Roll was read aloud each spring.")).toEqual([]);
    // (A name cut short: a lower-case word or a figure goes on after it.)
    expect(quoted("Their boats, also called Marran skiffs, were light.")).toEqual([]);
    expect(quoted("A shortcut, called the Rule of 9, helps with sums.")).toEqual([]);
    // (A name given to a pronoun: the stem may not show what "it" means.)
    expect(quoted("In the south the lake is called Orm, and in the north it is known as Ormwater.")).toMatchObject([{ text: "Orm" }]);
    // (A person's own name after a word for a person stays the person's, with the surname the article uses alone.)
    const boy = "Greaves took on a boy called Ned Garrow, who later ran the yard. Garrow kept the yard for forty years.";
    expect(findSpans(boy, 0, findNamedEntities(boy)).find((s) => s.text === "Ned Garrow")?.type).toBe("PERSON");
    const merchant = "Garrow sold his hides to a merchant known as Ilse Varr, who shipped them south. Varr grew rich.";
    expect(findSpans(merchant, 0, findNamedEntities(merchant)).find((s) => s.text === "Ilse Varr")?.type).toBe("PERSON");
    // (Also where the tagger finds no person in it, or guesses a place: the surname used alone is accepted.)
    const keeper = "The first keeper was a retired sailor known as Captain Orm Hollow, who kept the lamp. Hollow died in 1880.";
    expect(findSpans(keeper, 0, findNamedEntities(keeper)).find((s) => s.text === "Captain Orm Hollow")).toMatchObject({ type: "PERSON", typedOnly: true });
    expect(acceptedAliases(findSpans(keeper, 0, findNamedEntities(keeper)).find((s) => s.text === "Captain Orm Hollow")!, keeper)).toContain("Hollow");
    // (A title or a name for many people after a word for people is a rank, not a person's name.)
    expect(quoted("Powerful queens, given the title Kandra, sometimes ruled the valley.")).toMatchObject([{ text: "Kandra", typedOnly: true }]);
    expect(quoted("The old king, given the title Ossar, ruled the valley.")).toMatchObject([{ text: "Ossar", typedOnly: true }]);
    const yard = "Garrow sold his hides at a market called Ilse Varr, which stood by the river.";
    expect(findSpans(yard, 0, findNamedEntities(yard)).find((s) => s.text === "Ilse Varr")?.type).toBe("TERM");
    // (The same for a quoted name.)
    expect(quoted('The sailors call the shoal Varn Bank, and in the old dialect it is known as "the Jaws".').map((s) => s.text)).not.toContain("Jaws");
    // (A name the gazetteer knows keeps its own type and options.)
    expect(findSpans("The town was later renamed Paris, after its founder.").find((s) => s.text === "Paris")?.type).toBe("CITY");
  });
});
