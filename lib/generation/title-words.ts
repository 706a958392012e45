import { CLASS_NOUNS } from "./class-nouns";
import { STOP } from "./check-trivia";

/**
 * The title's words, as the side-detail checks compare them: a check that calls a key "about someone else" must first see
 * that the words around it do not name the article's subject. One reading for all of them, so a short word ("War", "Tea"),
 * a year ("of 1812") or a letter outside ASCII ("Gdańsk") counts everywhere alike.
 */

// The last title read, per stem length: the checks ask for one article's title many times per question.
const lastTitle = new Map<number, { title: string; stems: ReadonlySet<string> }>();

/**
 * Words of three or more letters (not function words) and four-digit years, cut to a crude stem of `prefix` letters (five;
 * four where a verb must meet the title's noun, "voted" against "Votes").
 */
export function titleStems(title: string, prefix = 5): ReadonlySet<string> {
  const last = lastTitle.get(prefix);
  if (last?.title === title) return last.stems;
  const stems = new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => (/^\p{L}{3,}$/u.test(w) && !STOP.has(w)) || /^\d{4}$/.test(w))
      .map((w) => w.slice(0, prefix)),
  );
  lastTitle.set(prefix, { title, stems });
  return stems;
}

/** Some word of the text meets a title stem ("Lighthouse" and "lighthouses" do); `prefix` as the stems were cut. */
export function namesTitle(text: string, stems: ReadonlySet<string>, prefix = 5): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w.length > 2 && stems.has(w.slice(0, prefix)));
}

// Words that stand for the article's subject without naming it: a personal pronoun, or "the"/"this" with a class noun
// ("The country has been independent since …", "It has been listed since …"; not "the island of Vell").
const STANDS_FOR_SUBJECT = new RegExp(String.raw`^(?:he|she|it|they|(?:the|this|its|their)\s+(?:${CLASS_NOUNS})\b(?!\s+of\s+\p{Lu})(?!\s+\p{Lu}))`, "u");

/**
 * The words (a clause's subject, the holder of a state) are the article's own subject: they name the title, or stand for it.
 * An empty title gives no way to tell, and then the subject counts as the article's own: "cannot tell" must not make a
 * key a side detail.
 */
export function isArticleSubject(words: string, title: string): boolean {
  const stems = titleStems(title);
  return stems.size === 0 || STANDS_FOR_SUBJECT.test(words.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase())) || namesTitle(words, stems);
}
