import { describe, expect, it } from "vitest";
import { kindNoun, optionOfAnotherKind, optionsMisfit, outsiderOfAnotherKind, surnameInTitle, tiedElsewhere } from "@/lib/generation/check-options";
import { checkFailure, checkNotes } from "@/lib/generation/check-questions";
import { cognateShown, isFragment, isUngrammatical, pointsOutside, stemFailure } from "@/lib/generation/check-stems";
import { fillerOptions, triviaPenalties } from "@/lib/generation/check-trivia";
import { DROP_THRESHOLD } from "@/lib/generation/confidence";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { draftQuestion, lettered as opts } from "../support/draft-question";
import { applyChecksAtLevel } from "../support/apply-checks";

// Our own sentences, written for these tests.
const question = (over: Parameters<typeof draftQuestion>[0]) => draftQuestion(over);

describe("stems that cannot stand alone", () => {
  it("refuses a key-facts line or a label with a colon, keeps a sentence", () => {
    expect(isFragment("Signed by the two mayors in Lowport")).toBe(true);
    expect(isFragment("Main goal: a bridge over the bay.")).toBe(true);
    expect(isFragment("- crossed the bay in 1902")).toBe(true);
    expect(isFragment("The two mayors signed the pact in Lowport.")).toBe(false);
    expect(isFragment("Its opening became a symbol of the new town.")).toBe(false);
    expect(isFragment("Of these, the ring kind looks like a hollow circle.")).toBe(false);
    expect(isFragment("pH is a scale that runs from 0 to 14.")).toBe(false);
    expect(isFragment("The heavier the cart, the slower the start.")).toBe(false);
  });

  it("refuses a stem pointing at something it never names, keeps one that names it or whose title does", () => {
    expect(pointsOutside("On long trips, the space between these twin boats held _____ and rope.")).toBe(true);
    expect(pointsOutside("Why was the event a success?")).toBe(true);
    expect(pointsOutside("Shorter but also curved, the _____ runs along the coast.")).toBe(true);
    expect(pointsOutside("Shorter than the river, the _____ runs along the coast.")).toBe(false);
    // One of a set named in the sentence before, the set left out ("The other kind", "Others").
    expect(pointsOutside("The second kind is slower, but it lasts for years.")).toBe(true);
    expect(pointsOutside("Others wanted the council to choose the mayor.")).toBe(true);
    expect(pointsOutside("The second kind of mill ground _____ for the bakers.")).toBe(false);
    expect(pointsOutside("The first lighthouse on the coast was lit in _____.")).toBe(false);
    // A "This happens" opening a later sentence of the stem points to the sentence shown before it.
    expect(pointsOutside("Rivers cut deep beds in soft rock. This happens over many years. What are such beds called?")).toBe(false);
    expect(pointsOutside("This happens over many years. What are such beds called?")).toBe(true);
    expect(pointsOutside("The crew tied two boats together. On long trips, the space between these boats held _____.")).toBe(false);
    // "this step" late in its own sentence names what the sentence just said.
    expect(pointsOutside("In 1902 the college opened its classes to women, the first in the land to take this step.")).toBe(false);
    expect(pointsOutside("This charter also settled who owned the _____.")).toBe(true);
    expect(pointsOutside("The charter also settled who owned the _____.", "The Harbour Charter of 1820")).toBe(false);
    expect(pointsOutside("The crew also settled who owned the _____. These charters lasted.", "The Harbour Charter of 1820")).toBe(false);
    // A relative "that", and "which of these", point nowhere.
    expect(pointsOutside("Why does a cart that is rolling stop?")).toBe(false);
    expect(pointsOutside("Which of these is not one of the kinds of cloud named in the article?")).toBe(false);
  });

  it("refuses template stems that are not English, keeps a statement that opens with 'When'", () => {
    expect(isUngrammatical("Which term is an organ shaped like a bag?")).toBe(true);
    expect(isUngrammatical("Which term is also where the river ends?")).toBe(true);
    expect(isUngrammatical("The the tide rose at noon.")).toBe(true);
    expect(isUngrammatical("What is in Lowport the bay is called Carr, and in Highport it called?")).toBe(true);
    expect(isUngrammatical("On what date did the crew reach the shore and camped on the beach?")).toBe(true);
    expect(isUngrammatical("On what date did the crew reach the shore?")).toBe(false);
    expect(isUngrammatical("Which organ is shaped like a bag?")).toBe(false);
    expect(isUngrammatical("Which term refers to the way a body keeps moving?")).toBe(false);
    expect(isUngrammatical("When rain falls while the sun shines, a rainbow may appear.")).toBe(false);
    // An opening clause with a verb of being, closed by a comma before the main clause, is a statement too; without its mark a question is not.
    expect(isUngrammatical("When you are short of water, your kidneys keep more of it.")).toBe(false);
    expect(isUngrammatical("When was the dam finished.")).toBe(true);
  });

  it("names the reason as a gate failure", () => {
    const dangling = question({ type: "FILL_BLANK", prompt: `These settlers built a fort at _____. (a name)`, answerText: "Carrow", source: { sentence: "These settlers built a fort at Carrow.", start: 0, end: 38, answer: { start: 31, end: 37 } } });
    expect(stemFailure(dangling)).toBe("stem-dangles");
    const fine = question({ type: "FILL_BLANK", prompt: `The settlers built a fort at _____. (a name)`, answerText: "Carrow", source: { sentence: "The settlers built a fort at Carrow.", start: 0, end: 36, answer: { start: 29, end: 35 } } });
    expect(stemFailure(fine)).toBeNull();
  });
});

