import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pointingPhrase, repairContext, shellOpening, unanchoredTime, withoutAdditionWords, withoutMarkers } from "@/lib/generation/check-context";
import { dangles } from "@/lib/generation/question-stems";
import { allowedYears, datesOutsideStem, dropBracketByBlank, fitArticles, optionsOfAnotherReferent, placesOfAnotherKind, pronounOf, referentOfBlank, takesThe, yearsOf } from "@/lib/generation/check-option-fit";
import { checkFailure, checkNotes } from "@/lib/generation/check-questions";
import { REVIEW_THRESHOLD } from "@/lib/generation/confidence";
import { eraInOpeningPhrase } from "@/lib/generation/check-side-details";
import { namesKey, optionsNamedIn, shownContext } from "@/lib/generation/check-shown-text";
import { opensWithVerb } from "@/lib/generation/check-stems";
import { gateFailure } from "@/lib/generation/gates";
import { isCutFrom } from "@/lib/generation/trim-statement";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import { findDatedEvents } from "@/lib/generation/make-timeline";
import { findSpans } from "@/lib/generation/find-spans";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { draftQuestion, lettered as opts } from "../support/draft-question";
import { applyChecksAtLevel } from "../support/apply-checks";

// Our own sentences and articles, written for these tests.
const question = (over: Parameters<typeof draftQuestion>[0]) => draftQuestion(over, { keyKind: "name" });

const saltRoad = `The Salt Road of the Varn Clans

The clans feared the hill town of Lenmark more than any other rival. The Varn clans traded salt with the port of Ostby for two hundred years. In 1620, the Varn clans signed a lasting pact with Ostby. The pact opened the coast road to their carts.`;

/** A candidate from the salt-road article, placed at the sentence its stem (after any context) was cut from. */
function fromSaltRoad(sentenceIndex: number, over: Partial<GeneratedQuestion> & { prompt: string; answerText: string }): GeneratedQuestion {
  const s = parseArticle(saltRoad).sentences[sentenceIndex]!;
  const at = s.text.indexOf(over.answerText);
  return question({ source: { sentence: s.text, start: s.start, end: s.end, answer: { start: s.start + at, end: s.start + at + over.answerText.length } }, spanType: "PLACE", ...over });
}

function checked(q: GeneratedQuestion, text = saltRoad) {
  applyChecksAtLevel([q], parseArticle(text), text);
  return checkFailure(q, text, parseArticle(text).title);
}

