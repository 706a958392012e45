import { articleMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";

/**
 * The kind of place the article itself calls a name ("the colony of Vell", "the British colony of the Vell", "a colony of
 * Vell", "Vell, a small colony", "the Vell colony"), for
 * the hint after a typed blank. The gazetteer's kind may be another: a place it lists as a city may be, in the article's
 * time, a colony or a fort, and "(a city)" would then contradict the article.
 */

// Nouns an article may call a place by; the agreeing ones are the kinds the span's own hint already says.
const KIND_NOUNS = "city|capital|colony|settlement|town|village|port|fort|outpost|province|territory|region|island|county|district|kingdom|republic|country|nation|state|empire|protectorate";
// ("the Vell colony" names the place; "the Vell region" may be the land around a city, so only these read that way.)
const NAME_THEN_KIND = "colony|settlement|outpost|territory|protectorate";
const AGREES: Record<string, RegExp> = { CITY: /^(?:city|capital)$/, COUNTRY: /^(?:country|nation|kingdom|republic|state|empire)$/ };

const kinds = articleMemo<string[]>();

/** Every kind noun the article puts beside the name, lower-cased and distinct. */
function kindsOf(name: string, articleText: string): string[] {
  return kinds(articleText, name, () => {
    const n = escapeRegExp(name.replace(/^the /i, ""));
    const around = new RegExp(`\\b(?:(?:[Tt]he|[Aa]n?) (?:[A-Za-z]+ ){0,2}?(${KIND_NOUNS}) of (?:the )?${n}\\b|${n}, (?:a|an|the) (?:[a-z]+ )?(${KIND_NOUNS})\\b|[Tt]he ${n} (${NAME_THEN_KIND})\\b)`, "g");
    return [...new Set([...articleText.matchAll(around)].map((m) => (m[1] ?? m[2] ?? m[3])!))];
  });
}

/**
 * The hint for a typed place whose span kind is `type`: null when the article's nouns for it agree with that kind (or it
 * gives none), the article's own noun when it calls the place one other kind ("a colony"), "a place" when it calls it several.
 */
export function articleKindHint(name: string, type: string, articleText: string): string | null {
  const agrees = AGREES[type];
  if (!agrees || !articleText) return null;
  const other = kindsOf(name, articleText).filter((k) => !agrees.test(k));
  if (other.length === 0) return null;
  if (other.length > 1) return "a place";
  return `${/^[aeiou]/.test(other[0]!) ? "an" : "a"} ${other[0]}`;
}
