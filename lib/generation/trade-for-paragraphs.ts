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

export function tradeForParagraphs({ chosen, eligible, count, paragraphOf, sentencesOf, mainPoints, keyIdOf, addTo }: ParagraphTradeInput): GeneratedQuestion[] {
  let quiz = chosen;
  const asked = () => {
    const n = new Map<number, number>();
    for (const q of quiz) for (const p of new Set(sentencesOf(q).map(paragraphOf))) n.set(p, (n.get(p) ?? 0) + 1);
    return n;
  };
  const byParagraph = new Map<number, GeneratedQuestion[]>();
  for (const q of eligible) {
    if (STRUCTURED.has(q.type)) continue;
    const p = paragraphOf(q.source.start);
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), q]);
  }
  // The unasked paragraphs whose best question ranks highest go first: a trade may use up the last second question.
  // (Each paragraph's best score read once, not once per comparison of the sort.)
  const best = new Map([...byParagraph].map(([p, pool]) => [p, Math.max(...pool.map((q) => q.score))]));
  const order = [...byParagraph].sort((a, b) => best.get(b[0])! - best.get(a[0])!);
  for (const [p, pool] of order) {
    const counts = asked();
    if (counts.has(p)) continue;
    const ranked = [...pool].sort((a, b) => b.score - a.score);
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
      const rest = quiz.filter((q) => q !== victim);
      const traded = addTo(rest, points, quiz.length);
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
