import nlp from "compromise";
import { escapeRegExp } from "./find-spans";
import { tagged } from "./question-stems";
import { sourceIn, statementQuestion } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * A sentence that gives several reasons after a colon, each its own clause ("Millers charge a fee for several reasons:
 * the stones wear down, the river runs low in summer, and grain spoils if it waits."), made no candidate: no blank fits a
 * clause, and the sentence whole is a list no student can judge at once. Each reason is stated on its own with what it is
 * a reason for ("One reason millers charge a fee is that the river runs low in summer."), true by the article's own list.
 * No false one is made: a reason the article does not give may still be true, so only the article's list can settle it.
 */

const REASON_LEAD = /^(.+?),? for (?:several|many|some|a few|various|a number of|two|three|four|five)(?: (?:main|key|important|different|good|simple))? reasons: (.+)\.$/;
// A lead that leans on the sentence before ("It …", "This …") cannot be written inside another clause.
const POINTER_LEAD = /^(?:It|Its|This|That|These|Those|They|Their|He|She|His|Her|Such|There)\b/;
// Words a lead may open on in lower case ("The …", "Many …").
const COMMON_OPENER = /^(?:The|A|An|Many|Most|Some|All|Every|Each|People)$/;
const MIN_ITEM_WORDS = 4;
const MAX_ITEM_WORDS = 22;

export interface ReasonStatement {
  question: GeneratedQuestion;
  sentenceIndex: number;
}

/** A subject and its own finite verb: not a verb phrase sharing the lead's subject ("raised prices"), not a noun phrase. */
function isClause(part: string): boolean {
  const terms = tagged(part);
  const tags = (i: number) => terms[i]?.tags ?? [];
  if (tags(0).some((t) => t === "Verb" || t === "Adverb" || t === "Preposition" || t === "Conjunction")) return false;
  return terms.some((_, i) => i > 0 && tags(i).includes("Verb") && !tags(i).includes("Gerund") && !(tags(i).includes("Participle") && !tags(i).includes("PastTense")));
}

/** The clauses of a reason list after its colon ("a, b, and c" or "a, b and c"), or null unless each is a clause. */
function reasonClauses(list: string): string[] | null {
  if (/[;:()"“”]/.test(list)) return null;
  const pieces = list.split(/, /);
  const last = pieces.pop()!;
  if (/^(?:and|or) /.test(last)) pieces.push(last.replace(/^(?:and|or) /, ""));
  else {
    // "a, b and c": the last "and" joins the last two clauses only when each side is a clause.
    const at = last.lastIndexOf(" and ");
    if (at < 0) return null;
    pieces.push(last.slice(0, at), last.slice(at + 5));
  }
  if (pieces.length < 2) return null;
  return pieces.every((p) => {
    const n = p.split(/\s+/).length;
    return n >= MIN_ITEM_WORDS && n <= MAX_ITEM_WORDS && isClause(p);
  })
    ? pieces
    : null;
}

/** The lead clause as it reads inside "One reason … is that …", or null when its first word's case is unsure. */
function innerLead(lead: string, articleText: string): string | null {
  if (POINTER_LEAD.test(lead)) return null;
  const first = lead.split(" ")[0]!;
  const lower = escapeRegExp(first.toLowerCase());
  // A word the article writes in lower case somewhere, or a determiner, is no name.
  if (COMMON_OPENER.test(first) || new RegExp(`\\b${lower}\\b`).test(articleText)) return first.toLowerCase() + lead.slice(first.length);
  // A name: the article writes it capitalised inside a sentence, not only at a sentence's start.
  if (new RegExp(`[a-z,;] ${escapeRegExp(first)}\\b`).test(articleText)) return lead;
  // Otherwise a common noun as the tagger reads it in its clause ("Lenders charge …"), and never a name.
  const opening = tagged(lead)[0]?.tags ?? [];
  return opening.includes("Noun") && !opening.includes("ProperNoun") ? first.toLowerCase() + lead.slice(first.length) : null;
}

/** One true statement per reason a "for several reasons:" sentence lists. */
export function makeReasonListStatements(sentences: Sentence[], articleText: string): ReasonStatement[] {
  const out: ReasonStatement[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const m = REASON_LEAD.exec(sentence.text);
    if (!m) return;
    const lead = innerLead(m[1]!, articleText);
    const clauses = reasonClauses(m[2]!);
    if (!lead || !clauses) return;
    const past = nlp(m[1]!).has("#PastTense");
    const listStart = sentence.text.length - m[2]!.length - 1;
    for (const clause of clauses) {
      const at = sentence.text.indexOf(clause, listStart);
      if (at < 0) continue;
      const statement = `One reason ${lead} ${past ? "was" : "is"} that ${clause}.`;
      const source = sourceIn(sentence, { start: sentence.start + at, end: sentence.start + at + clause.length });
      out.push({ sentenceIndex, question: statementQuestion({ statement, isTrue: true, source, keyKind: "cause", confidence: 0.66 }) });
    }
  });
  return out;
}