describe("shown context and stems that name the key", () => {
  const pact = "In 1620, the Varn clans signed a lasting pact with _____.";
  it("finds the sentence shown before the stem", () => {
    const { sentences } = parseArticle(saltRoad);
    expect(shownContext(`${sentences[1]!.text} ${pact}`, sentences, 2)).toBe(sentences[1]!.text);
    expect(shownContext(pact, sentences, 2)).toBeNull();
  });

  it("drops a context that names the key when the stem stands alone", () => {
    const { sentences } = parseArticle(saltRoad);
    const q = fromSaltRoad(2, { type: "FILL_BLANK", prompt: `${sentences[1]!.text} ${pact}`, answerText: "Ostby" });
    expect(checked(q)).toBeNull();
    expect(q.prompt).toBe(pact);
  });

  it("drops a context that names a wrong option, and keeps the options", () => {
    const { sentences } = parseArticle(saltRoad);
    const trade = "The Varn clans traded salt with the port of _____ for two hundred years.";
    const q = fromSaltRoad(1, { prompt: `${sentences[0]!.text} ${trade}`, answerText: "Ostby", options: opts("Lenmark", "Ostby", "Harwick", "Dunmore") });
    expect(checked(q)).toBeNull();
    expect(q.prompt).toBe(trade);
    expect(q.options.map((o) => o.text)).toEqual(["Lenmark", "Ostby", "Harwick", "Dunmore"]);
  });

  it("refuses the question when the stem needs the context that names the key", () => {
    const { sentences } = parseArticle(saltRoad);
    const q = fromSaltRoad(3, { type: "FILL_BLANK", prompt: `${sentences[2]!.text} The pact opened the _____ road to their carts.`, answerText: "coast", keyKind: "term" });
    q.source.answer = { start: sentences[3]!.start + 16, end: sentences[3]!.start + 21 };
    // (The context names "Ostby", not "coast": the stem keeps its context.)
    expect(checked(q)).toBeNull();
    const r = fromSaltRoad(3, { type: "FILL_BLANK", prompt: `${sentences[2]!.text} The _____ opened the coast road to their carts.`, answerText: "pact", keyKind: "term" });
    expect(checked(r)).toBe("stem-gives-key-away");
    // A needed context that names a wrong option keeps the question and loses the option.
    const text = "The Salt Carts\n\nThe clans feared the hill town of Lenmark more than any other rival. These clans sent their carts to Ostby each spring.";
    const [first, second] = parseArticle(text).sentences;
    const carts = "These clans sent their carts to _____ each spring.";
    const o = question({ prompt: `${first!.text} ${carts}`, answerText: "Ostby", spanType: "PLACE", options: opts("Ostby", "Lenmark", "Harwick", "Dunmore"), source: { sentence: second!.text, start: second!.start, end: second!.end, answer: { start: second!.start + 32, end: second!.start + 37 } } });
    expect(checked(o, text)).toBeNull();
    expect(o.prompt).toBe(`${first!.text} ${carts}`);
    expect(o.options.map((x) => x.text)).toEqual(["Ostby", "Harwick", "Dunmore"]);
  });

  it("reads a key named by a telling part, an alias the article gives, or not at all", () => {
    const fort = question({ prompt: "The garrison held Brannock for a year before _____ fell.", answerText: "Fort Brannock" });
    expect(namesKey(fort.prompt, fort)).toBe(true);
    const pans = question({ prompt: "Workers raked the pans each morning at _____.", answerText: "salt pans", keyKind: "term", options: opts("salt pans", "tide pools", "mud flats") });
    expect(namesKey(pans.prompt, pans)).toBe(true);
    const shared = question({ prompt: "Workers raked the pans each morning at _____.", answerText: "salt pans", keyKind: "term", options: opts("salt pans", "clay pans", "iron pans") });
    expect(namesKey(shared.prompt, shared)).toBe(false);
    const article = "Tomas Reyl, also known as Old Tom, ran the ferry. Old Tom sold it in 1880.";
    const ferry = question({ prompt: "In 1880, Old Tom sold the ferry that _____ had run.", answerText: "Tomas Reyl" });
    expect(namesKey(ferry.prompt, ferry, article)).toBe(true);
    expect(namesKey("In 1880, the ferry was sold by _____.", ferry, article)).toBe(false);
    // A people's or language's name tells ("Norlandish" for "Norland"); a longer word that only begins the same does not.
    const norland = question({ prompt: "The Norlandish traders settled in _____ in 1620.", answerText: "Norland" });
    expect(namesKey(norland.prompt, norland)).toBe(true);
    expect(namesKey("Norlandic traders settled in _____.", norland)).toBe(true);
    const indra = question({ prompt: "Indragenous farmers in _____ grew rice.", answerText: "Indra" });
    expect(namesKey(indra.prompt, indra)).toBe(false);
    // A name option is matched as written: the town of Reading is not the word "reading".
    const town = question({ prompt: "Books on reading and writing spread from _____ to the villages.", answerText: "Oxford", options: opts("Oxford", "Reading", "Bath", "Leeds") });
    expect(optionsNamedIn(town.prompt, town)).toEqual([]);
    expect(optionsNamedIn("Trade spread from _____ to Bath.", town)).toEqual(["c"]);
    // Accented letters are letters: "Zürich-born" names Zürich.
    const zurich = question({ prompt: "The Zürich-born architect designed the main station in _____.", answerText: "Zürich" });
    expect(namesKey(zurich.prompt, zurich)).toBe(true);
    // A person calling a place something is no alias of the place.
    const nile = question({ prompt: "The Greek writer Halvard called _____ the gift of the river.", answerText: "Ostmark" });
    expect(namesKey(nile.prompt, nile, "The Greek writer Halvard called Ostmark the gift of the river.")).toBe(false);
    expect(namesKey("Old Hal took the crown from _____.", question({ prompt: "", answerText: "Halvard" }), "Halvard, also called Old Hal, ruled the valley.")).toBe(true);
    // A reason as the key shares the stem's names by nature.
    const why = question({ prompt: "Why did the Lenmark guards leave the gate?", answerText: "Because the Lenmark council called them home", keyKind: "cause" });
    expect(namesKey(why.prompt, why)).toBe(false);
    // A term the title names is asked by its definition on purpose: its words in the stem are no news.
    const pool = question({ prompt: "What is a hollow in the shore that holds seawater when the tide is out?", answerText: "tide pool", keyKind: "definition" });
    expect(namesKey(pool.prompt, pool)).toBe(true);
    expect(namesKey(pool.prompt, pool, "", "Life in Tide Pools")).toBe(false);
  });

  it("takes out a wrong option the stem names, and refuses a question left with one", () => {
    const q = fromSaltRoad(2, { prompt: "After a feud with Lenmark, the Varn clans signed a lasting pact with _____.", answerText: "Ostby", options: opts("Lenmark", "Ostby", "Harwick", "Dunmore") });
    expect(checked(q)).toBeNull();
    expect(q.options.map((o) => o.text)).toEqual(["Ostby", "Harwick", "Dunmore"]);
    const r = fromSaltRoad(2, { prompt: "After a feud with Lenmark, the Varn clans signed a lasting pact with _____.", answerText: "Ostby", options: opts("Lenmark", "Ostby", "Harwick") });
    expect(checked(r)).toBe("options-misfit");
  });

  it("refuses a matching event that shows the date it is to be matched with", () => {
    const text = "The mill opened in 1820. The dam burst in 1851. The mill closed in 1902.";
    const q = question({
      type: "MATCHING",
      prompt: "Match each event to when it happened.",
      answerText: "",
      options: [
        { id: "l1", text: "The mill opened", side: "left" },
        { id: "l2", text: "The dam burst in 1851", side: "left" },
        { id: "l3", text: "The mill closed", side: "left" },
        { id: "r1", text: "1820", side: "right" },
        { id: "r2", text: "1851", side: "right" },
        { id: "r3", text: "1902", side: "right" },
      ],
      answerKey: { kind: "match", pairs: { l1: "r1", l2: "r2", l3: "r3" } },
      source: { sentence: "The mill opened in 1820.", start: 0, end: 24, answer: { start: 19, end: 23 } },
    });
    expect(gateFailure(q, text)).toBe("stem-gives-key-away");
    q.options[1]!.text = "The dam burst";
    expect(gateFailure(q, text)).toBeNull();
  });
});