describe("options that do not fit the blank", () => {
  it("refuses an option that breaks 'a' or 'an', or the verb's number", () => {
    expect(optionsMisfit(question({ prompt: `The nest is built by a _____ in spring.`, answerText: "wren", options: opts("wren", "owl", "lark", "finch") }), "")).toBe(true);
    expect(optionsMisfit(question({ prompt: `The nest is built by a _____ in spring.`, answerText: "wren", options: opts("wren", "robin", "lark", "finch") }), "")).toBe(false);
    expect(optionsMisfit(question({ prompt: `The _____ is the widest part of the leaf.`, answerText: "blade", options: opts("blade", "veins", "stalk", "tip") }), "")).toBe(true);
    expect(optionsMisfit(question({ prompt: `The vote needed a _____ majority.`, answerText: "two-thirds", keyKind: "number", options: opts("two-thirds", "one-half", "three-quarters", "one-third") }), "")).toBe(false);
  });

  it("refuses three distractors that share a head word the key lacks (the key is the odd one out)", () => {
    const odd = question({ prompt: "What is a tide table?", answerText: "printed timetable", keyKind: "definition", options: opts("printed timetable", "spring tide", "neap tide", "storm tide") });
    expect(optionsMisfit(odd, "")).toBe(true);
    const compound = question({ prompt: "What does a gauge measure?", answerText: "water depth", keyKind: "definition", options: opts("water depth", "rainstorm", "hail storm", "dust storm") });
    expect(optionsMisfit(compound, "")).toBe(true);
    const even = question({ prompt: "Which tide comes twice a month at full and new moon?", answerText: "spring tide", keyKind: "term", options: opts("spring tide", "neap tide", "storm tide", "ebb tide") });
    expect(optionsMisfit(even, "")).toBe(false);
    // One bare head among compounds ("storm" beside "rainstorm", "hailstorm") is no shared head word: nothing to single the key out.
    const single = question({ prompt: "What does a gauge measure?", answerText: "water depth", keyKind: "definition", options: opts("water depth", "rainstorm", "hailstorm", "dust storm") });
    expect(optionsMisfit(single, "")).toBe(false);
  });

  it("refuses a clause or a long sentence among short options (the key stands out by its shape)", () => {
    const q = question({ prompt: "Why does a kite climb?", answerText: "Wind pushes under it", keyKind: "cause", options: opts("Wind pushes under it", "The string is long", "Kites are a kind of toy that children have flown for many hundreds of years") });
    expect(optionsMisfit(q, "")).toBe(true);
    const even = question({ prompt: "Why does a kite climb?", answerText: "Wind pushes under it", keyKind: "cause", options: opts("Wind pushes under it", "The string pulls it up", "Its tail lifts it") });
    expect(optionsMisfit(even, "")).toBe(false);
    // Answers of one kind, short and long, are fair together.
    const jobs = question({ prompt: "What does the gizzard do?", answerText: "Grinds the seeds", keyKind: "cause", options: opts("Grinds the seeds", "Holds the seeds and softens them with juices", "Stores the waste", "Takes in water") });
    expect(optionsMisfit(jobs, "")).toBe(false);
  });

  it("refuses an outside common word among the article's own terms, keeps a kind the gazetteer knows", () => {
    const article = "The marsh has reeds, sedge and moss. Frogs hide in the reeds.";
    expect(optionsMisfit(question({ prompt: `Frogs hide in the _____.`, answerText: "reeds", options: opts("reeds", "sedge", "moss", "cactus") }), article)).toBe(true);
    expect(optionsMisfit(question({ prompt: `Frogs hide in the _____.`, answerText: "reeds", options: opts("reeds", "sedge", "moss") }), article)).toBe(false);
    const gas = "Leaves give off oxygen in daylight.";
    expect(optionsMisfit(question({ prompt: `Leaves give off _____ in daylight.`, answerText: "oxygen", options: opts("oxygen", "nitrogen", "hydrogen", "carbon") }), gas)).toBe(false);
  });

  it("refuses a person whose surname the title shows when no other option shares it", () => {
    const q = question({ prompt: "In 1840 Ada married _____.", answerText: "Tom Varga", keyKind: "name", spanType: "PERSON", options: opts("Tom Varga", "Ben Ash", "Eli Moss", "Carl Dunn") });
    expect(surnameInTitle(q, "Ada Varga, Lighthouse Keeper")).toBe(true);
    expect(checkFailure(q, "", "Ada Varga, Lighthouse Keeper")).toBe("stem-gives-key-away");
    expect(surnameInTitle(q, "The Lighthouse at Carrow")).toBe(false);
  });
});

