import type { CategoryList } from "./find-category-lists";
import { singularOf } from "./find-category-lists";
import { NUMBER_WORDS } from "./find-spans";
import { mentions, termVariants } from "./make-term-questions";
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
// one role ("reasons behind the vote") are of the same kind as another's ("hardships the members met"), and the
// article itself settles which is which. Kinds that sort things by what they are (zones, animals, tools) are not: a
// grazer among zones, or an oak among animals, gives itself away. Two kinds of one role ("dangers", "hardships") may
// hold the same thing: the wrong options come from another role.
const ROLES: Record<string, string> = {
  cause: "factor reason cause motive influence pressure",
  trouble: "challenge problem difficulty hardship obstacle danger threat risk setback concern issue drawback disadvantage",
  gain: "benefit advantage achievement success",
  effect: "effect result consequence outcome change",
  plan: "goal aim idea reform policy measure",
};
const ROLE_OF = new Map(Object.entries(ROLES).flatMap(([role, heads]) => heads.split(" ").map((h) => [h, role] as const)));
const words = (text: string) => text.split(/\s+/).length;
// Words long enough to tie two phrases to one thing ("porters" in "lack of porters" and "wages for porters").
const contentWords = (text: string) => new Set(text.toLowerCase().split(/[^\w'’-]+/).filter((w) => w.length >= 5));

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
  for (const other of lists) {
    // A list already asked with this one's members as its wrong options is not this one's: the two questions would
    // answer each other.
    if (other === list || asked.includes(other) || other.head === list.head || singularOf(other.head) === list.head) continue;
    if (!ROLE_OF.has(list.head) || !ROLE_OF.has(other.head) || ROLE_OF.get(list.head) === ROLE_OF.get(other.head)) continue;
    for (const item of other.items) {
      const text = item.text;
      if (/^[A-Z]/.test(text) !== named || words(text) > longest + 3 || words(text) < shortest - 3) continue;
      if ([...contentWords(text)].some((w) => ownWords.has(w)) || own.some((o) => mentions(o, text) || mentions(text, o))) continue;
      const beside = sentences.some(
        (s, i) => i !== other.sentenceIndex && mentions(s.text, text) && (new RegExp(`\\b${list.head}`, "i").test(s.text) || own.some((o) => mentions(s.text, o))),
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
        score: 1,
        // Every option is the article's and placed by it; with only two wrong options a guess is likelier.
        confidence: outsiders.length >= 3 ? 0.72 : 0.66,
      });
    }
    // A bare kind ("sturdy tools") with only two members names too little to ask by.
    if (members.every((m) => words(m) <= MAX_TYPED_WORDS) && (list.placed || members.length >= 3)) {
      const count = NUMBER_WORDS[members.length - 2] ?? String(members.length);
      out.push({
        type: "FILL_BLANK",
        prompt: list.placed
          ? `What ${be} one of the ${list.kind}? (Name one of the ${count} the article gives.)`
          : `What does the article name as one of the ${list.kind}? (Name one of the ${count}.)`,
        options: [],
        answerKey: { kind: "text", accepted: [...new Set(members.flatMap((m) => termVariants(m, /^[a-z].*[^s]s$/.test(m))))] },
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
