import { trueSettlesFalseFigure } from "./true-false-figures";
import { contentWords } from "./confidence";
import { formsPattern, identifyingWordShown, keyForms, nestedDates, sentenceShown, typedKeyOffered } from "./quiz-overlap";
import type { GeneratedQuestion } from "./types";
import { boundedMemo } from "./article-memo";

/**
 * When two questions may not share a quiz: what fact each asks (its key), and whether one gives the other away (reveals or
 * shares a pool of options) or settles or narrows it (overlaps). Pure rules on a pair; selection (select-questions) decides
 * how strictly each holds and remembers each pair's answer.
 */

/** The fact a question asks for: its key (for a statement, the span it is built on). */
export function keyOf(q: GeneratedQuestion): string | null {
  if (q.type === "ORDERING" || q.type === "MATCHING") return null;
  // Each kind of a pair shows the other's sentence ("In a parallel circuit" beside "In a _____ circuit"): one per quiz.
  if (q.kindSet) return `kinds:${q.kindSet}`;
  // A true statement asks about its whole sentence, not the span it was built on: the stem checks keep it from showing another key.
  if (q.type === "TRUE_FALSE" && q.answerText === "True") return null;
  // A statement turned on a direction word or a defined term asks about its sentence, not that word (one rule each).
  if (q.type === "TRUE_FALSE" && (q.keyKind === "term" || q.keyKind === "definition" || q.keyKind === "direction")) return null;
  return (q.type === "TRUE_FALSE" ? builtOn(q) : q.answerText.toLowerCase());
}

/** The span of its sentence a statement was built on (lower case; "" for one built on the whole sentence's turn). */
function builtOn(q: GeneratedQuestion): string {
  return shownSpan(q).toLowerCase();
}

/** That span as its sentence writes it. */
export function shownSpan(q: GeneratedQuestion): string {
  return q.source.sentence.slice(q.source.answer.start - q.source.start, q.source.answer.end - q.source.start);
}

// (Each key's forms and pattern built once: selection asks about key after key, pair after pair.)
const patterns = boundedMemo<{ forms: string[]; re: RegExp }>(5000);
/** Whether the text names the key in any form a reader would recognise (see quiz-overlap). */
export function names(text: string, key: string, lower = text.toLowerCase()): boolean {
  const known = patterns(key, () => {
    const forms = keyForms(key);
    return { forms, re: formsPattern(key, forms) };
  });
  return known.forms.some((f) => lower.includes(f)) && known.re.test(text);
}

function shown(q: GeneratedQuestion): string {
  return [q.prompt, ...q.options.map((o) => o.text)].join(" \n ");
}

/**
 * Two questions of one quiz clash when one's stem shows the other's key (a
 * student reads the answer), or when they offer the same pool of options (each
 * answered by elimination from the other).
 */
export function revealsOrShares(a: GeneratedQuestion, b: GeneratedQuestion, cast: (q: GeneratedQuestion) => boolean = () => false): boolean {
  // One of the article's own terms (a layer, an organ) is named all through it: a stem naming it gives away
  // another question on it only when both ask about one sentence.
  const apart = a.source.start !== b.source.start;
  // Two questions on one sentence whose answers overlap ("Why …?" answered by a clause holding the other's number) ask one fact twice.
  if (!apart && a.source.answer.start < b.source.answer.end && b.source.answer.start < a.source.answer.end) return true;
  // (So is a retold story's character, where neither asks a sentence of the other: an ordering's items show theirs. See story-cast.)
  const castApart = apart && !sentencesOf(a).some((s) => sentencesOf(b).includes(s));
  const keyA = apart && (isTerm(a) || (castApart && cast(a))) ? null : keyOf(a);
  const keyB = apart && (isTerm(b) || (castApart && cast(b))) ? null : keyOf(b);
  if (keyA && a.type !== "TRUE_FALSE" && names(b.prompt, keyA)) return true;
  if (keyB && b.type !== "TRUE_FALSE" && names(a.prompt, keyB)) return true;
  if (nestedKeys(a, b) || endOfOrder(a, b) || endOfOrder(b, a)) return true;
  // "Which is not one of the forms …?" offers the members and one outsider: knowing the outsider tells nothing about another question on the members.
  // (Nor is a scale of directions, "It rises / It falls / It stays the same", a pool: any of them may answer both questions,
  // so one answer rules nothing out for the other.)
  // (Nor are a story's characters, offered for two deeds of its plot: one character may have done both, so knowing who did
  // one rules out no one for the other.)
  if (a.type === "MULTIPLE_CHOICE" && b.type === "MULTIPLE_CHOICE" && (a.keyKind === "category") === (b.keyKind === "category") && !(a.keyKind === "direction" && b.keyKind === "direction") && !(a.castOptions && b.castOptions)) {
    const optionsA = new Set(a.options.map((o) => o.text.toLowerCase()));
    if (b.options.filter((o) => optionsA.has(o.text.toLowerCase())).length >= 3) return true;
  }
  // The items of an ordering or matching question are the article's sentences, shown: no other key may sit in them.
  if (keyB && itemsName(a, keyB)) return true;
  if (keyA && itemsName(b, keyA)) return true;
  // A true statement shows its whole sentence: no other key may sit in it (nor in the statements offered as options).
  if ((a.type === "TRUE_FALSE" || a.keyKind === "statement") && keyB && names(shown(a), keyB)) return true;
  if ((b.type === "TRUE_FALSE" || b.keyKind === "statement") && keyA && names(shown(b), keyA)) return true;
  // A stem that prints a statement's sentence (as context before its blank), or the value the statement turns on (the
  // figure a false one changed; a true one's date or number: "The blockade lasted six weeks" beside "a six-week blockade"),
  // settles the statement by reading. Judges failed such a pair as a giveaway even where the quiz was short without it, so
  // it is never let in to fill a quiz.
  if (statementSettled(a, b) || statementSettled(b, a)) return true;
  // "Varn loyalists" in one stem answers "restore the _____" (Varn Dynasty) in another; "May 1931" answers "1931".
  if (identifyingWordShown(a, b) || identifyingWordShown(b, a) || nestedDates(a, b)) return true;
  return shown(a) === shown(b);
}