describe("an odd one out of another kind", () => {
  const notOne = (key: string, ...members: string[]) => question({ prompt: "Which of these is not one of the forms of the fever named in the article?", answerText: key, keyKind: "category", options: opts(...members, key) });
  it("refuses an outsider that shares neither the members' head word nor their ending, keeps one that does", () => {
    expect(outsiderOfAnotherKind(notOne("medicine", "gastric", "hepatic", "cardiac"))).toBe(true);
    expect(outsiderOfAnotherKind(notOne("renal", "gastric", "hepatic", "cardiac"))).toBe(true);
    expect(outsiderOfAnotherKind(notOne("aquatic", "gastric", "hepatic", "cardiac"))).toBe(false);
    expect(outsiderOfAnotherKind(notOne("tide zone", "low zone", "high zone", "splash zone"))).toBe(false);
    expect(outsiderOfAnotherKind(notOne("crab", "low zone", "high zone", "splash zone"))).toBe(true);
    // Members alike in nothing leave nothing to compare with: refused.
    expect(outsiderOfAnotherKind(notOne("trees", "canopy", "understory", "emergent layer"))).toBe(true);
  });
  it("leaves be an outsider the list-frame maker marked as drawn from a list of the same doer or deed, whatever the stem says", () => {
    const shipped = (over: Partial<GeneratedQuestion>) =>
      question({ prompt: "Which of these did the abbey not ship, according to the article?", answerText: "slate", keyKind: "category", options: opts("wool", "cheese", "honey", "slate"), ...over });
    expect(outsiderOfAnotherKind(shipped({ outsiderByFrame: true }))).toBe(false);
    // The same words with no mark are judged by word forms like any odd one out: these members are alike in nothing.
    expect(outsiderOfAnotherKind(shipped({}))).toBe(true);
    expect(outsiderOfAnotherKind(shipped({ prompt: "Which of these is not one of the goods the abbey shipped?", outsiderByFrame: true }))).toBe(false);
  });
});

