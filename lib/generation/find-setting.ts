import { otherForms } from "./demonyms";
import { escapeRegExp } from "./find-spans";
import { BLANK } from "./make-cloze";
import type { GeneratedQuestion, ParsedArticle, Span } from "./types";

// A setting is named in this share of the article's paragraphs at least (and in three of them): the whole story happens there.
const SETTING_SHARE = 0.4;
const SETTING_MIN_PARAGRAPHS = 3;

/**
 * The land an article is set in ("Japan" in an article on a Japanese university): a country, or a place the
 * article also names by its people's word ("Georgian"), named in the title or the opening sentence and then
 * all through the article. A blank keyed with it tests nothing (every other stem of the quiz names it,
 * "the Canadian athlete …" answers "ran across _____"), so a blank where it stands as the place of events is no
 * candidate; the land as an actor ("_____ signed the treaty") is still asked, and so is any statement on it.
 * A site the article keeps naming (a fort, a city under siege) has no people's word and stays a fair key.
 * Returns the settings' names, lower-cased.
 */
export function findSettingNames(article: ParsedArticle, spans: Span[]): Set<string> {
  const settings = new Set<string>();
  const opening = `${article.title}\n${article.sentences[0]?.text ?? ""}`;
  const paragraphs = article.sections.flatMap((s) => s.paragraphs).map((p) => p.text);
  const needed = Math.max(SETTING_MIN_PARAGRAPHS, Math.ceil(paragraphs.length * SETTING_SHARE));
  const tried = new Set<string>();
  for (const span of spans) {
    if ((span.type !== "COUNTRY" && span.type !== "PLACE") || tried.has(span.text)) continue;
    tried.add(span.text);
    const name = span.text.replace(/^the /i, "");
    if (!/^[A-Z][\w'’-]{3,}(?: [A-Z][\w'’-]+)*$/.test(name)) continue;
    const land = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`);
    const people = peoplePattern(name);
    const any = (text: string) => land.test(text) || (people?.test(text) ?? false);
    if (span.type === "PLACE" && !paragraphs.some((p) => people?.test(p))) continue;
    if (!any(opening) || paragraphs.filter(any).length < needed) continue;
    settings.add(name.toLowerCase());
  }
  return settings;
}

/** The words for a land's people or language: its stem and an ending ("Japan" -> "Japanese", "Canada" -> "Canadian"), or the listed irregular ones. */
function peoplePattern(name: string): RegExp | null {
  const stem = name.replace(/[aeiouy]$/, "");
  const forms = [`${escapeRegExp(stem)}(?:ese|ian|ians|ean|eans|an|ans|i|is)`, ...otherForms(name).map(escapeRegExp)];
  return new RegExp(`(?<![\\w-])(?:${forms.join("|")})(?![\\w-])`);
}

// The blank where the setting stands as the place things happen: after a preposition of place or a period word
// ("in _____", "across _____", "medieval _____"), or as an owner ("_____'s trade"). As the actor ("_____ signed",
// "reparations on _____") the land is a fact worth asking even where it is named all through the article.
const PLACE_SLOT_BEFORE = /\b(?:in|across|throughout|within|of|from|around|through|over|into|ancient|medieval|modern|upper|lower|northern|southern|eastern|western|central)\s+(?:the\s+)?$/i;
const PLACE_SLOT_AFTER = /^['’]s\b/;

/** Whether a question asks for one of the settings in its place-of-events slot (its key the setting as written, not "East Germany" for "Germany"). */
export function settingAsker(settings: Set<string>): (q: GeneratedQuestion) => boolean {
  if (!settings.size) return () => false;
  return (q) => {
    if (!settings.has(q.answerText.replace(/^the /i, "").toLowerCase())) return false;
    const at = q.prompt.indexOf(BLANK);
    if (at < 0) return false;
    return PLACE_SLOT_BEFORE.test(q.prompt.slice(0, at)) || PLACE_SLOT_AFTER.test(q.prompt.slice(at + BLANK.length));
  };
}
