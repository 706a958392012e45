import { escapeRegExp } from "./find-spans";
import type { GeneratedQuestion } from "./types";
import { verbsAs } from "./verb-forms";

/**
 * A plot deed's "Who …?" (make-deed-questions) answered by another question of the quiz: a stem, statement or item that
 * tells the same deed with the doer named ("Because Kai burned the warehouse, …" beside "Who burns the foreman's
 * warehouse?"), or asks that deed's doer again. A story's characters are named all through its plot, so the doer's name alone gives nothing away; the name
 * with the deed's verb and its object does.
 */
export function deedShown(deed: GeneratedQuestion, other: GeneratedQuestion): boolean {
  if (!deed.castOptions || deed.source.start === other.source.start) return false;
  const told = deedPattern(deed);
  if (!told) return false;
  const { deed: tells, doer } = told;
  const shown = [other.prompt, ...other.options.map((o) => o.text)].join(" \n ");
  // (Or asks for the doer of that deed by a blank: "_____ confesses that he poisoned the well" beside "Who poisons the well?".)
  const asksDoer = other.type !== "TRUE_FALSE" && other.answerText === deed.answerText;
  return tells.test(shown) && (asksDoer || doer.test(shown));
}

const BE = /^(?:is|are|was|were)$/;
const OBJECT_ENDS = /^(?:on|in|at|to|from|with|by|for|into|onto|during|after|before|near|over|under|across|through|and|but|of|while|when|as)$/;
// (Compiled once per question: the selection tries each pair in several orders.)
const patterns = new WeakMap<GeneratedQuestion, { deed: RegExp; doer: RegExp } | null>();

/** "Who secretly burns the foreman's warehouse at dawn?" -> the verb in any of its forms, then (in the same clause) "warehouse". */
function deedPattern(deed: GeneratedQuestion): { deed: RegExp; doer: RegExp } | null {
  let known = patterns.get(deed);
  if (known !== undefined) return known;
  const words = deed.prompt.replace(/\?$/, "").split(/\s+/).slice(1);
  const at = /^[a-z]+ly$/.test(words[0] ?? "") ? 1 : 0;
  const verb = BE.test(words[at] ?? "") ? words[at + 1] : words[at];
  // (The object's head: its last word before a phrase of place, time or company, "Kester" of "Kester on the old bridge".)
  const after = words.slice(words.indexOf(verb ?? "") + 1);
  const end = after.findIndex((w) => OBJECT_ENDS.test(w));
  const object = (end < 0 ? after : after.slice(0, end)).at(-1)?.replace(/['’]s?$/, "");
  known = null;
  if (verb && object && object !== verb && /^[a-z]+$/.test(verb) && /^[\w-]{3,}$/.test(object) && !/^(?:the|his|her|its|their|our)$/i.test(object)) {
    const forms = [...new Set([verb, verbsAs(`she ${verb}`, "infinitive"), verbsAs(`she ${verb}`, "past"), verbsAs(`she ${verb}`, "gerund").split(" ").at(-1) ?? ""].filter((f) => /^[a-z]+$/.test(f)))];
    known = {
      deed: new RegExp(`\\b(?:${forms.map(escapeRegExp).join("|")})\\b[^.;:?\\n]*\\b${escapeRegExp(object)}\\b`, "i"),
      doer: new RegExp(`(?<![\\w'’-])${escapeRegExp(deed.answerText)}(?![\\w-])`),
    };
  }
  patterns.set(deed, known);
  return known;
}