describe("options the stem rules out", () => {
  it("gives every option the article the key takes, or refuses it", () => {
    const doubled = question({ prompt: "The clans sold salt to the _____ for silver.", answerText: "Ostmen", options: opts("Ostmen", "the Lenmarkers", "Harwickers") });
    fitArticles(doubled);
    expect(doubled.options.map((o) => o.text)).toEqual(["Ostmen", "Lenmarkers", "Harwickers"]);
    const keyed = question({ prompt: "Who bought the clans' salt?", answerText: "the Ostby guild", options: opts("the Ostby guild", "Lenmark", "market traders", "the Harwick council") });
    fitArticles(keyed);
    expect(keyed.options.map((o) => o.text)).toEqual(["the Ostby guild", "the market traders", "the Harwick council"]);
    const bare = question({ prompt: "What did the clans trade for silver?", answerText: "salt", keyKind: "term", options: opts("salt", "the wool", "The Lenmark cloth") });
    fitArticles(bare);
    expect(bare.options.map((o) => o.text)).toEqual(["salt", "wool"]);
  });

  it("reads the years a stem allows from its century, decade, era or bound", () => {
    expect(allowedYears("In the 20th century, the mill was rebuilt in _____.")).toEqual([1900, 1999]);
    expect(allowedYears("During the late 1800s, the town grew.")).toEqual([1860, 1899]);
    expect(allowedYears("During the 1880s, the works built a furnace in _____.")).toEqual([1880, 1889]);
    expect(allowedYears("After the flood of 1890, the dam was raised in _____.")).toEqual([1890, Infinity]);
    expect(allowedYears("In the modern era, dairy farming spread in the _____.")).toEqual([1750, 2100]);
    expect(allowedYears("The town that is now modern Harlow was founded in _____.")).toBeNull();
    expect(allowedYears("The mill was rebuilt in _____.")).toBeNull();
    expect(yearsOf("17th century")).toEqual([1600, 1699]);
    expect(yearsOf("early 19th century")).toEqual([1800, 1840]);
  });

  it("refuses date options outside the stem's era, or of another shape than the key", () => {
    const modern = question({ prompt: "In the 20th century, the mill was rebuilt in _____.", answerText: "1931", keyKind: "date", options: opts("1650", "1931", "1948", "1925") });
    expect(datesOutsideStem(modern)).toEqual(["a"]);
    const century = question({ prompt: "In the modern era, dairy farming spread in the _____.", answerText: "19th century", keyKind: "date", options: opts("17th century", "18th century", "19th century", "20th century") });
    expect(datesOutsideStem(century)).toEqual(["a"]);
    const shape = question({ prompt: "The mill was rebuilt in _____.", answerText: "1931", keyKind: "date", options: opts("1930s", "1931", "1948", "1925") });
    expect(datesOutsideStem(shape)).toEqual(["a"]);
    const sameYear = question({ prompt: "In 1662, after a long winter, the garrison gave up on _____.", answerText: "February 1, 1662", keyKind: "date", options: opts("March 3, 1662", "February 1, 1662", "June 9, 1661", "May 2, 1662") });
    expect(datesOutsideStem(sameYear)).toEqual(["c"]);
    // An era the key itself is outside was read wrongly: nothing is refused for it.
    const misread = question({ prompt: "After the flood of 1890, the old dam, built in _____, was raised.", answerText: "1885", keyKind: "date", options: opts("1885", "1870", "1892") });
    expect(datesOutsideStem(misread)).toEqual([]);
    const q = question({ prompt: "In the 20th century, the mill was rebuilt in _____.", answerText: "1931", keyKind: "date", options: opts("1650", "1931", "1710") });
    expect(checked(q, "The Mill\n\nIn the 20th century, the mill was rebuilt in 1931.")).toBe("options-misfit");
  });

  it("refuses options that cannot be what a reflexive or possessive after the blank refers to", () => {
    expect(referentOfBlank("_____ himself tested every batch of glass.")).toBe("he");
    expect(referentOfBlank("In 1850, _____ and her brother moved to Harlow.")).toBe("she");
    expect(referentOfBlank("The mayor thanked _____ for his gift.")).toBeNull();
    expect(referentOfBlank("_____ and Ada Venn sold their mill.")).toBeNull();
    const article = "Walter Pell ran the works. He tested the glass. Agnes Pell kept the accounts, and she sold glass at Harlow. Tobias Wren built the kilns; he came from the north.";
    expect(pronounOf("Agnes Pell", article)).toBe("she");
    // A pronoun that opens the next sentence is capitalised.
    expect(pronounOf("Mara Lund", "Mara Lund found the first bones on the shore. Her brother helped, and he dug them out.")).toBe("she");
    expect(pronounOf("Queen Ilse", article)).toBe("she");
    const q = question({ prompt: "_____ himself tested every batch of glass.", answerText: "Walter Pell", spanType: "PERSON", options: opts("Walter Pell", "Agnes Pell", "Tobias Wren", "the Harlow Company") });
    expect(optionsOfAnotherReferent(q, article)).toEqual(["b", "d"]);
    const r = question({ prompt: "The mayor thanked _____ for his gift.", answerText: "Walter Pell", spanType: "PERSON", options: opts("Walter Pell", "Agnes Pell", "Tobias Wren") });
    expect(optionsOfAnotherReferent(r, article)).toEqual([]);
  });

  it("takes out a bracketed symbol beside the blank, and refuses a blank inside the bracket", () => {
    const symbol = question({ type: "FILL_BLANK", prompt: "_____ (Na) burns with a bright yellow flame. (a term)", answerText: "sodium", keyKind: "term" });
    expect(dropBracketByBlank(symbol)).toBe(true);
    expect(symbol.prompt).toBe("_____ burns with a bright yellow flame. (a term)");
    const initials = question({ prompt: "The Northern Salt Board (NSB) was founded by _____.", answerText: "Northern Salt Board", keyKind: "name" });
    initials.prompt = "The _____ (NSB) set the price of salt.";
    expect(dropBracketByBlank(initials)).toBe(true);
    expect(initials.prompt).toBe("The _____ set the price of salt.");
    const inside = question({ prompt: "Sodium (_____) burns with a bright yellow flame.", answerText: "Na", keyKind: "term" });
    expect(dropBracketByBlank(inside)).toBe(false);
    const other = question({ prompt: "Salt (NaCl) was carried by _____.", answerText: "the clans", keyKind: "name" });
    dropBracketByBlank(other);
    expect(other.prompt).toBe("Salt (NaCl) was carried by _____.");
  });
});

