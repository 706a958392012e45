import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { boundInsideClause, countOfPassingThings, eraOfAThing, inFramingClause, intervalOfDates, personNamedOnce } from "@/lib/generation/check-passing-details";
import { fitOptionsToStem, yearsOfTheOtherEra } from "@/lib/generation/check-option-fit";
import { fitOptionsToHead, headOfBlank, ofKind } from "@/lib/generation/check-head-kind";
import { absurdNumberSwap, changedPart, cutInSeriesOfClauses, framingSwapPenalty, statementFault } from "@/lib/generation/check-statement-faults";
import { eraInOpeningPhrase } from "@/lib/generation/check-side-details";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { BLANK, generateQuestions } from "@/lib/generation/generate-questions";
import { dateQuestion, lowerArticle } from "@/lib/generation/question-stems";
import { findSpans } from "@/lib/generation/find-spans";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Our own sentences and fixture article (tests/fixtures/articles/brine-pools.txt), written for these tests.
const brine = readFileSync("tests/fixtures/articles/brine-pools.txt", "utf8");

const question = (over: Parameters<typeof draftQuestion>[0]) => draftQuestion(over, { keyKind: "name", confidence: 0.8, answerWhereFound: true });
const at = (sentence: string, key: string) => [sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length, key] as const;

