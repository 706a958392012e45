import { otherForms } from "./demonyms";
import { escapeRegExp } from "./find-spans";
import type { ParsedArticle, Span } from "./types";

// A setting is named in this share of the article's paragraphs at least (and in three of them): the whole story happens there.
const SETTING_SHARE = 0.4;
const SETTING_MIN_PARAGRAPHS = 3;

/**
 * The land an article is set in ("Japan" in an article on a Japanese university): a country, or a place the
 * article also names by its people's word ("Georgian"), named in the title or the opening sentence and then
 * all through the article. A blank keyed with it tests nothing (every other stem of the quiz names it,
 * "the Canadian athlete …" answers "ran across _____"), so it is asked about only as part of a statement.
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

/** Whether a key names one of the settings ("Georgia", "the Kingdom of Georgia", "Ancient Egypt"). */
export function settingNamer(settings: Set<string>): (answer: string) => boolean {
  if (!settings.size) return () => false;
  const named = new RegExp(`(?<![\\w-])(?:${[...settings].map(escapeRegExp).join("|")})(?![\\w-])`);
  return (answer) => named.test(answer.toLowerCase());
}
