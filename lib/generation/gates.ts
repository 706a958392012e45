import { checkFailure, type CheckFailure } from "./check-questions";
import { BLANK } from "./blank";
import { isFragment, opensWithVerb } from "./check-stems";
import { cutFigurePointer } from "./question-stems";
import { dropsCondition } from "./statement-claims";
import { escapeRegExp } from "./find-spans";
import { TITLE_WORD_SET } from "./titles";
import { isCutFrom } from "./trim-statement";
import { restatesWork } from "./make-work-statements";
import type { GeneratedQuestion } from "./types";
import { capitalise } from "./question-parts";

export type GateFailure =
  | "source-not-in-article"
  | "key-not-a-span"
  | "options-repeat"
  | "not-exactly-one-key"
  | "stem-gives-key-away"
  | "false-statement-in-article"
  | "true-statement-not-in-article"
  | "statement-drops-condition"
  | "bad-ordering"
  | "bad-matching"
  | CheckFailure;

/**
 * Hard gates: a candidate failing any is dropped, never shipped. Returns why it
 * fails, or null when it passes. Given the article's title, the checks on what
 * the question shows (stem, options) run too.
 */
export function gateFailure(q: GeneratedQuestion, articleText: string, title?: string): GateFailure | null {
  return structuralFailure(q, articleText) ?? (title === undefined ? null : checkFailure(q, articleText, title));
}

