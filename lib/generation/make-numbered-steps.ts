import { headingsBySentenceSection, numberOfLine, orderedKindOf } from "./make-label-questions";
import { buildOrdering } from "./make-steps";
import type { GeneratedQuestion, ParsedArticle, Sentence } from "./types";

/**
 * A process the article tells as numbered lines that are sentences of their own, after a line that calls them steps or
 * stages in sequence ("The cycle runs in four steps:", then "1. The pond warms …", "2. …"): the lines' order is the
 * process, so it is asked as an ordering in the article's own order. (Numbered lines that are bare names are
 * findNamedStages' labels.)
 */

// An item opening on a pronoun has lost what it points to once shown on its own.
const LEANS_BACK = /^(?:It|Its|They|Their|This|These|That|Those|He|She|His|Her)\b/;
// A line of a name alone ("Flowering", "Accumulation."): a label, asked by the label builders.
const NAME_LINE = /^[A-Z][a-z]+(?:[ -][a-z]+){0,3}\.?$/;
const LONGEST_ITEM = 160;

/** Each numbered run's opening sentences, 1, 2, 3 … in a row within one section, when the line before introduces them as ordered. */
function findNumberedSteps(article: ParsedArticle, text: string): { kind: string; items: Sentence[] }[] {
  const sentences = article.sentences;
  const headings = headingsBySentenceSection(article);
  const out: { kind: string; items: Sentence[] }[] = [];
  sentences.forEach((first, firstIndex) => {
    if (numberOfLine(text, first.start) !== 1) return;
    const previous = sentences[firstIndex - 1];
    const kind = orderedKindOf(previous && previous.section === first.section ? previous.text : headings.get(first.section));
    if (!kind) return;
    const items: Sentence[] = [];
    for (let i = firstIndex; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.section !== first.section) break;
      const n = numberOfLine(text, s.start);
      // (A second sentence on a numbered line opens no line: it is passed over.)
      if (Number.isNaN(n)) continue;
      if (n !== items.length + 1) break;
      items.push(s);
    }
    if (items.length < 3 || items.some((s) => NAME_LINE.test(s.text) || LEANS_BACK.test(s.text) || s.text.length > LONGEST_ITEM)) return;
    out.push({ kind, items });
  });
  return out;
}

export function makeNumberedStepQuestions(article: ParsedArticle, text: string, random: () => number, maxItems = 4): GeneratedQuestion[] {
  return findNumberedSteps(article, text)
    .map(({ kind, items }) => buildOrdering(`Put these ${kind}s in the order the article gives them, first to last.`, items.map((s) => s.text.replace(/[.;]+$/, "")), items, random, maxItems, 0.74))
    .filter((q): q is GeneratedQuestion => q !== null);
}
