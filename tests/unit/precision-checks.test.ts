import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { datePartSetsKeyApart, inventedBySwappingAPlace, optionsMisfit, orderGivenAway, placesFromAnotherRegion, titleSetsKeyApart, trimRepeatedWord, worldBodiesBesideLocalOne } from "@/lib/generation/check-options";
import { anchorTime, danglingDefinite, expandFirstName, expandShortName, unanchoredTime, withoutAdditionWords, withoutLeadingConnective } from "@/lib/generation/check-context";
import { checkFailure, checkNotes } from "@/lib/generation/check-questions";
import { inAside, inOpeningAside, minorBirth, sideDateChecker } from "@/lib/generation/check-side-details";
import { REVIEW_THRESHOLD, sentenceLevels } from "@/lib/generation/confidence";
import { BLANK, generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { dangles } from "@/lib/generation/question-stems";
import { formsPattern, identifyingWord, keyForms, nestedDates, sentenceShown, typedKeyOffered } from "@/lib/generation/quiz-overlap";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion, KeyKind } from "@/lib/generation/types";
import { lettered as opts } from "../support/draft-question";
import { applyChecksAtLevel } from "../support/apply-checks";

// Our own sentences and article (tests/fixtures/articles/kellby-ferry.txt), written for these tests.
const ferry = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/kellby-ferry.txt"), "utf8");

/** A candidate cut from `text`: its sentence is found there, and the key inside it. */
function cut(text: string, sentence: string, key: string, over: Partial<GeneratedQuestion> = {}): GeneratedQuestion {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`not in the text: ${sentence}`);
  const at = sentence.indexOf(key);
  const options = over.options ?? [];
  return {
    type: "MULTIPLE_CHOICE",
    prompt: sentence.slice(0, at) + BLANK + sentence.slice(at + key.length),
    options,
    answerKey: options.length ? { kind: "choice", optionId: options.find((o) => o.text === (over.answerText ?? key))?.id ?? "true" } : { kind: "text", accepted: [key] },
    answerText: key,
    source: { sentence, start, end: start + sentence.length, answer: { start: start + at, end: start + at + key.length } },
    spanType: "YEAR",
    score: 1,
    keyKind: "date" as KeyKind,
    confidence: 0.75,
    ...over,
  };
}

