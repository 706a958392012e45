import nlp from "compromise";
import { keepsCapital } from "./clause-order";
import { COUNTED_REASONS } from "./counted-reasons";
import { escapeRegExp } from "./find-spans";
import { tagged } from "./question-stems";
import { verbForms } from "./reporting-verbs";
import { sourceIn, statementQuestion } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * A sentence that gives several reasons after a colon, each its own clause ("Millers charge a fee for several reasons:
 * the stones wear down, the river runs low in summer, and grain spoils if it waits."), made no candidate: no blank fits a
 * clause, and the sentence whole is a list no student can judge at once. Each reason is stated on its own with what it is
 * a reason for ("One reason millers charge a fee is that the river runs low in summer."), true by the article's own list.
 * No false one is made: a reason the article does not give may still be true, so only the article's list can settle it.
 */

// "for two reasons:" over three clauses: the count and the list disagree, so which clauses are the reasons is unsure.
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const countAgrees = (word: string, found: number) => COUNT[word] === undefined || COUNT[word] === found;
const REASON_LEAD = new RegExp(String.raw`^(.+?),? ${COUNTED_REASONS} (.+)\.$`);
// The same lead closing its sentence, its reasons the list lines under it ("- the stones wear down quickly;").
const REASON_INTRO = new RegExp(String.raw`^(.+?),? ${COUNTED_REASONS}$`);
const LIST_MARK = /^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+$/;
// A lead that leans on the sentence before ("It …", "This …") cannot be written inside another clause.
const POINTER_LEAD = /^(?:It|Its|This|That|These|Those|They|Their|He|She|His|Her|Such|There)\b/;
// "Scientists believe that bees dance for several reasons: …": the reasons are for the dancing, but "One reason scientists
// believe …" would give them as reasons for the belief.
const REPORTED_LEAD = new RegExp(`\\b(?:${verbForms("believe think say argue suggest claim agree suspect know explain report insist assume")})\\b`);
// "Most visitors like it", "Fishermen prefer this salt": a pronoun or pointer inside the lead leans on the sentences before,
// and the statement, shown alone, would not say what it means. (A person pronoun is bound by a name in the lead, "Kell
// sold his boat".)
const LEANING_PRONOUN = /\b(?:it|this|these|those)\b/i;
const PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers)\b/i;
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
  if (COMMON_OPENER.test(first)) return first.toLowerCase() + lead.slice(first.length);
  // A name: the article's prose writes it capitalised inside a sentence, not only at a sentence's start ("Will Tarn hates
  // …", "cousins, Will and Rose": a name even where "will" or "rose" is written too), as the statement makers read it.
  if (keepsCapital(first, articleText)) return lead;
  // A word the article writes in lower case somewhere is no name.
  if (new RegExp(`\\b${lower}\\b`).test(articleText)) return first.toLowerCase() + lead.slice(first.length);
  // Otherwise a common noun as the tagger reads it in its clause ("Lenders charge …"), and never a name.
  const opening = tagged(lead)[0]?.tags ?? [];
  return opening.includes("Noun") && !opening.includes("ProperNoun") ? first.toLowerCase() + lead.slice(first.length) : null;
}

/**
 * The lead as it reads inside "One reason … is that …" shown alone, or null: no phrase fronted before a comma ("In 1902,
 * keepers moved …"), no belief it reports, no pronoun leaning on the sentences before (a person pronoun only with a name
 * in the lead to bind it, "Kell sold his boat").
 */
function leadAlone(lead: string, articleText: string): string | null {
  if (lead.includes(",") || REPORTED_LEAD.test(lead) || LEANING_PRONOUN.test(lead)) return null;
  const inner = innerLead(lead, articleText);
  return inner && (!PERSON_PRONOUN.test(inner) || /[A-Z]/.test(inner)) ? inner : null;
}

/** Whether a sentence opens a list line of the article ("- …", "2. …"). */
export function opensListLine(sentence: Sentence, articleText: string): boolean {
  return LIST_MARK.test(articleText.slice(articleText.lastIndexOf("\n", sentence.start - 1) + 1, sentence.start));
}

/** A list line as a clause inside another sentence: its closing mark cut, its first word in lower case unless a name. */
function lineClause(text: string, articleText: string): string | null {
  const body = text.replace(/[.;,]$/, "");
  if (/[;:()"“”]/.test(body)) return null;
  const first = body.split(" ")[0]!;
  const inner = /^[A-Z]/.test(first) ? innerLead(body, articleText) : body;
  return inner && isClause(inner) && inner.split(/\s+/).length <= MAX_ITEM_WORDS && inner.split(/\s+/).length >= MIN_ITEM_WORDS ? inner : null;
}

/** One true statement per reason a "for several reasons:" sentence lists, after its colon or in the list lines under it. */
export function makeReasonListStatements(sentences: Sentence[], articleText: string): ReasonStatement[] {
  const out: ReasonStatement[] = [];
  const state = (leadText: string, lead: string, clause: string, sentence: Sentence, sentenceIndex: number, at: number) => {
    const past = nlp(leadText).has("#PastTense");
    const statement = `One reason ${lead} ${past ? "was" : "is"} that ${clause}.`;
    const source = sourceIn(sentence, { start: sentence.start + at, end: sentence.start + at + clause.length });
    out.push({ sentenceIndex, question: statementQuestion({ statement, isTrue: true, source, keyKind: "cause", confidence: 0.66 }) });
  };
  sentences.forEach((sentence, sentenceIndex) => {
    const m = REASON_LEAD.exec(sentence.text);
    const intro = m ? null : REASON_INTRO.exec(sentence.text);
    if (intro) {
      const lead = leadAlone(intro[1]!, articleText);
      if (!lead) return;
      let last = sentenceIndex;
      while (last + 1 < sentences.length && opensListLine(sentences[last + 1]!, articleText)) last++;
      if (!countAgrees(intro[2]!, last - sentenceIndex)) return;
      // The list lines straight after the lead, each one sentence; a line that is no clause stops the reading.
      for (let i = sentenceIndex + 1; i <= last; i++) {
        const line = sentences[i]!;
        const clause = lineClause(line.text, articleText);
        if (!clause) break;
        state(intro[1]!, lead, clause, line, i, 0);
      }
      return;
    }
    if (!m) return;
    const lead = leadAlone(m[1]!, articleText);
    const clauses = reasonClauses(m[3]!);
    if (!lead || !clauses || !countAgrees(m[2]!, clauses.length)) return;
    const listStart = sentence.text.length - m[3]!.length - 1;
    for (const clause of clauses) {
      const at = sentence.text.indexOf(clause, listStart);
      if (at >= 0) state(m[1]!, lead, clause, sentence, sentenceIndex, at);
    }
  });
  return out;
}
