import { articleMemo } from "./article-memo";
import type { Definition } from "./find-definitions";
import { escapeRegExp } from "./find-spans";
import { tagged } from "./question-stems";
import { singularOf } from "./singular-of";
import { termPattern } from "./whole-words";

/**
 * What kind of thing the article makes a defined term, by head nouns: the term's own head when it is a modifier and a
 * noun ("hydronium ions" -> "ion", "pure water" -> "water"), and the head of what the article says it is ("Ions with a
 * positive charge are called cations" -> "ion"; "a tube that lets …" -> "tube"). A definition question's wrong options
 * are the article's other defined terms, and a term of another kind beside the key ("pure water" among kinds of ions)
 * is absurd: the reader rules it out by its kind alone.
 */

// Words that end the noun phrase naming the kind: a preposition, a relative word, a verb of being, a participle's "that".
const PHRASE_END = /^(?:with|that|which|who|whose|where|when|of|in|on|from|to|for|by|as|at|into|is|are|was|were|and|or|but|because|so|while|after|before|made|found|used|formed|called|named)$/;
// Words before the head that say "a kind of": the kind is the noun after "of".
const KIND_OF = /^(?:kind|kinds|type|types|form|forms|sort|sorts|variety|varieties|class|classes|group|groups)$/;
// Words no kind is named by ("one", "something", "the name").
const NO_KIND = /^(?:one|ones|thing|things|something|name|names|word|words|term|terms|part|parts|way|ways|use|act|process|idea|it|this|that|these|those)$/;
// Nouns that end like an adverb or a participle ("money supply", "a seed"); falsify-statement reads them too.
export const NOUN_IN_LY_ED = /^(?:family|families|assembly|supply|monopoly|ally|rally|jelly|belly|lily|fly|seed|speed|bed|reed|creed|need|breed|weed|shed|sled|steed|feed|deed)$/;
const ARTICLE = /^(?:the|a|an|some|many|most|all|any|those|these)\s+/i;
const ASKED_CALLED = /^What (?:is|are|was|were) (.+?) (?:called|known as|named)\?$/;
const ASKED_CALL = /^What (?:do|does|did) .+? (?:call|name) (.+?)\?$/;
const ASKED_NAME = /^What is the name (?:given to|of) (.+?)\?$/;

