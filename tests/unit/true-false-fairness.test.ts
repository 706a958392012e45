import { describe, expect, it } from "vitest";
import { describedSubjectSwapped, statementFault } from "@/lib/generation/check-statement-faults";
import { indexArticleTexts } from "@/lib/generation/distractors";
import { falseVersions } from "@/lib/generation/falsify-statement";
import type { TermList } from "@/lib/generation/find-lists";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { statementQuestion } from "@/lib/generation/question-parts";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own sentences about an invented marsh and its reed beds.
const tf = (prompt: string, sentence: string, isTrue = false) =>
  statementQuestion({ statement: prompt, isTrue, source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } }, keyKind: "function", confidence: 0.7 });

describe("a false statement that swaps the subject of an opening description", () => {
  const sentence = "Growing above the reed beds, the willow belt shades the marsh from the noon sun.";

  it("is refused: the description was said of the true subject, so the reader judges the description", () => {
    expect(describedSubjectSwapped("Growing above the reed beds, the mud flats shade the marsh from the noon sun.", sentence, sentence.indexOf("willow"))).toBe(true);
    expect(statementFault(tf("Growing above the reed beds, the mud flats shades the marsh from the noon sun.", sentence))).toBe("options-misfit");
    const dense = "Thickly matted, the reed bed keeps most of the rain off the lower mud.";
    expect(statementFault(tf("Thickly matted, the willow belt keeps most of the rain off the lower mud.", dense))).toBe("options-misfit");
  });

  it("is kept where the opening sets a time or place, or is the subject's own name", () => {
    const timed = "In the dry summer of 1904, the willow belt shaded the marsh.";
    expect(statementFault(tf("In the dry summer of 1904, the mud flats shaded the marsh.", timed))).toBe(null);
    const named = "Orla Penhale, a reed cutter, mapped the marsh.";
    expect(statementFault(tf("Orla Penhale, a reed farmer, mapped the marsh.", named))).toBe(null);
    // The swap after the subject is no swap of the described subject.
    expect(statementFault(tf("Growing above the reed beds, the willow belt shades the marsh from the evening sun.", sentence))).toBe(null);
  });
});

describe("false statements that would test wording or stay true", () => {
  const versions = (text: string, index: number, lists: TermList[] = []) => {
    const sentences = parseArticle(text).sentences;
    return falseVersions({ statement: sentences[index]!.text, sentence: sentences[index]!, sentenceIndex: index, sentences, spans: [], allSpans: [], lists, nameSiblings: new Map(), ordinalSeries: new Map(), articleText: text, ctx: { articleTexts: indexArticleTexts([]), year: null, articleText: text }, random: () => 0 }).map((f) => f.text);
  };

  it("never turns how often a thing is called or described, only how often it happens", () => {
    const text = "Reed Cutting\n\nMarsh folk often call the willow belt the green wall. Herons often nest in the willow belt.";
    expect(versions(text, 0)).toEqual([]);
    expect(versions(text, 1)).toEqual(["Herons rarely nest in the willow belt."]);
  });

  it("never swaps a detail of what something can do (the new detail may be possible as well)", () => {
    const text = "Marsh Guides\n\nA marsh guide can show the tide tables. A pocket guide lists the tide tables. Each guide also has wind maps.";
    const kinds = [{ items: [{ text: "tide tables", start: 0, end: 0 }, { text: "wind maps", start: 0, end: 0 }], sentenceIndex: -1, lead: "" }];
    // (The modal itself turned is plainly false: "cannot show the tide tables".)
    expect(versions(text, 0, kinds).filter((v) => v.includes("wind maps"))).toEqual([]);
    expect(versions(text, 1, kinds)).toEqual(["A pocket guide lists the wind maps."]);
  });
});

describe("true statements anyone would grant", () => {
  const fair = [
    "The Dunmere Fair",
    "",
    "The Dunmere Fair began in 1822 on the green beside the old mill, where farmers sold geese and wool.",
    "The tale of the first fair quickly touched Dunmerians, and crowds walked in from the hills every autumn.",
    "Holding the fair was more than a market; it was a vote of thanks to the millers.",
    "The fair matters because it keeps the old trades alive, so that young people learn them.",
    "The great flood of 1851 caused economic and political turmoil, such as lost harvests and empty shops.",
    "In 1853 the council moved the fair to the high field above the river, where it still stands.",
  ].join("\n");

  it("are not asked: how people felt, a teaser cut from its point, 'matters because', a broad effect of any upheaval", () => {
    const trues: string[] = [];
    generateQuestions(fair, { count: 10, seed: 1, trace: (q) => q.type === "TRUE_FALSE" && q.keyKind === "statement" && q.answerText === "True" && trues.push(q.prompt) });
    for (const granted of [/touched Dunmerians/, /more than a market\.$/, /matters because/, /economic and political turmoil\.$/]) expect(trues.filter((t) => granted.test(t))).toEqual([]);
    // A plain fact of the same article is still asked.
    expect(trues.some((t) => /moved the fair to the high field/.test(t))).toBe(true);
  });
});

describe("two true statements on one name", () => {
  const truth = (sentence: string, start: number, name: string): GeneratedQuestion => {
    const at = sentence.indexOf(name);
    return { ...statementQuestion({ statement: sentence, isTrue: true, source: { sentence, start, end: start + sentence.length, answer: { start: start + at, end: start + at + name.length } }, keyKind: "name", confidence: 0.7 }), spanType: "PLACE", score: 0.7 };
  };
  const filler = (i: number): GeneratedQuestion => {
    const sentence = `Diver number ${i} found the shell k${i} on the reef.`;
    return { ...truth(sentence, 1000 + i * 100, `k${i}`), type: "FILL_BLANK", prompt: sentence.replace(`k${i}`, "_____"), options: [], answerKey: { kind: "text", accepted: [`k${i}`] }, answerText: `k${i}`, keyKind: "term", spanType: "TERM", confidence: 0.8, score: 0.8 };
  };

  it("are not both asked from one paragraph: they tell one thing twice", () => {
    const spreading = truth("The bed of the Hollin Sea is slowly spreading apart.", 0, "Hollin Sea");
    const rate = truth("Every spring the Hollin Sea bed widens by a hand's breadth.", 60, "Hollin Sea");
    const quiz = selectQuestions([spreading, rate, ...[1, 2, 3, 4, 5, 6, 7].map(filler)], 10, ["FILL_BLANK", "TRUE_FALSE"], createRandom(2));
    expect(quiz.filter((q) => q.type === "TRUE_FALSE")).toHaveLength(1);
    // From different paragraphs, each is its own point.
    const apart = selectQuestions([spreading, rate, ...[1, 2, 3, 4, 5, 6, 7].map(filler)], 10, ["FILL_BLANK", "TRUE_FALSE"], createRandom(2), () => 0, (offset) => (offset < 50 ? 0 : 1));
    expect(apart.filter((q) => q.type === "TRUE_FALSE")).toHaveLength(2);
  });
});
