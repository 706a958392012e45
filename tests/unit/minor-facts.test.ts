import { describe, expect, it } from "vitest";
import {
  countOfKinds,
  dateOfEvidence,
  endOfUncertainRange,
  exactDayOfDeath,
  firstOnRecord,
  laterExample,
  ownerOfAThingUsed,
  passingNameInTrailingClause,
  placeComeBackTo,
  publicationDetail,
  startBeforeItsState,
  statesCountOfKinds,
  zoneOfAClockTime,
} from "@/lib/generation/check-minor-facts";
import { eraInOpeningPhrase } from "@/lib/generation/check-side-details";
import { isUngrammatical } from "@/lib/generation/check-stems";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { REVIEW_THRESHOLD } from "@/lib/generation/confidence";
import { BLANK } from "@/lib/generation/make-cloze";
import { generateQuestions } from "@/lib/generation/generate-questions";
import type { KeyKind } from "@/lib/generation/types";
import { draftQuestion } from "../support/draft-question";

// Invented sentences about an invented island, a glass works and a ferry, written for these tests.
const FERRY = `The Marrow Isle Ferry

The Marrow Isle ferry was the first steam boat to carry glass from the island to the mainland. It was built in 1834 by the shipwright Anna Kestrel at the yard of Pellow. On its first crossing the ferry left at 6:15 Lisbon time with forty crates of green bottles. The crossing took four hours in calm weather, and the crates reached the port of Dunmere unbroken.

How it worked

There are three main kinds of cargo that the ferry carried. Coal from Dunmere fed the glass furnaces on the island. Finished bottles went back to the mainland in straw-lined crates. Mail and passengers filled the small cabin at the stern.

Later years

When the captain came back to Marrow Isle in 1850, he found the harbour silted up. The islanders dug a new channel in 1852, and the ferry ran again until 1879. Some historians now think the ferry sank in a storm, because of a broken paddle found in 1998. The captain died on 3 May 1881 after a fall. The island's council bought the last paddle in 1901 and placed it in the town hall.`;

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
  it("reads one end of a range that says a date is unsure, not the two ends of a period", () => {
    const born = "The founder was born around 1702, though records put it anywhere from about 1695 to 1708.";
    expect(endOfUncertainRange(...at(born, "1695"))).toBe(true);
    expect(endOfUncertainRange(...at(born, "1708"))).toBe(true);
    expect(endOfUncertainRange(...at(born, "1702"))).toBe(false);
    expect(endOfUncertainRange(...at("The ferry sank around 1811 or 1812.", "1811"))).toBe(true);
    expect(endOfUncertainRange(...at("The works ran from 1740 to 1790 without a break.", "1740"))).toBe(false);
    expect(endOfUncertainRange(...at("The works ran from 1740 to 1790 without a break.", "1790"))).toBe(false);
    expect(held(born, "1695", "date")).toContain("end-of-uncertain-range");
  });

  it("holds a figure the article hedges with 'perhaps'", () => {
    expect(held("The island was home to perhaps 4,000 people.", "4,000", "number")).toContain("hedged-figure");
    expect(held("The island was home to 4,000 people.", "4,000", "number")).not.toContain("hedged-figure");
  });

  it("reads the count that announces a topic, not a count of things", () => {
    expect(countOfKinds(...at("There are three main kinds of glass made on the island.", "three"))).toBe(true);
    expect(countOfKinds(...at("Island glass falls into four groups by colour.", "four"))).toBe(true);
    expect(countOfKinds(...at("There are 212 furnaces on the island.", "212"))).toBe(false);
    expect(held("There are three main kinds of glass made on the island.", "three", "number")).toContain("count-of-kinds");
    expect(statesCountOfKinds("There are not three main kinds of glass made on the island.")).toBe(true);
    expect(statesCountOfKinds("There are 212 furnaces on the island.")).toBe(false);
    const denial = "There are not three main kinds of glass made on the island.";
    expect(held("There are three main kinds of glass made on the island.", "three", "statement", { type: "TRUE_FALSE", prompt: denial, answerText: "False" })).toContain("count-of-kinds");
  });

  it("reads a later item of an example list; the first is read by key-is-an-example", () => {
    const list = "Sands such as quartz and feldspar melt in the furnace.";
    expect(laterExample(list, list.indexOf("feldspar"))).toBe(true);
    expect(laterExample("Sands such as quartz, mica and feldspar melt.", "Sands such as quartz, mica and feldspar melt.".indexOf("feldspar"))).toBe(true);
    expect(laterExample("Quartz and feldspar melt in the furnace.", "Quartz and feldspar melt in the furnace.".indexOf("feldspar"))).toBe(false);
    expect(held(list, "feldspar", "term")).toContain("later-example");
    expect(held(list, "quartz", "term")).toContain("key-is-an-example");
  });

  it("reads the zone of a clock time and the exact day of a death, not the year of a death", () => {
    expect(zoneOfAClockTime(...at("The ferry left at 6:15 Lisbon time with forty crates.", "Lisbon"))).toBe(true);
    expect(zoneOfAClockTime(...at("The ferry left Lisbon at 6:15 with forty crates.", "Lisbon"))).toBe(false);
    expect(held("The ferry left at 6:15 Lisbon time with forty crates.", "Lisbon", "name")).toContain("zone-of-a-clock-time");
    const death = "The founder never sailed again; he died on 3 May 1761 after a fall.";
    expect(exactDayOfDeath(death, death.indexOf("3 May 1761"), "3 May 1761")).toBe(true);
    expect(exactDayOfDeath("The founder died in 1761 after a fall.", "The founder died in 1761 after a fall.".indexOf("1761"), "1761")).toBe(false);
    expect(held(death, "3 May 1761", "date")).toContain("exact-day-of-death");
    // A false statement made by swapping the day hinges on it too; a true copy tests the whole sentence.
    expect(held(death, "3 May 1761", "date", { type: "TRUE_FALSE", prompt: death.replace("3 May", "9 June"), answerText: "False" })).toContain("exact-day-of-death");
    expect(held(death, "3 May 1761", "date", { type: "TRUE_FALSE", prompt: death, answerText: "True" })).not.toContain("exact-day-of-death");
  });

  it("reads the home someone comes back to and the owner of a thing used, not the doer of a deed", () => {
    expect(placeComeBackTo("When the founder came back to Portugal, he built a second furnace.", "When the founder came back to ".length)).toBe(true);
    expect(placeComeBackTo("Back in Portugal the founder built a second furnace.", "Back in ".length)).toBe(true);
    expect(placeComeBackTo("The founder sailed to Portugal in 1740.", "The founder sailed to ".length)).toBe(false);
    expect(held("When the founder came back to Portugal, he built a second furnace.", "Portugal", "name")).toContain("place-come-back-to");
    expect(ownerOfAThingUsed(...at("The apprentice broke the mould with Ferro's hammer.", "Ferro"))).toBe(true);
    expect(ownerOfAThingUsed(...at("After Ferro's find, the island grew rich.", "Ferro"))).toBe(false);
    expect(ownerOfAThingUsed(...at("The raiders landed with Ferro's own brother.", "Ferro"))).toBe(false);
    expect(held("The apprentice broke the mould with Ferro's hammer.", "Ferro", "name")).toContain("owner-of-a-thing-used");
  });

  it("reads a date inside the evidence for a view some scholars hold, and the year a state began", () => {
    const view = "Some scholars now think the fire came in spring, because of a ledger found in 1998.";
    expect(dateOfEvidence(view, view.indexOf("1998"))).toBe(true);
    expect(dateOfEvidence("The fire came in spring, and a ledger was found in 1998.", 50)).toBe(false);
    expect(held(view, "1998", "date")).toContain("date-of-evidence");
    const state = "The works closed in 1790, and since 1950 a trust of local collectors has kept the furnaces as a museum.";
    expect(startBeforeItsState(...at(state, "1950"), "The Glass Works of Marrow Isle")).toBe(true);
    expect(startBeforeItsState(...at("The works closed in 1790, and in 1950 the council bought them.", "1950"), "The Glass Works of Marrow Isle")).toBe(false);
    expect(held(state, "1950", "date")).toContain("start-of-a-state");
    expect(eraInOpeningPhrase(...at("Since 1950 the furnaces have been a museum.", "1950"), "1950")).toBe(true);
    expect(held("Since 1950 the furnaces have been a museum.", "1950", "date")).toContain("date-in-opening-phrase");
  });

  it("reads a name given only here in a participle clause after the main one, and the first holder on record", () => {
    const text = "The raiders attacked the harbour all day, burning the warehouse of Quillan and sinking two boats. The harbour was rebuilt.";
    const sentence = text.split(". ")[0]! + ".";
    expect(passingNameInTrailingClause(sentence, sentence.indexOf("Quillan"), "Quillan", text, "The Glass Works of Marrow Isle")).toBe(true);
    // Named again elsewhere, the place belongs to the story.
    expect(passingNameInTrailingClause(sentence, sentence.indexOf("Quillan"), "Quillan", `${text} Quillan was a glass merchant.`, "The Glass Works of Marrow Isle")).toBe(false);
    // No participle clause: the name is in the main clause.
    const plain = "The raiders burned the warehouse of Quillan.";
    expect(passingNameInTrailingClause(plain, plain.indexOf("Quillan"), "Quillan", plain, "The Glass Works of Marrow Isle")).toBe(false);
    expect(held(sentence, "Quillan", "name")).toContain("passing-name-in-trailing-clause");
    const first = "The first recorded champion of the race was Ebbo, a baker from the mainland.";
    expect(firstOnRecord(first, first.indexOf("Ebbo"), "Ebbo", first)).toBe(true);
    expect(firstOnRecord(first, first.indexOf("Ebbo"), "Ebbo", `${first} Ebbo won twice.`)).toBe(false);
    expect(held(first, "Ebbo", "name")).toContain("first-on-record");
  });

  it("reads where and how a story was first printed, unless the article is about the magazine", () => {
    const printed = "The tale first appeared in parts in a weekly magazine in 1880 and 1881.";
    expect(publicationDetail(printed, "The Glassblower's Daughter")).toBe(true);
    expect(publicationDetail(printed, "The Harbour Magazine")).toBe(false);
    expect(publicationDetail("The daughter runs away to the mainland in the second chapter.", "The Glassblower's Daughter")).toBe(false);
    expect(held(printed, "1880", "statement", { type: "TRUE_FALSE", prompt: printed, answerText: "True", title: "The Glassblower's Daughter" })).toContain("publication-detail");
  });

  it("holds each of these below the review line with no factor, so a fairer candidate takes the slot and the question can still fill a short quiz", () => {
    const penalties = checksOn("The ferry left at 6:15 Lisbon time with forty crates.", "Lisbon", "name").filter((p) => p.check === "zone-of-a-clock-time");
    expect(penalties).toEqual([{ check: "zone-of-a-clock-time", factor: 1, belowReviewLine: true }]);
    const fates = new Map<string, string>();
    const { questions } = generateQuestions(FERRY, { count: 10, seed: 1, trace: (q, fate) => q.answerText === "1998" && q.type !== "TRUE_FALSE" && fates.set(q.prompt, fate) });
    // The year the evidence turned up was the pick for its sentence; now another sentence fills the slot, and the quiz keeps six.
    expect(questions.some((q) => q.answerText === "1998")).toBe(false);
    expect(questions.length).toBeGreaterThanOrEqual(6);
    expect(fates.size).toBeGreaterThan(0);
    for (const fate of fates.values()) expect(fate).toBe("not-selected");
    for (const q of questions) expect(q.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
  });

  it("refuses a built question that ends on a joining word", () => {
    expect(isUngrammatical("Who reaches the hut first and?")).toBe(true);
    expect(isUngrammatical("Who reaches the hut first?")).toBe(false);
  });
});
