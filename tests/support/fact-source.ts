/**
 * A question's source in a test article built from one fact per sentence: fact `i`, with the answer at `key` inside it
 * (the whole sentence when no key is given). Offsets are the article's.
 */
export function factSource(article: string, facts: readonly string[], i: number, key = facts[i]!) {
  const sentence = facts[i]!;
  const start = article.indexOf(sentence);
  const at = start + sentence.indexOf(key);
  return { sentence, start, end: start + sentence.length, answer: { start: at, end: at + key.length } };
}
