import { numberedListOpenings, numberOfLine, orderedKindOf } from "./make-label-questions";
import { buildOrdering } from "./make-steps";
import { plotItem } from "./make-plot-order";
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

// A line that introduces a story's events as told in order ("The plot runs in order:", "a chain of misdeeds, one
// bringing on the one after:"): the numbered lines after it are the plot, one event to a line.
const EVENT_KIND = /\b(?:events|crimes|incidents|episodes|deeds|misfortunes)\b/i;
// (Not an order of something else, "in order of importance", nor one denied, "not told in order": the lines are then no plot order.)
const IN_ORDER = /\b(?<!\b(?:not|never|out of) (?:[a-z]+ )?)(?:in order(?! of\b)|in turn|one after (?:another|the other)|each (?:one )?lead(?:ing|s) to (?:the )?next|chain of)\b/i;
// "Tull, a fisherman who …, sails …": an aside on the subject, cut so that the event is its main clause.
const SUBJECT_ASIDE = /^([A-Z][\w'’-]*(?: [\w'’-]+){0,3}), [^,;:]{3,80}, (?=[a-z]+s\b)/;

/** A numbered line of a plot as its main event ("Tull sails for the mainland"), or null where it cannot stand alone. */
function eventItem(sentence: Sentence): string | null {
  return plotItem({ ...sentence, text: sentence.text.replace(SUBJECT_ASIDE, "$1 ") });
}

/** A numbered run's sentences; for a plot's events, also each event as its main clause (`texts`, the items asked). */
type NumberedRun = { kind: string; items: Sentence[]; texts?: string[] };

/** Each numbered run's opening sentences, 1, 2, 3 … in a row within one section, when the line before introduces them as ordered. */
function findNumberedSteps(article: ParsedArticle, text: string): NumberedRun[] {
  const sentences = article.sentences;
  const out: NumberedRun[] = [];
  numberedListOpenings(article, text).forEach(({ first, firstIndex, intro }) => {
    const kind = orderedKindOf(intro) ?? (intro && EVENT_KIND.test(intro) && IN_ORDER.test(intro) ? "event" : undefined);
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
    if (kind === "event") {
      // The events that stand alone as main clauses, in the article's order (the others are left out, not the run).
      const told = items.map((s) => ({ s, text: eventItem(s) })).filter((e): e is { s: Sentence; text: string } => e.text !== null);
      if (told.length >= 3 && new Set(told.map((e) => e.text.toLowerCase())).size === told.length) out.push({ kind, items: told.map((e) => e.s), texts: told.map((e) => e.text) });
      return;
    }
    if (items.length < 3 || items.some((s) => NAME_LINE.test(s.text) || LEANS_BACK.test(s.text) || s.text.length > LONGEST_ITEM)) return;
    out.push({ kind, items });
  });
  return out;
}

export function makeNumberedStepQuestions(article: ParsedArticle, text: string, random: () => number, maxItems = 4): GeneratedQuestion[] {
  return findNumberedSteps(article, text)
    .map(({ kind, items, texts }) =>
      texts
        ? withKind(buildOrdering("Put these events of the plot in the order they happen, first to last.", texts, items, random, maxItems, 0.72))
        : buildOrdering(`Put these ${kind}s in the order the article gives them, first to last.`, items.map((s) => s.text.replace(/[.;]+$/, "")), items, random, maxItems, 0.74),
    )
    .filter((q): q is GeneratedQuestion => q !== null);
}

/** A plot's order is asked as events, as make-plot-order asks it. */
function withKind(q: GeneratedQuestion | null): GeneratedQuestion | null {
  return q && { ...q, keyKind: "event" };
}