describe("stems that lean on the sentence before", () => {
  it("finds a relative time with no year in the stem, and not one a year anchors", () => {
    expect(unanchoredTime("The next year, the mill took on _____ workers.")).toBe("The next year");
    expect(unanchoredTime("Later that day the river rose by _____ metres.")).toBe("Later that day");
    expect(unanchoredTime("By then the canal carried _____ boats a week.")).toBe("By then");
    expect(unanchoredTime("Two years later the school had _____ pupils.")).toBe("Two years later");
    expect(unanchoredTime("In 1902 the mill opened, and the next year it took on _____ workers.")).toBeNull();
    // A blank asking for the date itself is the anchor.
    expect(unanchoredTime("The next year, on _____, the mill closed.", true)).toBeNull();
    expect(unanchoredTime("The mill closed in the same year as the mine.")).toBeNull();
    expect(unanchoredTime("The mill stood beside the weir for a century.")).toBeNull();
  });

  it("puts in the year the sentence before gives, when it gives exactly one", () => {
    expect(anchorTime("The next year, the Trust added a second boat.", "The Trust launched its first ferry in 1824.")).toBe("In 1825, the Trust added a second boat.");
    expect(anchorTime("Later that year the owners sold the mill to _____.", "The mill opened in 1871.")).toBe("Later in 1871 the owners sold the mill to _____.");
    expect(anchorTime("The mill was sold that year to _____.", "The mill opened in 1871.")).toBe("The mill was sold in 1871 to _____.");
    // Two years before, or none: no sure repair.
    expect(anchorTime("The next year, the mill closed.", "It opened in 1871 and grew in 1880.")).toBeNull();
    expect(anchorTime("The next year, the mill closed.", "It employed 1500 workers.")).toBeNull();
    // "That day" has no year to put in.
    expect(anchorTime("That day the river rose.", "The flood came in 1871.")).toBeNull();
  });

  it("anchors only on a year that dates the main clause before, and never a span of time", () => {
    // The year is the building's, in an opening participle phrase, not the fire's.
    expect(anchorTime("The next year, the owners rebuilt it in brick.", "Built in 1820, the tannery burned down after a lamp fell over.")).toBeNull();
    // A year only in an aside or in brackets.
    expect(anchorTime("The next year, the roof fell in.", "The chapel, first built in 1790, was repaired by the village.")).toBeNull();
    expect(anchorTime("The next year, the roof fell in.", "The chapel (first built in 1790) was repaired by the village.")).toBeNull();
    // "for the next year" is a stretch of time: no date goes there.
    expect(anchorTime("The ferry ran without a break for the next year.", "The Trust launched its first ferry in 1824.")).toBeNull();
    expect(anchorTime("The mill stood empty during that year.", "The mill closed in 1871.")).toBeNull();
    // The year dates the main clause, after an opening phrase of its own: anchored.
    expect(anchorTime("The next year, the mill closed.", "After a long dispute, the mill opened in 1871.")).toBe("In 1872, the mill closed.");
  });

  it("drops a leading 'Then,' when a sentence is left, and keeps 'Then came …'", () => {
    expect(withoutLeadingConnective("Then, the Trust opened an office in _____.")).toBe("The Trust opened an office in _____.");
    expect(withoutLeadingConnective("After that, crews sailed north to _____.")).toBe("Crews sailed north to _____.");
    expect(withoutLeadingConnective("Then came the flood of _____.")).toBe("Then came the flood of _____.");
    expect(withoutLeadingConnective("Later on, she was named _____.")).toBe("Later on, she was named _____.");
  });

  it("names a body in full where the stem gives only its kind word ('the Trust'), and leaves a name of its own", () => {
    const before = "The Kellby Harbour Trust launched the first steam ferry in 1824. The next year, the Trust added a boat.";
    // Only what comes before the stem's own sentence counts.
    expect(expandShortName("The Trust opened an office.", `The Trust opened an office. ${before}`, 0)).toBeNull();
    expect(expandShortName("The Trust opened a ticket office in _____.", before)).toBe("The Kellby Harbour Trust opened a ticket office in _____.");
    expect(expandShortName("Leaders argued at the Conference about _____.", "Leaders met at the Paris Peace Conference.")).toBe("Leaders argued at the Paris Peace Conference about _____.");
    // Two councils: no sure choice. A river's name is its own, whatever longer names share its word.
    expect(expandShortName("The Council met in _____.", "The Town Council and the County Council both met.")).toBeNull();
    expect(expandShortName("Boats sailed down the Nile to _____.", "The White Nile rises near a lake.")).toBeNull();
    expect(expandShortName("The Constitution was signed in _____.", "The Constitution set out three branches.")).toBeNull();
    // "The Congress of the People" is a name of its own, never the "Northland Workers' Congress" named before it.
    expect(expandShortName("Members met at the Congress of the People in _____.", "The Northland Workers Congress was founded first. It later met at the Congress of the People.")).toBeNull();
    expect(expandShortName("The Congress met in _____.", "The Northland Workers Congress was founded first. It later met at the Congress of the People.")).toBeNull();
    // A first word capitalised only for opening its sentence is no part of a name (review 16 #10).
    expect(expandShortName("The Guild met in _____.", "Soon Guild masters were quarrelling over prices. The Guild met in 1702.")).toBeNull();
    expect(expandShortName("The Navy sailed south in _____.", "Later Navy captains blamed the fog. The Navy sailed south in 1790.")).toBeNull();
    // (One the article writes capitalised inside a sentence stays: "the Later Navy" would be its name.)
    expect(expandShortName("The Navy sailed south in _____.", "It became the Later Navy. Later Navy captains blamed the fog. The Navy sailed south in 1790.")).toBe("The Later Navy sailed south in _____.");
  });

  it("leaves 'the City' and 'the Government' alone: a name ending in such a word takes no 'the', and a capital may come from the sentence start", () => {
    expect(expandShortName("The City was rebuilt in _____.", "Varno City grew fast after the salt works opened. The City was rebuilt after a fire.")).toBeNull();
    expect(expandShortName("The Government paid the sailors in _____.", "Soon Government troops reached the coast. The Government paid the sailors.")).toBeNull();
    // The same words still mark a body that acts, whose "her" an opening phrase cannot mean.
    expect(dangles("After her death, Government troops seized the port.")).toBe(true);
  });

  it("finds a bare 'the <noun>' that the sentence before introduced with 'a', unless the title or the stem names it", () => {
    const article = parseArticle(ferry);
    const at = article.sentences.findIndex((s) => s.text.startsWith("The bell was rung"));
    const uses = () => 1;
    expect(danglingDefinite("The bell was rung every _____ minutes whenever fog rolled in from the sea.", article.sentences, at, article.title, uses)).toBe("bell");
    expect(danglingDefinite("After the disaster, the Trust put up a bell tower on the shore. The bell was rung every _____ minutes.", article.sentences, at, article.title, uses)).toBeNull();
    // A noun the title names, or one the article names all through, is its subject, not a pointer.
    expect(danglingDefinite("The bell was rung every _____ minutes.", article.sentences, at, "The Bell of Kellby", uses)).toBeNull();
    expect(danglingDefinite("The bell was rung every _____ minutes.", article.sentences, at, article.title, () => 5)).toBeNull();
  });

  it("repairs a candidate's stem in place, or reports that it cannot stand alone", () => {
    const text = "The Mill at Orley\n\nThe mill at Orley opened in 1871 beside the weir. The next year, the owners took on 40 weavers from Tarrow. Then, the owners built a school for the weavers' children in Penhale.";
    const article = parseArticle(text);
    const year = cut(text, "The next year, the owners took on 40 weavers from Tarrow.", "Tarrow", { type: "FILL_BLANK", spanType: "PLACE", keyKind: "name" });
    const then = cut(text, "Then, the owners built a school for the weavers' children in Penhale.", "Penhale", { type: "FILL_BLANK", spanType: "PLACE", keyKind: "name" });
    const statement = cut(text, "The next year, the owners took on 40 weavers from Tarrow.", "Tarrow", { type: "TRUE_FALSE", prompt: "The next year, the owners took on 40 weavers from Tarrow.", spanType: "PLACE", keyKind: "name", answerText: "True", options: [{ id: "true", text: "True" }, { id: "false", text: "False" }] });
    applyChecksAtLevel([year, then, statement], article, text);
    expect(year.prompt).toBe("In 1872, the owners took on 40 weavers from _____.");
    expect(then.prompt).toBe("The owners built a school for the weavers' children in _____.");
    expect(checkFailure(year, text, article.title)).toBeNull();
    expect(checkFailure(then, text, article.title)).toBeNull();
    // A true statement must stay the article's own sentence: it is dropped instead.
    expect(checkFailure(statement, text, article.title)).toBe("stem-dangles");
  });
});

