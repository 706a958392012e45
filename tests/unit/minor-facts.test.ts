import { describe, expect, it } from "vitest";
import { endOfUncertainRange, exactDayOfDeath, laterExample, publicationDetail, zoneOfAClockTime } from "@/lib/generation/check-minor-facts";
import { startOfAState } from "@/lib/generation/check-trailing-details";
import { subjectQuestion } from "@/lib/generation/question-stems";
import type { Sentence } from "@/lib/generation/types";
import { isUngrammatical } from "@/lib/generation/check-stems";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { REVIEW_THRESHOLD } from "@/lib/generation/confidence";
import { BLANK } from "@/lib/generation/blank";
import { generateQuestions } from "@/lib/generation/generate-questions";
import type { KeyKind } from "@/lib/generation/types";
import { draftQuestion } from "../support/draft-question";

// Invented sentences about an invented island, a glass works and a ferry, written for these tests.
const FERRY = `The Marrow Isle Ferry

The Marrow Isle ferry was the first steam boat to carry glass from the island to the mainland. It was built in 1834 by the shipwright Anna Kestrel at the yard of Pellow. On its first crossing the ferry left at 6:15 Lisbon time with forty crates of green bottles. The crossing took four hours in calm weather, and the crates reached the port of Dunmere unbroken.

How it worked

There are three main kinds of cargo that the ferry carried. Coal from Dunmere fed the glass furnaces on the island. Finished bottles went back to the mainland in straw-lined crates. Mail and passengers filled the small cabin at the stern.

Later years

When the captain came back to Marrow Isle in 1850, he found the harbour silted up. The islanders dug a new channel in 1852, and the ferry ran again until 1879. Some historians now think the ferry sank in a storm anywhere from about 1882 to 1886. The captain died on 3 May 1881 after a fall. The island's council bought the last paddle in 1901 and placed it in the town hall.`;

const at = (sentence: string, key: string) => [sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length] as const;

/** The checks a key gets in its own sentence through the whole chain of trivia checks (so a test fails when a rule is unwired). */
function checksOn(sentence: string, key: string, keyKind: KeyKind, options: { type?: "MULTIPLE_CHOICE" | "FILL_BLANK" | "TRUE_FALSE"; prompt?: string; answerText?: string; title?: string } = {}) {
  const start = sentence.indexOf(key);
  const q = draftQuestion(
    {
      type: options.type ?? "FILL_BLANK",
      prompt: options.prompt ?? sentence.replace(key, BLANK),
      answerText: options.answerText ?? key,
      source: { sentence, start: 0, end: sentence.length, answer: { start, end: start + key.length } },
    },
    { keyKind },
  );
  return triviaPenalties(q, sentence, options.title ?? "The Glass Works of Marrow Isle", false);
}
const held = (sentence: string, key: string, keyKind: KeyKind, options?: Parameters<typeof checksOn>[3]) =>
  checksOn(sentence, key, keyKind, options)
    .filter((p) => p.belowReviewLine || p.belowDropLine)
    .map((p) => p.check);

