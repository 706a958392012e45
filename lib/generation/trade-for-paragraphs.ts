import type { GeneratedQuestion } from "./types";

/**
 * A paragraph usually makes one point, and a quiz on the points comes before a quiz on details: a paragraph the chosen
 * quiz asks nothing of gets a sure question of its own, added where the quiz has room, or else, on the paragraph's main
 * point, traded for the weakest second (or third) question of a paragraph asked more than once. (The surest questions
 * fill a quiz first, details among them, before a merely sure main point has its turn.) Every rule of the quiz still holds
 * for the newcomer (`addTo` lets it in only as selection's strictest pass would), so nothing unfair is let in to cover a
 * paragraph; a quiz never shrinks, and no paragraph is left unasked by a trade.
 */
export interface ParagraphTradeInput {
  /** The quiz chosen so far. */
  chosen: GeneratedQuestion[];
  /** The candidates a paragraph's question may come from: sure ones, in no order (ranked here by score). */
  eligible: GeneratedQuestion[];
  /** The quiz's size limit. */
  count: number;
  paragraphOf: (offset: number) => number;
  sentencesOf: (q: GeneratedQuestion) => number[];
  /** The article's main points (sentence starts): the title event, the summary, each paragraph's most central sentence. */
  mainPoints: ReadonlySet<number>;
  /** The fact a question asks for, one id for all its forms (null for a true statement). */
  keyIdOf: (q: GeneratedQuestion) => string | null;
  /** The quiz with the best of `pool` added under every rule of the quiz (`size` at most), or as it was when none fits. */
  addTo: (kept: GeneratedQuestion[], pool: GeneratedQuestion[], size: number) => GeneratedQuestion[];
}

const STRUCTURED = new Set(["ORDERING", "MATCHING"]);
const LINE = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
const BULLET = /^[ \t]*(?:[-*+\u2022]|\d+[.)])[ \t]+/;

/**
 * The paragraph (an index) of each offset as a reader sees the article, for the trade. The parser makes every line a
 * paragraph; here, where the article leaves a blank line between its paragraphs (twice at least after the title), the
 * lines up to the next blank one are one paragraph, and a list line always belongs with the line leading into it. (Read
 * line by line, each bullet of a list of details, and the line closing the list, was an unasked "paragraph" whose one
 * sentence was its main point: the trade pulled in a detail of a paragraph the quiz had asked already.)
 */
export function readerParagraphs(text: string): (offset: number) => number {
  const lines = [...text.matchAll(LINE)].filter((m) => m[0].length > 0).map((m) => ({ start: m.index, blank: !m[0].trim() }));
  const firstText = lines.findIndex((l) => !l.blank);
  const gaps = lines.filter((l, i) => i > firstText + 1 && l.blank && lines[i - 1] && !lines[i - 1]!.blank).length;
  const starts: number[] = [];
  let afterBlank = true;
  for (const line of lines) {
    if (line.blank) {
      afterBlank = true;
      continue;
    }
    const opens = gaps >= 2 ? afterBlank : !BULLET.test(text.slice(line.start, line.start + 12));
    if (opens || !starts.length) starts.push(line.start);
    afterBlank = false;
  }
  return (offset) => {
    let [lo, hi] = [0, starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

export function tradeForParagraphs({ chosen, eligible, count, paragraphOf, sentencesOf, mainPoints, keyIdOf, addTo }: ParagraphTradeInput): GeneratedQuestion[] {
  let quiz = chosen;
  const asked = () => {
    const n = new Map<number, number>();
    for (const q of quiz) for (const p of new Set(sentencesOf(q).map(paragraphOf))) n.set(p, (n.get(p) ?? 0) + 1);
    return n;
  };
  // Ranked once: each paragraph's pool comes out ranked, and the paragraphs (a Map keeps the order they were met in) come
  // with the best question first. The unasked paragraphs whose best question ranks highest go first: a trade may use up
  // the last second question.
  const byParagraph = new Map<number, GeneratedQuestion[]>();
  for (const q of [...eligible].sort((a, b) => b.score - a.score)) {
    if (STRUCTURED.has(q.type)) continue;
    const p = paragraphOf(q.source.start);
    const pool = byParagraph.get(p);
    if (pool) pool.push(q);
    else byParagraph.set(p, [q]);
  }
  for (const [p, ranked] of byParagraph) {
    const counts = asked();
    if (counts.has(p)) continue;
    if (quiz.length < count) {
      const added = addTo(quiz, ranked, quiz.length + 1);
      if (added.length > quiz.length) {
        quiz = added;
        continue;
      }
    }
    // A question whose every paragraph is asked by another question of the quiz: the weakest goes first. Never one on a main
    // point (the title event, the summary, a paragraph's central sentence): a main point asked beats a detail covered.
    const spare = quiz.filter((q) => !STRUCTURED.has(q.type) && !mainPoints.has(q.source.start) && sentencesOf(q).every((s) => (counts.get(paragraphOf(s)) ?? 0) >= 2)).sort((a, b) => a.score - b.score);
    // (Traded for only by a question on the paragraph's main point: a question the quiz gives up is worth as much as a detail.)
    const points = ranked.filter((q) => mainPoints.has(q.source.start));
    for (const victim of points.length ? spare : []) {
      // A true-or-false question asks its sentence's whole claim, a point of its own: given up only for another such claim.
      // (Read at count 5 on the seen sets, the trade gave up a fall's meaning, a new kingdom's rise and a trial's recantation
      // for a villa's place name and a country's count of pyramids, the typed details of a closing paragraph's sentences.)
      const pool = victim.type === "TRUE_FALSE" ? points.filter((q) => q.type === "TRUE_FALSE") : points;
      if (!pool.length) continue;
      const rest = quiz.filter((q) => q !== victim);
      const traded = addTo(rest, pool, quiz.length);
      // (Not for the same fact asked of another sentence: the key the quiz gave up came back, and the trade covered nothing.)
      const newcomer = traded.find((q) => !rest.includes(q));
      const key = keyIdOf(victim);
      if (newcomer && traded.length === quiz.length && (key === null || keyIdOf(newcomer) !== key)) {
        quiz = traded;
        break;
      }
    }
  }
  return quiz;
}
