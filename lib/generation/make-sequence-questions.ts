import nlp from "compromise";
import { buildOrdering } from "./make-steps";
import { dangles, resolvePerson } from "./question-stems";
import type { GeneratedQuestion, Sentence } from "./types";
import { capitalise } from "./question-parts";

/**
 * The order of events in a story or a life, where the article marks it
 * ("Later, …", "Not long after that, …", "Eventually …", "Two weeks
 * afterward, …"): the sentence before the first marked one, then each marked
 * one, as an ordering question in the article's own order. Every item is the
 * sentence's main clause, in the past tense, naming whom it is about; a run
 * stops at the first sentence that is not so (a flashback in the past perfect,
 * a pronoun nobody can name), so only a sure stretch is asked.
 */

const MARKER =
  /^(?:Then|Later(?: on)?|After (?:that|this)|Afterwards?|Not long after(?: that)?|Soon after(?: that|wards)?|Shortly after(?: that|wards)?|Eventually|Finally|In the end|Before long|At last|Next|(?:A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Several|A few) (?:days|weeks|months|years) (?:later|afterwards?))\b,? ?/;

/** The sentence's main clause as an item ("Ida reached Kell"), or null when it is not a plain past event. */
function itemOf(sentence: Sentence): string | null {
  let text = resolvePerson(sentence.text.replace(MARKER, ""), sentence);
  // Past perfect tells of an earlier time; present tense comments rather than narrates.
  if (/\b(?:had|has|have) (?:been |already )?[a-z]+(?:ed|en|t|n)\b/.test(text) || /["“”;:()]/.test(text)) return null;
  // The main clause only: cut before a trailing phrase ("…, travelling by night", "…, which …").
  text = text.replace(/,.*$/, "").replace(/\.$/, "").trim();
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 14 || dangles(text) || /^(?:It|This|That|These|Those|They|He|She|There|Because|Since|When|While|Although|If)\b/.test(text)) return null;
  const terms = (nlp(text).json() as { terms: { text: string; tags?: string[] }[] }[]).flatMap((s) => s.terms);
  const verbAt = terms.findIndex((t) => t.tags?.includes("Verb"));
  if (verbAt < 1 || verbAt > 6 || !terms.slice(verbAt, verbAt + 3).some((t) => t.tags?.includes("PastTense"))) return null;
  // "The ship was a small trader": a description, not an event (a passive "was built" is one).
  if (/^(?:was|were|is|are)$/i.test(terms[verbAt]!.text) && !terms[verbAt + 1]?.tags?.includes("PastTense")) return null;
  return capitalise(text);
}

export function makeSequenceQuestions(sentences: Sentence[], articleText: string, random: () => number, maxItems = 4): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  // Stretches of plain past events in one paragraph; a stretch with two or more order words is told in order.
  let stretch: { text: string; sentence: Sentence }[] = [];
  const close = () => {
    const marked = stretch.filter((it) => MARKER.test(it.sentence.text)).length;
    const distinct = new Set(stretch.map((it) => it.text.toLowerCase())).size === stretch.length;
    // The first event may be unmarked ("She left home. Later, …"); a stretch needs two marked turns to be sure of its order.
    if (marked >= 2 && stretch.length >= 3 && distinct) {
      const q = buildOrdering("Put these events in the order the article says they happened, first to last.", stretch.map((it) => it.text), stretch.map((it) => it.sentence), random, maxItems, 0.7);
      if (q) out.push(q);
    }
    stretch = [];
  };
  // Paragraphs first (a new paragraph may step out of the story: "The voyage became a legend"); only one with two
  // order words is parsed, so a long article without them costs a scan, not a parse per sentence.
  const paragraphs: Sentence[][] = [];
  sentences.forEach((s, i) => {
    const fresh = i === 0 || sentences[i - 1]!.section !== s.section || articleText.slice(sentences[i - 1]!.end, s.start).includes("\n");
    if (fresh) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push(s);
  });
  for (const paragraph of paragraphs) {
    if (paragraph.filter((s) => MARKER.test(s.text)).length < 2) continue;
    for (const s of paragraph) {
      const text = itemOf(s);
      if (text) stretch.push({ text, sentence: s });
      else close();
    }
    close();
  }
  return out;
}