/** The head noun of a noun phrase that may go on with a clause ("Ions that form when …" -> "ion"); null when none. */
function headOfPhrase(phrase: string): string | null {
  const words = phrase.replace(ARTICLE, "").split(/\s+/).map((w) => w.replace(/[^\w'’-]/g, ""));
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    if (!w) break;
    // "a kind of rock formed …": the kind is the noun phrase after "of".
    if (KIND_OF.test(w) && words[i + 1]?.toLowerCase() === "of") return headOfPhrase(words.slice(i + 2).join(" "));
    if (PHRASE_END.test(w)) break;
    kept.push(w);
  }
  const head = kept.at(-1);
  // (An adverb or a participle ends no noun phrase: "are positively charged" names no kind.)
  if (!head || !/^[a-z][a-z-]{2,}$/.test(head) || NO_KIND.test(head) || (/(?:ly|ed)$/.test(head) && !NOUN_IN_LY_ED.test(head))) return null;
  return singularOf(head);
}

/**
 * The kinds the article gives a defined term (see above): those of any of its terms (kindsOfTerm), with the head of the
 * definition's description and of the thing its question asks about. Empty when it gives none that can be read.
 */
export function kindsOfDefinedTerm(def: Definition, articleText: string): Set<string> {
  const kinds = new Set(kindsOfTerm(def.term, articleText));
  const described = def.description?.text ? headOfPhrase(def.description.text) : null;
  if (described) kinds.add(described);
  // "What do scientists call the top of the hill?", "What is an ion with a positive charge called?": the thing asked about.
  const asked = def.question ? (ASKED_CALLED.exec(def.question) ?? ASKED_CALL.exec(def.question) ?? ASKED_NAME.exec(def.question))?.[1] : undefined;
  const askedHead = asked ? headOfPhrase(asked) : null;
  if (askedHead) kinds.add(askedHead);
  return kinds;
}

/**
 * The one rule for "an option of the key's kind", for every builder that offers or swaps a term: any option when the
 * article gives the key no kind; one of no known kind only when something else vouches for it (`vouched`: a gazetteer
 * entry of the key's group, a fellow member of the key's list); else one sharing a kind with the key.
 */
export function sameKindAs(keyKinds: Set<string>, otherKinds: Set<string>, vouched = false): boolean {
  if (keyKinds.size === 0) return true;
  if (otherKinds.size === 0) return vouched;
  for (const kind of otherKinds) if (keyKinds.has(kind)) return true;
  return false;
}

// A clue to a kind: the kind's head noun, and the article's words on the term's side of the clue in lower case (the
// words after "are called", which start with the term, or the words before "is a", which end with it).
type KindClue = { side: "subject" | "predicate"; text: string; head: string };
const clueIndex = articleMemo<KindClue[]>();
const termKinds = articleMemo<Set<string>>();
// The article in lower case, made once per article rather than once per term looked up.
const lowered = articleMemo<string>();
// "… are called", "… is also known as", "… are often termed": the verb of naming, the kind stands before it and the term
// after.
const CALLED_VERB = /\s+(?:is|are|was|were)\s+(?:also\s+|sometimes\s+|often\s+|usually\s+)?(?:called|named|known as|termed)\s+(?:an?\s+|the\s+)?/gi;
// "… is a", "… are the": a copula with its article (a singular "is"/"was" needs one), the term before it and the kind after.
const COPULA = /\s+(?:(?:is|was)\s+(?:an?|the|one of the)|(?:are|were)(?:\s+(?:the|one of the))?)\s+(?=[a-z])/gi;

/**
 * Every clue to a kind the article gives, read in one pass over its text (a term's lookup then only compares strings):
 * the subject before "are called X" and the predicate after "X is a …", each with the words on X's side in lower case.
 */
function kindClues(articleText: string): KindClue[] {
  return clueIndex(articleText, "clues", () => {
    const clues: KindClue[] = [];
    for (const m of articleText.matchAll(CALLED_VERB)) {
      // "Ions with a positive charge are called cations": the subject's clause, from the last comma or sentence break.
      const subject = /[^.;:!?,\n]{3,80}$/.exec(articleText.slice(Math.max(0, m.index - 80), m.index))?.[0];
      const term = /^[^.;:!?,\n]{1,80}/.exec(articleText.slice(m.index + m[0].length))?.[0];
      const head = subject ? headOfPhrase(subject.trim()) : null;
      if (head && term) clues.push({ side: "predicate", text: term.toLowerCase(), head });
    }
    for (const m of articleText.matchAll(COPULA)) {
      // "Cations are ions that …", "The canopy is the second layer …": the words before the copula end with the term.
      const before = articleText.slice(Math.max(0, m.index - 80), m.index);
      const predicate = /^[a-z][a-z ,-]{2,60}/.exec(articleText.slice(m.index + m[0].length))?.[0];
      // ("Cations are smaller than atoms" compares; it names no kind.)
      const head = predicate && !/\bthan\b/.test(predicate) ? headOfPhrase(predicate) : null;
      if (head) clues.push({ side: "subject", text: before.toLowerCase(), head });
    }
    return clues;
  });
}

/**
 * The same kinds for any term of the article, read from its text alone (the distractor builders hold no parsed
 * definitions): the term's own head noun, the subject before "are called <term>", and what "<term> is a …" /
 * "<term> are …" says it is.
 */
export function kindsOfTerm(term: string, articleText: string): Set<string> {
  const t = term.toLowerCase();
  return termKinds(articleText, t, () => {
    const kinds = new Set<string>();
    // The head of the whole term ("law of inertia" -> "law"), for a common-noun term of two words or more.
    if (/\s/.test(term) && /^[a-z]/.test(term)) {
      const head = headOfPhrase(term);
      if (head) kinds.add(head);
    }
    if (!lowered(articleText, "lower", () => articleText.toLowerCase()).includes(t)) return kinds;
    const endsWord = (s: string, at: number) => !/[\w-]/.test(s.charAt(at));
    for (const clue of kindClues(articleText)) {
      if (clue.side === "subject") {
        if (clue.text.endsWith(t) && endsWord(clue.text, clue.text.length - t.length - 1)) kinds.add(clue.head);
      } else if (clue.text.startsWith(t) && endsWord(clue.text, t.length)) kinds.add(clue.head);
    }
    return kinds;
  });
}

const nounsOf = articleMemo<Set<string>>();

/** The word is used as a noun in the article: after a determiner, or before a verb of being. */
export function isNoun(word: string, articleText: string): boolean {
  const found = nounsOf(articleText, "nouns", () => {
    // One pass over the article, so asking about each candidate's word costs nothing more (a long article asks thousands).
    const words = new Set<string>();
    for (const m of articleText.matchAll(/\b(?:the|a|an|these|those|other|such|each|every) ([a-z]+)\b/gi)) words.add(m[1]!.toLowerCase());
    for (const m of articleText.matchAll(/\b([a-z]+) (?:is|are|was|were)\b/gi)) words.add(m[1]!.toLowerCase());
    return words;
  });
  const single = singularOf(word);
  return [word.toLowerCase(), single, `${single}s`, `${single}es`].some((w) => found.has(w));
}

// Words right after a blank that are no noun it modifies.
const NOT_A_HEAD = new Set("the a an of and or to in on at by for with from as is are was were be been its their his her this that these those it they which who he she we you there here".split(" "));
const writtenBefore = articleMemo<boolean>();

/**
 * The noun the blank modifies ("the tank fills with _____ bubbles", "the _____ branch"): the word right after it, when the
 * article uses that word as a noun; null when none follows. The blank then names a kind of that noun, and only what can
 * stand before it may be offered.
 */
export function nounAfterBlank(stem: string, articleText: string): string | null {
  const next = /_____ ([a-z]{3,})\b(?! (?:of|to)\b)/.exec(stem)?.[1];
  return next && !NOT_A_HEAD.has(next) && isNoun(next, articleText) ? next : null;
}

/**
 * A false statement that swaps `from` for another term keeps its sense where a noun follows the swapped word ("the sodium
 * ions" made "the pure water ions" is nonsense, false by absurdity rather than by the article): the same screen the
 * options of a blank before a noun pass (fillsBeforeNoun). The returned test is true where no noun follows; the noun is
 * found once per statement, on the first term tested, not once per term of a pool.
 */
export function swapFitterFor(statement: string, from: string, articleText: string): (to: string) => boolean {
  let noun: string | null | undefined;
  const nounAfter = (): string | null => {
    if (noun !== undefined) return noun;
    const m = termPattern(from).exec(statement);
    const next = m ? nounAfterBlank(`_____${statement.slice(m.index + m[0].length)}`, articleText) : null;
    // "Iron rusts when wet": a word the statement's own tags read as a verb is the term's verb, not a noun it modifies,
    // however the article uses it elsewhere ("the rust flakes").
    noun = next && !readAsVerbAfter(statement, m!.index + m![0].length, next) ? next : null;
    return noun;
  };
  return (to) => {
    const head = nounAfter();
    return !head || fillsBeforeNoun(to, from, head, articleText, false);
  };
}

/** The statement's tagger reads `word`, the first word at or after `from`, as a verb. */
function readAsVerbAfter(statement: string, from: number, word: string): boolean {
  const before = statement.slice(0, from).split(/\s+/).filter(Boolean).length;
  const term = tagged(statement).slice(Math.max(0, before - 1)).find((t) => t.text.toLowerCase() === word);
  return term?.tags?.includes("Verb") === true;
}

/** The article writes `words` right before the noun, in the singular or the plural ("sodium ions", "a sodium ion"). */
function saidBefore(words: string, noun: string, articleText: string): boolean {
  const w = words.toLowerCase();
  const single = singularOf(noun);
  return writtenBefore(articleText, `${w}\u0000${single}`, () => {
    return new RegExp(`(?<![\\w-])${escapeRegExp(w)} ${escapeRegExp(single)}(?:s|es)?\\b`).test(lowered(articleText, "lower", () => articleText.toLowerCase()));
  });
}

/**
 * Can `option` fill "_____ <noun>" where the key does? A whole substance where the blank names a kind of particle
 * ("pure water ions") is ruled out by the noun alone. It can when the article writes it before that noun, or makes it a
 * thing of the noun's kind or of the key's own kind (see kindsOfTerm), or when the gazetteer vouches for it (`vouched`: an
 * entry of the key's own group). An option that ends on the noun itself would say it twice ("hydroxide ions ions").
 */
export function fillsBeforeNoun(option: string, key: string, noun: string, articleText: string, vouched: boolean): boolean {
  if (singularOf(option.split(/\s+/).at(-1)!) === singularOf(noun)) return false;
  // (Only where the key itself stands so in the article: otherwise the noun was read wrongly.)
  if (!saidBefore(key, noun, articleText) || saidBefore(option, noun, articleText) || vouched) return true;
  return sameKindAs(new Set([singularOf(noun), ...kindsOfTerm(key, articleText)]), kindsOfTerm(option, articleText));
}
