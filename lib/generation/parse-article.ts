import nlp from "compromise";
import { splitSentences } from "./split-sentences";
import type { ParsedArticle, Section, Sentence, TextRange } from "./types";

/** Articles above this size are refused: a classroom article is a few pages, not a book. */
export const MAX_ARTICLE_CHARS = 200_000;

export class ArticleError extends Error {}

// "Date: 3 May 1881", "Founded: about 1350": a short label, a colon, and a value with a figure, with no sentence's full stop
// ("Part 1: The Voyage" is a heading: its figure is in the label).
const FACT_LINE = /^[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2}: [^.!?\d]*\d[^.!?]*$/;
// The label must name a fact of the subject: "Part One: The Spring of 1881" is a heading, and "Updated: …" or "Reading time:
// …" is the page's own note, which would feed the key-fact words of the ranking.
const FACT_LABEL =
  /^(?:[A-Za-z]+ )*(?:dates?|born|died|founded|built|opened|closed|began|begun|ended|signed|launched|landed|held|started|finished|completed|established|discovered|invented|location|place|site|reign|ruled|years?|era|period|length|height|width|depth|area|size|weight|population|distance|duration|cost|crew)(?: [A-Za-z]+)*:/i;

// The page's own note over the article ("Updated: 14 May 2020", "Reading time: 4 minutes"): neither a fact nor a heading (as a
// heading it would cut the summary off into a section of its own).
const PAGE_NOTE = /^(?:(?:last )?(?:updated|modified|edited|published|posted|printed|accessed|retrieved)(?: on)?|read(?:ing)? time|time to read)\s*:/i;

interface Line extends TextRange {
  text: string;
}

/**
 * Parse an article in the built-in format (title line, summary paragraph, short
 * key-fact lines, then sections under short headings), or plain prose, or
 * Markdown. Every sentence keeps its character offsets into `text`.
 */
export function parseArticle(text: string): ParsedArticle {
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ArticleError(`The article is ${text.length.toLocaleString("en")} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en")}.`);
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    throw new ArticleError("The article contains binary data; paste plain text or Markdown.");
  }
  const lines = readLines(text).filter((l) => l.text.trim());
  if (lines.length === 0) throw new ArticleError("The article is empty.");

  const first = lines[0]!;
  const titleIsLine = opensWithTitle(lines.map((l) => l.text));
  const title = cleanHeading(titleIsLine ? first.text : first.text.slice(0, 80));
  const body = titleIsLine ? lines.slice(1) : lines;

  const keyFacts: Line[] = [];
  const sections: Section[] = [{ heading: null, paragraphs: [] }];
  let seenProse = false;
  let seenHeadingAfterProse = false;
  let previousWasProse = false;
  // Whether the lines above, back to the last line that was no list item, open with prose ending in a colon ("... three parts:").
  let listAfterLeadIn = false;
  // The doer a lead-in ends on ("He also:"), which its bullets' verb phrases carry on.
  let leadDoer: string | null = null;
  body.forEach((line, lineIndex) => {
    const wasProse = previousWasProse;
    previousWasProse = false;
    const trimmed = line.text.trim();
    const md = /^#{1,6}\s+(.*)$/.exec(trimmed);
    const bullet = /^\s*(?:[-*+]|\d+[.)])\s+/.exec(line.text);
    const ledIn = listAfterLeadIn;
    const leadIn = !bullet && !md && isShortLeadIn(trimmed, body[lineIndex + 1]?.text ?? "");
    listAfterLeadIn = bullet ? listAfterLeadIn : (isProse(trimmed) && /:$/.test(trimmed)) || leadIn;
    if (!bullet) leadDoer = listAfterLeadIn ? (LEAD_DOER.exec(trimmed)?.[1] ?? null) : null;
    if (md) {
      sections.push({ heading: cleanHeading(md[1]!), paragraphs: [] });
      seenHeadingAfterProse = seenProse;
      return;
    }
    // "Date: 3 May 1881" over the summary: a fact line before any prose, not a heading (as a heading it put the summary in
    // a section of its own, so the summary was never read as the article's summary).
    if (!seenProse && !bullet && FACT_LINE.test(trimmed) && FACT_LABEL.test(trimmed)) {
      keyFacts.push({ text: trimmed, start: line.start, end: line.start + trimmed.length });
      return;
    }
    if (!seenProse && !bullet && FACT_LINE.test(trimmed) && PAGE_NOTE.test(trimmed)) return;
    if (isProse(trimmed) || bullet || leadIn) {
      const offset = bullet ? bullet[0].length : line.text.length - line.text.trimStart().length;
      const content = line.text.slice(offset).trimEnd();
      if (bullet && !isProse(content) && !seenHeadingAfterProse && !isProseItem(content, ledIn)) {
        keyFacts.push({ text: content, start: line.start + offset, end: line.start + offset + content.length });
        return;
      }
      const fragment = bullet && isListFragment(content);
      const carried = bullet && ledIn && leadDoer && !fragment && opensWithPastVerb(content) ? { leadDoer } : {};
      sections[sections.length - 1]!.paragraphs.push({ text: content, start: line.start + offset, end: line.start + offset + content.length, ...(fragment ? { listItem: true } : {}), ...carried });
      seenProse = true;
      previousWasProse = true;
      return;
    }
    // A short line between two stretches of prose is a heading ("What happens", "The characters"), not a key fact: key facts come
    // as a run of short lines under the summary.
    const next = body[lineIndex + 1]?.text ?? "";
    // (A line with a colon inside or a figure is a fact even alone, "Date: 3 May 1881"; a colon at its end introduces a list.)
    const betweenProse = wasProse && (isProse(next.trim()) || /^\s*(?:[-*+]|\d+[.)])\s+/.test(next)) && !/[.!]$/.test(trimmed) && !/[:\d]/.test(trimmed.replace(/:$/, ""));
    if (seenProse && !seenHeadingAfterProse && !/\?$/.test(trimmed) && !betweenProse) {
      // Short lines after the summary and before the first heading are key facts.
      keyFacts.push({ text: trimmed, start: line.start, end: line.start + trimmed.length });
      return;
    }
    sections.push({ heading: cleanHeading(trimmed), paragraphs: [] });
    seenHeadingAfterProse = seenProse;
  });

  const sentences: Sentence[] = [];
  sections.forEach((section, index) => {
    section.paragraphs.forEach((para, p) => {
      for (const s of splitSentences(para.text, para.start)) {
        const carried = para.leadDoer && s.start === para.start ? { leadDoer: para.leadDoer } : {};
        sentences.push({ ...s, section: index, inSummary: index === 0 && p === 0, ...(para.listItem ? { listItem: true } : {}), ...carried });
      }
    });
  });
  return { title, keyFacts, sections: sections.filter((s) => s.heading !== null || s.paragraphs.length), sentences };
}

function readLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]*(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0].length > 0) {
    const line = m[0].replace(/[\r\n]+$/, "");
    out.push({ text: line, start: m.index, end: m.index + line.length });
  }
  return out;
}

/**
 * A bulleted line that is no sentence: no verb before its first comma ("China, which he reached around …", "New moon,
 * when …", "the Maldives, Sri Lanka and …"), with or without a full stop. A bullet that is a sentence ("Farmers grew
 * wheat in the valley") stays one.
 */
function isListFragment(content: string): boolean {
  const [head, ...rest] = content.split(/[,;:]/);
  if (nlp(head!).has("#Verb") && !(onlyParticiples(head!) && PARTICIPLE_PHRASE.test(rest[0]?.trim() ?? ""))) return false;
  // "In 1871, the old guilds were closed …", "By spring, …": an opening phrase of time or place before the comma, then a
  // sentence. The bullet is a sentence when what follows the phrase has its own verb.
  return !(content[head!.length] === "," && OPENING_PHRASE.test(head!) && opensClause(rest));
}

/**
 * "Tiles made of blue clay from the river", "Arches carved with vines": a noun and a participle phrase describing it, no
 * clause. Every verb the tagger finds stands straight after a noun and before a preposition (not after a pronoun, "They
 * lived in …", which is a clause).
 */
const PARTICIPLE = "[a-z]{3,}ed|made|set|built|laid|cut|worn|known|drawn|grown|shown|woven|held|kept|lit|found|hung|written|given|taken|hidden|spread|cast|brought|bought|thrown";
const PREPOSITION = "of|from|with|by|in|into|like|around|at|on|onto|under|beneath|across";
// A second participle phrase after the comma (", laid along the quay …"): the bullet goes on describing its noun.
const PARTICIPLE_PHRASE = new RegExp(`^(?:${PARTICIPLE}) (?:${PREPOSITION})\\b`);

function onlyParticiples(head: string): boolean {
  if (/^(?:He|She|It|They|We|I|You|There)\b/.test(head)) return false;
  const verbs = nlp(head).match("#Verb").out("array") as string[];
  return verbs.length > 0 && verbs.every((v) => new RegExp(`^(?:${PARTICIPLE})$`).test(v) && new RegExp(`\\b(?!(?:he|she|it|they|we|i|you|who|which|that)\\b)[A-Za-z]+ ${v} (?:${PREPOSITION})\\b`).test(head));
}

