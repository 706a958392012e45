import { articleAliases } from "./aliases";
import { boundedMemo } from "./article-memo";
import { otherForms, peopleStem, peopleWordSource } from "./demonyms";
import { danglingDefinite, pointingPhrase, unanchoredTime } from "./check-context";
import { kindAskedInStem } from "./check-head-kind";
import { pointsOutside } from "./check-stems";
import { stemComputesKey, yearWorkedOutFromEvent } from "./check-computed-key";
import { escapeRegExp } from "./find-spans";
import { countriesOfCity, lookupEntry } from "./gazetteer";
import { BLANK } from "./blank";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * What a student sees above the options, read as a whole: the stem and any
 * sentence shown before it as context. Neither may name the key (as written,
 * under another name the article gives it, or by a telling part of it), and
 * neither may name a wrong option (a reader rules that one out: the blank is
 * not what the sentence already names). A context at fault is dropped when the
 * stem then stands alone; otherwise the question goes.
 */

// Words of a key too common to give it away when shown ("the", "river" in "the Kell River" is shared by its rivals).
const COMMON = new Set(["the", "and", "of", "for", "with", "from", "into", "that", "this", "which", "their", "there", "about", "first", "second", "third", "other", "great", "new", "old", "north", "south", "east", "west", "year", "years", "century", "people", "part", "parts", "kind", "form", "forms", "type", "types"]);

// Every candidate asks for its key's and options' patterns: compiled once per text (a long article has thousands of candidates).
const patterns = boundedMemo<RegExp>(4000);
// A word's letters include accented Latin ones ("Zürich", "Orléans"): \w alone would end the word inside them.
const LETTER = "\\w\\u00C0-\\u024F";
function wordPattern(text: string, caseSensitive = false): RegExp {
  return patterns(caseSensitive ? `=${text}` : text, () => new RegExp(`(?<![${LETTER}-])${escapeRegExp(text)}(?![${LETTER}-])`, caseSensitive ? "" : "i"));
}

// A telling word with a people's or language's ending and a plural's ("Japan": "Japanese", "Japan's"), compiled once per word.
const peoplePatterns = boundedMemo<RegExp>(4000);
const peoplePattern = (lowerWord: string): RegExp => peoplePatterns(lowerWord, () => new RegExp(`(?<![${LETTER}-])${peopleWordSource(lowerWord, ["s", "'s", "’s"])}(?![${LETTER}])`));