describe("round 7 findings on unseen articles", () => {
  it("cuts the words that tie a sentence to the one before, and writes out a first name given in full before", () => {
    expect(withoutAdditionWords("The crossing, though, was slow in _____.")).toBe("The crossing was slow in _____.");
    expect(withoutAdditionWords("The ferry carried mail to _____ too.")).toBe("The ferry carried mail to _____.");
    expect(withoutAdditionWords("The Trust also built a pier at _____.")).toBe("The Trust built a pier at _____.");
    expect(withoutAdditionWords("Instead, the crew sailed to _____.")).toBe("The crew sailed to _____.");
    // "also called" names something; it adds nothing to an earlier sentence.
    expect(withoutAdditionWords("The craft, also called a proa, crossed to _____.")).toBe("The craft, also called a proa, crossed to _____.");
    expect(withoutAdditionWords("The boats carried _____ as well.")).toBe("The boats carried _____.");
    expect(expandFirstName("Tobias built the boats at _____.", "Mara Okonjo married Tobias Wren in 1879.")).toBe("Tobias Wren built the boats at _____.");
    expect(expandFirstName("Tobias built the boats at _____.", "Tobias Wren and Tobias Hale met.")).toBeNull();
    expect(expandFirstName("The first Secretary-General took office in _____.", "The General Assembly met.")).toBeNull();
  });

  it("drops a statement leaning on 'though' or 'too', a date beside a time counted from another event, and marks a side event's date", () => {
    const text = "The Mill at Orley\n\nThe mill at Orley opened in 1871 beside the weir and wove cloth for a century.\n\nThe work\n\nThe mill wove wool from the hill farms of Orley. The mill made cloth, though. Two years later the owners built a school in 1873. The owners' nephew took a degree in 1890 at Tarrow. The mill at Orley closed when the weir failed.";
    const article = parseArticle(text);
    const though = cut(text, "The mill made cloth, though.", "cloth", { type: "TRUE_FALSE", prompt: "The mill made cloth, though.", answerText: "True", spanType: "TERM", keyKind: "term", options: [{ id: "true", text: "True" }, { id: "false", text: "False" }] });
    const later = cut(text, "Two years later the owners built a school in 1873.", "1873");
    const degree = cut(text, "The owners' nephew took a degree in 1890 at Tarrow.", "1890");
    const opened = cut(text, "The mill at Orley opened in 1871 beside the weir and wove cloth for a century.", "1871");
    applyChecksAtLevel([though, later, degree, opened], article, text);
    expect(checkFailure(though, text, article.title)).toBe("stem-dangles");
    expect(checkFailure(later, text, article.title)).toBe("stem-dangles");
    expect(checkNotes(degree)).toContain("side-event-date");
    expect(checkNotes(opened)).not.toContain("side-event-date");
    expect(sideDateChecker(article, sentenceLevels(article))(opened)).toBeNull();
  });

  it("refuses options whose shape gives the key away: order words in ordering items, a title only the key has, a day all wrong dates share", () => {
    const order = { ...cut("A. B. C.", "A.", "A"), type: "ORDERING" as const, options: opts("The pier was built", "Later the bridge opened", "The ferry began") };
    expect(orderGivenAway(order)).toBe(true);
    expect(orderGivenAway({ ...order, options: opts("The pier was built", "The bridge opened", "The ferry began") })).toBe(false);
    const titled = cut("President Ann Low opened it.", "President Ann Low opened it.", "President Ann Low", { keyKind: "name", spanType: "PERSON", options: opts("President Ann Low", "Tom Reed", "Bo Lind", "Eva Moss") });
    expect(titleSetsKeyApart(titled)).toBe(true);
    expect(titleSetsKeyApart({ ...titled, options: opts("President Ann Low", "President Tom Reed", "Bo Lind", "Eva Moss") })).toBe(false);
    const college = cut("She studied at King's College London.", "She studied at King's College London.", "King's College London", { keyKind: "name", spanType: "ORG", options: opts("King's College London", "King's College Paris", "Trinity College Dublin", "Kellby Academy") });
    expect(inventedBySwappingAPlace(college, "She studied at King's College London.")).toBe(true);
    expect(inventedBySwappingAPlace({ ...college, options: opts("King's College London", "Trinity College Dublin", "Kellby Academy", "Orley School") }, "She studied at King's College London.")).toBe(false);
    const day = cut("It opened on 3 May 1931.", "It opened on 3 May 1931.", "3 May 1931", { options: opts("3 May 1931", "17 June 1930", "17 March 1932", "17 May 1929") });
    expect(datePartSetsKeyApart(day)).toBe(true);
    expect(datePartSetsKeyApart({ ...day, options: opts("3 May 1931", "17 June 1930", "9 March 1932", "21 May 1929") })).toBe(false);
  });
});