describe("words that point back", () => {
  it("cuts a leading or a comma-set marker when the rest is a sentence", () => {
    expect(withoutAdditionWords("By contrast, the north road ran through _____.")).toBe("The north road ran through _____.");
    expect(withoutAdditionWords("For example, the brewers bought _____ green bottles.")).toBe("The brewers bought _____ green bottles.");
    expect(withoutAdditionWords("The river, by contrast, runs south to _____.")).toBe("The river runs south to _____.");
    expect(withoutAdditionWords("In addition, the works trained _____ apprentices.")).toBe("The works trained _____ apprentices.");
    expect(withoutAdditionWords("The works trained _____ apprentices.")).toBe("The works trained _____ apprentices.");
    // "At the same time" ties the clause to the step before; ", then," set off by commas means "so", after the sentence before.
    expect(withoutAdditionWords("At the same time, the kiln dries _____ bricks.")).toBe("The kiln dries _____ bricks.");
    expect(withoutAdditionWords("A kiln at full heat, then, dries _____ bricks a day.")).toBe("A kiln at full heat dries _____ bricks a day.");
    // "for example" that opens a list of examples inside the clause is no marker to cut: the list would be left without its noun.
    expect(withoutAdditionWords("Many animals, for example, bats and owls, sleep through _____.")).toBe("Many animals, for example, bats and owls, sleep through _____.");
    expect(withoutMarkers("Many animals, for example, bats and owls, sleep by day.")).toBe("Many animals, for example, bats and owls, sleep by day.");
    expect(withoutMarkers("Owls, for example, hunt by night.")).toBe("Owls hunt by night.");
    // "Otherwise" carries the condition of the sentence before: no stem may open with it, cut or not.
    expect(withoutAdditionWords("Otherwise, the crops would have failed in _____.")).toBe("Otherwise, the crops would have failed in _____.");
    expect(dangles("Otherwise, the crops would have failed in _____.")).toBe(true);
    // "then" inside a phrase is no marker.
    expect(withoutAdditionWords("The works, then the largest in the county, trained _____ apprentices.")).toBe("The works, then the largest in the county, trained _____ apprentices.");
  });

  it("cuts the marker from a statement, and drops a copied true sentence that leans on one", () => {
    const text = "The Mill\n\nThe mill stood by the river. However, the mill closed in 1931 after the flood.";
    const { sentences } = parseArticle(text);
    const s = sentences[1]!;
    const statement = question({ type: "TRUE_FALSE", prompt: "However, the mill closed in 1931.", answerText: "True", keyKind: "statement", options: opts("True", "False"), source: { sentence: s.text, start: s.start, end: s.end, answer: { start: s.start, end: s.end } } });
    expect(repairContext(statement, sentences, 1, "The Mill", () => 0, text)).toBeNull();
    expect(statement.prompt).toBe("The mill closed in 1931.");
    const copy = question({ type: "TRUE_FALSE", prompt: s.text, answerText: "True", keyKind: "date", options: opts("True", "False"), source: { sentence: s.text, start: s.start, end: s.end, answer: { start: s.start, end: s.end } } });
    expect(repairContext(copy, sentences, 1, "The Mill", () => 0, text)).toBe("stem-dangles");
    const changed = question({ type: "TRUE_FALSE", prompt: "However, the mill closed in 1925 after the flood.", answerText: "False", keyKind: "date", options: opts("True", "False"), source: { sentence: s.text, start: s.start, end: s.end, answer: { start: s.start, end: s.end } } });
    expect(repairContext(changed, sentences, 1, "The Mill", () => 0, text)).toBeNull();
    expect(changed.prompt).toBe("The mill closed in 1925 after the flood.");
  });

  it("reads a general noun opening the stem as pointing back, unless it says which or the title names it", () => {
    expect(shellOpening("The change made the valley rich.", "Salt in the Valley")).toBe("change");
    expect(shellOpening("The sign was read as a warning by _____.", "Salt in the Valley")).toBe("sign");
    expect(shellOpening("The change of course saved the crew.", "Salt in the Valley")).toBeNull();
    expect(shellOpening("The process needs warm water.", "The Process of Salting Fish")).toBeNull();
    expect(shellOpening("The mill closed in 1931.", "Salt in the Valley")).toBeNull();
    expect(shellOpening("The process by which salt dries is called panning.", "Salt in the Valley")).toBeNull();
  });
});