describe("trivia keys: framing eras, bounds, passing people", () => {
  it("reads a century or decade opening the sentence as its frame even without a comma", () => {
    expect(eraInOpeningPhrase(...at("By the early 1700s the estuary held more than forty evaporation pans.", "1700s"))).toBe(true);
    expect(eraInOpeningPhrase(...at("In the 14th century the town walls were rebuilt in stone.", "14th century"))).toBe(true);
    // A decade of four digits is a decade too (the check read only "the 20s" as one, so "In the 1840s," passed as a plain date).
    expect(eraInOpeningPhrase(...at("In the 1840s, the valley had six furnaces.", "1840s"))).toBe(true);
    // A plain year dates the main clause's event; a decade continuing into a list is not closed.
    expect(eraInOpeningPhrase(...at("In 1821 the company bought the pans.", "1821"))).toBe(false);
    expect(eraInOpeningPhrase(...at("In the 1820s and 1830s, the pans grew.", "1820s"))).toBe(false);
  });

  it("marks a year that only bounds a state inside a clause", () => {
    expect(boundInsideClause(...at("Its manager, who by 1830 was short of workers, hired families.", "1830").slice(0, 3) as [string, number, number])).toBe(true);
    expect(boundInsideClause(...at("The railway was finished by 1830 and opened in May.", "1830").slice(0, 3) as [string, number, number])).toBe(false);
  });

  it("marks the century of a thing mentioned in passing", () => {
    expect(eraOfAThing(...at("The museum keeps a 15th-century map of the coast.", "15th-century"))).toBe(true);
    expect(eraOfAThing(...at("The map was drawn in the 15th century by monks.", "15th century"))).toBe(false);
  });

  it("marks a count of things the article names only there, not a measure or a count of what it is about", () => {
    const text = "The Quay\n\nThe quay had 14 iron bollards in a row. Boats tied up at the quay. The quay was 300 metres long. Ships came to the quay; 20 ships a day moored there.";
    const [s1, , e1] = at("The quay had 14 iron bollards in a row.", "14");
    expect(countOfPassingThings(s1, e1, text, "The Quay")).toBe(true);
    const [s2, , e2] = at("The quay was 300 metres long.", "300");
    expect(countOfPassingThings(s2, e2, text, "The Quay")).toBe(false);
    const [s3, , e3] = at("Ships came to the quay; 20 ships a day moored there.", "20");
    expect(countOfPassingThings(s3, e3, text, "The Quay")).toBe(false);
  });

  it("marks a span of years the sentence's own dates give, not a span said alone", () => {
    const [s1, , e1] = at("Forty years after the first pan was dug, in 1861, the company sold the works.", "Forty");
    expect(intervalOfDates(s1, e1)).toBe(true);
    const [s2, , e2] = at("The pans stayed in use for forty years after the railway came.", "forty");
    expect(intervalOfDates(s2, e2)).toBe(false);
  });

  it("marks a key inside a 'while' clause that only sets the main clause beside something else", () => {
    const s1 = "Some 3,000 years ago, while the first temples were being raised in Karth, salt makers were already at work on the estuary.";
    expect(inFramingClause(...(at(s1, "Karth").slice(0, 3) as [string, number, number]), "How Salt Is Won From Brine Pools")).toBe(true);
    // The clause is about the title's subject: it is the point.
    const s2 = "While the brine pools were being dug at Karth, the first salt was sold to the fleets of the bay.";
    expect(inFramingClause(...(at(s2, "Karth").slice(0, 3) as [string, number, number]), "How Salt Is Won From Brine Pools")).toBe(false);
    // A "while" clause closing the sentence is no frame of a main clause after it.
    const s3 = "Salt makers were already at work on the estuary, while the first temples were being raised in Karth.";
    expect(inFramingClause(...(at(s3, "Karth").slice(0, 3) as [string, number, number]), "How Salt Is Won From Brine Pools")).toBe(false);
    // A key in the main clause, after the framing clause.
    expect(inFramingClause(...(at(s1, "estuary").slice(0, 3) as [string, number, number]), "How Salt Is Won From Brine Pools")).toBe(false);
  });

  it("refuses a common-era year offered as a year before it", () => {
    const text = "The Pans\n\nFrom about 1800 BC the pans were used. In 1921 a farmer found them. Salt was first made about 2600 BC.";
    const q = question({ prompt: `From about ${BLANK} BC the pans were used.`, answerText: "1800", keyKind: "date", options: opts("1921", "1800", "2600", "1750") });
    expect(yearsOfTheOtherEra(q, text)).toEqual(["a"]);
    expect(yearsOfTheOtherEra({ ...q, prompt: `From about ${BLANK} the pans were used.` }, text)).toEqual([]);
    // The checks every question passes refuse it.
    fitOptionsToStem(q, text);
    expect(q.options.map((o) => o.text)).toEqual(["1800", "2600", "1750"]);
  });

  it("marks a person the article names once, but not the title's person or the subject's relative", () => {
    const engineer = question({ prompt: `On the opening day, a visiting engineer, ${BLANK}, rode the first salt wagon to the harbour.`, answerText: "Tobias Wrenfield", spanType: "PERSON", type: "FILL_BLANK" });
    expect(personNamedOnce(engineer, brine, "How Salt Is Won From Brine Pools")).toBe(true);
    const text = "Ada Pell and the Kiln\n\nAda Pell built the kiln. Her father was Tomas Fenn. Ada Pell fired it daily.";
    const father = question({ prompt: "Who was Ada's father?", answerText: "Tomas Fenn", spanType: "PERSON", type: "FILL_BLANK" });
    expect(personNamedOnce(father, text, "Ada Pell and the Kiln")).toBe(false);
    expect(personNamedOnce({ ...father, prompt: "Who was Pell's father?" }, text, "Ada Pell and the Kiln")).toBe(false);
    // A possessive is a mention too ("Pell's kiln").
    expect(personNamedOnce(question({ prompt: `${BLANK} fired the kiln.`, answerText: "Ada Pell", spanType: "PERSON", type: "FILL_BLANK" }), "The Kiln\n\nAda Pell fired the kiln. Pell's kiln still stands.", "The Kiln")).toBe(false);
    const often = question({ prompt: `${BLANK} built the kiln.`, answerText: "Ada Pell", spanType: "PERSON", type: "FILL_BLANK" });
    expect(personNamedOnce(often, text, "The Kiln")).toBe(false);
  });

  it("holds such blanks below the review line among the fixture article's candidates", () => {
    const seen: GeneratedQuestion[] = [];
    generateQuestions(brine, { count: 10, seed: 1, trace: (q) => seen.push(q) });
    const era = seen.filter((q) => q.type !== "TRUE_FALSE" && q.answerText === "1700s");
    expect(era.length).toBeGreaterThan(0);
    for (const q of era) expect(q.confidence).toBeLessThan(0.6);
    const quiz = generateQuestions(brine, { count: 10, seed: 1 }).questions;
    expect(quiz.filter((q) => q.answerText === "1700s" && q.confidence >= 0.6)).toEqual([]);
  });
});

