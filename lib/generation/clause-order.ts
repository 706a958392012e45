import { articleMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";
import { capitalise } from "./question-parts";
import { LEXICON } from "./question-stems";

/**
 * Statements whose parts stand in another order than their sentence's: a condition said first ("Prices rise when demand
 * grows." -> "When demand grows, prices rise."), or an opening place or time said last ("In shallow water, reeds grow." ->
 * "Reeds grow in shallow water."). A word that moves off the front of a sentence loses its capital unless it is a name, and
 * a check that lines a false statement up with its sentence word by word reads it back in the sentence's order.
 */

// Words that are never a name, whatever the article writes: a count ("Two boys …"), a determiner, a pronoun other than "I".
const NEVER_NAME = /^(?:Determiner|Pronoun|Preposition|Conjunction)$/;

const capitalMemo = articleMemo<boolean>();

/**
 * Whether a word keeps its capital inside a sentence: "I", or a name the article itself writes with a capital after a
 * lower-case word or a comma. A number word or a determiner does not, even where the article has one capitalised inside
 * a name ("the Two Rivers inn" makes no "Two boys" a name).
 */
export function keepsCapital(word: string, articleText: string): boolean {
  // (Asked for every swap a statement maker tries: once per article and word, not a new pattern and scan each time.)
  return capitalMemo(articleText, word, () => readsAsName(word, articleText));
}

function readsAsName(word: string, articleText: string): boolean {
  const bare = word.replace(/[^\p{L}'’-]/gu, "");
  if (bare === "I") return true;
  const lex = LEXICON[bare.toLowerCase()];
  if (Array.isArray(lex) ? lex.includes("Cardinal") : typeof lex === "string" && NEVER_NAME.test(lex)) return false;
  return bare !== "" && new RegExp(`[a-z,;:] ${escapeRegExp(bare)}(?![\\p{L}'’-])`, "u").test(proseOf(articleText));
}

// The article without its title and headings (lines with no full stop, question or exclamation mark), which capitalise
// every word: "How Rivers Shape Valleys" makes no "Rivers" a name.
const proseMemo = articleMemo<string>();
// (Text of one line is prose as given.)
const proseOf = (articleText: string) => (articleText.includes("\n") ? proseMemo(articleText, "", () => articleText.replace(/^[^\n.!?]{1,120}$/gm, "")) : articleText);

// A condition said first: the word that opened it after the main clause, the condition, the main clause.
const CONDITION_FIRST = /^(When|Whenever|If|Because|Until|Unless|After|Before) ([^,;:]+), ([^;:]+?)\.$/;

/**
 * A statement said again in another order, put back in its sentence's order: the condition after the main clause, or an
 * opening phrase the statement says last put back in front. Null where the statement keeps the sentence's order. The words
 * are the statement's (a false one keeps its changed word), with the sentence's capitals at its opening.
 */
export function inSentenceOrder(statement: string, sentence: string): string | null {
  const condition = CONDITION_FIRST.exec(statement);
  if (condition && !sentence.startsWith(`${condition[1]} `)) {
    const marker = condition[1]!.toLowerCase();
    if (!sentence.includes(` ${marker} `)) return null;
    return `${capitalise(condition[3]!)} ${marker} ${condition[2]}.`;
  }
  // "In shallow water, reeds grow quickly." said as "Reeds grow quickly in shallow water.".
  const opening = /^([^,;:]{2,70}), (\S+)/.exec(sentence);
  if (!opening) return null;
  const phrase = opening[1]!;
  const moved = ` ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}.`;
  if (!statement.endsWith(moved) || statement.startsWith(`${phrase},`)) return null;
  const main = statement.slice(0, -moved.length);
  // (The sentence's own first word after the phrase gives the case: "the reeds", "Ada".)
  const [first = "", ...rest] = main.split(" ");
  const same = opening[2]!.toLowerCase() === first.toLowerCase();
  const written = same ? opening[2]! : /^[a-z]/.test(opening[2]!) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
  return `${phrase}, ${[written, ...rest].join(" ")}.`;
}