describe("an option the article calls something else", () => {
  const gut = "The crop is a thin pouch that holds seeds. The gizzard, a thick and muscular bag, grinds the seeds. The gullet is a narrow tube. The vent is an opening at the end.";
  it("reads what the article says each part is", () => {
    expect(kindNoun("gizzard", gut)).toBe("bag");
    expect(kindNoun("crop", gut)).toBe("pouch");
    expect(kindNoun("gullet", gut)).toBe("tube");
  });
  it("refuses an option of another kind when the stem names the key's kind, keeps options of the same kind", () => {
    const bag = (...texts: string[]) => question({ prompt: "The _____, a thick and muscular bag, grinds the seeds.", answerText: "gizzard", options: opts(...texts) });
    expect(optionOfAnotherKind(bag("gizzard", "gullet", "vent"), gut)).toBe(true);
    expect(optionOfAnotherKind(bag("gizzard", "beak", "wing"), gut)).toBe(false);
  });
});

describe("options the article itself rules out, stems that answer themselves", () => {
  const farm = "Ada grew up with her brothers Ben and Hal. Her owner, Carl Dunn, died in 1840. In 1838 Ada married Tom Varga. Later his widow, Edna, sold the farm.";
  it("refuses a brother or an owner among the options for a husband, keeps strangers", () => {
    const married = (...names: string[]) => question({ prompt: "In 1838 Ada married _____.", answerText: "Tom Varga", keyKind: "name", spanType: "PERSON", options: opts(...names) });
    expect(tiedElsewhere(married("Tom Varga", "Hal", "Eli Moss", "Jon Park"), farm)).toBe(true);
    expect(tiedElsewhere(married("Tom Varga", "Carl Dunn", "Eli Moss", "Jon Park"), farm)).toBe(true);
    expect(tiedElsewhere(married("Tom Varga", "Sam Lee", "Eli Moss", "Jon Park"), farm)).toBe(false);
  });

  it("refuses a one-word term whose word family the stem shows", () => {
    expect(cognateShown(question({ type: "FILL_BLANK", prompt: "When water evaporates, the change is called _____. (a term from the article)", answerText: "evaporation" }))).toBe(true);
    expect(cognateShown(question({ type: "FILL_BLANK", prompt: "When water turns to vapour, the change is called _____. (a term from the article)", answerText: "evaporation" }))).toBe(false);
  });
});