describe("side details in the blank", () => {
  const title = "The Kellby Ferry and the Bridge That Replaced It";
  const at = (sentence: string, key: string) => [sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length] as const;

  it("finds a key in an aside hung on something other than the subject", () => {
    expect(inAside(...at("The boat was built at Dunharrow, a fishing village in Marrow County, and it was fast.", "Marrow County"), title)).toBe(true);
    expect(inAside(...at("The two rivers meet at Osk, the capital of Varnia.", "Varnia"), title)).toBe(true);
    // (The region after a place's name, "landed at Tarn, Westmark.", is the area check's: area-and-birth-details.test.ts.)
    expect(inAside(...at("The lamp (lit by about 40 candles) hung by the door.", "40"), title)).toBe(true);
    // The aside describes the article's subject, or the comma only closes an opening phrase: the key is the point.
    expect(inAside(...at("The Kellby ferry, which first sailed in 1824, carried sixty people.", "1824"), title)).toBe(false);
    expect(inAside(...at("Using the tide, the ferry crossed in _____ minutes.", "_____"), title)).toBe(false);
    expect(inAside(...at("At Dunharrow, the chief port, the boats waited for nine hours.", "nine"), title)).toBe(false);
    expect(inAside(...at("When the gas is cooled, the pressure will fall.", "pressure"), title)).toBe(false);
  });

  it("marks one example of several ('cities such as _____') below the review line", () => {
    const text = "Protests spread to towns such as Harlow within a week.";
    const q = cut(text, text, "Harlow", { type: "FILL_BLANK", spanType: "CITY", keyKind: "name" });
    applyChecksAtLevel([q], parseArticle(text), text);
    expect(checkNotes(q)).toEqual(["key-is-an-example"]);
    expect(q.confidence).toBe(0.59);
  });

  it("finds a key in an opening phrase that only describes the subject, and a minor person's birth", () => {
    expect(inOpeningAside("Born in Tarvin, Agnes Pell drew up plans for a steel bridge.", "Born in Tarvin".length)).toBe(true);
    expect(inOpeningAside("During the storm of 1867, the ferry struck a sandbank in the fog.", "During the storm of 1867".length)).toBe(false);
    const pell = "A local engineer, Agnes Pell, born in 1889 in Tarvin, drew up plans for a steel bridge in 1922.";
    expect(minorBirth(pell, pell.indexOf("1889"), title, ferry)).toBe(true);
    expect(minorBirth(pell, pell.indexOf("1889"), "Agnes Pell, Bridge Builder", ferry)).toBe(false);
    expect(minorBirth(pell, pell.indexOf("1922"), title, ferry)).toBe(false);
  });

  it("lowers such a question below the review line (a birth below the drop line) and names the check", () => {
    const article = parseArticle(ferry);
    const county = cut(ferry, "The boat was built at Dunharrow, a fishing village in Marrow County, and it could carry sixty passengers.", "Marrow County", { type: "FILL_BLANK", spanType: "PLACE", keyKind: "name" });
    const birth = cut(ferry, "A local engineer, Agnes Pell, born in 1889 in Tarvin, drew up plans for a steel bridge in 1922.", "1889");
    const plan = cut(ferry, "A local engineer, Agnes Pell, born in 1889 in Tarvin, drew up plans for a steel bridge in 1922.", "1922");
    applyChecksAtLevel([county, birth, plan], article, ferry);
    expect(checkNotes(county)).toEqual(["key-in-aside"]);
    expect(county.confidence).toBe(0.56);
    expect(county.confidence).toBeLessThan(REVIEW_THRESHOLD);
    expect(checkNotes(birth)).toEqual(["key-in-aside", "minor-birth"]);
    expect(birth.confidence).toBeLessThan(0.45);
    expect(checkNotes(plan)).toEqual([]);
    expect(plan.confidence).toBe(0.75);
  });
});