/**
 * Whether the words after an opening phrase ("In 1871,") are a clause: past any further opening phrase ("Finally, in 1872,"),
 * the part before the next comma has a subject and its own finished verb. A noun with a relative clause or a participle
 * ("the great harbour, which boats use", "rising prices and falling catches", "a railway linking the port …") is a
 * fragment of a list still, and so is an instruction ("clean the eels …"), whose verb opens it.
 */
function opensClause(parts: string[]): boolean {
  // (This module is shared with the client bundle, so it capitalises for itself rather than reach the question makers.)
  const at = parts.findIndex((p) => !OPENING_PHRASE.test(p.trim().replace(/^[a-z]/, (c) => c.toUpperCase())));
  if (at < 0) return false;
  const terms = (nlp(parts[at]!).json() as { terms: { text: string; tags?: string[] }[] }[]).flatMap((t) => t.terms);
  const relative = terms.findIndex((t) => /^(?:which|who|whom|whose|where|that)$/i.test(t.text));
  const upTo = relative < 0 ? terms.length : relative;
  if (!terms.length || terms[0]!.tags?.includes("Verb")) return false;
  return terms.slice(1, upTo).some((t) => FINITE.some((tag) => t.tags?.includes(tag)) && !t.tags?.includes("Gerund"));
}

const FINITE = ["PastTense", "PresentTense", "Copula", "Modal", "Auxiliary"];

// A phrase that opens a sentence with its time or place, ending at a comma ("In 1871", "After the war", "By then"), or one
// such word alone ("Finally,"; "First quarter: …" is a label, not an opening).
const OPENING_PHRASE = /^(?:(?:In|On|By|After|Before|During|Since|At|From|Over|Within|Under|Until|Around|Throughout|Between) [^,]+|(?:Later|Soon|Shortly|Then|First|Next|Finally|Eventually|Afterwards?|Today|Meanwhile)(?: [a-z]+){0,3})$/;

// A lead-in whose last clause is only its doer ("He also:", "The council then:"): a pronoun or a name of one to three words.
const LEAD_DOER = /(?:^|[.!?]\s+)(He|She|They|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?: (?:also|then|later|next|soon|further))?:$/;

/** "set up a council of elders;" under "He also:": a lower-case verb opens the item, so it is the doer's deed ("building
 * roads" is a thing done, named as a noun: no deed to write the doer before). */
function opensWithPastVerb(content: string): boolean {
  const first = nlp(content).terms().first();
  return /^[a-z]+\b/.test(content) && first.has("#Verb") && !first.has("#Gerund");
}

/**
 * A list item that carries on a sentence ("- a copper lid, hammered flat by hand,"): several words with a verb, ending
 * in a comma or semicolon, or any such item under prose ending in a colon. Key facts never end so and come under the
 * summary, not a lead-in; a labelled line ("Location: Tarn Vale") stays a key fact whatever it holds.
 */
function isProseItem(content: string, ledIn: boolean): boolean {
  if (content.split(/\s+/).length < 4 || /^[^,.]{1,40}:\s/.test(content)) return false;
  return (ledIn || /[,;]$/.test(content)) && nlp(content).has("#Verb");
}

/**
 * "The lamp has three parts:" over a bulleted list: a clause that leads into the list, not a heading (as one it cut the
 * summary off into a section of its own, and the items were never read as carrying it on). Short lines ending in a colon are
 * prose only so: a capital, three words or more, a verb, and a list item next ("Key facts:" stays a heading).
 */
function isShortLeadIn(line: string, next: string): boolean {
  return /^[A-Z][^:]*\s[^:]*:$/.test(line) && line.split(/\s+/).length >= 3 && /^\s*(?:[-*+]|\d+[.)])\s+/.test(next) && nlp(line).has("#Verb");
}

/** A line of prose: long enough and ending like a sentence. */
function isProse(line: string): boolean {
  return /[.!?]["'”’)]?$/.test(line) && line.split(/\s+/).length >= 6 && !/\?$/.test(line.trim()) ? true : line.split(/\s+/).length > 16;
}

/** The article's first non-blank line is a title (a heading-like line with more after it), not a sentence standing in for one. */
export function opensWithTitle(nonBlankLines: string[]): boolean {
  return nonBlankLines.length > 1 && isHeadingLike(nonBlankLines[0]!);
}

/** Whether the article text opens with a title line, as parseArticle reads it. */
export function hasTitleLine(text: string): boolean {
  return opensWithTitle(readLines(text).map((l) => l.text).filter((l) => l.trim()));
}

function isHeadingLike(line: string): boolean {
  const t = line.trim();
  return /^#/.test(t) || (!/[.!]$/.test(t) && t.split(/\s+/).length <= 16);
}

function cleanHeading(line: string): string {
  return line.replace(/^#+\s*/, "").replace(/[*_`]/g, "").trim();
}
