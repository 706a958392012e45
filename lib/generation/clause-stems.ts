import { capitalise } from "./question-parts";
import { dangles, needsContext, opensOwnClause, resolvePerson } from "./question-stems";
import { CLASS_NOUNS } from "./class-nouns";
import type { Sentence } from "./types";
import { boundedMemo } from "./article-memo";
import { TITLE_WORD_SET } from "./titles";

/**
 * A cloze stem keeps only the clause its blank is in. "Ada was born in Leeds in 1820, and in 1849 she moved to York" holds
 * two facts; a stem on 1849 that prints "Leeds" and "1820" gives away any question on those, so one long sentence was
 * asked once and its other facts never. Cut at the join before the next clause with a subject of its own, and, for a
 * blank in a later clause, started at the join before it (the subject written out, or the whole stem kept where the
 * clause leans on the one before it).
 */

// Where a clause with its own subject may start: ", and", ", but", ", so", ", while", ", whereas", ", yet", "; ".
const JOIN = /(?:,\s(?:and|but|while|whereas|yet|so)|;)\s+/g;
// A first clause that only sets a condition or a time for the rest ("If the river rises the town floods, and …"): the later
// clause alone would drop it.
export const SUBORDINATE_OPENING = /^(?:If|When|Whenever|Unless|Once|Where|Wherever|While|As|Since|Because|Although|Though|Until|Before|After|Provided)\b/;
/** Times a sentence tells only from the one before ("that day", "at that time", "later"): regex alternatives, one list for
 * a later clause asked alone (LEANS_BACK) and a statement trimmed from its sentence (trim-statement). */
