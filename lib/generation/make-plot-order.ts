import nlp from "compromise";
import { headingsBySentenceSection } from "./make-label-questions";
import { buildOrdering } from "./make-steps";
import { dangles, OBJECT_PRONOUN } from "./question-stems";
import type { GeneratedQuestion, ParsedArticle, Sentence } from "./types";
import { capitalise } from "./question-parts";

/**
 * The order of a story's main events, from a section the article heads as its
 * plot ("Plot", "Summary of the plot"): a study guide tells the plot in order, in
 * the present tense, one event to a sentence. Each item is a sentence's main
 * clause with its opening time phrase cut ("At the end of the book", "A few
 * weeks later,"); a sentence on a state ("The family live in …", "The tale is
 * set …"), one opening with a pronoun, or one too long to show is left out.
 */

const PLOT_HEADING = /^(?:the )?(?:plot|story)(?: summary| outline| in brief)?$|^(?:a )?summary of the (?:plot|story)$|^what happens$/i;
// An opening time phrase: with its comma, or a scene without one ("In the last chapter the sailors …").
// (At most five more words before the comma: a longer run holds a clause of its own, "On the second day a storm floods the ford, …".)
// A one-word aside before a name ("Desperate, Ada …") says how, not what happens (not the first of a list of names, "Ada, Tom and Sam …").
const OPENING = /^(?:(?:In|On|At|After|Before|During|By|Within|A few|Some|Two|Three|Several|One|That|The next|Later|Soon|Then|Next|Finally|Eventually|Meanwhile)\b(?: [\w'’-]+){0,5}, |[A-Z][a-z]+, (?=[A-Z][a-z]+(?: [A-Z][a-z]+)* (?!and\b|or\b)[a-z])|From then on,? |(?:In|At) the (?:final|last|opening|first|closing) (?:scene|chapter|pages?),? )/;
// A participle or "now/still …" aside after the subject ("The sacks, now soaked, are carried up").
const ASIDE = /, (?:being|having|now|still|once|both|together|meanwhile|however|though|too)\b[^,]{0,40},/g;
// The work or a part of it as the subject: what the telling does, not what happens in it.
const TELLING = /^(?:the |this |its )?(?:(?:first|opening|final|last|closing|next) )?(?:story|novel|novella|play|tale|book|poem|film|chapter|scene|act|narrative|plot)s? (?:opens|begins|starts|ends|closes|shows|follows|tells|describes|returns|moves|shifts|jumps)\b/i;
// Verbs of a state or a setting, not an event.
const STATE = /^(?:is|are|has|have|lives?|owns?|knows?|wants?|seems?|belongs?|contains?|means?|takes? place|likes?|loves?|holds?|remains?)$/i;

export function plotItem(sentence: Sentence): string | null {
  let text = sentence.text.replace(OPENING, "").replace(ASIDE, "");
  // The main clause only: cut before a trailing phrase ("…, where …", "…, Mr Vane, …").
  text = text.replace(/,.*$/, "").replace(/[.!]$/, "").trim();
  if (/["“”;:()]/.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 14 || dangles(text) || /^(?:it|its|this|that|these|those|they|their|he|his|she|her|there|because|since|when|while|although|if|as)\b/i.test(text)) return null;
  if (/\btakes? place\b|\bis set\b/.test(text)) return null;
  // "Rook is named after his grandfather": a naming at birth, before the plot. "Maddoc never steals the spoon": no event.
  // "Bryn later leaves the town too": "later" in Bryn's own thread, not after the item told before it.
  if (/\b(?:is|was|are|were) (?:named|called|known) (?:after|as|for)\b|\b(?:not|never|no longer)\b|n't\b|.\b(?:later|earlier)\b/i.test(text)) return null;
  // "The story opens in Kell", "The last chapter shows the town green again": the telling, not an event of the plot.
  if (TELLING.test(text)) return null;
  // "Ada carries him home": shuffled among the others, the item has no sentence before it to say who "him" is.
  if (OBJECT_PRONOUN.test(text)) return null;
  const terms = (nlp(text).json() as { terms: { text: string; tags?: string[] }[] }[]).flatMap((s) => s.terms);
  const verbAt = terms.findIndex((t) => t.tags?.includes("Verb") && !t.tags?.includes("Adverb"));
  if (verbAt < 1 || verbAt > 6) return null;
  const verb = terms[verbAt]!;
  const next = terms[verbAt + 1];
  // A passive event ("The bridge is washed away") reads as one; "are" alone is a description.
  const passive = /^(?:is|are)$/i.test(verb.text) && terms.slice(verbAt + 1, verbAt + 3).some((t) => t.tags?.includes("PastTense") || t.tags?.includes("Participle"));
  if (!passive && (!verb.tags?.includes("PresentTense") || STATE.test(verb.text) || (next && STATE.test(`${verb.text} ${next.text}`)))) return null;
  return capitalise(text);
}

export function makePlotOrdering(article: ParsedArticle, random: () => number, maxItems = 4): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const [section, heading] of headingsBySentenceSection(article)) {
    if (!PLOT_HEADING.test(heading.trim())) continue;
    const items: { text: string; sentence: Sentence }[] = [];
    for (const s of article.sentences) {
      if (s.section !== section) continue;
      const text = plotItem(s);
      if (text && !items.some((i) => i.text.toLowerCase() === text.toLowerCase())) items.push({ text, sentence: s });
    }
    // Four events at least: fewer leave too little of the plot to order.
    if (items.length < 4) continue;
    const q = buildOrdering("Put these events of the plot in the order they happen, first to last.", items.map((i) => i.text), items.map((i) => i.sentence), random, maxItems, 0.72);
    if (q) out.push({ ...q, keyKind: "event" });
  }
  return out;
}
