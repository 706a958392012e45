import { describe, expect, it } from "vitest";
import { BLANK } from "@/lib/generation/blank";
import { makeFillBlank } from "@/lib/generation/make-cloze";
import { nestedDates } from "@/lib/generation/quiz-overlap";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion, Sentence, Span, SpanType } from "@/lib/generation/types";

// Sentences of our own: a long one holding two facts in two clauses, each clause with a subject of its own.
const orla = "Orla Brin was born in Kessick around 1790, and in 1815 she sailed to Marrow Bay, which lay on the north coast.";

function sentence(text: string, person?: Sentence["person"]): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false, ...(person && { person }) };
}

function span(s: Sentence, text: string, type: SpanType, from = 0): Span {
  const start = s.text.indexOf(text, from);
  return { text, type, start, end: start + text.length };
}

function typed(s: Sentence, key: string, type: SpanType, from = 0): GeneratedQuestion {
  const q = makeFillBlank(s, span(s, key, type, from), 1, s.text);
  if (!q) throw new Error(`no question on ${key}`);
  return { ...q, confidence: 0.7, score: 0.7 };
}

describe("a stem keeps only the clause its blank is in", () => {
  const s = sentence(orla, { name: "Orla Brin", pronoun: "she" });

  it("ends a stem on the first clause at the join before a clause with its own subject", () => {
    expect(typed(s, "1790", "YEAR").prompt).toBe(`Orla Brin was born in Kessick around ${BLANK}. (a year)`);
  });

  it("starts a stem on a later clause at its join, the person's pronoun named", () => {
    expect(typed(s, "1815", "YEAR").prompt).toBe(`In ${BLANK} Orla Brin sailed to Marrow Bay, which lay on the north coast. (a year)`);
  });

  it("keeps the clause after a name's blank when a pronoun there may be the key itself", () => {
    // "_____ married …, and she took the name …": what the later clause says of her is what makes the answer one.
    const wed = sentence("Around 1790 Minna married Tom Venn, and she took the name Ada Venn from then on.");
    expect(typed(wed, "Minna", "PERSON").prompt).toBe(`Around 1790 ${BLANK} married Tom Venn, and she took the name Ada Venn from then on. (a person)`);
    expect(typed(s, "Kessick", "CITY").prompt).toContain("and in 1815 she sailed to Marrow Bay");
  });

  it("keeps the whole sentence when the later clause leans on the first", () => {
    // "the second", "that year", "there" stand for what the first clause names.
    const locks = sentence("The Wend Company opened the first lock in 1801, and the second opened in 1809 at Pellow.");
    expect(typed(locks, "1809", "YEAR").prompt).toBe(`The Wend Company opened the first lock in 1801, and the second opened in ${BLANK} at Pellow. (a year)`);
    const fair = sentence("The guild held its first fair in 1620, and that year the town paid for a new hall in Arnby.");
    expect(typed(fair, "Arnby", "CITY").prompt).toContain("The guild held its first fair in 1620, and that year");
    // A clause after a condition is no claim of its own: the later clause alone would drop the condition.
    const flood = sentence("If the river rises the meadows flood, and the ferry stops running to Dunmere.");
    expect(typed(flood, "Dunmere", "CITY").prompt).toBe(`If the river rises the meadows flood, and the ferry stops running to ${BLANK}. (a city)`);
  });

  it("keeps the whole sentence where the later clause's subject is a role or a class word for what the first named", () => {
    // "The pair" is Ada and Tom; "the town" is Brisk: alone, the stem would not say who or which.
    const wed = sentence("Ada Quill met Tom Venn at the wool fair in 1840, and the pair married at Selby in 1846.");
    expect(typed(wed, "1846", "YEAR").prompt).toBe(`Ada Quill met Tom Venn at the wool fair in 1840, and the pair married at Selby in ${BLANK}. (a year)`);
    const sack = sentence("The Danes burned Brisk in 870, and the town was rebuilt by the abbot in 912.");
    expect(typed(sack, "912", "YEAR").prompt).toBe(`The Danes burned Brisk in 870, and the town was rebuilt by the abbot in ${BLANK}. (a year)`);
    // A class word with its name after it names the thing itself.
    const peace = sentence("The duke sealed the truce in 1604, and the war with Castile ended in 1607.");
    expect(typed(peace, "1607", "YEAR").prompt).toBe(`The war with Castile ended in ${BLANK}. (a year)`);
  });

  it("keeps the main clause where the blank's clause is a side clause joined to another before it", () => {
    // ", and" here joins two side clauses ("When …, and …,"): cut there, the stem would be "When the dam burst in _____."
    const flood = sentence("When the dam burst in 1862, and the mill race filled with mud, the weavers of Orrin lost their work.");
    expect(typed(flood, "1862", "YEAR").prompt).toBe(`When the dam burst in ${BLANK}, and the mill race filled with mud, the weavers of Orrin lost their work. (a year)`);
    // With its main clause before the join, the side clause stays with it and the clause after goes.
    const fair = sentence("When the bridge opened, the fair moved to Pellow in 1821, and the old square became a cattle market.");
    expect(typed(fair, "1821", "YEAR").prompt).toBe(`When the bridge opened, the fair moved to Pellow in ${BLANK}. (a year)`);
  });

  it("keeps a sentence whole where the words after the join add only a verb or a list's last item", () => {
    const ferry = sentence("The ferry crossed the estuary in 1840, and carried the mail to the island.");
    expect(typed(ferry, "1840", "YEAR").prompt).toBe(`The ferry crossed the estuary in ${BLANK}, and carried the mail to the island. (a year)`);
  });

  it("lets a quiz ask both facts of one long sentence, neither stem showing the other's key", () => {
    const born = typed(s, "1790", "YEAR");
    const sailed = typed(s, "1815", "YEAR");
    expect(born.prompt).not.toContain("1815");
    expect(sailed.prompt).not.toContain("1790");
    expect(selectQuestions([born, sailed], 10, ["FILL_BLANK"], createRandom(1))).toHaveLength(2);
  });
});

describe("a year asked beside its century or decade", () => {
  const q = (answerText: string, over: Partial<GeneratedQuestion> = {}): GeneratedQuestion =>
    ({ type: "MULTIPLE_CHOICE", keyKind: "date", answerText, prompt: BLANK, options: [], answerKey: { kind: "text", accepted: [answerText] }, source: { sentence: "", start: 0, end: 0, answer: { start: 0, end: 0 } }, score: 1, confidence: 0.7, ...over }) as GeneratedQuestion;

  it("clashes: the year's options place it in the century the other asks for", () => {
    expect(nestedDates(q("19th century"), q("1871"))).toBe(true);
    expect(nestedDates(q("1871"), q("1870s"))).toBe(true);
    expect(nestedDates(q("15th century BC"), q("1458 BC"))).toBe(true);
  });

  it("does not clash with a year of another century, decade or era", () => {
    expect(nestedDates(q("19th century"), q("1901"))).toBe(false);
    expect(nestedDates(q("1860s"), q("1871"))).toBe(false);
    expect(nestedDates(q("15th century BC"), q("1458 AD"))).toBe(false);
  });
});