describe("stems whose time or noun phrase counts from a sentence not shown", () => {
  it("reads a time counted from an unnamed event as relative, in several wordings", () => {
    expect(unanchoredTime("Within hours, the harbour master had closed the quay.")).toBe("Within hours");
    expect(unanchoredTime("The dyke gave way within a few days.")).toBe("within a few days");
    expect(unanchoredTime("Within two weeks the bakers were back at work.")).toBe("Within two weeks");
    expect(unanchoredTime("_____ days later, the barges reached the lock.")).toBe("_____ days later");
    expect(unanchoredTime("Weeks later, the inspectors closed the quarry.")).toBe("Weeks later");
    expect(unanchoredTime("Less than a year later, the tannery shut.")).toBe("a year later");
    expect(unanchoredTime("From then on the guild met in the hall on the quay.")).toBe("From then");
    expect(unanchoredTime("At that point the ferrymen refused to sail.")).toBe("At that point");
    expect(unanchoredTime("A generation later the orchard was gone.")).toBe("A generation later");
  });

  it("leaves a time the stem anchors itself, or a plain length of time", () => {
    expect(unanchoredTime("Within ten years of the flood, the town had rebuilt the quay.")).toBeNull();
    expect(unanchoredTime("Within weeks of its opening in 1902, the bridge carried _____ carts a day.")).toBeNull();
    expect(unanchoredTime("The kiln must cool for two days before it is opened.")).toBeNull();
    expect(unanchoredTime("Then the bakers walked out for three weeks.")).toBeNull();
    expect(unanchoredTime("The hours at the mill were long.")).toBeNull();
    // A clause before it in the stem gives the event it counts from.
    expect(unanchoredTime("The barge left the quay at dawn, and within hours it had reached the lock.")).toBeNull();
    expect(unanchoredTime("The dam burst on a Sunday; within days the valley was a lake.")).toBeNull();
  });

  it("reads 'that'/'those' before a noun as pointing back, and not 'that' as a conjunction", () => {
    expect(pointingPhrase("Under the terms of that treaty, the island passed to the Danes.")).toBe("of that treaty");
    expect(pointingPhrase("That storm destroyed the pier.")).toBe("That storm");
    expect(pointingPhrase("Fishermen worked through the cold and that same wind.")).toBe("that same wind");
    expect(pointingPhrase("She never forgot that one summer at the coast.")).toBe("that one summer");
    expect(pointingPhrase("After those floods, the council raised the banks.")).toBe("After those floods");
    expect(pointingPhrase("The survey showed that salt marshes store carbon.")).toBeNull();
    expect(pointingPhrase("The banks were raised so that the river could not spill.")).toBeNull();
    expect(pointingPhrase("The plan failed in that it ignored the tides.")).toBeNull();
    expect(pointingPhrase("The fund paid for those living near the shore.")).toBeNull();
    expect(pointingPhrase("The river that runs past the mill is the Tarn.")).toBeNull();
  });

  it("reads 'do this' for an earlier verb, and 'this' before the blank, as dangling, but not 'this' before a noun", () => {
    expect(dangles("Seals and some whales do this by slowing their hearts, which saves _____.")).toBe(true);
    expect(dangles("Most lichens did this without soil, living on bare _____.")).toBe(true);
    expect(dangles("Once the sap is boiled, this _____ is poured into moulds.")).toBe(true);
    expect(dangles("Gathered in the autumn, these _____ were dried for winter.")).toBe(true);
    expect(dangles("In the dry months the herders did that every evening, moving the flock to _____.")).toBe(true);
    expect(dangles("Ships of the Tarn line did that crossing in two days.")).toBe(false);
    expect(dangles("The farmers of Ostby did well in _____.")).toBe(false);
  });

  it("shows the sentence before for a pointing phrase when it stands alone, and drops a statement or a context that leans on another", () => {
    const text = "The Island\n\nIn 1720 the Danes and the Swedes signed a treaty at Holm. Under that treaty, the island passed to the Danes.";
    const { sentences } = parseArticle(text);
    const s = sentences[1]!;
    const source = { sentence: s.text, start: s.start, end: s.end, answer: { start: s.start + s.text.indexOf("Danes."), end: s.start + s.text.indexOf("Danes.") + 5 } };
    const choice = question({ type: "MULTIPLE_CHOICE", prompt: "Under that treaty, the island passed to the _____.", answerText: "Danes", options: opts("Danes", "Swedes", "Dutch"), source });
    expect(repairContext(choice, sentences, 1, "The Island", () => 0, text)).toBeNull();
    expect(choice.prompt).toBe("In 1720 the Danes and the Swedes signed a treaty at Holm. Under that treaty, the island passed to the _____.");
    const statement = question({ type: "TRUE_FALSE", prompt: s.text, answerText: "True", keyKind: "statement", options: opts("True", "False"), source });
    expect(repairContext(statement, sentences, 1, "The Island", () => 0, text)).toBe("stem-dangles");
    // The sentence before counts its own time from a third one: it cannot be the context.
    const later = "The Island\n\nThe Danes and the Swedes met at Holm. Two days later they signed a treaty. Under that treaty, the island passed to the Danes.";
    const parsed = parseArticle(later).sentences;
    const t = parsed[2]!;
    const leaning = question({ type: "MULTIPLE_CHOICE", prompt: "Under that treaty, the island passed to the _____.", answerText: "Danes", options: opts("Danes", "Swedes", "Dutch"), source: { sentence: t.text, start: t.start, end: t.end, answer: { start: t.end - 6, end: t.end - 1 } } });
    expect(repairContext(leaning, parsed, 2, "The Island", () => 0, later)).toBe("stem-dangles");
    // A relative-time statement is dropped too.
    const weeks = "The Line\n\nThe line opened in May. Within weeks, the trains were full.";
    const w = parseArticle(weeks).sentences;
    const ws = w[1]!;
    const tf = question({ type: "TRUE_FALSE", prompt: ws.text, answerText: "True", keyKind: "statement", options: opts("True", "False"), source: { sentence: ws.text, start: ws.start, end: ws.end, answer: { start: ws.start, end: ws.end } } });
    expect(repairContext(tf, w, 1, "The Line", () => 0, weeks)).toBe("stem-dangles");
  });
});