describe("keys on a minor fact of their sentence", () => {
  it("reads one end of a range that says a figure is unsure, not the two ends of a period or of a change", () => {
    const born = "The founder was born around 1702, though records put it anywhere from about 1695 to 1708.";
    expect(endOfUncertainRange(...at(born, "1695"))).toBe(true);
    expect(endOfUncertainRange(...at(born, "1708"))).toBe(true);
    expect(endOfUncertainRange(...at(born, "1702"))).toBe(false);
    expect(endOfUncertainRange(...at("The ferry sank around 1811 or 1812.", "1811"))).toBe(true);
    expect(endOfUncertainRange(...at("The works ran from 1740 to 1790 without a break.", "1740"))).toBe(false);
    expect(endOfUncertainRange(...at("The works ran from 1740 to 1790 without a break.", "1790"))).toBe(false);
    // Hedged at both ends: both ends are guesses.
    const both = "Scholars date the first furnace anywhere from about 1200 to about 1250.";
    expect(endOfUncertainRange(...at(both, "1200"))).toBe(true);
    expect(endOfUncertainRange(...at(both, "1250"))).toBe(true);
    // A change from one figure to another is the sentence's point, hedged or not.
    const growth = "The harbour town grew from about 2,000 to 10,000 people in twenty years.";
    expect(endOfUncertainRange(...at(growth, "10,000"))).toBe(false);
    expect(endOfUncertainRange(...at("Prices rose from around 40 to 90 pence a crate.", "40"))).toBe(false);
    expect(held(born, "1695", "date")).toContain("end-of-uncertain-range");
    expect(held(growth, "10,000", "number")).not.toContain("end-of-uncertain-range");
  });

  it("holds a figure the article hedges with 'perhaps'", () => {
    expect(held("The island was home to perhaps 4,000 people.", "4,000", "number")).toContain("hedged-figure");
    expect(held("The island was home to 4,000 people.", "4,000", "number")).not.toContain("hedged-figure");
  });

  it("reads a later item of an example list; the first is read by key-is-an-example; a person named elsewhere stays", () => {
    const list = "Sands such as quartz and feldspar melt in the furnace.";
    expect(laterExample(list, list.indexOf("feldspar"))).toBe(true);
    expect(laterExample("Sands such as quartz, mica and feldspar melt.", "Sands such as quartz, mica and feldspar melt.".indexOf("feldspar"))).toBe(true);
    expect(laterExample("Quartz and feldspar melt in the furnace.", "Quartz and feldspar melt in the furnace.".indexOf("feldspar"))).toBe(false);
    expect(held(list, "feldspar", "term")).toContain("later-example");
    expect(held(list, "quartz", "term")).toContain("key-is-an-example");
    // A leader named in a list is held only when the article gives the name nowhere else (here the sentence is the article).
    const leaders = "Masters like Orrin Vale and Tamsin Brook led the strike of 1851.";
    expect(held(leaders, "Tamsin Brook", "name")).toContain("later-example");
    const penalties = triviaPenalties(
      draftQuestion({ type: "FILL_BLANK", prompt: leaders.replace("Tamsin Brook", BLANK), answerText: "Tamsin Brook", source: { sentence: leaders, start: 0, end: leaders.length, answer: { start: leaders.indexOf("Tamsin Brook"), end: leaders.indexOf("Tamsin Brook") + 12 } } }, { keyKind: "name" }),
      `${leaders} Tamsin Brook later ran the works.`,
      "The Glass Works of Marrow Isle",
      false,
    );
    expect(penalties.map((p) => p.check)).not.toContain("later-example");
  });

  it("reads the zone of a clock time and the exact day of a death told in passing, not a killing or a death the title names", () => {
    expect(zoneOfAClockTime(...at("The ferry left at 6:15 Lisbon time with forty crates.", "Lisbon"))).toBe(true);
    expect(zoneOfAClockTime(...at("The ferry left Lisbon at 6:15 with forty crates.", "Lisbon"))).toBe(false);
    expect(held("The ferry left at 6:15 Lisbon time with forty crates.", "Lisbon", "name")).toContain("zone-of-a-clock-time");
    const death = "The founder never sailed again; he died on 3 May 1761 after a fall.";
    const title = "The Glass Works of Marrow Isle";
    expect(exactDayOfDeath(death, death.indexOf("3 May 1761"), "3 May 1761", title)).toBe(true);
    expect(exactDayOfDeath("The founder died in 1761 after a fall.", "The founder died in 1761 after a fall.".indexOf("1761"), "1761", title)).toBe(false);
    expect(held(death, "3 May 1761", "date")).toContain("exact-day-of-death");
    // A killing is often the article's event, and a title about a death makes its day the point.
    const shot = "The harbour master was shot on 9 June 1802 outside the customs house.";
    expect(held(shot, "9 June 1802", "date")).not.toContain("exact-day-of-death");
    expect(held(death, "3 May 1761", "date", { title: "The Death of the Founder" })).not.toContain("exact-day-of-death");
    // A false statement made by swapping the day hinges on it too; one that changed the year tests the year; a true copy tests the whole sentence.
    expect(held(death, "3 May 1761", "date", { type: "TRUE_FALSE", prompt: death.replace("3 May", "9 June"), answerText: "False" })).toContain("exact-day-of-death");
    expect(held(death, "3 May 1761", "date", { type: "TRUE_FALSE", prompt: death.replace("3 May 1761", "9 June 1770"), answerText: "False" })).not.toContain("exact-day-of-death");
    expect(held(death, "3 May 1761", "date", { type: "TRUE_FALSE", prompt: death, answerText: "True" })).not.toContain("exact-day-of-death");
  });

  it("reads the exact day of a death past how or where it came, and only with its \"on\"", () => {
    const title = "The Glass Works of Marrow Isle";
    for (const death of ["The founder died in a carriage accident on 3 May 1761, aged 40.", "The founder died at sea on 3 May 1761.", "The founder died of a fever on 3 May 1761."]) {
      expect(exactDayOfDeath(death, death.indexOf("3 May 1761"), "3 May 1761", title), death).toBe(true);
    }
    // (A day after a place with no "on" is no reading this rule makes.)
    const place = "The founder died in Kell, 3 May 1761.";
    expect(exactDayOfDeath(place, place.indexOf("3 May 1761"), "3 May 1761", title)).toBe(false);
  });

  it("reads the exact day of a birth, even past a birth name", () => {
    const born = "The founder was born Tam Orrin on 4 July 1701 in the village of Pellow.";
    expect(held(born, "4 July 1701", "date")).toContain("exact-day-of-birth");
    // The year alone is kept, as is a day after a clause that has moved on ("and"), and a birth the title names.
    expect(held("The founder was born in 1701 in the village of Pellow.", "1701", "date")).not.toContain("exact-day-of-birth");
    expect(held("He was born at sea and the works opened on 3 May 1761.", "3 May 1761", "date")).not.toContain("exact-day-of-birth");
    expect(held(born, "4 July 1701", "date", { title: "The Birth of the Founder" })).not.toContain("exact-day-of-birth");
  });

  it("reads the start of a background war given in an aside, unless the title names it", () => {
    const war = "During the Long War, which began in 1702, the glass works made lamps for the navy.";
    expect(held(war, "1702", "date")).toContain("start-of-a-background-period");
    expect(held(war, "1702", "date", { title: "The Long War" })).not.toContain("start-of-a-background-period");
    expect(held("The glass works, which opened in 1702, made lamps for the navy.", "1702", "date")).not.toContain("start-of-a-background-period");
  });

  it("reads the year a state began before its verb, unless the state is the article's own", () => {
    const title = "The Glass Works of Marrow Isle";
    const state = "The works closed in 1790, and since 1950 a trust of local collectors has kept the furnaces as a museum.";
    expect(startOfAState(...at(state, "1950"), title)).toBe(true);
    expect(startOfAState(...at("The works closed in 1790, and in 1950 the council bought them.", "1950"), title)).toBe(false);
    expect(held(state, "1950", "date")).toContain("start-of-a-state");
    expect(held("Since 1950 the furnaces have been a museum.", "1950", "date")).toContain("start-of-a-state");
    // The state is the title's event ("the vote" in a title on votes), or its holder is the title's subject.
    const vote = "Islanders with land won the vote in 1880, and since 1911 all adults have voted on equal terms.";
    expect(held(vote, "1911", "date", { title: "Votes for the Islanders" })).not.toContain("start-of-a-state");
    const republic = "Since 1921 the republic has been governed by an elected council.";
    expect(held(republic, "1921", "date", { title: "The Republic of Marrow Isle" })).toEqual([]);
    // A year the title names is the article's own date.
    expect(held(state, "1950", "date", { title: "The Museum of 1950" })).not.toContain("start-of-a-state");
  });

  it("reads where and how a story was first printed, not a powder magazine, nor a year the title names", () => {
    const printed = "The tale was first printed, chapter by chapter, in a weekly magazine in 1880 and 1881.";
    expect(publicationDetail(printed, "The Glassblower's Daughter", "1880")).toBe(true);
    expect(publicationDetail(printed, "The Harbour Magazine", "1880")).toBe(false);
    expect(publicationDetail(printed, "The Glassblower's Daughter and the Year 1880", "1880")).toBe(false);
    expect(publicationDetail("The daughter runs away to the mainland in the second chapter.", "The Glassblower's Daughter", "mainland")).toBe(false);
    expect(held(printed, "1880", "statement", { type: "TRUE_FALSE", prompt: printed, answerText: "True", title: "The Glassblower's Daughter" })).toContain("publication-detail");
    const powder = "The fort's powder magazine blew up in 1769, and fire ran through the lower town.";
    expect(held(powder, "1769", "date", { title: "The Siege of Marrow Fort" })).not.toContain("publication-detail");
  });

  it("holds each of these below the review line with no factor, so a fairer candidate takes the slot and the question can still fill a short quiz", () => {
    const penalties = checksOn("The ferry left at 6:15 Lisbon time with forty crates.", "Lisbon", "name").filter((p) => p.check === "zone-of-a-clock-time");
    expect(penalties).toEqual([{ check: "zone-of-a-clock-time", factor: 1, belowReviewLine: true }]);
    const fates = new Map<string, string>();
    const { questions } = generateQuestions(FERRY, { count: 10, seed: 1, trace: (q, fate) => q.answerText === "3 May 1881" && q.type !== "TRUE_FALSE" && fates.set(q.prompt, fate) });
    // The day of the captain's death was the pick for its sentence; now another sentence fills the slot, and the quiz keeps six.
    expect(questions.some((q) => q.answerText === "3 May 1881")).toBe(false);
    expect(fates.size).toBeGreaterThan(0);
    for (const fate of fates.values()) expect(fate).toBe("not-selected");
    // Nor do the other held keys of the article reach the quiz (the lower end of the historians' range, the zone of the clock time).
    for (const key of ["1882", "Lisbon"]) expect(questions.some((q) => q.answerText === key)).toBe(false);
    expect(questions.length).toBeGreaterThanOrEqual(6);
    for (const q of questions) expect(q.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it("refuses a built question that ends on a joining word, and its maker refuses a clause cut inside a join of its own verbs", () => {
    expect(isUngrammatical("Who reaches the hut first and?")).toBe(true);
    expect(isUngrammatical("Who reaches the hut first?")).toBe(false);
    const text = "Bram reaches the hut first and, while the others wait outside, lights the stove.";
    const s: Sentence = { text, start: 0, end: text.length, section: 0, inSummary: false };
    // (Cut at the aside, the question would ask only the first of the two deeds: it is refused, not shortened.)
    expect(subjectQuestion(s, { text: "Bram", start: 0, end: 4, type: "PERSON" }, "Who")).toBeNull();
  });
});