describe("trivia ranks below the drop line", () => {
  it("flags a blank in the subject's phrase, in a list, in a comparison, on a generic word, a judging statement", () => {
    const checks = (q: GeneratedQuestion) => triviaPenalties(q, "", "", false).map((p) => p.check);
    expect(checks(question({ prompt: `Bile from the _____ helps to break fat down.`, answerText: "liver" }))).toContain("blank-in-subject-phrase");
    expect(checks(question({ prompt: `The hold carried _____, rope and spare sails.`, answerText: "grain" }))).toContain("blank-in-list");
    expect(checks(question({ prompt: `More rain falls on the hills than on the _____ or the coast.`, answerText: "plain" }))).toContain("blank-in-comparison");
    expect(checks(question({ prompt: `The tallest tower held the town's _____.`, answerText: "food" }))).toContain("generic-word");
    expect(checks(question({ type: "TRUE_FALSE", prompt: "The charter was significant because it marked a turning point for the port.", answerText: "True", options: opts("True", "False") }))).toContain("judging-statement");
    expect(checks(question({ prompt: `She was one of the finest painters of the _____.`, answerText: "18th century", keyKind: "date" }))).toContain("date-in-tribute");
    // The other end of a period in the stem, its first end written with "c.".
    expect(checks(question({ prompt: `The kiln burned lime from c. 1405 to _____.`, answerText: "1452", keyKind: "date" }))).toContain("date-in-range");
    // The second of a pair of years, the first beside it.
    expect(checks(question({ prompt: `Orla later fought for the duke in the Salt War of 1702 and _____.`, answerText: "1703", keyKind: "date" }))).toContain("date-after-its-pair");
    expect(checks(question({ prompt: `Orla later fought for the duke in the Salt War of _____.`, answerText: "1702", keyKind: "date" }))).not.toContain("date-after-its-pair");
    expect(checks(question({ prompt: `The kiln burned lime between 1405 and _____.`, answerText: "1452", keyKind: "date" }))).not.toContain("date-after-its-pair");
    expect(checks(question({ prompt: `The kiln was rebuilt in 1405, 1431 and _____.`, answerText: "1452", keyKind: "date" }))).not.toContain("date-after-its-pair");
    expect(checks(question({ prompt: `Some boats in the bay are moored at the _____.`, answerText: "quay" }))).toContain("partial-claim");
    expect(checks(question({ prompt: `Because the heir was just _____ years old, his aunt ruled.`, answerText: "four", keyKind: "number" }))).toContain("number-in-reason");
    const located = "Located in Carrow, Norland, the college opened its doors to women in 1902.";
    expect(checks(question({ type: "FILL_BLANK", prompt: "Where in Norland is the college located?", answerText: "Carrow", keyKind: "name", source: { sentence: located, start: 0, end: located.length, answer: { start: 11, end: 17 } } }))).toContain("blank-in-opening-phrase");
    expect(checks(question({ prompt: `Located in Carrow, Norland, the college opened its doors to women in _____.`, answerText: "1902", keyKind: "date", source: { sentence: located, start: 0, end: located.length, answer: { start: 68, end: 72 } } }))).not.toContain("blank-in-opening-phrase");
    const tf = (prompt: string) => triviaPenalties(question({ type: "TRUE_FALSE", prompt, answerText: "True", options: opts("True", "False") }), "", "The Harbour Charter of Carrow", false).map((p) => p.check);
    expect(tf("Traders everywhere wanted safer ports in those years.")).toContain("background-statement");
    expect(tf("The charter gave the harbour to the town in 1820.")).not.toContain("background-statement");
    // The sentence's point keeps its rank.
    expect(checks(question({ prompt: `The _____ pumps blood around the body.`, answerText: "heart" }))).toEqual([]);
    expect(checks(question({ prompt: `Delegates from _____ towns met at the fair.`, answerText: "twelve", keyKind: "number" }))).toEqual([]);
  });

  it("counts a cause question's options that the article states as plain facts, not as reasons", () => {
    const kites = "Kites\n\nKites climb because wind pushes under them. The string is made of cotton. Tails are painted red. Kites fall when the wind stops, since nothing holds them up.";
    const why = (...texts: string[]) => question({ prompt: "Why does a kite climb?", answerText: "Wind pushes under them", keyKind: "cause", options: opts(...texts) });
    expect(fillerOptions(why("Wind pushes under them", "The string is made of cotton", "Tails are painted red"), kites)).toBe(2);
    expect(fillerOptions(why("Wind pushes under them", "Nothing holds them up", "Tails are painted red"), kites)).toBe(1);
    const q = why("Wind pushes under them", "The string is made of cotton", "Tails are painted red");
    applyChecksAtLevel([q], parseArticle(kites), kites);
    expect(checkNotes(q)).toContain("filler-options");
    expect(q.confidence).toBeLessThan(DROP_THRESHOLD);
  });

  it("puts a question with a sure sign of trivia below the drop line and says why", () => {
    const q = question({ prompt: `Bile from the _____ helps to break fat down.`, answerText: "liver", confidence: 0.8 });
    applyChecksAtLevel([q], parseArticle("Digestion\nBile from the liver helps to break fat down."), "Digestion\nBile from the liver helps to break fat down.");
    expect(q.confidence).toBeLessThan(DROP_THRESHOLD);
    expect(checkNotes(q)).toEqual(["blank-in-subject-phrase"]);
  });
});

