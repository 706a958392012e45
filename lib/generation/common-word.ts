import nlp from "compromise";

/**
 * Is a word one the tagger's word list knows as a common word ("youth", "red", "gate")? A word it does not list ("anc",
 * "isaf"), or lists only as a name ("nato", "paris", "rosa") or a pronoun ("us", "it"), is not: written in capitals, such
 * a short word is a body's initials as often as not.
 *
 * It reads compromise's list directly, not through tag-without-chunks, and only on first use: the grader imports it, and
 * the quiz player's page imports the grader for other exports, so a module with no work at load lets that page's bundle
 * leave the tagger out.
 */
export function isCommonWord(word: string): boolean {
  const { lexicon, nameOrPronoun } = wordList();
  const lower = word.toLowerCase();
  // A word's tags are one tag or a list of them ("ad": Abbreviation and Noun).
  const tags = Object.hasOwn(lexicon, lower) ? [lexicon[lower] ?? []].flat() : [];
  return tags.length > 0 && tags.every((tag) => !nameOrPronoun(tag));
}

type Lexicon = Record<string, string | string[] | undefined>;
type Model = { one: { lexicon: Lexicon; tagSet: Record<string, { parents?: string[] } | undefined> } };
let list: { lexicon: Lexicon; nameOrPronoun: (tag: string) => boolean } | undefined;

function wordList(): NonNullable<typeof list> {
  if (list) return list;
  const { lexicon, tagSet } = (nlp as unknown as { model: () => Model }).model().one;
  // A name's tags descend from ProperNoun (Organization, Country, FemaleName…) or Place (airport codes, "york").
  const NAME_OR_PRONOUN = new Set(["ProperNoun", "Place", "Pronoun"]);
  const nameOrPronoun = (tag: string) => [tag, ...(tagSet[tag]?.parents ?? [])].some((t) => NAME_OR_PRONOUN.has(t));
  list = { lexicon, nameOrPronoun };
  return list;
}
