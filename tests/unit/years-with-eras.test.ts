import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { dateItFollows } from "@/lib/generation/fair-sequence-dates";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { acceptedVariants } from "@/lib/generation/make-cloze";
import { stemComputesKey } from "@/lib/generation/check-computed-key";
import { findDatedEvents } from "@/lib/generation/make-timeline";
import { parseArticle } from "@/lib/generation/parse-article";
import { keepsStatedGap } from "@/lib/generation/relative-time";
import { matchesTypedAnswer } from "@/lib/quiz/normalize-answer";
import type { Span } from "@/lib/generation/types";

// Invented: the river kingdom of Vell, its kings and walls, dated before the common era, and a dig in the common era.
const vell =
  "The Kingdom of Vell\n\nFor about 90 years before 318 BCE, the valley of the Oss was split among small rival towns. " +
  "Ormo of Vell became king of the town of Kesh in 341 BCE, when he was a young man. In 318 BCE King Ormo made himself ruler of the whole valley. " +
  "The royal builders began the long river wall in 304 BCE and finished it in 296 BCE. King Ormo died in 290 BCE at the summer palace. " +
  "The House of Tesk took the throne in 283 BCE and kept the old river wall. In 1911, shepherds found a hoard of silver cups near the old palace.";

function contextOf(articleText: string) {
  return { articleTexts: indexArticleTexts(findSpans(articleText)), year: null, articleText };
}
function spanOf(text: string, figure: string, from = 0): Span {
  const at = text.indexOf(figure, from);
  const span = findSpans(text).find((s) => s.start === at && s.text === figure);
  if (!span) throw new Error(`no span for ${figure}`);
  return span;
}
const SEEDS = Array.from({ length: 20 }, (_, i) => i / 20);

