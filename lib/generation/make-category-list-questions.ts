import type { CategoryList } from "./find-category-lists";
import { singularOf } from "./find-category-lists";
import { NUMBER_WORDS } from "./find-spans";
import { termVariants } from "./make-term-questions";
import { mentions } from "./whole-words";
import { choiceQuestion } from "./question-parts";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * A list the article introduces by its kind ("faced many hardships, including a and b") asked about the kind:
 * - "Which of these was one of the hardships the lamplighters met with?": one member, and as wrong options the
 *   members of another kind's list in the same article ("reasons behind …"), which the article places elsewhere;
 * - typed "What was one of the …? (Name one of the three the article gives.)", accepting every member, where the
 *   members are short enough to type.
 * Both are keyed "category", like the other makers that ask a list as a whole, and bound to the list's sentence, so
 * the selection takes one question per list.
 */

const MAX_TYPED_WORDS = 3;

// Kinds that sort the same sort of thing (conditions, events, ideas) by the role it plays in the story: the members of
// one role ("reasons behind the vote") are of the same kind as another's ("hardships the members met"). Kinds that
// sort things by what they are (zones, animals, tools) are not: a grazer among zones gives itself away. Roles overlap
// (a hardship is often the reason for what follows, an effect is often a benefit or a change), so only causes and
// troubles are paired, and only when the article sets the troubles after the outcome (see `settledApart`).
const ROLES: Record<string, string> = {
  cause: "factor reason cause motive influence pressure",
  trouble: "challenge problem difficulty hardship obstacle danger threat risk setback concern issue drawback disadvantage",
  gain: "benefit advantage achievement success",
  effect: "effect result consequence outcome change",
  plan: "goal aim idea reform policy measure",
};
const ROLE_OF = new Map(Object.entries(ROLES).flatMap(([role, heads]) => heads.split(" ").map((h) => [h, role] as const)));
const words = (text: string) => text.split(/\s+/).length;
// A word's stem, so that its forms meet ("failures"/"failure", "difficulties"/"difficulty", "admitted"/"admit").
const stemOf = (word: string) =>
  singularOf(word)
    .replace(/(?:ing|ed|y|e)$/, "")
    .replace(/([b-df-hj-np-tv-z])\1$/, "$1")
    .slice(0, 6);
