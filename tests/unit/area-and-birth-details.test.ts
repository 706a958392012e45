import { describe, expect, it } from "vitest";
import { checkNotes } from "@/lib/generation/check-questions";
import { areaOfANamedPlace } from "@/lib/generation/check-place-area";
import { minorBirth } from "@/lib/generation/check-side-details";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { BLANK } from "@/lib/generation/blank";
import type { KeyKind } from "@/lib/generation/types";
import { draftQuestion, lettered as opts } from "../support/draft-question";
import { tracedQuestions } from "../support/traced-candidates";

// Our own sentences and article, about an invented salt road, written for these tests.
// (The title names no town of the road: an area of a place the title names is a main point, tested below.)
const TITLE = "The Old Salt Road";
const area = (sentence: string, key: string, title = TITLE, text = sentence) => areaOfANamedPlace(sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length, title, text, false);
const birth = (sentence: string, key: string, title = TITLE) => minorBirth(sentence, sentence.indexOf(key), title, sentence);
const checks = (sentence: string, key: string, keyKind: KeyKind, type: "MULTIPLE_CHOICE" | "TRUE_FALSE" = "MULTIPLE_CHOICE", answerText = key) =>
  triviaPenalties(
    draftQuestion(
      { type, prompt: type === "TRUE_FALSE" ? sentence : sentence.replace(key, BLANK), answerText, options: type === "TRUE_FALSE" ? opts("True", "False") : [], source: { sentence, start: 0, end: sentence.length, answer: { start: sentence.indexOf(key), end: sentence.indexOf(key) + key.length } } },
      { keyKind },
    ),
    sentence,
    TITLE,
    false,
  ).map((p) => p.check);

describe("the area a named place lies in", () => {
  it("reads an area named once after a place the sentence names", () => {
    expect(area("The road ran from Tarn to Osk in the northern county of Marrow.", "Marrow")).toBe(true);
    expect(area("The mill stood at Dunmore in Marrow County.", "Marrow")).toBe(true);
  });

  it("leaves an area that is the sentence's own place, one that recurs, and one the title names", () => {
    // No place before it: where the event happened is the point.
    expect(area("The rising began in the province of Brask.", "Brask")).toBe(false);
    expect(area("Villages in the province of Brask rose first.", "Brask")).toBe(false);
    // Named again in the article: part of the story.
    const text = "The rising began in villages near Tarn in the province of Brask. Brask was poor and hungry.";
    expect(area("The rising began in villages near Tarn in the province of Brask.", "Brask", "The Brask Rising of 1899")).toBe(false);
    expect(area("The rising began in villages near Tarn in the province of Brask.", "Brask", "The Salt Carriers' Rising", text)).toBe(false);
    expect(area("The mine opened at Dunmore in the county of Fife.", "Fife", "Coal Mining in Fife")).toBe(false);
    // A plain destination, not an area.
    expect(area("The ship sailed from Osk to Marrow.", "Marrow")).toBe(false);
  });

  it("holds a question on the area below the review line, and a false statement swapping it, but not a true copy", () => {
    const s = "From Tarn the road climbed to Osk in the northern county of Marrow.";
    expect(checks(s, "Marrow", "name")).toContain("area-of-a-named-place");
    expect(checks(s, "Marrow", "name", "TRUE_FALSE", "False")).toContain("area-of-a-named-place");
    expect(checks(s, "Marrow", "name", "TRUE_FALSE", "True")).not.toContain("area-of-a-named-place");
    expect(checks(s, "Osk", "name")).not.toContain("area-of-a-named-place");
  });
});