describe("the checks inside the generator", () => {
  // Our own article: a dangling "these", a list blank, a sure fact.
  const harbour = `The Harbour of Carrow

The harbour of Carrow was dug by hand in 1820. Fishing crews from the north coast settled beside it soon after. These families built a chapel on the quay in 1834. The boats brought herring, cod and mackerel to the market. The harbour wall was raised after a storm in 1851. A lighthouse at the harbour mouth was lit for the first time in 1862.`;

  it("never ships a stem that points outside itself, and fills the quiz from the next best candidates", () => {
    for (const seed of [1, 2, 3, 4, 6]) {
      const { questions } = generateQuestions(harbour, { count: 6, seed });
      expect(questions.length).toBeGreaterThanOrEqual(3);
      for (const q of questions) {
        expect(q.prompt).not.toMatch(/^These families/);
        expect(q.prompt).not.toMatch(/_____, cod and mackerel/);
      }
    }
  });

  it("asks each dated sentence of a short article, not one matching of them all that would be the whole quiz", () => {
    // (Under the stream-drawn jitter seeds 1 and 6 ranked a matching of the three dated sentences first; nothing after a
    // matching may ask one of its sentences again, so that quiz was the matching alone. Three questions make the fuller
    // quiz: each date on its own, or an ordering of the three beside two of them. Every seed is held to it, since which
    // seeds rank the matching first moves with the jitter.)
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { questions } = generateQuestions(harbour, { count: 6, seed });
      expect(questions.map((q) => q.type)).not.toContain("MATCHING");
      expect(questions.length).toBeGreaterThanOrEqual(3);
      const asked = questions.flatMap((q) => (q.type === "ORDERING" ? q.answerText.match(/\b1[89]\d\d\b/g) ?? [] : [q.answerText]));
      expect(asked).toEqual(expect.arrayContaining(["1820", "1851", "1862"]));
    }
  });

  it("accepts the natural other names of a typed key, whichever maker built the question", () => {
    const text = "The Treaty\n\nThe treaty was signed by the United Kingdom after World War I had ended.";
    const country = question({ type: "FILL_BLANK", prompt: "Who signed the treaty?", answerText: "United Kingdom", spanType: "COUNTRY", keyKind: "name" });
    const war = question({ type: "FILL_BLANK", prompt: "After which war was the treaty signed?", answerText: "World War I", spanType: "EVENT", keyKind: "event" });
    applyChecksAtLevel([country, war], parseArticle(text), text);
    expect(country.answerKey.kind === "text" && country.answerKey.accepted).toEqual(expect.arrayContaining(["United Kingdom", "UK", "Britain"]));
    expect(war.answerKey.kind === "text" && war.answerKey.accepted).toEqual(expect.arrayContaining(["WWI", "the First World War", "the Great War"]));
    const organ = question({ type: "FILL_BLANK", prompt: "Where does the gut end?", answerText: "anus", answerKey: { kind: "text", accepted: ["anus", "anu"] } });
    applyChecksAtLevel([organ], parseArticle(text), text);
    expect(organ.answerKey.kind === "text" && organ.answerKey.accepted).toEqual(["anus"]);
    const ruler = question({ type: "FILL_BLANK", prompt: "Who was the queen's father?", answerText: "Osric II", spanType: "PERSON", keyKind: "name" });
    applyChecksAtLevel([ruler], parseArticle(text), text);
    expect(ruler.answerKey.kind === "text" && ruler.answerKey.accepted).toContain("Osric 2");
  });
});