/** The content words of a key that would hint at it: capitalised ones (a name's parts), and a term's own words. */
function tellingWords(q: GeneratedQuestion): string[] {
  // A clause as the key (a cause, a result, a job) shares the stem's names by nature: only its whole text gives it away.
  if (!["name", "term", "definition", "event", "date", "number"].includes(q.keyKind)) return [];
  const words = q.answerText.split(/\s+/).map((w) => w.replace(/[^\w\u00C0-\u024F'’-]/g, "")).filter((w) => w.length >= 4 && !COMMON.has(w.toLowerCase()));
  // Dates and counts share their unit words with every option ("century", "km"); only a name's or a term's words tell.
  // (The outsider of "Which of these is not …?" is named by the stem's kind word by design.)
  if (!["name", "term", "definition", "event"].includes(q.keyKind)) return words.filter((w) => /^[A-Z][a-z]/.test(w));
  if (words.length < 2 && !/^[A-Z]/.test(words[0] ?? "")) return [];
  // A typed term's last word, when it is the kind the stem asks for ("What are such valleys called?" keyed "rift valleys"),
  // tells nothing: the word that sets the term apart is still to be found. Among options the kind word does pick the key out
  // (unless every option shares it, below); a name's every word tells ("Fort Zeelandia").
  if (kindAskedInStem(q)) words.pop();
  // A word every option shares ("… reactions", "Fort …") tells nothing.
  const others = q.options.filter((o) => o.text !== q.answerText).map((o) => o.text.toLowerCase());
  return words.filter((w) => !others.length || !others.every((o) => wordPattern(w).test(o)));
}

/** The shown text names the key: as written, by an alias the article gives it, or by a telling word of it ("Zeelandia" for "Fort Zeelandia"). */
export function namesKey(text: string, q: GeneratedQuestion, articleText = "", title = ""): boolean {
  if (q.type === "TRUE_FALSE" || q.type === "ORDERING" || q.type === "MATCHING" || q.keyKind === "statement") return false;
  const shown = text.split(BLANK).join(" ");
  if (wordPattern(q.answerText).test(shown)) return true;
  // (Only a name has another name; the aliases are scanned once per name and article, and the typed check asks for the same.)
  if (articleText && q.keyKind === "name" && /^[A-Z]/.test(q.answerText) && articleAliases(q.answerText, articleText).some((a) => wordPattern(a).test(shown))) return true;
  // "the British army … _____" keyed "Britain": the people's word for the place (or the place for the people's word) answers it.
  if (q.keyKind === "name" && /^[A-Z]/.test(q.answerText) && otherForms(q.answerText).some((f) => wordPattern(f, true).test(shown))) return true;
  if (q.keyKind === "name" && /^[A-Z]/.test(q.answerText) && (placeOfKeyWordShown(q.answerText, shown) || cityOfKeyShown(q.answerText, shown) || landOfCityAfterBlank(q.answerText, text))) return true;
  // A term the title names is asked by its definition on purpose: the title shows it already, and its words in the stem add nothing.
  if (title && wordPattern(q.answerText).test(title.replace(/s\b/g, ""))) return false;
  const lower = shown.toLowerCase();
  // (A telling word is found by its stem and a people's or language's ending: "Japan" in "Japanese", never "India" in "Indigenous";
  // a cheap look first, the word boundaries only where it is there.)
  return tellingWords(q).some((w) => {
    const lowerWord = w.toLowerCase();
    return lower.includes(peopleStem(lowerWord)) && peoplePattern(lowerWord).test(lower);
  });
}

/** "the _____" keyed "Zentan Empire" beside "Zenta's first king": the place one word of a longer name grows from (or its people's word) answers it. */
function placeOfKeyWordShown(key: string, shown: string): boolean {
  const words = key.replace(/^the /i, "").split(/\s+/);
  return words.length > 1 && words.some((w) => otherForms(w).some((f) => wordPattern(f, true).test(shown)));
}

// A run of capitalised words, one of which may be a city's name ("the Panthéon in Paris").
const CAPITALISED = /[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*/gu;

/** "_____ honoured him … in Lyon" keyed "France": a city the gazetteer places in the keyed country is named beside the blank. */
function cityOfKeyShown(key: string, shown: string): boolean {
  const country = lookupEntry(key.replace(/^the /i, ""));
  if (country?.type !== "COUNTRY") return false;
  for (const [run] of shown.matchAll(CAPITALISED)) {
    const names = [run, ...run.split(/\s+/)].map((n) => n.replace(/['’]s$/, ""));
    if (names.some((n) => countriesOfCity(n).includes(country.name))) return true;
  }
  return false;
}

const PLACE_THEN_IN = /[A-Z][\p{L}'’-]*(?: (?:de|da|do|del|di|la|le|[A-Z][\p{L}'’-]*))*, in (?:the )?$/u;

/** "The old town of _____, in Varnia, …" keyed the country's best-known city: the land the blank is placed in points to it. */
function landOfCityAfterBlank(key: string, text: string): boolean {
  // (And "Port Veldt, in _____" keyed a country: the place the stem names is what the blank is asked from, known or not.)
  if (lookupEntry(key.replace(/^the /i, ""))?.type === "COUNTRY" && PLACE_THEN_IN.test(text.slice(0, Math.max(0, text.indexOf(BLANK))))) return true;
  const after = /^,? in (?:the )?([A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*)*)/u.exec(text.slice(text.indexOf(BLANK) + BLANK.length));
  return !!after && text.includes(BLANK) && countriesOfCity(key.replace(/^the /i, "")).includes(lookupEntry(after[1]!)?.name ?? "");
}

/** The wrong options a shown text names outright: a name or term the sentence already gives is not what the blank hides. */
export function optionsNamedIn(text: string, q: GeneratedQuestion): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || !["name", "term", "definition", "category"].includes(q.keyKind)) return [];
  const shown = text.split(BLANK).join(" ");
  // A name is matched as written ("Reading" the town is not "reading"); a term in any case.
  return q.options
    .filter((o) => o.text !== q.answerText && o.text.length >= 3 && wordPattern(o.text.replace(/^(?:the|a|an) /i, ""), q.keyKind === "name" && /^[A-Z]/.test(o.text)).test(shown))
    .map((o) => o.id);
}

/** The sentence(s) shown before the stem as context: the text before the source sentence's own words, when an earlier sentence is that text. */
export function shownContext(prompt: string, sentences: Sentence[], at: number): string | null {
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    const context = sentences.slice(i, at).map((s) => s.text).join(" ");
    if (prompt.startsWith(`${context} `)) return context;
  }
  return null;
}

/** The stem stands alone: no pointing word with nothing to point to, no relative time, no noun only the sentence before introduced. */
function standsAlone(stem: string, q: GeneratedQuestion, sentences: Sentence[], at: number, title: string, uses: (noun: string) => number): boolean {
  return !pointsOutside(stem, title) && !unanchoredTime(stem, q.keyKind === "date") && !pointingPhrase(stem) && !danglingDefinite(stem, sentences, at, title, uses);
}

/**
 * Drops a shown context that names the key or a wrong option when the stem stands alone without it;
 * reports the question when the context is needed, or when the stem itself names the key.
 * Wrong options the stem itself names are taken out (the options checks refuse a question left with too few).
 */
export function checkShownText(
  q: GeneratedQuestion,
  sentences: Sentence[],
  at: number | undefined,
  title: string,
  uses: (noun: string) => number,
  articleText: string,
): "stem-gives-key-away" | null {
  if (q.type !== "MULTIPLE_CHOICE" && q.type !== "FILL_BLANK") return null;
  const hint = / \([^)]*\)$/.exec(q.prompt)?.[0] ?? "";
  let stem = q.prompt.slice(0, q.prompt.length - hint.length);
  const context = at === undefined ? null : shownContext(stem, sentences, at);
  const keyShown = context !== null && namesKey(context, q, articleText, title);
  if (context !== null && (keyShown || optionsNamedIn(context, q).length)) {
    const rest = stem.slice(context.length + 1);
    // Without its context the stem would dangle: a context naming the key costs the question; one naming a wrong option, that option.
    if (standsAlone(rest, q, sentences, at!, title, uses)) {
      stem = rest;
      q.prompt = stem + hint;
    } else if (keyShown) return "stem-gives-key-away";
  }
  if (namesKey(stem, q, articleText, title)) return "stem-gives-key-away";
  // A year or count the shown figures add up to gives the key away as surely as naming it.
  if (stemComputesKey(stem, q.answerText, q.keyKind)) return "stem-gives-key-away";
  if (q.keyKind === "date" && yearWorkedOutFromEvent(stem, q.answerText, articleText)) return "stem-gives-key-away";
  const named = new Set(optionsNamedIn(stem, q));
  if (named.size) q.options = q.options.filter((o) => !named.has(o.id));
  return null;
}