describe("options that do not fit", () => {
  it("cuts the word after the gap from options that repeat it, and refuses options of the wrong number", () => {
    const q = cut("An acid releases hydrogen ions in water.", "An acid releases hydrogen ions in water.", "hydrogen", { spanType: "TERM", keyKind: "term", options: opts("hydrogen", "oxide ions", "sodium ions", "chloride") });
    trimRepeatedWord(q);
    expect(q.options.map((o) => o.text)).toEqual(["hydrogen", "oxide", "sodium", "chloride"]);
    expect(optionsMisfit(q, "An acid releases hydrogen ions in water. Salt holds sodium and chloride. Rust is an oxide.")).toBe(false);
    const plural = cut("Each cell holds one nucleus.", "Each cell holds one nucleus.", "nucleus", { spanType: "TERM", keyKind: "term", options: opts("nucleus", "ribosomes", "membrane", "wall") });
    expect(optionsMisfit(plural, "Each cell holds one nucleus. Ribosomes, a membrane and a wall.")).toBe(true);
  });

  it("refuses world bodies offered beside a body only the article names", () => {
    const text = "The Kellby Bridge League raised money for the bridge.";
    const local = cut(text, text, "Kellby Bridge League", { spanType: "ORG", keyKind: "name", options: opts("Kellby Bridge League", "United Nations", "NATO", "Red Cross") });
    expect(worldBodiesBesideLocalOne(local, text)).toBe(true);
    const known = cut("The charter set up the United Nations.", "The charter set up the United Nations.", "United Nations", { spanType: "ORG", keyKind: "name", options: opts("United Nations", "League of Nations", "NATO", "Red Cross") });
    expect(worldBodiesBesideLocalOne(known, "The charter set up the United Nations.")).toBe(false);
  });
});

