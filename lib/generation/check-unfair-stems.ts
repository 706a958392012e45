import { BLANK } from "./blank";
import type { Penalty } from "./check-trivia";
import { NAMING_VERB, worksAnExample } from "./example-wording";
import { NUMBER_WORDS } from "./find-spans";
import { datesLastingState } from "./lasting-state";
import type { GeneratedQuestion } from "./types";

/**
 * Stems judges failed as unfair rather than unimportant: the stem admits other answers, reads two ways or gives the key
 * away, so a student who read the article well may still be marked wrong (or one who did not, right). Each is read from
 * the stem's own sentence, so any article's sentence of the same shape is caught.
 */

/** The stem's sentence holding the blank (a shown context sentence left out), and the words either side of the blank. */
function blankSentence(q: GeneratedQuestion): { sentence: string; before: string; after: string } | null {
  const stem = q.prompt.replace(/ \([^)]*\)$/, "");
  const at = stem.indexOf(BLANK);
  if (at < 0) return null;
  const start = Math.max(...[". ", "? ", "! "].map((mark) => stem.lastIndexOf(mark, at)).map((i) => (i < 0 ? 0 : i + 2)));
  return { sentence: stem.slice(start), before: stem.slice(start, at), after: stem.slice(at + BLANK.length) };
}

// A second figure the blank is paired with as a rough count: "_____ or five days", "four or _____ weeks". ("From _____ to 12"
// is a change between two facts, kept.)
const COUNT_WORD = String.raw`(?:\d[\d,.]*|one|${NUMBER_WORDS.join("|")})`;
const RANGE_AFTER = new RegExp(String.raw`^\s*or\s+${COUNT_WORD}\b`, "i");
const RANGE_BEFORE = new RegExp(String.raw`\b${COUNT_WORD}\s+or\s*$`, "i");
const ROUGH_RANGE = new RegExp(String.raw`\b${COUNT_WORD} or ${COUNT_WORD}\b`, "gi");

// A participle of something done at a date ("built", "signed", "founded"): the date may date that, not the state.
const EVENT_PARTICIPLE = /\b(?!(?:ruled|reigned|governed|controlled|occupied|owned|belonged|lived|remained|stayed|contained|numbered|housed|employed|divided|called|named|known|based|located|inhabited|populated)\b)[a-z]{3,}ed\b|\b(?:built|made|won|lost|begun|done|fought|sold|sent|brought|found|held|led|set|struck|taught|told|written|born|given|taken|shown|drawn|chosen)\b/;

/**
 * A year blank that only says when a lasting state held: the sentence opens "In _____" and its clause is a state
 * ("was ruled by", "had two mills", "belonged to"), with no participle of a deed the year could date instead.
 */
function datesStateAlone(sentence: string, before: string, key: string): boolean {
  if (!/^(?:In|in)\s+$/.test(before.replace(/^.*(?:^|[,;]\s*(?:and\s+)?)(?=[Ii]n\s+$)/, ""))) return false;
  // The year's own clause, up to the next break ("…, and its people paid a tax" says another thing). After an opening "In
  // _____," that is the clause the comma opens: "In _____, the town was a colony of …" dates the state it goes on to say.
  const rest = sentence.slice(before.length + BLANK.length);
  const own = /^,\s/.test(rest) && before.trim() === "In" ? `,${rest.slice(1).split(/[,;]/)[0]!}` : rest.split(/[,;]/)[0]!;
  const clause = before + key + own;
  return datesLastingState(clause, key) && !EVENT_PARTICIPLE.test(clause.slice(before.length));
}

/** A False statement made by swapping one end of a rough range ("over only two or five days"): it reads oddly and hinges on a guess. */
function swapsRoughRange(q: GeneratedQuestion): boolean {
  if (q.type !== "TRUE_FALSE" || q.answerText !== "False") return false;
  const source = q.source.sentence.toLowerCase();
  return [...q.prompt.matchAll(ROUGH_RANGE)].some((m) => !source.includes(m[0].toLowerCase()));
}

