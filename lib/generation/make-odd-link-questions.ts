import { linkWords, type Link } from "./find-links";
import { capitalise, multipleChoiceQuestion, shareOfSmaller, sourceIn } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * One topic's own results asked together, for articles about one thing (where
 * every result belongs to the same event, so none can be another's wrong
 * option): "Which of these was NOT a result of the plague, according to the
 * article?" with three of its stated results and, as the key, one of its
 * stated causes (a cause came before: certainly no result). And the other way
 * round: "Which of these was one of the causes of …?" with the cause as the key
 * and its results as the wrong options.
 */

function sameThing(a: string, b: string): boolean {
  return shareOfSmaller(new Set(linkWords(a)), new Set(linkWords(b))) >= 0.5;
}

/** Results of one subject that say different things, in article order. */
function distinct(links: Link[]): Link[] {
  const out: Link[] = [];
  for (const l of links) if (!out.some((o) => sameThing(o.bare, l.bare))) out.push(l);
  return out;
}

export function makeOddLinkQuestions(links: Link[], sentences: Sentence[], random: () => number): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  const subjects = [...new Set(links.filter((l) => l.role === "result" && l.subject).map((l) => l.subject!.toLowerCase()))];
  for (const subject of subjects) {
    const results = distinct(links.filter((l) => l.role === "result" && l.shape === "phrase" && l.subject?.toLowerCase() === subject));
    // Its causes as noun phrases ("X is caused by Y"), never saying what one of its results says.
    const causes = distinct(links.filter((l) => l.role === "cause" && l.shape === "agent" && l.subject?.toLowerCase() === subject)).filter((c) => !results.some((r) => sameThing(r.bare, c.bare)));
    if (!causes.length) continue;
    const shown = results[0]?.subject ?? subject;
    // A cause may be another kind of thing than the results (an organism beside social changes) and stand out: modest confidence.
    const make = (key: Link, others: Link[], prompt: string, kind: "result" | "cause"): GeneratedQuestion =>
      multipleChoiceQuestion(
        { prompt, key: capitalise(key.bare), others: others.map((o) => capitalise(o.bare)), source: sourceIn(sentences[key.sentenceIndex]!, { start: key.start, end: key.end }), keyKind: kind, confidence: others.length === 3 ? 0.7 : 0.66 },
        random,
      );
    // One question per topic: both forms would share their options and their key.
    if (results.length >= 3) out.push(make(causes[0]!, results.slice(0, 3), `Which of these was NOT a result of ${shown}, according to the article?`, "result"));
    else if (results.length === 2) out.push(make(causes[0]!, results, `Which of these was one of the causes of ${shown}, according to the article?`, "cause"));
  }
  return out;
}