/**
 * Subtler overlaps (round 7): one question settles or narrows another without printing its key as such.
 * Refused while the quiz can still be filled; when it cannot, kept and marked for a look.
 */
export function overlaps(a: GeneratedQuestion, b: GeneratedQuestion): boolean {
  // A true and a false statement sharing the figure the false one turned on: one settles the other (the later waits).
  if (trueSettlesFalseFigure(a, b) || trueSettlesFalseFigure(b, a)) return true;
  // Options that list a typed question's answer turn it into a choice.
  return (typedKeyOffered(a, b) && !castOffered(a, b)) || (typedKeyOffered(b, a) && !castOffered(b, a));
}

/**
 * A "Who …?" on a story's plot offering the story's characters, beside a typed question whose key is a person: the options
 * are the cast the article names all through its plot, so offering one of them turns the typed question into no choice a
 * reader did not have already.
 */
function castOffered(choice: GeneratedQuestion, typed: GeneratedQuestion): boolean {
  return choice.castOptions === true && typed.spanType === "PERSON" && choice.source.start !== typed.source.start;
}

/**
 * Two true statements of one paragraph built on the same name and saying one thing of it ("the bed of the Hollin Sea is
 * spreading", "every spring the Hollin Sea bed widens a little"): copied side by side, they tell one thing twice and both
 * answer "True". The name alone is no shared fact: an article about one person names them in most of its statements.
 */
export function twoTruthsOnOneName(a: GeneratedQuestion, b: GeneratedQuestion, paragraphOf: (offset: number) => number): boolean {
  const truth = (q: GeneratedQuestion) => q.type === "TRUE_FALSE" && q.answerText === "True" && (q.keyKind === "name" || q.keyKind === "event");
  if (!truth(a) || !truth(b) || a.source.start === b.source.start || paragraphOf(a.source.start) !== paragraphOf(b.source.start)) return false;
  const name = builtOn(a);
  if (name === "" || name !== builtOn(b)) return false;
  const nameWords = new Set(contentWords(name));
  const said = (q: GeneratedQuestion) => new Set(contentWords(q.prompt).filter((w) => !nameWords.has(w)));
  const saidB = said(b);
  return [...said(a)].some((w) => saidB.has(w));
}

/**
 * A statement of a sentence's point (its true copy or its denial) beside a stem that prints that point as the article's
 * words with its pronoun written out: "His longest stay was in Spain" is the sentence, "Ada's longest stay was in Spain.
 * In about 1330 she …" the stem shown before another blank. The sentence as written no longer matches; the true copy does.
 */
export function pointShown(candidates: GeneratedQuestion[]): (statement: GeneratedQuestion, other: GeneratedQuestion) => boolean {
  const truths = new Map<string, string>();
  for (const q of candidates) if (q.type === "TRUE_FALSE" && q.point && q.answerText === "True") truths.set(q.point, q.prompt.replace(/[.!]+$/, "").toLowerCase());
  return (statement, other) => {
    if (statement.type !== "TRUE_FALSE" || !statement.point || other.type === "TRUE_FALSE" || other.type === "ORDERING" || other.type === "MATCHING") return false;
    const truth = truths.get(statement.point);
    return truth !== undefined && truth.split(" ").length >= 5 && other.prompt.toLowerCase().includes(truth);
  };
}