// Words long enough to tie two phrases to one thing ("porters" in "lack of porters" and "wages for porters"), as stems.
// Long words that tie nothing ("first", "behind") are left out.
const LINKING = /^(?:first|other|their|there|which|about|after|before|behind|under|these|those|where|while|later|early|years|would|could|should|being|having|among|during|between)$/;
const contentWords = (text: string) => new Set(text.toLowerCase().split(/[^\w'’-]+/).filter((w) => w.length >= 5 && !LINKING.test(w)).map(stemOf));
// The stems of every word in a sentence, once per sentence.
const stemCache = new WeakMap<Sentence, Set<string>>();
function sentenceStems(s: Sentence): Set<string> {
  let stems = stemCache.get(s);
  if (!stems) stemCache.set(s, (stems = new Set(s.text.toLowerCase().split(/[^\w'’-]+/).filter((w) => w.length >= 3).map(stemOf))));
  return stems;
}
// A member's head word (its last), as a stem: "poor soil" -> "soil".
const headStem = (text: string) => stemOf(text.split(/\s+/).at(-1)!.replace(/[^\w'’-]/g, ""));

/**
 * Causes and troubles are told apart by the article only when the troubles' clause names the outcome the causes lie
 * behind ("factors in the choice to admit women" / "challenges the first women admitted faced"): the troubles come
 * after it. A word shared by the two kinds that many sentences hold is the article's topic, which places nothing.
 */
function settledApart(a: CategoryList, b: CategoryList, sentences: Sentence[]): boolean {
  const roles = new Set([ROLE_OF.get(a.head), ROLE_OF.get(b.head)]);
  if (!roles.has("cause") || !roles.has("trouble")) return false;
  const [trouble, cause] = ROLE_OF.get(a.head) === "trouble" ? [a, b] : [b, a];
  const causeWords = contentWords(cause.kind.replace(/^\S+/, ""));
  // The outcome as a deed done ("the women admitted", "the ships equipped") sets the troubles after it, however often
  // the article names it; a shared noun must be rare enough not to be the topic.
  const done = new Set(trouble.kind.split(/\s+/).filter((w) => /[a-z]ed$/.test(w)).map(stemOf));
  return [...contentWords(trouble.kind.replace(/^\S+/, ""))].some((w) => causeWords.has(w) && (done.has(w) || sentences.filter((s) => sentenceStems(s).has(w)).length <= 3));
}

/** The stems that tie a sentence to a list's kind: every head of its role and the content words of its clause. */
function kindStems(list: CategoryList): Set<string> {
  const role = ROLE_OF.get(list.head);
  const heads = role ? ROLES[role]!.split(" ") : [list.head];
  return new Set([...heads.map(stemOf), ...contentWords(list.kind.replace(/^\S+/, ""))]);
}

/**
 * Members of other kinds' lists that cannot be one of this list's kind per the article: another role (both kinds
 * of other roles, see ROLES) with another head noun, written
 * alike (named or not), no word shared with a member, and never said in a sentence beside this list's kind word or
 * one of its members (there they may belong to both).
 */
export function outsidersOfKind(list: CategoryList, lists: CategoryList[], sentences: Sentence[], asked: CategoryList[] = []): string[] {
  const own = list.items.map((i) => i.text);
  const ownWords = new Set(own.flatMap((o) => [...contentWords(o)]));
  const named = /^[A-Z]/.test(own[0]!);
  const longest = Math.max(...own.map(words));
  const shortest = Math.min(...own.map(words));
  const out: string[] = [];
  const tie = kindStems(list);
  for (const other of lists) {
    // A list already asked with this one's members as its wrong options is not this one's: the two questions would
    // answer each other.
    if (other === list || asked.includes(other) || other.head === list.head || singularOf(other.head) === list.head) continue;
    if (!ROLE_OF.has(list.head) || !ROLE_OF.has(other.head) || ROLE_OF.get(list.head) === ROLE_OF.get(other.head)) continue;
    if (!settledApart(list, other, sentences)) continue;
    for (const item of other.items) {
      const text = item.text;
      if (/^[A-Z]/.test(text) !== named || words(text) > longest + 3 || words(text) < shortest - 3) continue;
      if ([...contentWords(text)].some((w) => ownWords.has(w)) || own.some((o) => mentions(o, text) || mentions(text, o))) continue;
      // Anywhere else the outsider (or its head word) meets this kind (any head of its role, in any form, or a word of
      // its clause), the article may place it in this kind too.
      const head = headStem(text);
      const beside = sentences.some(
        (s, i) => i !== other.sentenceIndex && (mentions(s.text, text) || sentenceStems(s).has(head)) && ([...tie].some((w) => sentenceStems(s).has(w)) || own.some((o) => mentions(s.text, o))),
      );
      if (!beside && !mentions(sentences[list.sentenceIndex]!.text, text)) out.push(text);
    }
  }
  return [...new Set(out)];
}

export function makeCategoryListQuestions(sentences: Sentence[], lists: CategoryList[], random: () => number): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  const asked: CategoryList[] = [];
  for (const list of lists) {
    const sentence = sentences[list.sentenceIndex]!;
    const members = list.items.map((i) => i.text);
    const be = list.past ? "was" : "is";
    const source = { sentence: sentence.text, start: sentence.start, end: sentence.end };
    const outsiders = shuffle(outsidersOfKind(list, lists, sentences, asked), random).slice(0, 3);
    // Three options at least: the key and two wrong ones the article settles.
    if (outsiders.length >= 2) {
      const item = shuffle(list.items, random)[0]!;
      const key = item.text;
      asked.push(list);
      out.push({
        type: "MULTIPLE_CHOICE",
        prompt: list.placed ? `Which of these ${be} one of the ${list.kind}?` : `Which of these does the article name as one of the ${list.kind}?`,
        ...choiceQuestion(key, outsiders, random),
        answerText: key,
        // The whole list is the tested span (as the list-frame maker marks it): the typed question on the same list
        // overlaps it, so a quiz takes only one of the two.
        source: { ...source, answer: { start: list.items[0]!.start, end: list.items.at(-1)!.end } },
        spanType: "TERM",
        keyKind: "category",
        keysMember: true,
        score: 1,
        // Every option is the article's and placed by it; with only two wrong options a guess is likelier.
        confidence: outsiders.length >= 3 ? 0.72 : 0.66,
      });
    }
    // A bare kind ("sturdy tools") with only two members names too little to ask by.
    // Typed only where the article gives the whole kind, once: "such as" gives examples (a typed answer would refuse
    // another the article names), and another list of the same kind holds more. A member the stem prints is given away.
    const only = !lists.some((l) => l !== list && l.head === list.head);
    const prompt = list.placed
      ? `What ${be} one of the ${list.kind}? (Name one of the COUNT the article gives.)`
      : `What does the article name as one of the ${list.kind}? (Name one of the COUNT.)`;
    const typable = list.closed && only && !members.some((m) => mentions(prompt, m));
    if (typable && members.every((m) => words(m) <= MAX_TYPED_WORDS) && (list.placed || members.length >= 3)) {
      const count = NUMBER_WORDS[members.length - 2] ?? String(members.length);
      out.push({
        type: "FILL_BLANK",
        prompt: prompt.replace("COUNT", count),
        options: [],
        // Only plurals whose singular is sure: "thieves", "wolves" and "esophagus" would lose a letter to a false "s".
        answerKey: { kind: "text", accepted: [...new Set(members.flatMap((m) => termVariants(m, /^[a-z].*[^su]s$/.test(m) && !/ves$/.test(m))))] },
        // The gate reads the shown answer at its place in the article: the first member stands for all of them.
        answerText: members[0]!,
        source: { ...source, answer: { start: list.items[0]!.start, end: list.items[0]!.end } },
        spanType: "TERM",
        keyKind: "category",
        score: 1,
        confidence: list.placed ? 0.68 : 0.64,
      });
    }
  }
  return out;
}
