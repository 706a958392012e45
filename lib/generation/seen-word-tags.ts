/**
 * Each word's tags as the tagger last read it in a sentence of the article. A stem is such a sentence with a blank, a
 * lead-in or a word less, and parsing every stem anew cost a long unseen article a third of a second: its words are read
 * here instead. It holds one article's words: `beginArticle` empties it, so what one article's tagger said never decides
 * another's questions, and the same article always gets the same questions whatever came before it.
 */
const seen = new Map<string, string[]>();

// A name the tagger once read as a person's stays one: read alone in another sentence ("Galilei was warned …") it may lose the
// tag, and a person taken for a thing would settle a thing's "it".
const PERSON = new Set(["Person", "FirstName", "LastName", "MaleName", "FemaleName"]);

export function beginArticle(): void {
  seen.clear();
}

export function noteWordTags(word: string, tags: string[] | undefined): void {
  if (!tags || !word) return;
  if (seen.size > 20000) seen.clear();
  const person = (seen.get(word) ?? []).filter((g) => PERSON.has(g) && !tags.includes(g));
  seen.set(word, person.length ? [...tags, ...person] : tags);
}

/** The words of the article's people's names ("Galileo Galilei"), read as a person's wherever they stand. */
export function notePersonNames(names: string[]): void {
  // (Not a pronoun in a name, "Zheng He": "He" elsewhere is the pronoun.)
  for (const word of names.flatMap((n) => n.split(/\s+/))) if (!seen.get(word)?.includes("Pronoun")) noteWordTags(word, [...(seen.get(word) ?? ["Noun", "ProperNoun"]), "Person"]);
}

export function seenWordTags(word: string): string[] | undefined {
  return seen.get(word);
}