describe("matching items that are fragments", () => {
  it("reads a clause cut to open with its verb as having no subject", () => {
    expect(opensWithVerb("Came a third furnace, fired by gas")).toBe(true);
    expect(opensWithVerb("Landed at the bay with forty men")).toBe(true);
    expect(opensWithVerb("The works built a second furnace")).toBe(false);
    expect(opensWithVerb("United Dairies opened a shop in Harlow")).toBe(false);
    // A name or a noun that looks like a past form, with the verb after it.
    expect(opensWithVerb("Alfred founded the abbey at Athelney")).toBe(false);
    expect(opensWithVerb("Set designers built the stage for the play")).toBe(false);
  });

  it("builds no timeline item without a subject, and asks no date a matching question already asks", () => {
    const text = readFileSync("tests/fixtures/articles/dunmere-glassworks.txt", "utf8");
    const { sentences } = parseArticle(text);
    const events = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => e.text);
    expect(events).toContain("The works built a second furnace for green bottle glass");
    expect(events.filter((e) => /furnace, fired by gas/.test(e))).toEqual([]);
    let timelines = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const { questions } = generateQuestions(text, { count: 10, seed });
      for (const q of questions.filter((q) => q.type === "MATCHING" || q.type === "ORDERING")) {
        timelines++;
        for (const o of q.options.filter((o) => o.side !== "right")) expect(opensWithVerb(o.text)).toBe(false);
        const matched = q.type === "MATCHING" ? new Set(q.sources!.map((s) => s.start)) : new Set<number>();
        expect(questions.filter((d) => d !== q && d.keyKind === "date" && matched.has(d.source.start))).toEqual([]);
      }
      for (const q of questions) expect(q.prompt).not.toMatch(/^(?:By contrast|For example|In addition|However|At the same time|Otherwise),|, (?:for example|by contrast|then),/);
    }
    expect(timelines).toBeGreaterThan(0);
  });
});

