import { CLASS_NOUNS } from "./class-nouns";
import { sexOfPersonWord, TITLE_GENDER } from "./resolve-person-pronouns";

type Gender = "he" | "she";

// Ranks a person of either sex may hold, written before a name ("Captain Ilse Marr", "General Oda").
const EITHER_RANK = /^(?:Captain|General|Admiral|Colonel|Major|Commander|Governor|President|Senator|Judge|Bishop|Dr|Doctor|Professor)\.?$/;

// A run of capitalised words: a name, with the title written before it if any.
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu;

/**
 * Whether a sentence names someone whom a later "he" or "she" of `sex` may mean, where the name finder may not know the
 * name (an invented or rare one): a name after a word for a person of that sex or of either and its comma or determiner
 * ("His rival, Duke Olm Tarr, …", "her brother, Joss Vane", "the singer Edda Kohl"), or a name led by a title of that sex
 * or a rank of either ("Lord Edo Marr", "Captain Ilse Holt"). A name `isOwn` calls the person the article is about is no one else.
 * (`byDeterminer` false reads a described name only after its comma: for a pronoun of the same sentence, "When the general
 * Olm Tarr arrived, she met him" names its other one plainly enough.)
 */
export function namesTitledOther(text: string, sex: Gender, isOwn: (name: string) => boolean, byDeterminer = true): boolean {
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    const before = text.slice(0, m.index);
    const titled = words.length >= 2 && (EITHER_RANK.test(words[0]!) || titleSex(words[0]!) === sex);
    // ("her rival, Edda Kohl", and "the singer Edda Kohl", "her daughter Mira": a word for a person before the name, after its
    // comma or its determiner.)
    const word = /(?:^|\s)([a-z][a-z-]*),\s*$/.exec(before)?.[1] ?? (byDeterminer && words.length >= 2 ? /(?:^|\s)(?:the|a|an|his|her|their|its) (?:[a-z-]+ )?([a-z][a-z-]*)\s+$/i.exec(before)?.[1] : undefined);
    const wordSex = word ? sexOfPersonWord(word.split("-").pop()!) : null;
    const described = wordSex === sex || wordSex === "either" || (word !== undefined && wordSex === null && agentNoun(word));
    if ((titled || described) && !placeOrBody(words) && !isOwn(m[0].replace(/[.,]$/, ""))) return true;
  }
  return false;
}

// The kind of place or body a name's last word gives ("the former Grand Duchy", "the upper Vessa Valley", "her rival, the
// Kessel Rail Company"): no one a "he" or "she" may mean, whatever word ending like a doer's ("former", "upper") stands before it.
const PLACE_OR_BODY = new RegExp(`^(?:${CLASS_NOUNS}|duchy|valley|union|province|county|district|coast|plains?|sea|ocean|islands|mountains|hills|army|navy|council|academy|college|hospital|bank|trust|guild|league|assembly|parliament|court)$`);

function placeOrBody(words: string[]): boolean {
  return PLACE_OR_BODY.test(words.at(-1)!.replace(/[.,]$/, "").toLowerCase());
}

function titleSex(word: string): Gender | null {
  const title = TITLE_GENDER.exec(word);
  return title ? (title[1] ? "she" : "he") : null;
}

// A word for what someone does ("singer", "painter", "merchant", "chemist", "historian"), which no person-word list holds
// whole; not a place's or a thing's class ("the river", "the tower").
const AGENT_ENDING = /(?:er|or|ist|ian|ant|ent)$/;
const CLASS_NOUN = new RegExp(`^(?:${CLASS_NOUNS})$`);

function agentNoun(word: string): boolean {
  return AGENT_ENDING.test(word) && !CLASS_NOUN.test(word) && !/^(?:after|under|over|other|later|order|paper|letter|chapter|center|centre|corner|border|water|winter|summer|member|number|river|tower|mirror|motor|event|moment|talent|element|silent|different|present|recent|ancient|plant|instant|distant|important|constant|pleasant)$/.test(word);
}