describe("the named place is a place, and not the title's", () => {
  it("reads no month, weekday, person or title as the place the area holds", () => {
    expect(area("Riots broke out in March in the province of Brask.", "Brask")).toBe(false);
    expect(area("The strike began on Monday in Marrow County.", "Marrow")).toBe(false);
    expect(area("The carters struck in May in Marrow County.", "Marrow")).toBe(false);
    expect(area("Ada Fenn in Marrow County led the carters.", "Marrow")).toBe(false);
    expect(area("The carters fought the guards and Ada Fenn in the province of Brask.", "Brask")).toBe(false);
    expect(area("Ada Fenn, Warden of the county of Marrow, rode out.", "Marrow")).toBe(false);
    // A person after a verb of being, naming or appointing, then their title (review 16 r2 #8).
    expect(area("His heir was Edwin Marle, Warden of Brask.", "Warden of Brask")).toBe(false);
    expect(area("The council appointed Tom Reed, Keeper of the Roads.", "Keeper of the Roads")).toBe(false);
  });

  it("never holds the area of a place the title names, nor one in the summary", () => {
    expect(area("The great flood reached Osk in the county of Marrow in 1889.", "Marrow", "The Osk Flood")).toBe(false);
    expect(area("The great flood reached Osk in the county of Marrow in 1889.", "Marrow", "The Great Flood of 1889")).toBe(true);
    const s = "The great flood reached Osk in the county of Marrow in 1889.";
    expect(areaOfANamedPlace(s, s.indexOf("Marrow"), s.indexOf("Marrow") + 6, "The Great Flood of 1889", s, true)).toBe(false);
  });

  it("reads the region set off by a comma after the place's name, behind the same guards", () => {
    expect(area("The crew landed at Tarn, Westmark.", "Westmark")).toBe(true);
    expect(area("The carts left from Kell, Westmark, before dawn.", "Westmark")).toBe(true);
    // After any verb or lower-case word, not only one of going or being (review 16 #9).
    expect(area("In 1812 the carters visited Tarn, Westmark, and rested a week.", "Westmark")).toBe(true);
    expect(area("Later the rebels seized Osk, Brask.", "Brask")).toBe(true);
    // The phrase goes on after the key: a list of places, not a region.
    expect(area("The crew landed at Tarn, Westmark and Osk.", "Westmark")).toBe(false);
    // A region the article names again, or the title's, is part of the story.
    expect(area("The crew landed at Tarn, Westmark.", "Westmark", TITLE, "The crew landed at Tarn, Westmark. Westmark paid for the road.")).toBe(false);
    expect(area("The crew landed at Tarn, Westmark.", "Westmark", "Salt Carts of Westmark")).toBe(false);
    // No word of going or being before the name: "Ada Fenn, Marrow" is no place.
    expect(area("The road was paid for by Ada Fenn, Marrow.", "Marrow")).toBe(false);
    // A member of a list of places, a side in a conflict, or a person's title is no region (review 16 C #2).
    expect(area("The carts reached Kell, Dorn, and Osk before winter.", "Dorn")).toBe(false);
    expect(area("Traders came from Kell, Dorn, Osk and Tarn.", "Dorn")).toBe(false);
    expect(area("The war pitted Vell against Kell, Dorn.", "Dorn")).toBe(false);
    expect(area("The rebels killed Tom Reed, Warden of Brask.", "Warden of Brask")).toBe(false);
    expect(area("The rebels seized Tom Reed, Earl Marrow.", "Earl Marrow")).toBe(false);
  });

  it("reads names with letters beyond ASCII, and the area's word in either case", () => {
    expect(area("The road ran on to Zöll in the canton of Ärnholm.", "Ärnholm")).toBe(true);
    expect(area("The road ran on to Zöll in Ärnholm County.", "Ärnholm")).toBe(true);
    expect(area("The mill stood at Dunmore in Marrow province.", "Marrow")).toBe(true);
    expect(area("The mill stood at Dunmore in Marrow Province.", "Marrow")).toBe(true);
  });
});

describe("a minor person's birth, read inside the birth clause only", () => {
  it("reads the birth year and place of someone the article mentions in passing", () => {
    expect(birth("A local carter, Tom Reed, born in 1760 in Vell, drove the first mules.", "1760")).toBe(true);
    expect(birth("A local carter, Tom Reed, born in 1760 in Vell, drove the first mules.", "Vell")).toBe(true);
    expect(birth("Her partner, Tom Reed, was born in Vell, Marrow, in 1760.", "1760")).toBe(true);
    expect(birth("Her partner, Tom Reed, was born in the fishing town of Pellham.", "Pellham")).toBe(true);
    expect(birth("Her partner, Tom Reed, was born to poor parents in 1760.", "1760")).toBe(true);
  });

  it("reads the birth clause through 'c.', 'St.', what one was born as, and a place 'called' something", () => {
    expect(birth("A local carter, Tom Reed, born c. 1760 in Vell, drove the first mules.", "1760")).toBe(true);
    expect(birth("A local carter, Tom Reed, born c. 1760 in Vell, drove the first mules.", "Vell")).toBe(true);
    expect(birth("A local carter, Tom Reed, born in St. Vell in 1760, drove the first mules.", "1760")).toBe(true);
    expect(birth("Her partner, Tom Reed, was born a slave in Marrow.", "Marrow")).toBe(true);
    expect(birth("Her partner, Tom Reed, was born as Tom Moss in 1760.", "1760")).toBe(true);
    expect(birth("Her partner, Tom Reed, was born in a village called Vell.", "Vell")).toBe(true);
    expect(birth("Her partner, Tom Reed, was born to a noted family in 1760.", "1760")).toBe(true);
  });

  it("ends the birth clause at a comma that no region follows", () => {
    expect(birth("Tom Reed, born in Vell, in 1788 drove the first mule train to Osk.", "1788")).toBe(false);
    expect(birth("Tom Reed, born in Vell, Marrow, in 1760, drove the first mules.", "1760")).toBe(true);
  });

  it("does not read the deed after the birth clause, a first-born, or 'born of'", () => {
    expect(birth("The merchant Ada Fenn, born in Hollin, opened the road in 1788.", "1788")).toBe(false);
    expect(birth("Ada Fenn, born in Hollin, walked to Tarn in 1788.", "Tarn")).toBe(false);
    expect(birth("His first-born son, Henry, became king in 1413.", "1413")).toBe(false);
    expect(birth("The plan was born out of the famine of 1846.", "1846")).toBe(false);
    expect(birth("Fenn was born in Lorn in 1761 and went on to open the road in 1788.", "1788")).toBe(false);
    expect(birth("Fenn was born in Hollin in 1761, and by 1788 she had opened the road.", "1788")).toBe(false);
    // (Each of these the old rule held: the name before "born" is a person's, and the key is within reach of "born".)
    expect(birth("Tom Reed's first-born son, Henry, became king in 1413.", "1413")).toBe(false);
    expect(birth("Tom Reed's plan was born out of the famine of 1846.", "1846")).toBe(false);
    expect(birth("Fenn was born in Lorn and opened the road in 1788.", "1788")).toBe(false);
  });
});

