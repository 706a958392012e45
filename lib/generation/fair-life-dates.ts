import { articleMemo } from "./article-memo";

/**
 * Years a reader rules out by a person's life as the article tells it. Judges failed a birth year offered with the
 * year of the person's later discovery, a wedding offered in the bride's year of birth, a warning offered in the
 * year the man was born, and a naming long after a death offered in the person's lifetime. The article's own
 * statements of birth and death (and the years of the person's other deeds) are the sure source: every wrong year
 * must lie on the key's side of each.
 */

interface Life {
  /** The capitalised words of the person's name, as the birth sentence gives it ("Harriet", "Tubman"). */
  names: string[];
  birth: number;
  death: number | null;
  /** Years of the sentences that name the person (or open with "He"/"She"), the birth year left out. */
  deeds: number[];
}

const YEAR = /\b(1\d{3}|20\d{2})\b(?! ?BC)/g;
// "Fleming was born in Ayrshire, Scotland, in 1881", "Harriet Tubman was born a slave in Maryland around 1822".
const BORN = /\b((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+),? (?:was|had been) born\b[^.;]{0,90}?\b(1\d{3}|20\d{2})\b/;
// "Galileo Galilei (1564–1642)".
const LIFE_BRACKET = /\b((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) \((?:c\. |born )?(1\d{3}|20\d{2})\s*[–-]\s*(1\d{3}|20\d{2})\)/;
// "Ada died of cancer in 1852", "and he died in 1642": the person (by name or pronoun) is the one who died.
const DIED = (names: string[]) => new RegExp(`\\b(?:${[...names, "[Hh]e", "[Ss]he"].join("|")})(?: [a-z]+)? died\\b[^.;]{0,80}?\\b(?:in|on)\\s+(?:\\d{1,2} )?(?:[A-Z][a-z]+ )?(?:\\d{1,2}, )?(1\\d{3}|20\\d{2})\\b`);
const PRONOUN = /^(?:He|She)$/;
const PRONOUN_OPENING = /^(?:[A-Z][a-z]+ (?:\d{1,4}|[a-z]+), )?(?:He|She|His|Her)\b/;
const PERSONAL_PRONOUN = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b/;
const NOT_A_NAME = new Set(["The", "In", "On", "At", "By", "When", "After", "Before", "Young", "Sir", "Dame", "Saint", "His", "Her", "Life", "Story"]);

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

/** The name words of a birth sentence's subject; for "She was born …", those of the article's title ("Ada Lovelace: …"). */
function namesOf(phrase: string, articleText: string): string[] {
  const fromTitle = PRONOUN.test(phrase);
  if (fromTitle) phrase = /^[^\n:]*/.exec(articleText.trim())?.[0] ?? "";
  // (A title's other words, "Travels", "Programmer", are no name: a name recurs in the text.)
  const recurs = (w: string) => !fromTitle || (articleText.match(new RegExp(`\\b${w}\\b`, "g"))?.length ?? 0) >= 2;
  return phrase.split(/\s+/).filter((w) => /^[A-Z][a-z'’-]{2,}$/.test(w) && !NOT_A_NAME.has(w) && recurs(w));
}

function names(sentence: string, person: string[]): boolean {
  return person.some((n) => new RegExp(`\\b${n}\\b`).test(sentence));
}

const livesIn = articleMemo<Life[]>();

/** The people whose birth the article states, with their death and the years of their deeds when it gives them. */
export function livesOf(articleText: string): Life[] {
  return livesIn(articleText, "", () => {
    const sentences = sentencesOf(articleText);
    const lives: Life[] = [];
    for (const s of sentences) {
      const bracket = LIFE_BRACKET.exec(s);
      const born = BORN.exec(s);
      const found = bracket ? { names: namesOf(bracket[1]!, articleText), birth: Number(bracket[2]), death: Number(bracket[3]) as number | null } : born ? { names: namesOf(born[1]!, articleText), birth: Number(born[2]), death: null } : null;
      if (!found || !found.names.length || lives.some((l) => l.names.some((n) => found.names.includes(n)))) continue;
      lives.push({ ...found, deeds: [] });
    }
    for (const life of lives) {
      const died = DIED(life.names);
      // Only when one person's life is told does a sentence with "he" or "she" speak of that person.
      const ownPronouns = lives.length === 1;
      for (const s of sentences) {
        const death = died.exec(s);
        if (death && life.death === null && (ownPronouns || names(death[0], life.names))) life.death = Number(death[1]);
        if (!names(s, life.names) && !(ownPronouns && PERSONAL_PRONOUN.test(s))) continue;
        for (const m of s.matchAll(YEAR)) if (Number(m[1]) !== life.birth) life.deeds.push(Number(m[1]));
      }
    }
    return lives;
  });
}

/** The lives a stem speaks of: a person it names, or the article's one person when it opens with a pronoun. */
function livesInStem(stem: string, lives: Life[]): Life[] {
  const named = lives.filter((l) => names(stem, l.names));
  if (named.length || lives.length !== 1) return named;
  return PRONOUN_OPENING.test(stem.trim()) ? lives : [];
}

// No one does a dated deed of note in the first years of life: a wrong year that close to a birth is ruled out.
const CHILDHOOD = 12;

/**
 * A wrong year on the other side of a life's bounds than the key: a year at or before the birth for a deed of the
 * person's life, a year at or after the death for one before it (or the reverse for a deed after the death), a birth
 * year as late as the person's first dated deed. Both the key and the candidate are read by their year.
 */
export function ruledOutByLife(keyText: string, candidate: string, stem: string, articleText: string): boolean {
  const key = Number(/\b\d{4}\b/.exec(keyText)?.[0]);
  const year = Number(/\b\d{4}\b/.exec(candidate)?.[0]);
  if (!Number.isFinite(key) || !Number.isFinite(year) || !/\b(?:born|birth)\b/.test(articleText)) return false;
  return livesInStem(stem, livesOf(articleText)).some((life) => {
    if (key === life.birth && /\bborn\b/.test(stem)) {
      // "born in _____": every wrong year lies well before the person's first dated deed.
      const first = Math.min(...life.deeds.filter((d) => d > key), life.death ?? Infinity);
      return Number.isFinite(first) && first - year < Math.min(CHILDHOOD, first - key);
    }
    // (The birth year itself for a death year is the article's own confusable pair, which judges passed.)
    if (key === life.death && year === life.birth) return false;
    if (key > life.birth && year - life.birth < Math.min(CHILDHOOD, key - life.birth)) return true;
    if (life.death !== null && key !== life.death && Math.sign(key - life.death) !== Math.sign(year - life.death)) return true;
    return false;
  });
}
