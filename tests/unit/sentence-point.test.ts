import { describe, expect, it } from "vitest";
import {
  countPointsBack,
  dateInList,
  keyInsideLongerName,
  keyIsTitleTopic,
  placeOfOrigin,
  presentDayName,
  recurringPersonCuedByPronoun,
  topicWords,
} from "@/lib/generation/check-sentence-point";
import { eraInOpeningPhrase } from "@/lib/generation/check-side-details";
import { checkNotes } from "@/lib/generation/check-questions";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { REVIEW_THRESHOLD } from "@/lib/generation/confidence";
import { BLANK, generateQuestions } from "@/lib/generation/generate-questions";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Our own invented sentences and article (a mill that a tide turns), written for these tests.
const at = (sentence: string, key: string) => [sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length] as const;
const startOf = (sentence: string, key: string) => [sentence, sentence.indexOf(key)] as const;
/** The checks a name, date or count key gets in its own sentence, from the whole chain of checks (so a test fails when a check is unwired). */
const checksOn = (sentence: string, key: string, keyKind: "name" | "date" | "number", articleText = sentence, title = "The Tidewheel", prompt = sentence.replace(key, BLANK)) =>
  triviaPenalties(draftQuestion({ prompt, answerText: key, source: { sentence, start: 0, end: sentence.length, answer: { start: sentence.indexOf(key), end: sentence.indexOf(key) + key.length } } }, { keyKind }), articleText, title, false);

const MILL = `The Tidewheel

The tidewheel is a wooden mill wheel turned by the sea. It was first built in 1612 by the miller Osric Penhale at Carrow harbour. The wheel ground grain for the whole district of Wendmoor.

How it worked

A dam held back the high tide in a pond. When the tide fell, the water ran out under the wheel and turned it. The tidewheel is a wheel about four metres across with twenty broad paddles. The mill had three floors. The lowest floor held the wheel, and the other two floors held the millstones and the grain bins.

Later years

By 1750 many farmers in Wendmoor depended on the mill. The mill was rebuilt in 1781, 1802 and 1839, and it slowly became the largest in the county. The last miller, Tamsin Hale, sold it to a trust in 1921.`;