describe("places from another part of the world", () => {
  it("refuses options from other continents than the key's, and a spread of continents for a place the gazetteer does not know", () => {
    const text = "The players met at a hall in London every winter.";
    const far = cut(text, text, "London", { spanType: "CITY", keyKind: "name", options: opts("London", "Tokyo", "Paris", "Rome") });
    expect(placesFromAnotherRegion(far)).toBe(true);
    const near = cut(text, text, "London", { spanType: "CITY", keyKind: "name", options: opts("London", "Madrid", "Paris", "Rome") });
    expect(placesFromAnotherRegion(near)).toBe(false);
    const local = cut("The league met in Kellby.", "The league met in Kellby.", "Kellby", { spanType: "CITY", keyKind: "name", options: opts("Kellby", "Cairo", "Paris", "Rome") });
    expect(placesFromAnotherRegion(local)).toBe(true);
  });

  it("offers a city's distractors from its own part of the world", () => {
    const text = "The Lantern Fair\n\nThe first lantern fair of the two weaving guilds was held in London in 1862 beside the old cloth market.";
    for (const seed of [1, 2, 3]) {
      const made: GeneratedQuestion[] = [];
      generateQuestions(text, { seed, count: 10, trace: (q) => made.push(q) });
      const mc = made.find((q) => q.type === "MULTIPLE_CHOICE" && q.answerText === "London");
      expect(mc?.options).toHaveLength(4);
      for (const o of mc!.options) expect(["London", "Paris", "Berlin", "Rome", "Madrid", "Warsaw", "Stockholm", "Vienna", "Athens", "Lisbon", "Moscow", "Geneva", "Leningrad"]).toContain(o.text);
    }
  });
});