describe("an era in an opening phrase is trivia", () => {
  const at = (sentence: string, key: string) => [sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length, key] as const;
  it("marks a century, a decade or a bound that only sets the scene, not a year said plainly", () => {
    expect(eraInOpeningPhrase(...at("In the early 19th century, glassblowers made small panes by hand.", "19th century"))).toBe(true);
    expect(eraInOpeningPhrase(...at("By the 1840s, the valley had six furnaces.", "1840s"))).toBe(true);
    expect(eraInOpeningPhrase(...at("By 1850, the works employed forty people.", "1850"))).toBe(true);
    expect(eraInOpeningPhrase(...at("In 1828, Walter Pell opened the first furnace.", "1828"))).toBe(false);
    expect(eraInOpeningPhrase(...at("Around 1440, a goldsmith in Harlow built a new kind of kiln.", "1440"))).toBe(false);
    expect(eraInOpeningPhrase(...at("Until 1900, the valley had no railway.", "1900"))).toBe(true);
    expect(eraInOpeningPhrase(...at("Around 1479 BC the old king died, and his son ruled.", "1479"))).toBe(false);
    expect(eraInOpeningPhrase(...at("The works closed in the 1930s, after the war.", "1930s"))).toBe(false);
  });

  it("ranks such a blank below the review line in a generated quiz", () => {
    const text = readFileSync("tests/fixtures/articles/dunmere-glassworks.txt", "utf8");
    const era: GeneratedQuestion[] = [];
    generateQuestions(text, { count: 10, seed: 1, trace: (q) => q.keyKind === "date" && /^In the early _____,/.test(q.prompt) && era.push(q) });
    expect(era.length).toBeGreaterThan(0);
    for (const q of era) {
      expect(checkNotes(q)).toContain("date-in-opening-phrase");
      expect(q.confidence).toBeLessThan(REVIEW_THRESHOLD);
    }
  });
});

describe("explanatory articles: a named pronoun with a pointing 'also' cut", () => {
  it("accepts 'It also caused …' cut to 'The flood caused …' as the article's own words, and no other change", () => {
    expect(isCutFrom("The flood caused years of hunger.", "Because the river rose so fast, it also caused years of hunger in the valley.")).toBe(true);
    expect(isCutFrom("The flood caused years of plenty.", "Because the river rose so fast, it also caused years of hunger in the valley.")).toBe(false);
    expect(isCutFrom("The flood ended years of hunger.", "It also caused years of hunger in the valley.")).toBe(false);
  });
});

describe("names said with 'the', and eras named by a known event", () => {
  it("refuses a name said without 'the' after a stem's 'the', and one said with it beside a bare key", () => {
    expect(takesThe("Soviet Union")).toBe(true);
    expect(takesThe("Netherlands")).toBe(true);
    expect(takesThe("France")).toBe(false);
    expect(takesThe("Kellby Harbour Trust")).toBeNull();
    const union = question({ prompt: "In 1922, the _____ was founded in Moscow.", answerText: "Soviet Union", options: opts("Soviet Union", "France", "Ottoman Empire", "United Kingdom") });
    fitArticles(union);
    expect(union.options.map((o) => o.text)).toEqual(["Soviet Union", "Ottoman Empire", "United Kingdom"]);
    const sailed = question({ prompt: "The traders sailed from Lisbon to _____ each spring.", answerText: "France", options: opts("France", "Netherlands", "Spain", "Italy") });
    fitArticles(sailed);
    expect(sailed.options.map((o) => o.text)).toEqual(["France", "Spain", "Italy"]);
  });

  it("reads the years a known war or era allows", () => {
    expect(allowedYears("After World War II, the port was rebuilt in _____.")).toEqual([1945, Infinity]);
    expect(allowedYears("After World War II began, the port was closed in _____.")).toEqual([1939, Infinity]);
    expect(allowedYears("After the end of the First World War, the line reopened in _____.")).toEqual([1918, Infinity]);
    expect(allowedYears("Before the end of the Second World War, the port was bombed in _____.")).toEqual([-Infinity, 1945]);
    expect(allowedYears("During the Great Depression, the mill closed in _____.")).toEqual([1929, 1939]);
    expect(allowedYears("Before the First World War, the line opened in _____.")).toEqual([-Infinity, 1914]);
  });
});