describe("keys beside the sentence's point", () => {
  it("reads a word inside a longer proper name, not a place named on its own", () => {
    expect(keyInsideLongerName(...at("The Bank of Larkspur lent money to repair the dam.", "Larkspur"), "Larkspur")).toBe(true);
    expect(keyInsideLongerName(...at("Ships crossed the Gulf of Tarn in winter.", "Tarn"), "Tarn")).toBe(true);
    expect(keyInsideLongerName(...at("The miller sold his flour in Larkspur.", "Larkspur"), "Larkspur")).toBe(false);
    // "the price of _____" is no name: the word before "of" heads no proper name.
    expect(keyInsideLongerName(...at("The price of Larkspur flour rose.", "Larkspur"), "Larkspur")).toBe(false);
  });

  it("refuses the inner word of a longer name as a key, whatever else the question has going for it", () => {
    const sentence = "To keep the dam safe, lenders such as the Bank of Larkspur paid for a stone wall.";
    const q = draftQuestion({ prompt: sentence.replace("Larkspur", BLANK), answerText: "Larkspur" }, { keyKind: "name", answerWhereFound: true });
    const penalty = triviaPenalties(q, sentence, "The Tidewheel", false).find((p) => p.check === "key-inside-longer-name");
    expect(penalty?.belowDropLine).toBe(true);
  });

  it("reads a count that points back to things already named, not a whole count", () => {
    expect(countPointsBack(...startOf("The lowest floor held the wheel, and the other two floors held the bins.", "two"))).toBe(true);
    expect(countPointsBack(...startOf("These three rules kept the pond full.", "three"))).toBe(true);
    expect(countPointsBack(...startOf("The mill had three floors.", "three"))).toBe(false);
    // "each of the", "all of the" give the whole count, often the point of the sentence.
    expect(countPointsBack(...startOf("Each of the 40 parishes sent two wardens to the council.", "40"))).toBe(false);
    expect(countPointsBack(...startOf("All of the 12 guilds had to agree to a new toll.", "12"))).toBe(false);
  });

  it("reads a present-day name and a place of origin given in an aside", () => {
    expect(presentDayName(...startOf("The wheel was carted to a port now called Vessby.", "Vessby"))).toBe(true);
    expect(presentDayName(...startOf("Its flour reached what is today Orlund.", "Orlund"))).toBe(true);
    expect(presentDayName(...startOf("Its flour reached a town known today as Orlund.", "Orlund"))).toBe(true);
    expect(presentDayName(...startOf("The wheel was carted to Vessby.", "Vessby"))).toBe(false);
    expect(placeOfOrigin(...startOf("Penhale, a carpenter originally from Vessby, built the wheel.", "Vessby"))).toBe(true);
    expect(placeOfOrigin(...startOf("Penhale moved from Vessby to the harbour in 1610.", "Vessby"))).toBe(false);
    // Where the sentence's own subject comes from is its point ("The turnip is originally from …").
    expect(placeOfOrigin(...startOf("The marsh turnip is originally from Vessby.", "Vessby"))).toBe(false);
  });

  it("holds a present-day name, a place of origin and a bound year below the review line, with no factor that drops them", () => {
    const wired = (sentence: string, key: string, kind: "name" | "date") => checksOn(sentence, key, kind).filter((p) => p.belowReviewLine);
    expect(wired("The wheel was carted to a port now called Vessby.", "Vessby", "name").map((p) => [p.check, p.factor])).toEqual([["present-day-name", 1]]);
    expect(wired("Penhale, a carpenter originally from Vessby, built the wheel.", "Vessby", "name").map((p) => p.check)).toContain("place-of-origin");
    expect(wired("Penhale, a carpenter originally from Vessby, built the wheel.", "Vessby", "name").find((p) => p.check === "place-of-origin")?.factor).toBe(1);
    // A plain year after "By" without a comma is a state's bound, read by the one opening-phrase check.
    expect(wired("By 1750 many farmers in Wendmoor depended on the mill.", "1750", "date").map((p) => [p.check, p.factor])).toEqual([["date-in-opening-phrase", 1]]);
  });

  it("reads a year given as a bound opening the sentence, with or without its comma, not a year that dates its event", () => {
    expect(eraInOpeningPhrase(...at("By 1750 many farmers depended on the mill.", "1750"), "1750")).toBe(true);
    expect(eraInOpeningPhrase(...at("Until 1750, nobody else could grind grain there.", "1750"), "1750")).toBe(true);
    expect(eraInOpeningPhrase(...at("In 1750 the farmers bought the mill.", "1750"), "1750")).toBe(false);
  });

  it("reads one year of a list of years, not either end of a period", () => {
    const list = "The mill was rebuilt in 1781, 1802 and 1839, and it grew.";
    expect(dateInList(...at(list, "1781"))).toBe(true);
    expect(dateInList(...at(list, "1802"))).toBe(true);
    expect(dateInList(...at(list, "1839"))).toBe(true);
    expect(dateInList(...at("Between 1781 and 1839 the mill ground barley.", "1839"))).toBe(false);
    expect(dateInList(...at("The mill was rebuilt in 1781 after a storm.", "1781"))).toBe(false);
    // A year beside a count is no list.
    expect(dateInList(...at("In 1612, 140 workers dug the mill pond.", "1612"))).toBe(false);
    expect(dateInList(...at("In May 1612, 1,400 sacks of grain were ground.", "1612"))).toBe(false);
  });

  it("reads either year of a pair ('in 1781 and _____', 'around _____ or 1782'), not the two ends of a period", () => {
    expect(dateInList(...at("The mill has flooded twice, in 1781 and 1839.", "1839"))).toBe(true);
    expect(dateInList(...at("The miller died around 1781 or 1782.", "1781"))).toBe(true);
    expect(dateInList(...at("The miller died around 1781 or 1782.", "1782"))).toBe(true);
    expect(dateInList(...at("The mill ground barley from 1781 and until 1839 it ground oats.", "1781"))).toBe(false);
    expect(dateInList(...at("The mill ground barley between about 1781 and 1839.", "1839"))).toBe(false);
  });

  it("reads a recurring person blanked as an object, with a pronoun after a noun phrase of its own", () => {
    const text = "Odo ran the mill. Odo rose early. Odo fed the hens. A guide shows Odo the room of his childhood. Odo smiled.";
    expect(recurringPersonCuedByPronoun(...at("A guide shows Odo the room of his childhood.", "Odo"), "Odo", text)).toBe(true);
    // The subject of the sentence is what the sentence is about, after an opening phrase or a title too.
    expect(recurringPersonCuedByPronoun(...at("Odo showed the guide his room.", "Odo"), "Odo", text)).toBe(false);
    expect(recurringPersonCuedByPronoun(...at("In 1612, Odo named himself master of the mill.", "Odo"), "Odo", text)).toBe(false);
    expect(recurringPersonCuedByPronoun(...at("The miller Odo led his workers to the dam.", "Odo"), "Odo", text)).toBe(false);
    // A pronoun straight after a preposition may be the subject's ("Ilse married Odo in her youth").
    expect(recurringPersonCuedByPronoun(...at("Ilse married Odo in her youth.", "Odo"), "Odo", text)).toBe(false);
    // Someone named once is no one the story gives away.
    expect(recurringPersonCuedByPronoun(...at("A guide shows Ulla the room of her childhood.", "Ulla"), "Ulla", `${text} A guide shows Ulla the room of her childhood.`)).toBe(false);
  });

  it("holds a person the pronoun gives away below the review line, unless the question asks who", () => {
    const text = "Odo ran the mill. Odo rose early. Odo fed the hens. A guide shows Odo the room of his childhood. Odo smiled.";
    const sentence = "A guide shows Odo the room of his childhood.";
    expect(checksOn(sentence, "Odo", "name", text).map((p) => [p.check, p.factor, p.belowReviewLine])).toContainEqual(["person-cued-by-pronoun", 1, true]);
    expect(checksOn(sentence, "Odo", "name", text, "The Tidewheel", "Who does a guide show the room of his childhood?").map((p) => p.check)).not.toContain("person-cued-by-pronoun");
  });

  it("reads the title's own topic as a key, except where the title weighs two terms the article keeps using", () => {
    expect(keyIsTitleTopic("tidewheel", "The Tidewheel", MILL)).toBe(true);
    expect(keyIsTitleTopic("mill", "The Tidewheel", MILL)).toBe(false);
    // One of several laws the title names is no topic asked about itself.
    expect(keyIsTitleTopic("first law", "Three Laws of Tides", "The first law says the sea rises twice a day. The second law says the rise is greater at a new moon. The third law says the ebb is slower than the flood.")).toBe(false);
    expect(keyIsTitleTopic("tidewheels", "The Tidewheel", MILL)).toBe(true);
    // Whole words: a longer word sharing the title word's start is another thing; a numbered name is not its neighbour.
    expect(keyIsTitleTopic("tidewheelhouse", "The Tidewheel", MILL)).toBe(false);
    expect(keyIsTitleTopic("brainstem", "How the human brain is organised", "How the human brain is organised\n\nThe brain has parts.")).toBe(false);
    expect(keyIsTitleTopic("Great Storm I", "The Great Storm II", "The Great Storm II\n\nIt came after the first.")).toBe(false);
    expect(keyIsTitleTopic("Lander 12", "Lander 11", "Lander 11\n\nIt flew first.")).toBe(false);
    expect(keyIsTitleTopic("Lander 11", "Lander 11", "Lander 11\n\nIt flew first.")).toBe(true);
    expect(topicWords("Great Storms of 1703")).toEqual(["great", "storm", "1703"]);
    // Wired into the checks every maker's question goes through: a cloze on the title's topic is refused.
    const sentence = "The tidewheel is a wooden mill wheel turned by the sea.";
    const cloze = draftQuestion({ prompt: sentence.replace("tidewheel", BLANK), answerText: "tidewheel" }, { answerWhereFound: true });
    expect(triviaPenalties(cloze, MILL, "The Tidewheel", false).find((p) => p.check === "key-is-title-topic")?.belowDropLine).toBe(true);
    const pair = "Shoals and Currents\n\nShoals rise where currents slow. Currents carry the sand. A shoal grows as currents weaken.";
    expect(keyIsTitleTopic("shoals", "Shoals and Currents", pair)).toBe(false);
    expect(keyIsTitleTopic("shoals", "Shoals and Lighthouses", pair)).toBe(true);
    // A text with no title line has its first sentence standing in as the title: no key of it is given away by a heading.
    expect(keyIsTitleTopic("tidewheel", "The tidewheel turned all day.", "The tidewheel turned all day. It ground grain.")).toBe(false);
  });

  it("keeps side details out of a quiz, or below the review line where they fill it", () => {
    const fates = new Map<string, string[]>();
    const { questions } = generateQuestions(MILL, { count: 10, seed: 1, trace: (q, fate) => fates.set(`${q.prompt} => ${q.answerText}`, [fate, ...checkNotes(q)]) });
    const keys = questions.map((q) => q.answerText);
    // The title topic asked of itself, and the count that points back, are refused.
    expect(keys).not.toContain("tidewheel");
    expect(questions.some((q) => q.answerText === "two" && q.source.sentence.includes("the other two"))).toBe(false);
    const refused = [...fates.entries()].filter(([, [fate]]) => fate === "low-confidence");
    expect(refused.some(([, notes]) => notes.includes("count-points-back"))).toBe(true);
    // The title's topic is not asked for by its definition at all (the maker leaves it), nor by any other form that passes.
    expect([...fates.keys()].some((shown) => shown.startsWith("What is") && shown.endsWith("=> tidewheel"))).toBe(false);
    for (const [shown, [fate]] of fates) if (shown.endsWith("=> tidewheel")) expect(fate).toBe("low-confidence");
    // A bound year and a year of a list may fill the quiz, but never as sure questions.
    for (const q of questions.filter((x) => x.keyKind === "date" && (/^By \d/.test(x.source.sentence) || /\d, \d/.test(x.source.sentence)))) {
      expect(q.confidence).toBeLessThan(REVIEW_THRESHOLD);
    }
    expect([...fates.values()].some((notes) => notes.includes("date-in-opening-phrase"))).toBe(true);
    // Held means held: a year of a list asked by its blank stays a candidate, just below the review line, not under the drop line.
    const held = [...fates.entries()].filter(([shown, notes]) => notes.includes("date-in-list") && shown.includes(BLANK));
    expect(held.length).toBeGreaterThan(0);
    for (const [, [fate]] of held) expect(["selected", "not-selected"]).toContain(fate);
  });

  it("holds a list year below the review line in a question with options", () => {
    const sentence = "The mill was rebuilt in 1781, 1802 and 1839, and it slowly became the largest in the county.";
    const q = draftQuestion({ prompt: sentence.replace("1839", BLANK), answerText: "1839", options: opts("1839", "1840", "1850", "1822") }, { keyKind: "date", answerWhereFound: true });
    const penalty = triviaPenalties(q, sentence, "The Tidewheel", false).find((p) => p.check === "date-in-list");
    expect(penalty?.belowReviewLine).toBe(true);
  });

  it("asks the title's topic only the other way round, and never gives its definition to one of its parts", () => {
    const loom = `The Reed Loom

The reed loom is a wooden frame that turns thread into cloth in a weaving shed. The heddle is the part that lifts every other thread. The shuttle is the part that carries the cross thread from side to side. The beater is the bar that presses each new row tight against the cloth. Weavers oiled every reed loom once a week, and a loom lasted for forty years. Most sheds kept six looms in two rows.`;
    const fates = new Map<string, string>();
    for (const seed of [1, 7]) generateQuestions(loom, { count: 10, seed, trace: (q, fate) => fates.set(`${q.type} ${q.prompt} => ${q.answerText}`, fate) });
    const shown = [...fates.keys()];
    // The title on screen would give "reed loom" away; "What is the reed loom?" asks what it is instead.
    expect(shown.filter((x) => x.endsWith("=> reed loom"))).toEqual([]);
    expect(fates.get("MULTIPLE_CHOICE What is the reed loom? => A wooden frame that turns thread into cloth in a weaving shed")).toMatch(/selected/);
    // A part given the whole's definition ("The heddle is a wooden frame that turns thread into cloth …") is not clearly false.
    expect(shown.filter((x) => x.startsWith("TRUE_FALSE") && /wooden frame|^TRUE_FALSE The reed loom is the (?:part|bar)/.test(x))).toEqual([]);
    // Swaps between the parts themselves stay.
    expect(shown.some((x) => /^TRUE_FALSE The (?:heddle|shuttle|beater) is the (?:part|bar) that .* => False$/.test(x))).toBe(true);
  });
});

describe("the title's topic is no sibling of its parts", () => {
  const kiln = ["The Kiln", "", "A kiln is an oven that fires clay pots at great heat. Potters in the valley have built kilns of brick for centuries. The firebox is the chamber that burns the wood and gives the heat. The flue is the pipe that carries the smoke away from the pots. The ware chamber is the room where the pots stand while they are fired. A well-built kiln lasts for more than fifty years. Each firing takes about two days, and the kiln must cool slowly for another day before the pots come out."].join("\n");
  it("swaps no part for the whole in a statement, and offers no part the whole's description", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7]) {
      generateQuestions(kiln, {
        count: 10,
        seed,
        trace: (q, verdict) => {
          if (verdict !== "selected" && verdict !== "not-selected") return;
          expect(q.prompt).not.toMatch(/well-built (?:firebox|flue|ware chamber)/);
          if (/^What is the (?:firebox|flue|ware chamber)\?/.test(q.prompt)) expect(q.options.map((o) => o.text)).not.toContain("An oven that fires clay pots at great heat");
          if (/^What is the (?:chamber|pipe|room)\b/.test(q.prompt)) expect(q.options.map((o) => o.text)).not.toContain("kiln");
        },
      });
    }
  });
});
