import { thirdPerson } from "./known-base-form";
import { dangles } from "./question-stems";
import { COUNTED, POINTER } from "./make-denial-statements";
import { sourceIn, statementQuestion } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * A denial the article corrects in the same breath ("The kettle itself does not get hot; only the water inside does",
 * "The stone does not move at all; what moves is its shadow"): the plain claim it denies is false by the article, and it
 * is the misunderstanding the sentence was written to clear up. Only a present-tense "does not"/"is not" main clause
 * followed by a semicolon and its correction ("only", "what", "instead", "rather"), so the "not" denies the whole clause.
 */

const DENIAL = /^([A-Z][^,;:]{2,60}?) (does|do|is|are) not ([\w'’-]+(?: [\w'’-]+){0,9}?)(?: at all)?; (?:only|what|instead|rather)\b/;
// A "not" with a second reading ("not yet", "not always", "not only"), a hedge, or a count: its positive is not plainly false.
const OPEN = /\b(?:yet|always|only|just|all|every|any|ever|even|still|often|usually|sometimes|may|might|could|some|many|most|no|not|never|much|very)\b/i;

/**
 * Whether the correction says the denied verb again of the same subject ("…; only in August does it sail", "…; instead
 * it rings at noon and at dawn on feast days"): then it narrows the denial rather than replacing it, and the plain claim
 * may hold. "only the water inside does" and "the wind lifts it" name something else, so they pass.
 */
function repeatsVerb(correction: string, subject: string, verb: string): boolean {
  const stem = verb.toLowerCase().replace(/[ey]$/, "");
  if (!/^[a-z]{2,}$/.test(stem)) return false;
  const head = subject.trim().split(/\s+/).pop()!.toLowerCase().replace(/[^a-z-]/g, "");
  const who = `(?:it|they|he|she${head ? `|${head}` : ""})`;
  return new RegExp(`\\b${who}\\s+(?:\\w+ly\\s+)?${stem}\\w*|\\b(?:does|do|did) ${who} ${stem}\\w*`, "i").test(correction);
}

/**
 * Whether another sentence says the claim itself. (Not any sentence with its verb, as for a bare denial: the correction in
 * the same sentence settles the claim, and the sentences around it often say how things seem, "its colour seems to change".)
 */
function said(positive: string, sentences: Sentence[], index: number): boolean {
  const claim = positive.replace(/\.$/, "").toLowerCase();
  return sentences.some((s, i) => i !== index && s.text.toLowerCase().includes(claim));
}

/** The claim a corrected denial denies, as a false statement; null unless the denial is plain and the article nowhere says it. */
export function makeCorrectedDenial(sentences: Sentence[], index: number): GeneratedQuestion | null {
  const sentence = sentences[index]!;
  const m = DENIAL.exec(sentence.text);
  if (!m) return null;
  const [, subject, verb, rawRest] = m as unknown as [string, string, string, string];
  const rest = rawRest.trim();
  if (POINTER.test(subject) || COUNTED.test(subject) || OPEN.test(rest)) return null;
  const correction = sentence.text.slice(sentence.text.indexOf(";") + 1);
  if (repeatsVerb(correction, subject, rest.split(" ")[0]!)) return null;
  let positive: string;
  if (verb === "is" || verb === "are") positive = `${subject} ${verb} ${rest}.`;
  else {
    const [first, ...after] = rest.split(" ");
    if (!first || !/^[a-z]+$/.test(first)) return null;
    positive = [subject, verb === "does" ? thirdPerson(first) : first, ...after].join(" ") + ".";
  }
  if (positive.split(/\s+/).length < 4 || dangles(positive) || said(positive, sentences, index)) return null;
  const at = sentence.start + m.index + m[0].indexOf(" not ") + 1;
  return statementQuestion({
    statement: positive,
    isTrue: false,
    source: sourceIn(sentence, { start: at, end: at + 3 }),
    keyKind: "statement",
    confidence: 0.72,
  });
}