describe("years marked with an era", () => {
  it("are years of any length, the figure alone, flagged when before the common era", () => {
    const spans = (s: string) => findSpans(s).filter((x) => x.type === "YEAR").map((x) => ({ text: x.text, bc: x.bc === true }));
    expect(spans("Ormo became king in 341 BCE at Kesh.")).toEqual([{ text: "341", bc: true }]);
    expect(spans("The wall fell in 44 B.C. after a flood.")).toEqual([{ text: "44", bc: true }]);
    expect(spans("The town burned in AD 79 in the great fire.")).toEqual([{ text: "79", bc: false }]);
    expect(spans("The mosque was built in 632 CE by the river.")).toEqual([{ text: "632", bc: false }]);
    expect(spans("The old wall fell in 1250 BC in a flood.")).toEqual([{ text: "1250", bc: true }]);
    // No era, no year: "in 632" may be a count, and "90 years" is one.
    expect(spans("The guild had grown to 632 in number, after 90 years.")).toEqual([]);
  });

  it("accept the year typed with the era in any spelling, or without it where the stem prints it", () => {
    const bc = spanOf(vell, "318", vell.indexOf("In 318"));
    for (const typed of ["318", "318 BCE", "318 BC", "318 B.C."]) expect(matchesTypedAnswer(typed, acceptedVariants(bc, vell))).toBe(true);
    const ad = "The Port of Sarn\n\nThe port of Sarn was founded in AD 79 by traders from the coast.";
    const span = spanOf(ad, "79");
    for (const typed of ["79", "AD 79", "79 AD", "79 CE"]) expect(matchesTypedAnswer(typed, acceptedVariants(span, ad))).toBe(true);
  });

  it("offer options of the key's own era only", () => {
    const stem = "The House of Tesk took the throne in _____ BCE and kept the old river wall.";
    const key = spanOf(vell, "283");
    for (const seed of SEEDS) {
      const options = pickDistractors(key, stem, contextOf(vell), 3, () => seed);
      // 1911 is a year of the common era in the article; 90 is a count.
      for (const o of options) {
        expect(["1911", "90"]).not.toContain(o);
        expect(Number(o)).toBeGreaterThan(0);
      }
    }
    const dig = spanOf(vell, "1911");
    const digStem = "In _____, shepherds found a hoard of silver cups near the old palace.";
    for (const seed of SEEDS) for (const o of pickDistractors(dig, digStem, contextOf(vell), 3, () => seed)) expect(Number(o)).toBeGreaterThan(1000);
  });

  it("swap a year BC for another year BC in a false statement, never a year of the era or none", () => {
    const key = spanOf(vell, "283");
    const stem = "The House of Tesk took the throne in _____ BCE and kept the old river wall.";
    for (const seed of SEEDS) {
      const [swap] = pickDistractors(key, stem, contextOf(vell), 1, () => seed, true);
      if (!swap) continue;
      expect(Number(swap)).toBeGreaterThan(0);
      expect(swap).not.toBe("1911");
    }
    const small = "The Town of Ruu\n\nThe town of Ruu was founded in 3 BC by herders from the hills.";
    for (const seed of SEEDS) for (const o of pickDistractors(spanOf(small, "3"), "The town of Ruu was founded in _____ BC by herders from the hills.", contextOf(small), 3, () => seed)) expect(Number(o)).toBeGreaterThan(0);
  });

  it("keep the key's side of the stem's other year BC, where figures count down", () => {
    // Finished in 296 BCE, after a start in 304 BCE: every option is a smaller figure than 304, and not a squeeze of the gap.
    const key = spanOf(vell, "296");
    const stem = "The royal builders began the long river wall in 304 BCE and finished it in _____ BCE.";
    let seen = 0;
    for (const seed of SEEDS) {
      for (const o of pickDistractors(key, stem, contextOf(vell), 3, () => seed)) {
        expect(Number(o)).toBeLessThan(304);
        expect(304 - Number(o)).toBeGreaterThanOrEqual(4);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("are never read as years of the common era in a gap or an order", () => {
    // "Four years later, in 1206 BC": 1214 BC is four years earlier, not later, and no swap keeps the gap by figures.
    const text = "The tower fell in 1210 BC. Four years later, in 1206 BC, the tower was rebuilt.";
    const anchor = spanOf(text, "1210");
    const key = spanOf(text, "1206");
    expect(keepsStatedGap("Four years later, in 1206 BC, the tower was rebuilt.", key, "1214", anchor)).toBe(false);
    // A dig of the common era told first is no bound for a deed BC "in response" to a flood: read as years of the era,
    // 1921 would rule out every option after it in figures, that is every later year BC.
    const dams = "The Dams of Oss\n\nDiggers in 1921 found the old dam of the river Oss. The dam broke in 1960 BC after heavy rain. In response, in 1950 BC the king raised new dams.";
    const bound = spanOf(dams, "1950");
    expect(dateItFollows(bound, "In response, in _____ BC the king raised new dams.", dams)).toBeNull();
  });

  it("count down in the checks that guard a sum or an order (guards: these held before, for years of four figures)", () => {
    // "four years later" than 290 BCE is 286 BCE: the sum is caught whichever way the years run.
    expect(stemComputesKey("King Ormo died in 290 BCE, and four years later, in _____ BCE, his dynasty fell.", "286", "date")).toBe(true);
    // No timeline of years BC: read as years of the era, the order would run backwards.
    const { sentences } = parseArticle(vell);
    expect(findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).filter((e) => /BCE/.test(e.sentence.text))).toEqual([]);
  });

  it("leave out the end of a range the stem prints the start of", () => {
    const text = "The King of Sarn\n\nKing Dorran of Sarn reigned from c.271 to 236 BCE as the third king of the hill country of Sarn. He built many roads and wells across the hills.";
    const { questions } = generateQuestions(text, { count: 10, seed: 1 });
    expect(questions.filter((q) => q.answerText === "236" && /from c\.271 to _____/.test(q.prompt))).toEqual([]);
    // Nor either end of one whose era is written "B.C." after each figure.
    const dotted = "The King of Sarn\n\nKing Dorran of Sarn reigned from 271 B.C. to 236 B.C. as the third king of the hill country of Sarn. He built many roads and wells across the hills.";
    expect(generateQuestions(dotted, { count: 10, seed: 1, keepUnsure: true }).questions.filter((q) => q.keyKind === "date" && q.type !== "TRUE_FALSE")).toEqual([]);
  });

  it("give an ancient article its date questions, with options of the key's era", () => {
    const { questions } = generateQuestions(vell, { count: 10, seed: 1 });
    const dated = questions.filter((q) => q.keyKind === "date" && q.type === "MULTIPLE_CHOICE");
    expect(dated.length).toBeGreaterThan(0);
    for (const q of dated) {
      const bc = /_____ BCE/.test(q.prompt);
      for (const o of q.options) expect(bc ? Number(o.text) < 1000 : Number(o.text) > 1000).toBe(true);
    }
  });
});