describe("on an ordinary article, the main point of a sentence keeps its standing", () => {
  const article = `${TITLE}

The Salt Road was a trade route that carried salt from the coast at Tarn to the hill town of Osk. Mule trains used it for more than sixty years.

The route

The merchant Ada Fenn, born in Hollin, opened the road in 1788 with twelve mules. From Tarn the road climbed to Osk in the northern county of Marrow. Salt from Tarn was worth more than silver in Osk, and the town grew rich on it.

The end of the road

Fenn's partner, Tom Reed, was born in Vell in 1760. The road closed in 1851 when a railway reached Osk.`;
  const seen = tracedQuestions(article);
  const on = (key: string, fragment: string) => seen.filter((q) => q.answerText === key && q.source.sentence.includes(fragment) && q.type !== "TRUE_FALSE");

  it("holds the side area and the passing person's birth", () => {
    expect(on("Marrow", "county of").length).toBeGreaterThan(0);
    for (const q of on("Marrow", "county of")) expect(checkNotes(q)).toContain("area-of-a-named-place");
    expect(on("1760", "was born").length).toBeGreaterThan(0);
    for (const q of on("1760", "was born")) expect(checkNotes(q)).toContain("minor-birth");
  });

  it("leaves the deed after a birth clause and the place the road climbed to", () => {
    expect(on("1788", "opened the road").length).toBeGreaterThan(0);
    for (const q of on("1788", "opened the road")) {
      expect(checkNotes(q)).not.toContain("minor-birth");
      expect(q.confidence).toBeGreaterThanOrEqual(0.6);
    }
    expect(seen.filter((c) => c.source.sentence.startsWith("From Tarn") && c.answerText === "Osk").length).toBeGreaterThan(0);
    for (const q of seen.filter((c) => c.source.sentence.startsWith("From Tarn") && c.answerText !== "Marrow")) expect(checkNotes(q)).not.toContain("area-of-a-named-place");
  });
});

describe("an area named in the article's opening paragraph", () => {
  // The same side area, moved into the summary paragraph: there the article's own opening states it, so it is not held.
  const article = `${TITLE}

The Salt Road carried salt from the coast at Tarn up to the hill town of Osk. From Tarn the road climbed to Osk in the northern county of Marrow.

The route

The merchant Ada Fenn opened the road in 1788 with twelve mules, and the town of Osk grew rich on the salt.`;
  const seen = tracedQuestions(article);

  it("is not held below the review line as a side area", () => {
    const onArea = seen.filter((q) => q.answerText === "Marrow" && q.type !== "TRUE_FALSE");
    expect(onArea.length).toBeGreaterThan(0);
    for (const q of onArea) expect(checkNotes(q)).not.toContain("area-of-a-named-place");
  });
});

describe("an area set off after a place with a comma and 'in'", () => {
  it("is the place's area, a side detail", () => {
    expect(area("In 1802 the first ledger of the guild was printed at Vell Harrow, in Dunmark.", "Dunmark")).toBe(true);
    // A list of places goes on after it, or the title names it: it stands.
    expect(area("In 1802 the first ledger of the guild was printed at Vell Harrow, in Dunmark, and Osk.", "Dunmark")).toBe(false);
    expect(area("In 1802 the first ledger of the guild was printed at Vell Harrow, in Dunmark.", "Dunmark", "Printing in Dunmark")).toBe(false);
  });
});
