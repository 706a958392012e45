import type { TermList } from "./find-lists";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";
import { capitalise, sourceOfSpan } from "./question-parts";

/**
 * Ordering questions on a process, in the article's own order: steps it marks
 * ("First, … Then, … Finally, …") or a route it traces ("begins at the mouth …
 * passes through the a, the b and the c … ends at the anus").
 */

const STEP_MARKER = /^(?:First(?:ly)?|To begin(?: with)?|Then|Next|After that|Afterwards|Second(?:ly)?|Third(?:ly)?|Later|Finally|Lastly|In the end)\b,?\s*/;

interface Step {
  text: string;
  sentence: Sentence;
}

function item(text: string): string {
  const t = text.replace(STEP_MARKER, "").replace(/[.;]+$/, "").trim();
  return capitalise(t);
}

// A marker that goes on from a step before it, never one that opens the process ("First", "To begin").
const GOES_ON = /^(?:Then|Next|After that|Afterwards|Finally|Lastly|In the end)\b/;

/**
 * Runs of three or more marked steps within one section. A process often leaves its first step unmarked ("Warm air rises.
 * Then it cools. Finally, …"): two steps marked as going on, right after each other, take the sentence just before them
 * as their first.
 */
function markedSteps(sentences: Sentence[]): Step[][] {
  const runs: Step[][] = [];
  let run: Step[] = [];
  let section = -1;
  const close = () => {
    if (run.length === 2 && run.every((step) => GOES_ON.test(step.sentence.text))) {
      const at = sentences.indexOf(run[0]!.sentence);
      const before = sentences[at - 1];
      if (sentences[at + 1] === run[1]!.sentence && before && before.section === run[0]!.sentence.section && !STEP_MARKER.test(before.text)) run.unshift({ text: item(before.text), sentence: before });
    }
    if (run.length >= 3) runs.push(run);
  };
  for (const s of sentences) {
    if (s.section !== section) {
      close();
      run = [];
      section = s.section;
    }
    if (STEP_MARKER.test(s.text)) run.push({ text: item(s.text), sentence: s });
  }
  close();
  return runs.map((r) => r.filter((step) => step.text.split(/\s+/).length >= 3 && step.text.length <= 140 && !/^(?:It|This|They|He|She)\b/.test(step.text)));
}

const ROUTE = /\b(?:passes|pass|goes|go|moves|move|travels|travel|flows|flow|runs|run) (?:through|along|past)\s*$/i;

const BEGIN = /\b(?:begins|starts) (?:at|with|in) (?:the )?([a-z]+(?: (?!(?:and|or|then|to|with|in|of|before|after|where|when|while)\b)[a-z]+)?)\b/i;
const END = /\b(?:ends|finishes) (?:at|with|in) (?:the )?([a-z]+(?: (?!(?:and|or|then|to|with|in|of|before|after|where|when|while)\b)[a-z]+)?)\b/i;

/** A route: the list after "passes through", with what it "begins at" before and "ends at" after, when the article says so. */
function routes(sentences: Sentence[], lists: TermList[]): { items: string[]; sentences: Sentence[] }[] {
  const out: { items: string[]; sentences: Sentence[] }[] = [];
  for (const list of lists) {
    if (!ROUTE.test(list.lead)) continue;
    const sentence = sentences[list.sentenceIndex]!;
    const around = sentences.filter((s) => Math.abs(s.start - sentence.start) < 600);
    const beginAt = around.find((s) => BEGIN.test(s.text));
    const endAt = around.find((s) => END.test(s.text));
    const begin = beginAt && BEGIN.exec(beginAt.text)?.[1];
    const end = endAt && END.exec(endAt.text)?.[1];
    const items = [begin, ...list.items.map((i) => i.text), end].filter((t): t is string => Boolean(t));
    if (new Set(items.map((i) => i.toLowerCase())).size !== items.length) continue;
    const used = [...new Set([begin ? beginAt! : null, sentence, end ? endAt! : null].filter((s): s is Sentence => s !== null))].sort((a, b) => a.start - b.start);
    out.push({ items, sentences: used });
  }
  return out;
}

// The joints of a chain told in one sentence ("A, then B, and finally C").
// ("since then", "by then": a joint is only after a comma or "and".)
const CHAIN_JOINT = /(?:, (?:and )?| and )(?:then|finally|eventually|at last)\b,? /g;

/**
 * One sentence that walks through a process with two or more sequence words ("Sap rises to the leaves, then dries in the
 * sun, and finally hardens into amber."): its parts in the sentence's order. Each part must be plain (no comma of its own)
 * and every join must be a sequence word, so the parts are the steps.
 */
function chainedSteps(sentences: Sentence[]): Step[][] {
  const out: Step[][] = [];
  for (const s of sentences) {
    const joints = s.text.match(CHAIN_JOINT);
    // ("If it rains, then …": a condition's "then" joins no steps.)
    if (!joints || joints.length < 2 || STEP_MARKER.test(s.text) || /^(?:If|When|Unless)\b/.test(s.text)) continue;
    const parts = s.text.replace(/\.$/, "").split(CHAIN_JOINT).map((p) => p.trim());
    if (parts.some((p) => !p || p.includes(",") || p.split(/\s+/).length > 14) || /^(?:It|They|This|These|He|She)\b/.test(parts[0]!)) continue;
    out.push(parts.map((p) => ({ text: capitalise(p), sentence: s })));
  }
  return out;
}

export function buildOrdering(prompt: string, items: string[], sources: Sentence[], random: () => number, maxItems: number, confidence: number): GeneratedQuestion | null {
  if (items.length < 3) return null;
  // Keep the article's order; when there are more than fit, keep an evenly spread, seeded choice.
  const picked = items.length <= maxItems ? items : shuffle(items.map((_, i) => i), random).slice(0, maxItems).sort((a, b) => a - b).map((i) => items[i]!);
  const ids = picked.map((_, i) => `s${i + 1}`);
  let shown = shuffle(ids, random);
  if (shown.join() === ids.join()) shown = [...ids].reverse();
  const textOf = new Map(picked.map((t, i) => [ids[i]!, t]));
  const first = sources[0]!;
  return {
    type: "ORDERING",
    prompt,
    options: shown.map((id) => ({ id, text: textOf.get(id)! })),
    answerKey: { kind: "order", itemIds: ids },
    answerText: picked.join(" → "),
    source: sourceOfSpan(first),
    sources: sources.map((s) => ({ sentence: s.text, start: s.start, end: s.end })),
    spanType: "TERM",
    keyKind: "step",
    score: 1,
    confidence,
  };
}

export function makeStepQuestions(sentences: Sentence[], lists: TermList[], random: () => number, maxItems = 4): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const run of markedSteps(sentences)) {
    const q = buildOrdering("Put these steps in the order the article describes them, first to last.", run.map((s) => s.text), run.map((s) => s.sentence), random, maxItems, 0.74);
    if (q) out.push(q);
  }
  for (const chain of chainedSteps(sentences)) {
    const q = buildOrdering("Put these steps in the order the article gives them, first to last.", chain.map((s) => s.text), [chain[0]!.sentence], random, maxItems, 0.72);
    if (q) out.push(q);
  }
  for (const route of routes(sentences, lists)) {
    const q = buildOrdering("Put these in the order the article says they come, from first to last.", route.items, route.sentences, random, maxItems, 0.72);
    if (q) out.push(q);
  }
  return out;
}