export const TIME_TOLD_BEFORE = "that (?:day|year|time|night|month)|at that time|then|afterwards?|later|earlier|soon after";
// Words in a later clause that lean on the first ("the next year", "then", "there", "too", "the same"): it is not asked alone.
const LEANS_BACK = new RegExp(`\\b(?:the (?:next|following|previous|same) [a-z]+|${TIME_TOLD_BEFORE}|too|also|likewise|similarly|instead|as well(?! as)|either|both|the other|the former|the latter|this|these|that|those|such|there|here)\\b`, "i");
// A pronoun in a clause cut away may be the key itself ("_____ married Tom Venn, and she took the name Ada Venn"): what the
// clause says of it may be what makes the answer one, so a name's or a term's stem keeps it. (A date or a count is never
// "she" or "it"; one the later clause points to, "that year", is LEANS_BACK.)
const PRONOUN = /\b(?:he|she|it|they|him|her|them|his|its|their|hers|theirs)\b/i;
// An ordinal or "other" with nothing after it to count leans on the clause before ("…, and the second opened in 1809").
const COUNTED_BACK = /\bthe (?:second|third|fourth|fifth|other|others|rest|remainder|latter|former)\b/i;
// Brackets and quotations hold joins of their own that are no clause boundary.
const ASIDE = /\([^()]*\)|["“][^"”]*["”]/g;

interface Join {
  at: number;
  after: number;
}

// The joins of one sentence are asked for by every question on it (a choice and a typed one per fact): read once (bounded).
const joinCache = boundedMemo<Join[]>(2000);

/** The joins of a sentence that open a clause with a subject of its own, in order. */
function ownClauseJoins(text: string): Join[] {
  return joinCache(text, () => {
    const asides = [...text.matchAll(ASIDE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return [...text.matchAll(JOIN)]
      .map((m) => ({ at: m.index, after: m.index + m[0].length }))
      .filter((j) => !asides.some((a) => a.start < j.at && j.at < a.end) && opensOwnClause(text.slice(j.after)));
  });
}

/**
 * The part of the sentence a stem keeps for a blank at [start, end) (offsets in the sentence's text), and whether it is a
 * later clause that needs its first letter raised; null when the stem keeps the whole sentence. `value`: the key is a
 * date or a count, which no pronoun in another clause can stand for.
 */
export function blankClause(sentence: Sentence, start: number, end: number, value = false): { from: number; to: number; later: boolean } | null {
  const text = sentence.text;
  const joins = ownClauseJoins(text);
  if (joins.length === 0) return null;
  // The clauses after the blank's go only when they say nothing more of it.
  const next = joins.find((j) => j.at >= end);
  const rest = next ? text.slice(next.after) : "";
  // (Nor when what is kept is only a side clause, "When the war ended in 1815, and the troops came home, prices fell": the
  // ", and" joins two side clauses, and the main clause comes after both. Kept with a comma, "When …, prices fell in 1816", it
  // has its main clause.)
  const sideOnly = next !== undefined && SUBORDINATE_OPENING.test(text) && !text.slice(0, next.at).includes(",");
  const cut = next && !sideOnly && !LEANS_BACK.test(rest) && !COUNTED_BACK.test(rest) && (value || !PRONOUN.test(rest));
  const to = cut ? next.at : text.length;
  const before = joins.filter((j) => j.after <= start).pop();
  const whole = cut ? { from: 0, to, later: false } : null;
  if (!before) return whole;
  const first = text.slice(0, joins[0]!.at);
  // (Only after a plain first clause: an opening phrase before it, "In the spring, …", may set the scene for the whole sentence.)
  const plain = !first.includes(",") && !SUBORDINATE_OPENING.test(first);
  const clause = text.slice(before.after, to);
  if (!plain || LEANS_BACK.test(clause) || COUNTED_BACK.test(clause) || clause.split(/\s+/).length < 5) return whole;
  return { from: before.after, to, later: true };
}

// A later clause whose subject is "the" and a class noun alone ("…, and the city was rebuilt in 455"): the thing the clause
// before named ("Varna"), which the stem alone would drop. ("The city of Arn", "the river Tane", "the war with Spain" name it.)
const CLASS_SUBJECT = new RegExp(String.raw`^The (?:${CLASS_NOUNS})\b(?! (?:(?:of|with|against|between|in|at|on|near) (?:the )?)?[A-Z])`);

// "…, and in 1488 Dias rounded the tip of the continent": a kind of place, later in the clause, that a name in the clause
// before ("down the coast of Africa") said which; cut alone, the stem leaves it to whatever place it shows.
const PLACE_KIND_LATER = /\bthe (continent|country|island|peninsula|region|coast|mainland|kingdom|empire)\b(?! of\b| [A-Z])/;

/** A later clause (starting at `from` in the sentence) as a stem of its own, with the blank in it; null when it leans on the clause before it. */
export function laterClauseStem(sentence: Sentence, clause: string, from: number): string | null {
  // (A clause that closes on a quotation ending its own sentence, `… tells him, "Go home."`, is closed already.)
  const stem = `${capitalise(clause.replace(/[,;\s]+$/, ""))}${/[.!?]["'”’)]*$/.test(clause) ? "" : "."}`;
  // (An opening that points back, "The couple married …", "This was …", as for a whole sentence: the later clause opens no
  // sentence, so no "It" the sentence before settles is its subject.)
  if (CLASS_SUBJECT.test(stem) || needsContext({ ...sentence, text: stem, subject: undefined, opener: undefined })) return null;
  const kind = PLACE_KIND_LATER.exec(stem);
  if (kind && !stem.slice(0, kind.index).toLowerCase().includes(kind[1]!) && /\s[A-Z][a-z]/.test(sentence.text.slice(0, from))) return null;
  const resolved = resolvePerson(stem, sentence);
  // "Then his son Otto Holt became king, and he ruled for twenty years": a pronoun of the article's person in a later clause,
  // after a clause that names someone else in full (a namesake or a relative counts too), may be theirs; the later clause
  // alone would write in the article's person, so the stem keeps the whole sentence.
  if (resolved !== stem && sentence.person && namesAnotherInFull(sentence.text.slice(0, from), sentence.person.name)) return null;
  return dangles(resolved) ? null : stem;
}

// Two capitalised words after a lower-case word or a comma: a full name, of someone other than the person unless its first
// word is theirs ("Karl Holt", not "Otto Holt"). (Not after a word of place, "to Granada in Muslim Spain".)
const FULL_NAME = /(?<=[a-z,]) (?<!\b(?:in|to|at|from|across|into|near|of|through|towards|on) )([A-Z][\p{L}'’-]+) [A-Z][\p{L}'’-]+/gu;
function namesAnotherInFull(text: string, name: string): boolean {
  const own = new Set(name.split(/\s+/));
  return [...text.matchAll(FULL_NAME)].some((m) => !own.has(m[1]!) && !TITLE_WORD_SET.has(m[1]!));
}