/** A statement that another question's stem settles: it prints the statement's sentence, or the value it turns on. */
function statementSettled(statement: GeneratedQuestion, other: GeneratedQuestion): boolean {
  if (statement.type !== "TRUE_FALSE") return false;
  if (sentenceShown(statement, other)) return true;
  const value = keyOf(statement) ?? statementValue(statement);
  if (value === null || value === "" || other.type === "TRUE_FALSE" || !names(other.prompt, value)) return false;
  // A year two facts share settles neither: "In 1764 the weaver _____ built the mill" says nothing of "In 1769 a fire
  // destroyed the hall". The value settles the statement only beside a word of its own fact (names aside: the subject is
  // named everywhere).
  return other.source.start === statement.source.start || sharesFactWord(statement.prompt, other.prompt, value);
}

const NAME_WORD = /\b[A-Z][\w'’-]*/g;

function sharesFactWord(statement: string, other: string, value: string): boolean {
  const bare = (text: string) => text.replace(NAME_WORD, " ");
  const valueWords = new Set(contentWords(value));
  const words = new Set(contentWords(bare(other)));
  return contentWords(bare(statement)).some((w) => !valueWords.has(w) && words.has(w));
}

function statementValue(q: GeneratedQuestion): string | null {
  // (A name a true statement was built on is often the article's subject, named everywhere: only values settle it.)
  if (q.type !== "TRUE_FALSE" || q.answerText !== "True" || (q.keyKind !== "date" && q.keyKind !== "number")) return null;
  return builtOn(q) || null;
}

export function matchesDate(matching: GeneratedQuestion, other: GeneratedQuestion): boolean {
  return matching.type === "MATCHING" && other.keyKind === "date" && other.type !== "TRUE_FALSE" && matching.options.some((o) => o.side === "right" && o.text === other.answerText);
}

function itemsName(q: GeneratedQuestion, key: string): boolean {
  // A matching question's dates are its options, not facts it states: only its events are shown as true.
  return (q.type === "ORDERING" || q.type === "MATCHING") && q.options.some((o) => o.side !== "right" && names(o.text, key));
}

/** "Put these in order: mouth → … → anus" beside "The system begins with the _____": the order already asks where it begins or ends. */
function endOfOrder(order: GeneratedQuestion, other: GeneratedQuestion): boolean {
  if (order.type !== "ORDERING" || order.answerKey.kind !== "order" || other.type === "ORDERING") return false;
  const ids = order.answerKey.itemIds;
  const ends = [ids[0], ids[ids.length - 1]].map((id) => order.options.find((o) => o.id === id)?.text.toLowerCase());
  return ends.includes(other.answerText.toLowerCase()) && /\b(?:begins?|starts?|first|ends?|last|finish(?:es)?)\b/i.test(other.prompt);
}

/**
 * One key inside the other, not as its head word ("inertia" and "the law of
 * inertia", "canopy" and "canopy layer"): whoever answers one has the other.
 */
function nestedKeys(a: GeneratedQuestion, b: GeneratedQuestion): boolean {
  if (a.type === "TRUE_FALSE" || b.type === "TRUE_FALSE" || a.keyKind === "date" || b.keyKind === "date" || a.keyKind === "number" || b.keyKind === "number") return false;
  const keyA = a.answerText.toLowerCase();
  const keyB = b.answerText.toLowerCase();
  if (keyA === keyB || keyA.length < 4 || keyB.length < 4 || keyA.split(" ").length > 4 || keyB.split(" ").length > 4) return false;
  // "shield volcano" is a kind of "volcano", a fact of its own; "inertia" in "law of inertia" (head word "law") names the same idea.
  const [short, long] = keyA.length < keyB.length ? [keyA, keyB] : [keyB, keyA];
  return names(long, short) && (!long.endsWith(` ${short}`) || / of /.test(long));
}

/** A question whose key is one of the article's own terms, listed or defined, or a listed part's job (not a name, date or number). */
export function isTerm(q: GeneratedQuestion): boolean {
  return (q.keyKind === "term" || q.keyKind === "definition" || q.keyKind === "function" || q.keyKind === "comparison") && q.type !== "TRUE_FALSE";
}

/** The starts of the sentences a question asks (an ordering or matching question asks several). */
export function sentencesOf(q: GeneratedQuestion): number[] {
  return (q.sources ?? [q.source]).map((s) => s.start);
}