/** The key is the article's and is marked once; the stem asks and hides it. */
function structuralFailure(q: GeneratedQuestion, articleText: string): GateFailure | null {
  const allSources = q.sources ?? [{ sentence: q.source.sentence, start: q.source.start, end: q.source.end }];
  if (allSources.some((s) => articleText.slice(s.start, s.end) !== s.sentence)) return "source-not-in-article";
  const texts = q.options.map((o) => o.text.toLowerCase());
  if (new Set(texts).size !== texts.length) return "options-repeat";
  const key = q.answerKey;
  switch (q.type) {
    case "MULTIPLE_CHOICE": {
      if (key.kind !== "choice") return "not-exactly-one-key";
      // A reason is shown as a clause of its own ("Warm air rises"), so it is checked to sit in its sentence rather than to match it letter for letter.
      // A statement to pick out is its sentence cut to the main clause: its words are the sentence's, in order.
      if (q.keyKind === "statement" ? !withinSource(q) || !isCutFrom(q.answerText, q.source.sentence, articleText) : q.keyKind === "cause" || q.keyKind === "result" || q.keyKind === "means" || q.keyKind === "purpose" || q.keyKind === "function" || q.keyKind === "direction" || q.keyKind === "example" ? !withinSource(q) : q.keyKind === "category" ? !withinSource(q) || !articleText.includes(q.answerText) : !sameText(articleText.slice(q.source.answer.start, q.source.answer.end), q.answerText)) return "key-not-a-span";
      const keyed = q.options.filter((o) => o.id === key.optionId);
      if (keyed.length !== 1 || keyed[0]!.text !== q.answerText) return "not-exactly-one-key";
      const others = q.options.filter((o) => o.id !== key.optionId).map((o) => o.text);
      if (!asks(q.prompt) || givesAway(q.prompt, q.answerText, others)) return "stem-gives-key-away";
      return null;
    }
    case "FILL_BLANK":
      if (key.kind !== "text" || !key.accepted.includes(q.answerText)) return "not-exactly-one-key";
      if (articleText.slice(q.source.answer.start, q.source.answer.end) !== q.answerText) return "key-not-a-span";
      if (!asks(q.prompt) || givesAway(q.prompt, q.answerText)) return "stem-gives-key-away";
      return null;
    case "TRUE_FALSE": {
      if (key.kind !== "choice" || q.options.filter((o) => o.id === key.optionId).length !== 1) return "not-exactly-one-key";
      // (A sentence shown without its closing pointer to a figure is still the article's own words.)
      const inArticle = articleText.includes(q.prompt) || q.prompt === cutFigurePointer(q.source.sentence);
      // Every statement restated from its sentence (a main clause, a denial or affirmation, a reason put after its result)
      // keeps the condition the sentence opened with: "In cold water, X because Y" said as "X because Y" is wider than
      // the article, and may be false where the article says nothing.
      if (q.prompt !== q.source.sentence && dropsCondition(q.prompt, q.source.sentence, key.optionId === "false")) return "statement-drops-condition";
      // A main-clause statement is true when it is its sentence with words left out.
      // (Or the sentence said of a novel or play by its name, for its "its" or "the play's": see make-work-statements.)
      if (key.optionId === "true" && q.keyKind === "statement") return isCutFrom(q.prompt, q.source.sentence, articleText) || restatesWork(q.prompt, q.source.sentence, articleText) ? null : "true-statement-not-in-article";
      // A reason restated after its result ("S1, so S2" -> "S2 because S1."): true when both halves are the article's words.
      if (key.optionId === "true" && q.keyKind === "cause" && !inArticle) return restatesReason(q.prompt, articleText) || restatesListedReason(q.prompt, articleText) ? null : "true-statement-not-in-article";
      if (key.optionId === "true" && !inArticle) return "true-statement-not-in-article";
      if (key.optionId === "false" && inArticle) return "false-statement-in-article";
      return null;
    }
    case "ORDERING":
      if (key.kind !== "order" || key.itemIds.length < 3 || new Set(key.itemIds).size !== q.options.length) return "bad-ordering";
      if (!key.itemIds.every((id) => q.options.some((o) => o.id === id))) return "bad-ordering";
      if (q.options.some((o) => /\b\d{4}s?\b/.test(o.text))) return "stem-gives-key-away";
      return null;
    case "MATCHING": {
      if (key.kind !== "match") return "bad-matching";
      const left = q.options.filter((o) => o.side === "left").map((o) => o.id);
      const right = q.options.filter((o) => o.side === "right").map((o) => o.id);
      const targets = left.map((l) => key.pairs[l]);
      // Every event is a clause that stands alone: a subject and a finite verb.
      // (A matching of the article's labelled terms pairs names with what is said of them: no events.)
      if (q.keyKind === "event" && q.options.some((o) => o.side === "left" && (opensWithVerb(o.text) || isFragment(`${o.text}.`)))) return "bad-matching";
      // No event may show a date the other column offers: it would match itself.
      const dates = q.options.filter((o) => o.side === "right").map((o) => o.text.toLowerCase());
      if (q.options.some((o) => o.side === "left" && dates.some((d) => o.text.toLowerCase().includes(d)))) return "stem-gives-key-away";
      if (left.length < 3 || left.length !== right.length || new Set(targets).size !== left.length || !targets.every((t) => t && right.includes(t))) {
        return "bad-matching";
      }
      return null;
    }
  }
}

/** The key as the article writes it, or with its first letter capitalised (a definition shown as an option). */
function sameText(span: string, key: string): boolean {
  return span === key || (span.length > 0 && span.slice(1) === key.slice(1) && span.charAt(0).toUpperCase() === key.charAt(0));
}

function withinSource(q: GeneratedQuestion): boolean {
  const { start, end, answer } = q.source;
  return answer.start >= start && answer.end <= end && answer.end > answer.start;
}

export function passesGates(q: GeneratedQuestion, articleText: string): boolean {
  return gateFailure(q, articleText) === null;
}

/** A stem either has a blank or is a question. */
function asks(stem: string): boolean {
  return stem.includes(BLANK) || /\?(?: \([^)]*\))?$/.test(stem);
}

