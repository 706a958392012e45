import nlp from "compromise";
import { boundedMemo } from "./article-memo";
import { singularOf } from "./singular-of";

/**
 * A glossary line in lower case that names a kind, then what it does or has after "which" ("- flint tools, which cut
 * hides;"): the term is the label, the verb phrase after "which" its description. Read beside the "term, when …" lines of
 * make-label-questions, so the article's own set of kinds is matched to what each does and asked by it ("Which tools cut
 * hides?"), the other kinds as options.
 */

// Words that open no glossary term: a time, a place word, a pointer, an adverb ("in spring, when …", "usually, which …").
// Shared with make-label-questions' "term, when …" lines.
export const NOT_A_TERM_START =
  "in|on|at|by|for|from|to|during|after|before|later|then|once|and|but|or|so|the|a|an|this|that|these|those|it|they|we|you|he|she|each|every|some|all|usually|often|sometimes|now|even|only|especially|next|early|late|here|there|again|soon|first|always|never|also|still|just";
const WHICH_LABEL = new RegExp(String.raw`^((?!(?:${NOT_A_TERM_START}|most|many|both)\b)[a-z][A-Za-z-]+(?: [a-z-]+){0,3}), which (\S.*?)[;.]?$`);
// A description that leans on another line or sentence cannot be asked alone; one that says its kind "also" does a thing
// says another kind does it too, so asked by it, or by the other's line with it as an option, the quiz has two right answers.
const POINTS_BACK = /\b(?:it|its|they|them|their|this|these|those|he|she|such(?! as\b)|former|latter|also|likewise)\b/i;
// Kind words that say nothing of what the items are: "Which kind cuts hides?" needs the items' own noun instead.
const GENERIC_KIND = /^(?:kind|type|sort|form|class|category|group|variety|example)$/;

/** The label and the verb phrase a "term, which …" line gives, or null when it is no such line. */
export function whichLine(text: string): { label: string; description: string } | null {
  const m = WHICH_LABEL.exec(text);
  if (!m || POINTS_BACK.test(m[2]!)) return null;
  const [label, description] = [m[1]!, m[2]!.trim()];
  // "which doctors give to babies": "which" is the verb's object, and "Which <kind> doctors give …" asks nothing.
  return startsWithVerb(label, description) ? { label, description } : null;
}

// The tagger reads each line once per process (bounded).
const verbFirst = boundedMemo<boolean>(2000);
function startsWithVerb(label: string, description: string): boolean {
  return verbFirst(`${label}\u0000${description}`, () => {
    const word = description.split(/\s+/)[0]!.toLowerCase();
    // (After a pronoun, not the label: "inactivated vaccines contain …" reads "inactivated" as the verb.)
    const verb = nlp(`${/s$/.test(label) ? "They" : "It"} ${description}`).verbs().first().text().toLowerCase().split(/\s+/)[0];
    return verb === word;
  });
}

/** The plural noun every label ends on ("vaccines" of "live vaccines" and "dead vaccines"), when they share one. */
function sharedHead(labels: string[]): string | null {
  const heads = new Set(labels.map((l) => l.split(" ").at(-1)!));
  const [head] = [...heads];
  if (heads.size !== 1 || !head || !/[^s]s$/.test(head) || labels.some((l) => l === head)) return null;
  return head;
}

/**
 * "Which vaccines contain …?" (the labels' shared plural noun, whose verb the "which" clause already agrees with), or
 * "Which part stores …?" for a singular label of a kind that names the items; null when neither reads.
 */
export function whichPrompt(kind: string, label: string, description: string, labels: string[]): string | null {
  const head = sharedHead(labels);
  if (head) return `Which ${head} ${description}?`;
  if (/s$/.test(label) || GENERIC_KIND.test(kind)) return null;
  return `Which ${kind} ${description}?`;
}

/** "kind" -> "kind of vaccine" when every label ends on the same plural noun and the kind word names nothing by itself. */
export function namedKind(kind: string, labels: string[]): string {
  const head = sharedHead(labels);
  if (!head || !GENERIC_KIND.test(kind)) return kind;
  return `${kind} of ${singularOf(head)}`;
}
