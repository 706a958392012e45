import { sexOfPersonWord, TITLE_GENDER } from "./resolve-person-pronouns";

type Gender = "he" | "she";

// Ranks a person of either sex may hold, written before a name ("Captain Ilse Marr", "General Oda").
const EITHER_RANK = /^(?:Captain|General|Admiral|Colonel|Major|Commander|Governor|President|Senator|Judge|Bishop|Dr|Doctor|Professor)\.?$/;

// A run of capitalised words: a name, with the title written before it if any.
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu;

/**
 * Whether a sentence names someone whom a later "he" or "she" of `sex` may mean, where the name finder may not know the
 * name (an invented or rare one): a name after a word for a person of that sex or of either and its comma ("His rival,
 * Duke Olm Tarr, …", "her brother, Joss Vane"), or a name led by a title of that sex or a rank of either ("Lord Edo
 * Marr", "Captain Ilse Holt"). A name `isOwn` calls the person the article is about is no one else.
 */
export function namesTitledOther(text: string, sex: Gender, isOwn: (name: string) => boolean): boolean {
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    const before = text.slice(0, m.index);
    const titled = words.length >= 2 && (EITHER_RANK.test(words[0]!) || titleSex(words[0]!) === sex);
    const word = /(?:^|\s)([a-z][a-z-]*),\s*$/.exec(before)?.[1];
    const wordSex = word ? sexOfPersonWord(word.split("-").pop()!) : null;
    const described = wordSex === sex || wordSex === "either";
    if ((titled || described) && !isOwn(m[0].replace(/[.,]$/, ""))) return true;
  }
  return false;
}

function titleSex(word: string): Gender | null {
  const title = TITLE_GENDER.exec(word);
  return title ? (title[1] ? "she" : "he") : null;
}