describe("one fact, once", () => {
  it("reads a key in its other forms", () => {
    expect(keyForms("nine")).toEqual(["nine", "9"]);
    expect(keyForms("5,000")).toEqual(["5,000", "5000"]);
    expect(formsPattern("six").test("after a long six-week blockade")).toBe(true);
    expect(formsPattern("six weeks").test("a six-week blockade")).toBe(true);
    expect(formsPattern("nine").test("ninety boats")).toBe(false);
    expect(formsPattern("three").test("three-quarters of the town")).toBe(false);
    expect(formsPattern("varn dynasty").test("the Varn Dynasty-era coins")).toBe(false);
  });

  it("knows which word of a name gives it away", () => {
    expect(identifyingWord("Varn Dynasty", false)).toBe("Varn");
    expect(identifyingWord("Agnes Pell", true)).toBe("Pell");
    expect(identifyingWord("Osric II", true)).toBeNull();
    expect(identifyingWord("East Varnia", false)).toBeNull();
    expect(identifyingWord("Kellby Harbour Trust", false)).toBeNull();
  });

  it("clashes a statement with a stem that shows its sentence, a typed name with options that list it, and nested dates", () => {
    const text = "The Oss Bridge opened in May 1931. In 1931 the ferry was replaced by the Oss Bridge. Agnes Pell drew the plans.";
    const opened = cut(text, "The Oss Bridge opened in May 1931.", "May 1931", { spanType: "MONTH_YEAR" });
    const replaced = cut(text, "In 1931 the ferry was replaced by the Oss Bridge.", "1931");
    expect(nestedDates(opened, replaced)).toBe(true);
    const statement = cut(text, "In 1931 the ferry was replaced by the Oss Bridge.", "1931", { type: "TRUE_FALSE", prompt: "In 1931 the ferry was replaced by the Oss Bridge.", answerText: "True" });
    const shows = cut(text, "The Oss Bridge opened in May 1931.", "May 1931", { prompt: `In 1931 the ferry was replaced by the Oss Bridge. The Oss Bridge opened in ${BLANK}.` });
    expect(sentenceShown(statement, shows)).toBe(true);
    expect(sentenceShown(statement, opened)).toBe(false);
    const typed = cut(text, "Agnes Pell drew the plans.", "Agnes Pell", { type: "FILL_BLANK", spanType: "PERSON", keyKind: "name" });
    const offering = cut(text, "The Oss Bridge opened in May 1931.", "May 1931", { keyKind: "name", answerText: "Tom Reed", options: opts("Tom Reed", "Agnes Pell", "Ann Marsh", "Bo Lind") });
    expect(typedKeyOffered(offering, typed)).toBe(true);
    expect(selectQuestions([opened, replaced], 10, ["MULTIPLE_CHOICE"], createRandom(1))).toHaveLength(1);
  });

  it("never keeps a statement another stem settles, even when the quiz would be short", () => {
    const text = "The mill opened in 1871. The mill had been running since 1871 when the river flooded.";
    const opened = cut(text, "The mill opened in 1871.", "1871", { score: 2 });
    const statement = cut(text, "The mill had been running since 1871 when the river flooded.", "1871", { type: "TRUE_FALSE", prompt: "The mill had been running since 1875 when the river flooded.", answerText: "False", options: [{ id: "true", text: "True" }, { id: "false", text: "False" }], score: 1 });
    statement.answerKey = { kind: "choice", optionId: "false" };
    // The stem "… in _____." does not show 1871, so the statement stands; a context showing it settles the statement.
    const shows = { ...opened, prompt: `The mill opened in 1871. In ${BLANK} the river flooded.`, answerText: "1880" };
    const quiz = selectQuestions([shows, statement], 10, ["MULTIPLE_CHOICE", "TRUE_FALSE"], createRandom(1));
    expect(quiz).toHaveLength(1);
    expect(quiz.includes(statement)).toBe(false);
    const fillers = [1, 2, 3, 4, 5].map((i) => ({ ...cut(text, "The mill opened in 1871.", "mill", { spanType: "TERM" as const, keyKind: "term" as KeyKind, score: 3 }), prompt: `Filler ${i} _____ question.`, answerText: `word${i}`, source: { ...opened.source, start: 100 * i, answer: { start: 100 * i, end: 100 * i + 3 } } }));
    const full = selectQuestions([shows, statement, ...fillers], 10, ["MULTIPLE_CHOICE", "TRUE_FALSE"], createRandom(1));
    expect(full.includes(statement)).toBe(false);
  });

  it("clashes an ordering question whose items show another question's key", () => {
    const text = "The pier was built at Kellby in 1838. The bell tower went up in 1867. The bridge opened in 1931.";
    const order: GeneratedQuestion = {
      ...cut(text, "The pier was built at Kellby in 1838.", "1838"),
      type: "ORDERING",
      prompt: "Put these events in the order they happened, earliest first.",
      options: opts("The pier was built at Kellby", "The bell tower went up", "The bridge opened"),
      answerKey: { kind: "order", itemIds: ["a", "b", "c"] },
      answerText: "a → b → c",
      keyKind: "event",
    };
    const place = cut(text, "The pier was built at Kellby in 1838.", "Kellby", { type: "FILL_BLANK", spanType: "PLACE", keyKind: "name", score: 0.5 });
    const bridge = cut(text, "The bridge opened in 1931.", "1931", { score: 0.5 });
    const quiz = selectQuestions([order, place, bridge], 10, ["ORDERING", "MULTIPLE_CHOICE", "FILL_BLANK"], createRandom(1));
    expect(quiz.map((q) => q.answerText)).toEqual(["a → b → c", "1931"]);
  });

  it("takes each paragraph's best question before a paragraph's second, when it is good in its own right", () => {
    const text = "Alpha one ran. Alpha two swam. Alpha six sang. Beta four ran. Gamma five ran.";
    const make = (sentence: string, score: number) => cut(text, sentence, sentence.split(" ")[1]!, { type: "FILL_BLANK", spanType: "TERM", keyKind: "term", score });
    const candidates = [make("Alpha one ran.", 1), make("Alpha two swam.", 0.97), make("Alpha six sang.", 0.95), make("Beta four ran.", 0.6), make("Gamma five ran.", 0.3)];
    const paragraph = (offset: number) => (offset < text.indexOf("Beta") ? 0 : offset < text.indexOf("Gamma") ? 1 : 2);
    for (const seed of [1, 2, 3]) {
      const quiz = selectQuestions(candidates, 3, ["FILL_BLANK"], createRandom(seed), () => 0, paragraph);
      // The second paragraph's point comes before the first paragraph's third; "Gamma" ranks under half the best: a detail.
      expect(quiz.map((q) => q.answerText)).toContain("four");
      expect(quiz.map((q) => q.answerText)).not.toContain("five");
    }
    // Without paragraphs, rank alone fills the quiz from the first one.
    expect(selectQuestions(candidates, 3, ["FILL_BLANK"], createRandom(1)).map((q) => q.answerText)).not.toContain("four");
  });

  it("fills at most a quarter of a quiz (3 of 10) with dates while other kinds are there", () => {
    const text = Array.from({ length: 10 }, (_, i) => `Boat number ${i} of the fleet sailed to Port ${String.fromCharCode(65 + i)}ell in ${1900 + i * 7}.`).join(" ");
    const dates = Array.from({ length: 7 }, (_, i) => cut(text, `Boat number ${i} of the fleet sailed to Port ${String.fromCharCode(65 + i)}ell in ${1900 + i * 7}.`, String(1900 + i * 7), { score: 2 }));
    const places = [7, 8, 9].map((i) => cut(text, `Boat number ${i} of the fleet sailed to Port ${String.fromCharCode(65 + i)}ell in ${1900 + i * 7}.`, `Port ${String.fromCharCode(65 + i)}ell`, { type: "FILL_BLANK", spanType: "PLACE", keyKind: "name", score: 1 }));
    const quiz = selectQuestions([...dates, ...places], 10, ["MULTIPLE_CHOICE", "FILL_BLANK"], createRandom(1));
    expect(quiz.filter((q) => q.keyKind === "date")).toHaveLength(3);
    expect(quiz.filter((q) => q.keyKind === "name")).toHaveLength(3);
    // With nothing else to ask, a short quiz still takes more dates.
    expect(selectQuestions(dates, 10, ["MULTIPLE_CHOICE"], createRandom(1)).length).toBeGreaterThanOrEqual(6);
  });
});

describe("the checks on our ferry article", () => {
  it("ships no stem that leans on an earlier sentence, no minor birth, and no fact twice", () => {
    for (const seed of [1, 2, 3]) {
      const { questions } = generateQuestions(ferry, { seed });
      expect(questions.length).toBeGreaterThanOrEqual(6);
      for (const q of questions) {
        expect(q.prompt).not.toMatch(/^(?:Then|The next year)\b|^The bell\b|born in _____|^The Trust\b/);
        expect(q.answerText).not.toBe("1889");
      }
      const dates = questions.filter((q) => q.keyKind === "date" && q.type !== "TRUE_FALSE").map((q) => q.answerText);
      expect(dates.some((d) => d === "1931") && dates.some((d) => d === "May 1931")).toBe(false);
    }
  });
});
