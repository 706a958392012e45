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

// Counts the changes to what is held, so a memo of answers that read it knows when they may have changed (`wordTagsMemo`).
let version = 0;

export function beginArticle(): void {
  seen.clear();
  version++;
}

export function noteWordTags(word: string, tags: string[] | undefined): void {
  if (!tags || !word) return;
  if (seen.size > 20000) {
    seen.clear();
    version++;
  }
  const before = seen.get(word);
  const person = (before ?? []).filter((g) => PERSON.has(g) && !tags.includes(g));
  const after = person.length ? [...tags, ...person] : tags;
  if (!before || before.length !== after.length || before.some((g, i) => g !== after[i])) version++;
  seen.set(word, after);
}

/** A memo of answers that read the words' tags held here: it starts afresh whenever they may have changed. */
export function wordTagsMemo<V>(): (key: string, compute: () => V) => V {
  let at = -1;
  let answers = new Map<string, V>();
  return (key, compute) => {
    if (version !== at) [at, answers] = [version, new Map()];
    if (answers.has(key)) return answers.get(key)!;
    const answer = compute();
    answers.set(key, answer);
    return answer;
  };
}

/** The words of the article's people's names ("Galileo Galilei"), read as a person's wherever they stand. */
export function notePersonNames(names: string[]): void {
  // (Not a pronoun in a name, "Zheng He": "He" elsewhere is the pronoun.)
  for (const word of names.flatMap((n) => n.split(/\s+/))) if (!seen.get(word)?.includes("Pronoun")) noteWordTags(word, [...(seen.get(word) ?? ["Noun", "ProperNoun"]), "Person"]);
}

export function seenWordTags(word: string): string[] | undefined {
  return seen.get(word);
}

