import type { Sentence } from "./types";

/**
 * Following a chain of causes through an article: "A because B, B because C" makes C a cause of A too, and a result of a
 * result is a result. Both cause builders (the links' questions and the "Why …?" questions on stated reasons) rule such
 * answers out as wrong options by this one walk.
 */

/** One step of a chain: a cause and the effect the article gives it. `id` names the step (a link, a sentence's step). */
export interface ChainStep {
  id: object;
  cause: string;
  effect: string;
}

// "E because C", "Because C, E", "C, so E", "C. As a result, E": a step of a chain, read loosely (only to follow it, never asked).
const TOLD_AFTER = /^(.{6,}?),? because (?!of\b)(.{4,})$/;
const TOLD_BEFORE = /^(?:Because (?!of\b)([^,]{4,})|(.{6,}?),(?: and)? so (?!that\b))(?:, )?(.{4,})$/;
const TOLD_NEXT = /^(?:As a result(?! of\b)|Because of this|Consequently|Therefore|For this reason),? (.{4,})$/;

/** Every cause and effect the article's sentences state, whether or not a question takes them up. */
export function toldSteps(sentences: Sentence[]): { cause: string; effect: string }[] {
  const steps: { cause: string; effect: string }[] = [];
  sentences.forEach((s, i) => {
    const text = s.text.replace(/[.!]$/, "");
    let m = TOLD_AFTER.exec(text);
    if (m) steps.push({ effect: m[1]!, cause: m[2]! });
    else if ((m = TOLD_BEFORE.exec(text))) steps.push({ cause: (m[1] ?? m[2])!, effect: m[3]! });
    else if ((m = TOLD_NEXT.exec(text)) && i > 0) steps.push({ cause: sentences[i - 1]!.text, effect: m[1]! });
  });
  return steps;
}

/**
 * Every clause the steps reach from `start`: back from an effect to its cause and on to that cause's own cause, or on
 * from a cause to its result's results; at most six steps deep. `linked` says when two clauses tell one event. A step in
 * `used` is not taken (the question's own); each step is taken once, so the walk is linear in the steps per depth.
 */
export function walkChain(start: string, steps: ChainStep[], back: boolean, linked: (a: string, b: string) => boolean, used = new Set<object>()): string[] {
  const reached: string[] = [];
  for (let depth = 0, frontier = [start]; depth < 6 && frontier.length; depth++) {
    const next: string[] = [];
    for (const p of steps) {
      if (used.has(p.id)) continue;
      const [from, to] = back ? [p.effect, p.cause] : [p.cause, p.effect];
      if (frontier.some((r) => linked(from, r))) {
        used.add(p.id);
        next.push(to);
      }
    }
    reached.push(...next);
    frontier = next;
  }
  return reached;
}