describe("options of the stem's kind", () => {
  it("reads the kind the stem names for its blank", () => {
    expect(headOfBlank(`Positively charged ${BLANK} ions float beside chloride ions.`, brine)).toBe("ions");
    expect(headOfBlank(`Each ${BLANK} is lined with clay.`, brine)).toBe(null);
    expect(headOfBlank(`Rain falls on a pan called ${BLANK} every spring.`, brine)).toBe("pan");
    expect(headOfBlank(`In 1821 ${BLANK} she sold the pans.`, "She sold salt. She was a maker.")).toBe(null);
    expect(ofKind("magnesium", "ions", brine)).toBe(true);
    expect(ofKind("rain water", "ions", brine)).toBe(false);
  });

  it("refuses the options the article never calls an ion, and refills none (other ions may fit the stem too)", () => {
    const q = question({ prompt: `Positively charged ${BLANK} ions float beside negatively charged chloride ions.`, answerText: "sodium", keyKind: "term", options: opts("rain water", "sodium", "clay", "magnesium") });
    expect(fitOptionsToHead(q, brine)).toEqual(["a", "c"]);
    expect(q.options.map((o) => o.text)).toEqual(["rain water", "sodium", "clay", "magnesium"]);
  });

  it("refuses a false statement that swaps the word before the kind, whether of another kind or of the same", () => {
    const sentence = "Positively charged sodium ions float beside negatively charged chloride ions.";
    const absurd = question({ type: "TRUE_FALSE", prompt: "Positively charged rain water ions float beside negatively charged chloride ions.", answerText: "False", keyKind: "statement", source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } });
    expect(statementFault(absurd, brine)).toBe("options-misfit");
    // Calcium ions are positive too: "False" would be a wrong key.
    const maybeTrue = { ...absurd, prompt: "Positively charged calcium ions float beside negatively charged chloride ions." };
    expect(statementFault(maybeTrue, brine)).toBe("options-misfit");
    const elsewhere = { ...absurd, prompt: "Positively charged sodium ions float beside negatively charged chloride crystals." };
    expect(statementFault(elsewhere, brine)).not.toBe("options-misfit");
  });
});