/** The stem names the key, or a word built on it ("Japanese" for "Japan"). */
function givesAway(stem: string, key: string, others: string[] = []): boolean {
  const lowerStem = stem.toLowerCase();
  if (lowerStem.includes(key.toLowerCase())) return true;
  const words = key.split(/\s+/).filter((w) => w.length >= 4 && /^[A-Z]/.test(w));
  // (Escaped: a key word may hold a bracket or a dot, "Ptolemy)" or "J.Bowe", which are letters here, not pattern syntax.)
  const said = (w: string) => new RegExp(`\\b${escapeRegExp(w.slice(0, Math.max(4, w.length - 1)).toLowerCase())}`).test(lowerStem);
  // A title before the name ("King Aldric" under a stem that speaks of kings) tells the kind of person, not which one: only
  // the name's own words give it away, when it has some. Among options it does tell which one when it is the key's alone
  // ("King Aldric | Duke Orm | Abbot Sela" under "the king …").
  const own = words.filter((w) => !TITLE_WORD_SET.has(w));
  const titleAlone = words.some((w) => TITLE_WORD_SET.has(w) && said(w) && others.some((o) => !o.split(/\s+/).includes(w)));
  return titleAlone || (own.length > 0 ? own : words).some(said);
}

/**
 * "One reason X is that Y." (make-reason-list-statements): true when the article writes "X for several reasons: …" with Y
 * one of the clauses after the colon, in the one sentence, or one of the list lines right under it.
 */
function restatesListedReason(statement: string, articleText: string): boolean {
  const m = /^One reason (.+) (?:is|was) that (.+)\.$/.exec(statement);
  if (!m) return false;
  // (The lead's first letter either way: the statement writes it inside its own sentence.)
  const first = m[1]!.charAt(0);
  const lead = `[${escapeRegExp(first.toLowerCase() + first.toUpperCase())}]${escapeRegExp(m[1]!.slice(1))}`;
  // The reason after the colon and before the sentence's full stop, ending where its clause ends …
  if (new RegExp(`${lead},? for [^.:]*\\breasons: (?:[^.]|\\.(?! ))*?\\b${escapeRegExp(m[2]!)}[,.]`).test(articleText)) return true;
  // … or one of the list lines under a lead closing on "reasons:", written whole (its first letter either way).
  const reason = m[2]!;
  const line = `[${escapeRegExp(reason.charAt(0).toLowerCase() + reason.charAt(0).toUpperCase())}]${escapeRegExp(reason.slice(1))}`;
  return new RegExp(`${lead},? for [^.:\\n]*\\breasons:[ \\t]*\\n(?:[ \\t]*(?:[-*+•]|\\d+[.)])[ \\t]+[^\\n]*\\n)*?[ \\t]*(?:[-*+•]|\\d+[.)])[ \\t]+${line}[.;,]?[ \\t]*(?:\\n|$)`).test(articleText);
}

/** "S2 because S1.": each half (its first letter in either case) written in the article. */
function restatesReason(statement: string, articleText: string): boolean {
  const parts = statement.replace(/\.$/, "").split(" because ");
  if (parts.length !== 2) return false;
  const written = (part: string) => part.length > 8 && (articleText.includes(part) || articleText.includes(part.charAt(0).toLowerCase() + part.slice(1)) || articleText.includes(capitalise(part)));
  // A half may name the person the article's own words call "he", "him", "she" or "her" there ("rulers welcomed Ada" for
  // "welcomed her", "Ada resigned" for "she resigned"): the cause makers write out only the article's one person, so the
  // name read back as the pronoun (a subject's at the start, an object's after it) is the article's.
  const asPronoun = (part: string) =>
    [...part.matchAll(/(?:^|(?<=\S ))[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*/g)].some((m) =>
      (m.index === 0 ? ["he", "she"] : ["him", "her"]).some((p) => written(part.slice(0, m.index) + p + part.slice(m.index! + m[0].length))),
    );
  const found = (part: string) => written(part) || asPronoun(part);
  return found(parts[0]!) && found(parts[1]!);
}