describe("a matching question and a date question on one fact", () => {
  const text = `The Valley Railway

The valley railway opened in 1851, and the first train carried coal to Harlow. Floods closed the line in 1867 for a whole winter. A new station was built at Dunmere in 1880. Then in 1902 the company was sold to a larger firm. When the mill owners doubled the line in 1872, they widened the old bridge of 1851 as well.`;
  const sentences = parseArticle(text).sentences;
  const source = (i: number) => ({ sentence: sentences[i]!.text, start: sentences[i]!.start, end: sentences[i]!.end, answer: { start: sentences[i]!.start, end: sentences[i]!.start + 4 } });

  it("keeps only one of them, from whichever sentence the date question was cut", () => {
    const events = ["The valley railway opened", "Floods closed the line for a whole winter", "A new station was built at Dunmere"];
    const matching = question({
      type: "MATCHING",
      prompt: "Match each event to when it happened.",
      answerText: "",
      keyKind: "event",
      options: [...events.map((t, i) => ({ id: `l${i + 1}`, text: t, side: "left" as const })), ...["1851", "1867", "1880"].map((t, i) => ({ id: `r${i + 1}`, text: t, side: "right" as const }))],
      answerKey: { kind: "match", pairs: { l1: "r1", l2: "r2", l3: "r3" } },
      source: source(0),
      sources: [0, 1, 2].map((i) => ({ sentence: sentences[i]!.text, start: sentences[i]!.start, end: sentences[i]!.end })),
      score: 2,
    });
    // The bridge's year, asked from the last sentence: the same date the matching question pairs with the railway's opening.
    const bridge = question({ prompt: "When the mill owners doubled the line in 1872, they widened the old bridge of _____ as well.", answerText: "1851", keyKind: "date", spanType: "YEAR", options: opts("1851", "1846", "1858", "1863"), source: source(4), score: 1 });
    const sold = question({ prompt: "Then in _____ the company was sold to a larger firm.", answerText: "1902", keyKind: "date", spanType: "YEAR", options: opts("1902", "1895", "1910", "1921"), source: source(3), score: 1 });
    for (const seed of [1, 2, 3]) {
      const quiz = selectQuestions([matching, bridge, sold], 10, ["MATCHING", "MULTIPLE_CHOICE"], createRandom(seed));
      expect(quiz).toContain(sold);
      expect(quiz.includes(matching) && quiz.includes(bridge)).toBe(false);
    }
    // Nor any other single question from a matched sentence, whatever its key: one sentence, one question.
    const coal = question({ prompt: "The valley railway opened in 1851, and the first train carried _____ to Harlow.", answerText: "coal", keyKind: "term", options: opts("coal", "timber", "wool", "grain"), source: { ...source(0), answer: { start: sentences[0]!.start + sentences[0]!.text.indexOf("coal"), end: sentences[0]!.start + sentences[0]!.text.indexOf("coal") + 4 } }, score: 1 });
    for (const seed of [1, 2, 3]) {
      const quiz = selectQuestions([matching, coal, sold], 10, ["MATCHING", "MULTIPLE_CHOICE"], createRandom(seed));
      expect(quiz).toContain(sold);
      expect(quiz.includes(matching) && quiz.includes(coal)).toBe(false);
    }
  });

  it("builds timeline items without an opening 'Then'", () => {
    const { questions } = generateQuestions(text, { count: 10, seed: 1, types: ["ORDERING"] });
    for (const q of questions) for (const o of q.options) expect(o.text).not.toMatch(/^Then\b/);
    expect(findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => e.text)).toContain("The company was sold to a larger firm");
  });

  it("never places an event by a date that only bounds it ('closed before 1850')", () => {
    const bounded = parseArticle(
      "The Aldby Mill\n\nThe old mill at Aldby closed before 1850. A stone bridge was built beside the mill in 1848. The mill owners lost money after 1871. A railway reached the town of Aldby in 1875. The canal had carried its grain since 1822.",
    ).sentences;
    const events = findDatedEvents(bounded, bounded.map((s) => findSpans(s.text, s.start, []))).map((e) => e.text);
    // ("since 1822" dates when the carrying began: it stays.)
    expect(events).toEqual(["A stone bridge was built beside the mill", "A railway reached the town of Aldby", "The canal had carried its grain"]);
  });
});

describe("places of another kind than the stem's noun", () => {
  it("refuses a country after 'the port city of' and a city after 'the kingdom of'", () => {
    const port = question({ prompt: "The fleet sailed from the port city of _____ in May.", answerText: "Lisbon", spanType: "CITY", options: opts("Lisbon", "Spain", "Porto", "Seville") });
    expect(placesOfAnotherKind(port)).toEqual(["b"]);
    const kingdom = question({ prompt: "The envoy served the kingdom of _____ for ten years.", answerText: "France", spanType: "COUNTRY", options: opts("France", "Spain", "Paris", "Portugal") });
    expect(placesOfAnotherKind(kingdom)).toEqual(["c"]);
    const plain = question({ prompt: "The fleet sailed from _____ in May.", answerText: "Lisbon", spanType: "CITY", options: opts("Lisbon", "Spain", "Porto") });
    expect(placesOfAnotherKind(plain)).toEqual([]);
  });
});
