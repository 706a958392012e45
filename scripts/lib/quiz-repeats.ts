/**
 * The eval's own count of one quiz's repeats and giveaways, read as a student reads the quiz: two questions stating one
 * fact (by the rule selection refuses them by, lib/generation/restated-fact: one source of truth, so a count above zero is
 * a pair selection had to keep to fill the quiz), a key printed in another question in another form (independent of the
 * generator's selection rules, so a rule that misses a shape shows up here), and the "not" pattern of true/false keys.
 */
import { formsPattern } from "../../lib/generation/quiz-overlap";
import { oneFact, quizSubject, restates, valueOf } from "../../lib/generation/restated-fact";
import type { GeneratedQuestion } from "../../lib/generation/types";
import { DENIES } from "../../lib/generation/unguessable-denials";

/** A listed or defined term, or a part named for its job: asked from more than one sentence by design. */
function listedTerm(q: GeneratedQuestion): boolean {
  return ["term", "definition", "function", "comparison"].includes(q.keyKind) && q.type !== "TRUE_FALSE";
}

/** The forms a key shows in: as written (its number in words or figures), and a person's surname. */
function shownForms(q: GeneratedQuestion, value: string): RegExp[] {
  const out = [formsPattern(value)];
  const words = value.split(/\s+/);
  if (q.spanType === "PERSON" && words.length >= 2 && /^[A-Z][a-z'’-]{3,}$/.test(words.at(-1)!)) out.push(formsPattern(words.at(-1)!));
  return out;
}

/** Another question prints this question's value (in its stem, or in a statement offered as an option): a student reads it there. */
export function shownElsewhere(q: GeneratedQuestion, other: GeneratedQuestion, subject: ReadonlySet<string> = new Set()): boolean {
  const value = valueOf(q);
  // A true statement states its value: another printing it repeats it, and `restates` counts that.
  if (!value || (q.type === "TRUE_FALSE" && q.answerText === "True")) return false;
  if (listedTerm(q) && other.source.start !== q.source.start) return false;
  // A false statement's own value printed in another fact ("In 1764 the weaver …" beside "In 1769 a fire …") settles nothing.
  if (q.type === "TRUE_FALSE" && !oneFact(q, other, subject)) return false;
  const shown = [other.prompt, ...(other.keyKind === "statement" ? other.options.map((o) => o.text) : [])].join(" \n ");
  return shownForms(q, value).some((re) => re.test(shown));
}

export interface RepeatCounts {
  /** Pairs of questions that state one fact. */
  restated: number;
  /** Questions whose value another question prints. */
  shown: number;
  /** True/false statements with a negative keyed False, and with one keyed True. */
  negativeFalse: number;
  negativeTrue: number;
}

export function repeatFaults(questions: GeneratedQuestion[]): RepeatCounts {
  let restated = 0;
  let shown = 0;
  const subject = quizSubject(questions);
  questions.forEach((q, i) => {
    questions.forEach((o, j) => {
      if (j > i && restates(q, o, subject)) restated++;
    });
    if (questions.some((o, j) => j !== i && shownElsewhere(q, o, subject))) shown++;
  });
  const negated = questions.filter((q) => q.type === "TRUE_FALSE" && DENIES.test(q.prompt));
  return { restated, shown, negativeFalse: negated.filter((q) => q.answerText === "False").length, negativeTrue: negated.filter((q) => q.answerText === "True").length };
}