// A list of three or more short items: "short, calm and quick", "wheat, barley, or rye", "the mill, the dam and the bridge".
const LIST = /[\w'’-]+, (?:[\w'’-]+ ){0,3}[\w'’-]+,? (?:and|or) /;
const NOT = /\b(?:not|never)\b/gi;

/**
 * A denial the quiz made of a list ("The town did not export wool, salt and tin"): read two ways (none of them, or not
 * all of them), so the article settles neither; judges failed it as ambiguous. A list the article itself denies is its
 * own words, kept.
 */
function deniesList(q: GeneratedQuestion): boolean {
  if (q.type !== "TRUE_FALSE") return false;
  const denial = /\b(?:not|never)\b(.*)$/i.exec(q.prompt);
  return denial !== null && LIST.test(denial[1]!) && (q.prompt.match(NOT)?.length ?? 0) > (q.source.sentence.match(NOT)?.length ?? 0);
}

// What a definition says after the thing it describes: "… is known as a confluence", "… are called tributaries".
const NAMES_A_TERM = new RegExp(NAMING_VERB);

// An opening phrase that bounds in time what the sentence says: "For more than 200 years before 90 BCE,", "Until 1850,",
// "Before the railway,", "Throughout the war,". ("In 1850,", "During the storm," date an event, whose claim stands without it.)
const TIME_FRAME = /^(?:For (?:(?:more than|over|about|nearly|almost|some|at least|roughly) )?(?:[\w,]+ )?(?:years|decades|centuries|generations)|Until|Till|Before|By|Throughout|Between)\b[^,]{0,60},\s/;

/**
 * A statement that drops the time frame its sentence opens with ("The land was split among rival kingdoms" from "For
 * 250 years before 221 BCE, …"): with no time frame the claim is no longer anchored, and may be true or false of
 * another time; judges failed it as vague.
 */
function dropsTimeFrame(q: GeneratedQuestion): boolean {
  if (q.type !== "TRUE_FALSE") return false;
  const frame = TIME_FRAME.exec(q.source.sentence)?.[0];
  if (!frame) return false;
  const words = frame.replace(/[,\s]+$/, "").split(/\s+/).slice(1);
  return !words.every((w) => q.prompt.includes(w));
}

export function unfairStemPenalties(q: GeneratedQuestion): Penalty[] {
  if (swapsRoughRange(q)) return [{ check: "number-in-a-rough-range", factor: 0.75, belowDropLine: true }];
  if (dropsTimeFrame(q)) return [{ check: "drops-time-frame", factor: 0.75, belowDropLine: true }];
  if (deniesList(q)) return [{ check: "denied-list", factor: 0.75, belowDropLine: true }];
  // "If the load is doubled to _____ kilograms …", "The Tarn, for instance, fell _____ metres": an illustration's figures
  // show how a rule works and are not facts to learn; judges failed them as recall of wording. (So is a False statement
  // made by swapping one; a true copy tests the whole example.)
  if (q.keyKind === "number" && q.answerText !== "True" && worksAnExample(q.source.sentence)) return [{ check: "number-in-an-example", factor: 0.75, belowDropLine: true }];
  if (q.type !== "MULTIPLE_CHOICE" && q.type !== "FILL_BLANK") return [];
  const shown = blankSentence(q);
  if (!shown) return [];
  const out: Penalty[] = [];
  // "In _____ the island was ruled by Norway": a state that held over many years fits each of them, so the one year
  // the sentence happens to name is not the only right answer. (An event, "became", "was founded", keeps its year.)
  if (q.keyKind === "date" && datesStateAlone(shown.sentence, shown.before, q.answerText)) {
    out.push({ check: "date-of-a-lasting-state", factor: 0.75, belowDropLine: true });
  }
  // "over only _____ or five days": the other end of a rough range all but names the key, and wrong options read oddly.
  if (q.keyKind === "number" && (RANGE_AFTER.test(shown.after) || RANGE_BEFORE.test(shown.before))) {
    out.push({ check: "number-in-a-rough-range", factor: 0.75, belowDropLine: true });
  }
  // "The spot where _____ streams join is called a fork": the sentence teaches a term, and a count in its
  // description is the least of it (judges: "tests the number, not the term").
  if (q.keyKind === "number" && NAMES_A_TERM.test(shown.after.split(/[,;]/)[0]!)) out.push({ check: "number-in-a-definition", factor: 0.75, belowDropLine: true });
  return out;
}
