import { MAX_ARTICLE_CHARS, parseArticle } from "../generation/parse-article";
import type { ParsedArticle } from "../generation/types";

/**
 * The text an article is stored and parsed as: its title line, then the body.
 * The generator reads the first line as the title, so the stored text starts
 * with it; a body that already opens with the title is not given it twice. Pure.
 */
export function composeArticleText(title: string, body: string): string {
  const cleanTitle = title.trim().replace(/[.!]+$/, "");
  const trimmedBody = body.replace(/^\s*\n/, "").trimEnd();
  const firstLine = trimmedBody.split(/\r?\n/, 1)[0]!.replace(/^#+\s*/, "").trim().replace(/[.!]+$/, "");
  if (firstLine.toLowerCase() === cleanTitle.toLowerCase()) return trimmedBody;
  return `${cleanTitle}\n\n${trimmedBody}`;
}

/** The title and body the text parses to, for an article read from a file or a page. */
export function splitTitle(text: string, fallbackTitle: string): { title: string; body: string } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((l) => l.trim());
  if (first === -1) return { title: fallbackTitle, body: "" };
  const line = lines[first]!.trim();
  const heading = line.replace(/^#+\s*/, "").replace(/[*_`]/g, "").trim();
  const looksLikeTitle = /^#/.test(line) || (!/[.!?:;,]$/.test(line) && line.split(/\s+/).length <= 16 && line.length <= 160);
  if (!looksLikeTitle || !heading) return { title: fallbackTitle, body: text.trim() };
  return { title: heading, body: lines.slice(first + 1).join("\n").trim() };
}

/** "lake-survey_notes.docx" -> "Lake survey notes". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, "").replace(/[_-]+/g, " ").trim();
  return base ? base[0]!.toUpperCase() + base.slice(1) : "Untitled article";
}

export interface ArticlePreview {
  title: string;
  summary: string;
  keyFacts: string[];
  sections: { heading: string | null; sentences: number }[];
  sentenceCount: number;
  wordCount: number;
  characters: number;
  maxCharacters: number;
  /** Plain-words notes on what will limit the questions. */
  notes: string[];
}

/** How the generator read an article: what the preview shows the teacher. */
export function describeArticle(text: string, parsed: ParsedArticle = parseArticle(text)): ArticlePreview {
  const sentences = parsed.sentences;
  const summary = sentences.filter((s) => s.inSummary).map((s) => s.text).join(" ");
  // Counted by offsets: a sentence's section index refers to the parser's list before empty sections are dropped.
  const sections = parsed.sections.map((section) => ({
    heading: section.heading,
    sentences: sentences.filter((s) => section.paragraphs.some((p) => s.start >= p.start && s.end <= p.end)).length,
  }));
  const notes: string[] = [];
  if (sentences.length === 0) notes.push("No complete sentences were found, so no questions can be made. Write the article in full sentences.");
  else if (sentences.length < 10) notes.push(`Only ${sentences.length} sentences: expect only a few questions. A longer article gives more.`);
  return {
    title: parsed.title,
    summary,
    keyFacts: parsed.keyFacts.map((k) => k.text),
    sections,
    sentenceCount: sentences.length,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    characters: text.length,
    maxCharacters: MAX_ARTICLE_CHARS,
    notes,
  };
}

/** The body as the teacher wrote it: the stored text less the title line composeArticleText put first. */
export function bodyWithoutTitle(title: string, text: string): string {
  const { title: first, body } = splitTitle(text, "");
  return first.toLowerCase() === title.trim().replace(/[.!]+$/, "").toLowerCase() ? body : text;
}