describe("quiz rules on top of the checks", () => {
  const statement = (i: number, answer: "True" | "False") => {
    const sentence = `Rule ${i} says the tide turns ${answer === "True" ? "twice" : "once"} a day near harbour ${i}.`;
    return question({ type: "TRUE_FALSE", prompt: sentence, answerText: answer, keyKind: "term", options: opts("True", "False"), source: { sentence, start: i * 100, end: i * 100 + sentence.length, answer: { start: i * 100, end: i * 100 + 4 } } });
  };
  it("does not ask where a route begins when an ordering question already shows its first item", () => {
    const route = question({ type: "ORDERING", prompt: "Put these in order.", answerText: "mouth → gullet → crop", answerKey: { kind: "order", itemIds: ["a", "b", "c"] }, options: opts("mouth", "gullet", "crop"), source: { sentence: "Food passes from the mouth to the gullet and then the crop.", start: 0, end: 58, answer: { start: 0, end: 58 } } });
    const begins = question({ prompt: "The tract begins at the _____.", answerText: "mouth", options: opts("mouth", "beak", "wing", "vent"), source: { sentence: "The tract begins at the mouth.", start: 100, end: 130, answer: { start: 124, end: 129 } } });
    const quiz = selectQuestions([route, begins], 10, ["ORDERING", "MULTIPLE_CHOICE"], createRandom(1));
    expect(quiz).toHaveLength(1);
  });

  it("never runs more than three statements with the same answer", () => {
    const quiz = selectQuestions([1, 2, 3, 4, 5].map((i) => statement(i, "False")), 10, ["TRUE_FALSE"], createRandom(1));
    expect(quiz).toHaveLength(3);
    const mixed = selectQuestions([statement(1, "False"), statement(2, "False"), statement(3, "False"), statement(4, "False"), statement(5, "True")], 10, ["TRUE_FALSE"], createRandom(1));
    expect(mixed.map((q) => q.answerText).sort()).toEqual(["False", "False", "False", "True"]);
  });

  it("keeps true/false to two in five of the quiz asked for, and lets one more true statement in beside as many false ones", () => {
    const typed = (i: number) => question({ type: "FILL_BLANK", prompt: `Which harbour has pier ${i}?`, answerText: `Harbour ${i}`, score: 0.1, confidence: 0.7, source: { sentence: `Pier ${i} is in Harbour ${i}.`, start: 5000 + i * 100, end: 5000 + i * 100 + 20, answer: { start: 5000 + i * 100 + 13, end: 5000 + i * 100 + 20 } } });
    const pool = [...[1, 2, 3].map((i) => statement(i, "True")), ...[4, 5, 6].map((i) => statement(i, "False")), ...[1, 2, 3, 4, 5, 6].map(typed)];
    const quiz = selectQuestions(pool, 10, ["TRUE_FALSE", "FILL_BLANK"], createRandom(1));
    expect(quiz.filter((q) => q.type === "TRUE_FALSE")).toHaveLength(4);
    // Three false statements chosen: a third true one stands beside them, not in a run of "True".
    const balanced = selectQuestions([...[1, 2, 3].map((i) => statement(i, "True")), ...[4, 5, 6].map((i) => statement(i, "False"))], 20, ["TRUE_FALSE"], createRandom(1));
    expect(balanced.map((q) => q.answerText).sort()).toEqual(["False", "False", "False", "True", "True", "True"]);
  });

  it("asks a key once when another key holds it as more than its head word ('law of inertia' / 'inertia'), but keeps a kind apart from its head ('sea snail' / 'snail')", () => {
    const typed = (i: number, key: string) => question({ type: "FILL_BLANK", prompt: `What is idea ${i} called?`, answerText: key, source: { sentence: `Idea ${i} is ${key}.`, start: i * 100, end: i * 100 + 20, answer: { start: i * 100 + 10, end: i * 100 + 15 } } });
    expect(selectQuestions([typed(1, "law of motion"), typed(2, "motion")], 10, ["FILL_BLANK"], createRandom(1))).toHaveLength(1);
    expect(selectQuestions([typed(1, "sea snail"), typed(2, "snail")], 10, ["FILL_BLANK"], createRandom(1))).toHaveLength(2);
  });
});
