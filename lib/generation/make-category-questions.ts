import type { Definition } from "./find-definitions";
import type { TermList } from "./find-lists";
import { mentions } from "./whole-words";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";
import { choiceQuestion, sourceIn } from "./question-parts";

/**
 * "Which of these is not one of the forms of the fever named in the article?":
 * a list the article introduces by its kind ("There were three forms of the
 * fever: a, b and c.", "A reef is built in layers: …") asked about as a whole.
 * The listed members are the options that are not the answer; the answer is a
 * term the article names elsewhere (another list's member, or a defined term),
 * so every option comes from the article and exactly one lies outside the kind.
 * The positive form ("which is one of …") would need wrong options from outside
 * the article, which we cannot check.
 */

const COUNT = "(?:two|three|four|five|six|seven|eight|nine|ten|several|many|a few)";
// "There were three forms of the fever:" / "There are four main stages in the process:"
const THERE_ARE = new RegExp(`^There (?:are|were) (?:${COUNT} )?((?:[a-z]+ )?[a-z]+s(?: (?:of|in) (?:the |a |an )?[\\w'’ -]+?)?):$`);
// "The three stages of the cycle are:" / "The four layers of the forest are"
const THE_N_ARE = new RegExp(`^The (?:${COUNT} )?((?:[a-z]+ )?[a-z]+s (?:of|in) (?:the |a |an )?[\\w'’ -]+?) (?:are|were|include|included):?$`);
// "A tropical reef is built in layers:" / "The atmosphere is divided into layers:"
const BUILT_IN = /^((?:The|A|An) [a-z][\w'’ -]*?) (?:is|are|was|were) (?:built|made up|made|divided|split|arranged|organised|organized) (?:in|into) ([a-z]+s):$/;

/** The kind a list's lead names, as "the <kind>" ("the forms of the fever"), or null when the lead is no sure introduction. */
export function categoryOf(lead: string): string | null {
  const there = THERE_ARE.exec(lead) ?? THE_N_ARE.exec(lead);
  if (there) return `the ${there[1]!.replace(/^(?:main|basic|major|different|distinct) /, "")}`;
  const built = BUILT_IN.exec(lead);
  if (built) return `the ${built[2]} of ${built[1]!.charAt(0).toLowerCase()}${built[1]!.slice(1)}`;
  return null;
}

/** "the forms of the fever" -> "form"; "the layers of a reef" -> "layer". */
function kindWord(category: string): string {
  const plural = /^the (?:[a-z]+ )?([a-z]+)(?: (?:of|in)\b.*)?$/.exec(category)?.[1] ?? "";
  return plural.replace(/ies$/, "y").replace(/(s|x|ch|sh)es$/, "$1").replace(/s$/, "");
}

/**
 * An outsider of the same kind as the members, so it does not give itself away (round 5: "medicine"
 * among forms of a disease, "trees" among forest layers): another list of the same kind, a defined
 * term the article describes as one of the kind, or a term named with the kind word.
 */
function sameKind(term: string, kind: string, lists: TermList[], definitions: Definition[]): boolean {
  if (!kind) return false;
  const word = new RegExp(`\\b${kind}(?:s|es)?\\b`, "i");
  if (word.test(term)) return true;
  if (lists.some((l) => l.items.some((i) => i.text === term) && word.test(categoryOf(l.lead) ?? ""))) return true;
  return definitions.some((d) => d.term === term && d.description != null && word.test(d.description.text.split(/\s+/).slice(0, 4).join(" ")));
}

/** Terms of the article outside the list: other lists' members, then defined terms, each named outside the list's sentence. */
function outsiders(list: TermList, lists: TermList[], definitions: Definition[], sentences: Sentence[]): string[] {
  const listSentence = sentences[list.sentenceIndex]!.text;
  const capital = /^[A-Z]/.test(list.items[0]!.text);
  const overlaps = (term: string) => list.items.some((i) => mentions(i.text, term) || mentions(term, i.text));
  const pool = [...lists.filter((l) => l !== list).flatMap((l) => l.items.map((i) => i.text)), ...definitions.map((d) => d.term)];
  return [...new Set(pool)].filter((term) => /^[A-Z]/.test(term) === capital && term.split(/\s+/).length <= 3 && !overlaps(term) && !mentions(listSentence, term));
}

export function makeCategoryQuestions(sentences: Sentence[], lists: TermList[], definitions: Definition[], random: () => number): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const list of lists) {
    const category = categoryOf(list.lead);
    if (!category) continue;
    const sentence = sentences[list.sentenceIndex]!;
    // A list ending the sentence is the whole of the kind; one followed by more ("…, and c, which …") may be read as part of a clause.
    if (!/^\s*\.$/.test(sentence.text.slice(list.items.at(-1)!.end - sentence.start))) continue;
    const kind = kindWord(category);
    const key = outsiders(list, lists, definitions, sentences).find((term) => sameKind(term, kind, lists, definitions));
    if (!key) continue;
    const members = shuffle(list.items, random).slice(0, 3).map((i) => i.text);
    const { options, answerKey } = choiceQuestion(key, members, random);
    out.push({
      type: "MULTIPLE_CHOICE",
      prompt: `Which of these is not one of ${category} named in the article?`,
      options,
      answerKey,
      answerText: key,
      source: sourceIn(sentence, { start: list.items[0]!.start, end: list.items.at(-1)!.end }),
      spanType: "TERM",
      keyKind: "category",
      score: 1,
      // The parse is sure (a stated kind, then its members); the odd one out is often easy to spot.
      confidence: 0.7,
    });
  }
  return out;
}
