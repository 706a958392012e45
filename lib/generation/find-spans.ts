import { GAZETTEER } from "./gazetteer";
import type { Span, SpanType } from "./types";

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const TITLES = "Prime Minister|President|Premier|Chancellor|General|Gen\\.|King|Queen|Emperor|Dr\\.|Professor|Minister|Secretary";

interface Pattern {
  type: SpanType;
  re: RegExp;
  /** Which capture group is the span (0 = whole match). */
  group?: number;
}

const PATTERNS: Pattern[] = [
  { type: "MONTH_YEAR", re: new RegExp(`\\b(?:${MONTHS})(?: \\d{1,2},?)? \\d{4}\\b`, "g") },
  { type: "DECADE", re: /\b(?:1[0-9]|20)\d0s\b/g },
  { type: "YEAR", re: /\b(?:1[0-9]{3}|20[0-9]{2})\b(?!s)/g },
  // A name after a title: "Prime Minister Ichiro Hatoyama" -> "Ichiro Hatoyama".
  { type: "PERSON", re: new RegExp(`(?:${TITLES}) ((?:[A-Z][a-z]+ )(?:[A-Z]\\. )?[A-Z][a-z]+)\\b`, "g"), group: 1 },
];

/**
 * Typed answer spans in a sentence: dates by pattern, people after titles, and
 * names the gazetteer knows. Overlaps resolve to the longest span, so "1945"
 * inside "August 1945" is never a gap of its own. Offsets are absolute (base + index).
 */
export function findSpans(sentence: string, base = 0): Span[] {
  const found: Span[] = [];
  for (const { type, re, group = 0 } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      const text = m[group]!;
      const start = m.index + m[0].indexOf(text);
      found.push({ type, text, start: base + start, end: base + start + text.length });
    }
  }
  for (const entry of GAZETTEER) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const re = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, "g");
      let m: RegExpExecArray | null;
      while ((m = re.exec(sentence))) {
        found.push({ type: entry.type, text: m[0], start: base + m.index, end: base + m.index + m[0].length });
      }
    }
  }
  return resolveOverlaps(found);
}

function resolveOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const span of sorted) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