describe("statements worth asking", () => {
  const tf = (prompt: string, sentence: string, answerText = "True") => question({ type: "TRUE_FALSE", prompt, answerText, keyKind: "statement", source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } });
  it("refuses a statement that opens with the joining word of the clause it was cut from", () => {
    const sentence = "On the first morning the elders met in the hall by the weir, and the millers argued about the toll until dusk.";
    expect(statementFault(tf("And the millers did not argue about the toll until dusk.", sentence, "False"))).toBe("stem-fragment");
    expect(statementFault(tf("The millers argued about the toll until dusk.", sentence))).not.toBe("stem-fragment");
    expect(statementFault(tf("But the toll stayed.", "But the toll stayed."))).not.toBe("stem-fragment");
  });

  it("refuses an example without its kind, a cut subject, an orphan adverb, a cut list and a pointing demonstrative", () => {
    expect(statementFault(tf("A good case is the Corrow estuary.", "A good case is the Corrow estuary."))).toBe("stem-dangles");
    expect(statementFault(tf("An example of a brine is sea water.", "An example of a brine is sea water."))).toBe(null);
    expect(statementFault(tf("Tobias Wrenfield, rode the first wagon.", "On the day, the engineer, Tobias Wrenfield, rode the first wagon."))).toBe("stem-fragment");
    expect(statementFault(tf("Tobias Wrenfield rode the first wagon.", "On the day, the engineer, Tobias Wrenfield, rode the first wagon."))).toBe(null);
    expect(statementFault(tf("Sadly partly because the pans leaked, so the yield fell.", "Sadly, the pans failed, partly because the pans leaked, so the yield fell."))).toBe("stem-fragment");
    expect(statementFault(tf("The pan holds certain salts in the brine.", "The pan holds certain salts, including magnesium salts, in the brine."))).toBe("stem-fragment");
    expect(statementFault(tf("The railway cut two days from that journey.", "The railway cut two days from that journey, and trade grew."))).toBe("stem-dangles");
    expect(statementFault(tf("The railway cut two days from the journey to the harbour.", "The railway cut two days from the journey to the harbour."))).toBe(null);
  });

  it("refuses a statement cut inside a series of clauses, not one cut before an aside or a second verb", () => {
    const sentence = "Trade fell slowly, as new ports opened, rival fleets took the herring, and the river silted up.";
    expect(cutInSeriesOfClauses("Trade fell slowly, as new ports opened, rival fleets took the herring.", sentence)).toBe(true);
    expect(statementFault(tf("Trade fell slowly, as new ports opened, rival fleets took the herring.", sentence))).toBe("stem-fragment");
    const aside = "At the end, the keeper thanks the pilots, the men who rowed her out, and asks for a new boat.";
    expect(cutInSeriesOfClauses("At the end, the keeper thanks the pilots, the men who rowed her out.", aside)).toBe(false);
    expect(cutInSeriesOfClauses("The bridge replaced the ferry.", "The bridge replaced the ferry, and the town grew.")).toBe(false);
  });

  it("refuses a false figure far from the true one, not a near one or a year", () => {
    expect(absurdNumberSwap("3", "50")).toBe(true);
    expect(absurdNumberSwap("nine", "seven")).toBe(false);
    expect(absurdNumberSwap("twenty", "eighteen")).toBe(false);
    expect(absurdNumberSwap("1821", "1830")).toBe(false);
    const sentence = "If the pan held 100 litres and now holds 103, it gained 3 per cent.";
    expect(statementFault(tf("If the pan held 100 litres and now holds 103, it gained 50 per cent.", sentence, "False"))).toBe("options-misfit");
    expect(statementFault(tf("If the pan held 100 litres and now holds 103, it gained 4 per cent.", sentence, "False"))).toBe(null);
  });

  it("holds a copied family count below the review line", () => {
    const s1 = "Ada Pell was one of nine children.";
    expect(triviaPenalties(tf(s1, s1), brine, "Ada Pell", false).map((p) => p.check)).toContain("family-count");
    const s2 = "Ada Pell was one of the first keepers.";
    expect(triviaPenalties(tf(s2, s2), brine, "Ada Pell", false).map((p) => p.check)).not.toContain("family-count");
  });

  it("lowers a common word that only opened the sentence in a built question, not a name", () => {
    const text = "Work began at the harbour in 1859.";
    const year = text.indexOf("1859");
    expect(dateQuestion({ text, start: 0, end: text.length, section: 0, inSummary: false }, { type: "YEAR", text: "1859", start: year, end: year + 4 })).toBe("In what year did work begin at the harbour?");
    expect(lowerArticle("Koxinga")).toBe("Koxinga");
    expect(lowerArticle("France")).toBe("France");
    expect(lowerArticle("Rose", "Rose Pell")).toBe("Rose");
    expect(lowerArticle("The fort")).toBe("the fort");
  });

  it("makes no 'did … be' question of a sentence whose verb is 'was'", () => {
    for (const text of ["The Tarrow was a cargo barge built on the Lenn in 1898.", "The Tarrow was an iron barge built on the Lenn in 1898."]) {
      const year = text.indexOf("1898");
      expect(dateQuestion({ text, start: 0, end: text.length, section: 0, inSummary: false }, { type: "YEAR", text: "1898", start: year, end: year + 4 })).toBeNull();
    }
  });

  it("finds the swap past the article's person named in place of their pronoun", () => {
    const sentence = "He later gave the poor of the port 30 sacks of salt.";
    expect(changedPart("Tobias Wrenfield later gave the poor of the port 300 sacks of salt.", sentence)).toEqual({ start: 35, end: 37, said: "300" });
    expect(statementFault(tf("Tobias Wrenfield later gave the poor of the port 300 sacks of salt.", sentence, "False"))).toBe("options-misfit");
    expect(changedPart("Tobias Wrenfield later gave the poor of the port 30 sacks of salt.", sentence)).toBe(null);
  });

  it("holds a false statement that changes only the framing era below the review line", () => {
    const sentence = "In the 1820s, the company built a railway siding.";
    expect(changedPart("In the 1840s, the company built a railway siding.", sentence)).toEqual({ start: 7, end: 13, said: "1840s," });
    expect(framingSwapPenalty(tf("In the 1840s, the company built a railway siding.", sentence, "False"))?.belowReviewLine).toBe(true);
    expect(framingSwapPenalty(tf("In the 1820s, the company built a canal.", sentence, "False"))).toBe(null);
    // The checks every candidate passes carry it.
    expect(triviaPenalties(tf("In the 1840s, the company built a railway siding.", sentence, "False"), brine, "Salt", false).map((p) => p.check)).toContain("date-in-opening-phrase");
    expect(triviaPenalties(tf("In the 1820s, the company built a canal.", sentence, "False"), brine, "Salt", false).map((p) => p.check)).not.toContain("date-in-opening-phrase");
  });

  it("takes no count from 'a hundred', so no statement swaps it into 'a forty'", () => {
    expect(findSpans("The barge carried over a hundred sacks.", 0, []).map((x) => x.text)).toEqual([]);
    expect(findSpans("A few hundred soldiers held the narrow pass.", 0, []).map((x) => x.text)).toEqual([]);
    expect(findSpans("The barge carried forty sacks.", 0, []).map((x) => x.text)).toEqual(["forty"]);
  });
});
