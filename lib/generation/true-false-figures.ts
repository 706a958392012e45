import { NUMBER_WORDS, valueOf } from "./find-spans";
import { boundedMemo } from "./article-memo";
import type { GeneratedQuestion } from "./types";

/**
 * A true and a false statement of one quiz that share a figure where the false one turned on it: the true "the fourth
 * voyage lasted 40 days" beside the false "the first voyage lasted 40 days" (the figure swapped in), or beside "the first
 * voyage lasted 12 days" whose sentence gave the true one's figure. One settles the other: a reader sets them side by side
 * instead of recalling the article. So does a shared figure beside the name the false one swapped ("Tam rowed 9 miles"
 * true, "Ada rowed 9 miles" false, built on Tam).
 */

// A figure in digits or in words (find-spans' number words, or tens with a unit: "sixty", "twenty-five"), with the word after
// it (its unit, where it has one).
const FIGURE = new RegExp(String.raw`(?<![\w.,-])(\d[\d,]*(?:\.\d+)?|${NUMBER_WORDS.join("|")}|[a-z]+ty(?:-[a-z]+)?)(?![\w-]|[.,]\d)(?:[ -]([a-z]+))?`, "gi");
// Words after a figure that are no unit ("in 1903 the ...", "59 and ...").
const NOT_UNIT = new Set(["the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "by", "for", "from", "with", "when", "as", "but", "after", "before", "was", "were", "is", "are", "had", "it", "he", "she", "they"]);

interface Figure {
  value: number;
  unit: string;
}

// Selection compares each statement with many others over several trials: each text's figures are read once.
const figuresOf = boundedMemo<Figure[]>(2000);
const figuresIn = (text: string): Figure[] => figuresOf(text, () => readFigures(text));

function readFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const value = valueOf(m[1]!);
    if (!Number.isFinite(value)) continue;
    const word = m[2]?.toLowerCase() ?? "";
    out.push({ value, unit: NOT_UNIT.has(word) ? "" : word.replace(/s$/, "") });
  }
  return out;
}

const same = (x: Figure, y: Figure) => x.value === y.value && (!x.unit || !y.unit || x.unit === y.unit);
const shares = (xs: Figure[], ys: Figure[]) => xs.some((x) => ys.some((y) => same(x, y)));

/** The true statement `t` shows a figure the false statement `f` turned on, or a figure of `f` beside the name `f` changed. */
export function trueSettlesFalseFigure(t: GeneratedQuestion, f: GeneratedQuestion): boolean {
  if (t.type !== "TRUE_FALSE" || f.type !== "TRUE_FALSE" || t.answerText !== "True" || f.answerText !== "False") return false;
  const shown = figuresIn(t.prompt);
  if (!shown.length) return false;
  const said = figuresIn(f.prompt);
  const source = figuresIn(f.source.sentence);
  const changed = f.source.sentence.slice(f.source.answer.start - f.source.start, f.source.answer.end - f.source.start);
  // The figure swapped in (in the statement, not its sentence) and the one it replaced (the span it was built on).
  const turned = [...said.filter((x) => !source.some((y) => same(x, y))), ...figuresIn(changed)];
  if (shares(turned, shown)) return true;
  return changed.length > 2 && /^[A-Z]/.test(changed) && t.prompt.includes(changed) && shares(said, shown);
}
