import { checkNotes } from "./check-questions";
import { LESSER_KEYS } from "./check-lesser-keys";
import { REVIEW_THRESHOLD } from "./confidence";
import { isTerm, keyOf, matchesDate, names, overlaps, pointShown, revealsOrShares, sentencesOf, shownSpan, twoTruthsOnOneName } from "./quiz-clashes";
import { hashText, itemDraw, shuffle } from "./random";
import { storyCast } from "./story-cast";
import { keyIdentities } from "./same-key";
import { quizSubject, restates } from "./restated-fact";
import { wordCount } from "./trim-statement";
import type { GeneratedQuestion, GeneratedQuestionType } from "./types";
import { deedShown } from "./deed-shown";
import { readerParagraphs, tradeForParagraphs } from "./trade-for-paragraphs";
import { DENIES, swapIn, unmaskDenials } from "./unguessable-denials";

/** The share of a quiz each type aims for, when asked for; the rest is filled by rank. */
const SHARE: Record<GeneratedQuestionType, number> = {
  MULTIPLE_CHOICE: 0.5,
  FILL_BLANK: 0.2,
  TRUE_FALSE: 0.3,
  ORDERING: 0,
  MATCHING: 0,
};
// The order types claim their share in, and then fill what is left: a cloze
// with good distractors tests a fact most precisely, a statement least.
const MAX_TRUE_COPIES = 2;
const MAX_SAME_ANSWER = 3;
// The most of a quiz true/false questions may take.
const TRUE_FALSE_SHARE = 0.4;
// … and of a quiz that would otherwise stop short of the count asked for.
const FULLER_TRUE_FALSE_SHARE = 0.5;
// Dates at most a quarter of a quiz (a reviewer of unseen articles failed most dates as side events), numbers as much.
const RECALL_SHARE = 0.25;
const MIN_FULL_QUIZ = 6;
// Enough questions for six acceptable ones when one in four or five needs rewriting.
const ROOMY_QUIZ = 8;
// Calibrated confidence above which 87-88% of questions were judged usable on articles the fit had not seen (round 9, held out).
const SUREST = 0.75;
// How much less sure a denial may be than its true copy and still ask the point in its place.
const DENIAL_MARGIN = 0.08;
// Words past which a denial's "not" stands too far from the end of its claim to deny it plainly.
const LONGEST_DENIAL = 16;
// Trials that take the ordering or matching question last (see selectQuestions).
const STRUCTURED_LAST_TRIALS = 4;
const PREFERENCE: GeneratedQuestionType[] = ["MULTIPLE_CHOICE", "FILL_BLANK", "TRUE_FALSE"];

/** What a number question counts ("years", "feet"), for asking each measure once. */
function measureOf(q: GeneratedQuestion): string | null {
  if (q.spanType !== "NUMBER" || q.type === "ORDERING" || q.type === "MATCHING") return null;
  const after = q.source.sentence.slice(q.source.answer.end - q.source.start).trim();
  return /^([a-z]+)/.exec(after)?.[1] ?? null;
}

// A count said to be the whole ("The council has 27 seats in all"): of several counts of one measure, the one to ask.
const WHOLE_COUNT = /\b(?:in total|in all|altogether|a total of)\b/i;

/**
 * Each true statement of a whole sentence's point mapped to its sure denial ("X did not …", the same point asked False): a
 * quiz of central statements otherwise leans on "True", which a guess passes. Sure: above the review line with no check's
 * note (a denial the article hedges is never made: make-main-statements).
 */
function sureDenials(candidates: GeneratedQuestion[]): Map<GeneratedQuestion, GeneratedQuestion> {
  const statement = (q: GeneratedQuestion) => q.type === "TRUE_FALSE" && q.keyKind === "statement";
  // (Paired by the point make-main-statements gave both, the denial being the true copy's own: the point names the sentence
  // and the clause, so two clauses of one sentence are two points. Only those two copies carry a point.)
  const denials = new Map<string, GeneratedQuestion>();
  for (const q of candidates) if (statement(q) && q.point && q.answerText === "False") denials.set(q.point, q);
  const out = new Map<GeneratedQuestion, GeneratedQuestion>();
  if (denials.size === 0) return out;
  for (const q of candidates) {
    if (!statement(q) || !q.point || q.answerText !== "True") continue;
    const denial = denials.get(q.point);
    if (denial && sureFalseInPlaceOf(denial, q)) out.set(q, denial);
  }
  return out;
}

/** Sure: above the review line with no check's note. */
function sure(q: GeneratedQuestion): boolean {
  return q.confidence >= REVIEW_THRESHOLD && checkNotes(q).length === 0;
}

/**
 * A false statement sure enough to ask a true one's point in its place: above the review line with no check's note, not
 * far less sure than the true one (a false statement the calibration doubts is no better for being False), and, if it
 * denies, short (a long denial puts its "not" far from what it denies, and reads as denying a detail). The one test for
 * the denial swap and for the lean toward False.
 */
function sureFalseInPlaceOf(f: GeneratedQuestion, t: GeneratedQuestion): boolean {
  if (f.type !== "TRUE_FALSE" || f.answerText !== "False") return false;
  const denial = (f.keyKind === "statement" && f.point !== undefined) || DENIES.test(f.prompt);
  return sure(f) && f.confidence >= t.confidence - DENIAL_MARGIN && !(denial && wordCount(f.prompt) > LONGEST_DENIAL);
}

/** A comparison of two questions, worked out once per ordered pair (the questions do not change while a quiz is picked). */
function pairMemo(compare: (a: GeneratedQuestion, b: GeneratedQuestion) => boolean): (a: GeneratedQuestion, b: GeneratedQuestion) => boolean {
  const known = new Map<GeneratedQuestion, Map<GeneratedQuestion, boolean>>();
  return (a, b) => {
    let row = known.get(a);
    if (!row) known.set(a, (row = new Map()));
    let answer = row.get(b);
    if (answer === undefined) row.set(b, (answer = compare(a, b)));
    return answer;
  };
}

/**
 * Rank with a little seeded jitter (another seed, another valid set), then pick:
 * at most one question per sentence (a second one would show the first one's
 * answer), one question per key, at most one ordering and one matching
 * question, and a mix of the types asked for.
 */
export function selectQuestions(
  candidates: GeneratedQuestion[],
  count: number,
  types: GeneratedQuestionType[],
  random: () => number,
  sectionOf: (offset: number) => number = () => 0,
  paragraphOf: (offset: number) => number = sectionOf,
  unsureUpTo: number = MIN_FULL_QUIZ,
  mainPoints: ReadonlySet<number> = new Set(),
  articleText = "",
): GeneratedQuestion[] {
  // A stem that shows many other candidates' keys would block them all: it ranks lower.
  // Counted among the best few hundred only: a long article's thousands of candidates would make it quadratic.
  const top = [...candidates].sort((a, b) => b.score - a.score).slice(0, 300);
  // (A retold story's characters are named in every stem on its plot, and give nothing away there: see story-cast.)
  const inCast = storyCast(articleText);
  // (A plot deed's doer is one of the cast by its maker's proof, named however often and whatever the title's names read as.)
  const castKey = (q: GeneratedQuestion) => q.keyKind === "name" && q.spanType === "PERSON" && q.type !== "TRUE_FALSE" && (q.castOptions === true || inCast(q.answerText));
  const keys = [...new Set(top.map(keyOf).filter((k): k is string => Boolean(k) && !inCast(k!)))];
  // (Each stem's own key and lower case read once, not once per key.)
  const blocking = new Map(
    top.map((q): [GeneratedQuestion, number] => {
      const own = keyOf(q);
      const lower = q.prompt.toLowerCase();
      return [q, keys.filter((k) => k !== own && names(q.prompt, k, lower)).length];
    }),
  );
  // One key per quiz counts a name's or a term's other forms as that key ("Shakespeare" for "William Shakespeare").
  const sameThing = keyIdentities(candidates, keyOf, (q) => (q.type === "TRUE_FALSE" ? shownSpan(q) : q.answerText), articleText);
  const keyIdOf = (q: GeneratedQuestion) => {
    const key = keyOf(q);
    return key && sameThing(key);
  };
  // Which questions fit together depends on the order they are tried in: try a few orders, keep the fullest, best quiz.
  let best: GeneratedQuestion[] = [];
  let bestValue = -1;
  // The quiz takes the questions rated surest first, then the sure ones; unsure ones (below the review line) only fill it up to a full quiz.
  // A lesser key (check-lesser-keys) waits in each sure tier until every question without one has had its try: it keeps its
  // slot only where nothing more central fits, so the quiz is no shorter for it.
  const first = candidates.filter((q) => !checkNotes(q).some((n) => LESSER_KEYS.has(n)));
  const tiers = [
    // An ordering or matching question keeps its first claim on the quiz when it is sure: the reviews judged too few
    // of them (6) for the calibration to say more, and it asks about several of the article's events at once.
    { pool: first.filter((q) => q.confidence >= SUREST || ((q.type === "ORDERING" || q.type === "MATCHING") && q.confidence >= REVIEW_THRESHOLD)), size: count },
    { pool: first.filter((q) => q.confidence >= REVIEW_THRESHOLD), size: count },
    // (A tier of its own only where some candidate waits: each tier draws on the seeded jitter.) A lesser key fills a quiz
    // only up to the size unsure questions fill it to: on the judged seen sets 17 of 20 that filled a longer one were trivia.
    ...(first.length < candidates.length ? [{ pool: candidates.filter((q) => q.confidence >= REVIEW_THRESHOLD), size: Math.min(count, unsureUpTo) }] : []),
    { pool: candidates, size: Math.min(count, unsureUpTo) },
  ];
  const surest = first.filter((q) => q.confidence >= SUREST);
  // The counts of a whole that sure questions ask ("538 electors in total"), by what they count: worked out once, over every
  // candidate, so each tier holds a part's count back alike.
  const wholeCounts = new Map<string, number[]>();
  for (const c of candidates) {
    const measure = c.confidence >= REVIEW_THRESHOLD && WHOLE_COUNT.test(c.source.sentence) ? measureOf(c) : null;
    if (measure) wholeCounts.set(measure, [...(wholeCounts.get(measure) ?? []), c.source.start]);
  }
  // The eight trials meet the same pairs again and again: each pair is compared once.
  const shownPoint = pointShown(candidates);
  // (A stem printing a statement's point settles it as plainly as one printing its sentence: never let in to fill a quiz.)
  // (One fact asked twice, by the rule the eval counts repeats by: restated-fact. The quiz's subject is read from the best
  // candidates, whose names a quiz of them would print.)
  const subject = quizSubject(top);
  const clashes = { reveals: pairMemo((a, b) => revealsOrShares(a, b, castKey) || shownPoint(a, b) || shownPoint(b, a) || deedShown(a, b) || deedShown(b, a)), overlaps: pairMemo((a, b) => overlaps(a, b) || twoTruthsOnOneName(a, b, paragraphOf) || restates(a, b, subject)) };
  const denials = sureDenials(candidates);
  // (What every pass of selectOnce reads of the article and the candidates, the same for each.)
  const context = { sectionOf, paragraphOf, mainPoints, quizSize: count, wholeCounts, denials, keyIdOf, castKey };
  // The last trials take the ordering or matching question after every other (it asks several sentences at once, and none of
  // them may be asked again): a quiz they make is kept only if it holds more questions, so a short article's dated sentences
  // are each asked rather than all spent on one question of their order.
  for (let trial = 0; trial < 8 + STRUCTURED_LAST_TRIALS; trial++) {
    const structuredLast = trial >= 8;
    if (structuredLast && best.length >= count) break;
    const jitter = trial === 0 ? 0.3 : 0.9;
    let picked: GeneratedQuestion[] = [];
    // (Here the first tier is the surest questions only: the ordering or matching question's own claim on it is what is tried without.)
    for (const [i, tier] of tiers.entries()) if (picked.length < tier.size) picked = selectOnce(structuredLast && i === 0 ? surest : tier.pool, tier.size, types, random, blocking, jitter, { ...context, structuredLast }, clashes, picked);
    // The sure questions taken first can leave no room (one per sentence, no overlaps) for a full quiz another mix makes:
    // a full quiz beats a short one of surer questions.
    const full = Math.min(count, MIN_FULL_QUIZ);
    if (picked.length < full) {
      const mixed = selectOnce(candidates, full, types, random, blocking, jitter, { ...context, structuredLast }, clashes);
      if (mixed.length === full) picked = mixed;
    }
    // Of two full quizzes as long, the one mixing more kinds of question (a typed answer beside the choices) is kept;
    // in a short one every question must earn its place by rank alone.
    const mix = picked.length >= 5 ? new Set(picked.map((q) => q.type)).size * 0.3 : 0;
    const value = picked.length * 10 + mix + picked.reduce((sum, q) => sum + q.score, 0);
    if (structuredLast ? picked.length > best.length : value > bestValue) [best, bestValue] = [picked, value];
  }
  // Each paragraph's point before a second question on any paragraph (see trade-for-paragraphs): a sure question on an
  // unasked paragraph fills the quiz, or (on its main point) takes the place of the weakest question on a paragraph asked
  // twice. (Sure, or sure but for the background-statement note, whose signal held on no sheet: as for a main truth below.)
  best = tradeForParagraphs({
    chosen: best,
    eligible: candidates.filter((q) => q.confidence >= REVIEW_THRESHOLD && checkNotes(q).every((n) => n === "background-statement")),
    count,
    // (The paragraphs a reader sees: a list's lines are one paragraph with the line that leads into them.)
    paragraphOf: articleText ? readerParagraphs(articleText) : paragraphOf,
    sentencesOf,
    mainPoints,
    keyIdOf,
    addTo: (kept, pool, size) => selectOnce(pool, size, types, random, blocking, 0, { ...context, addOnly: true }, clashes, kept),
  });
  // A quiz short of eight whose only sure questions left on unasked sentences are true statements of their main points,
  // refused for the count of true keys, asks those points: a quiz of eight that asks them beats one of six that does not.
  // (On the judged seen sets true statements passed about as often as typed answers, more often than false ones.) Added to
  // the quiz the trials chose, never a reason to choose another.
  const roomy = Math.min(count, ROOMY_QUIZ);
  if (best.length < roomy) best = selectOnce(candidates.filter(mainTruth), roomy, types, random, blocking, 0, { ...context, truthsOnly: true }, clashes, best);
  // Present in article order, so the quiz reads like the text.
  // A question kept beside one it overlaps (the quiz would have been short otherwise) is the lower-ranked of the two: it needs a look.
  for (const q of best) {
    if (best.some((c) => c !== q && c.score >= q.score && clashes.overlaps(c, q))) q.confidence = Math.min(q.confidence, Math.round((REVIEW_THRESHOLD - 0.01) * 100) / 100);
  }
  return best.sort((a, b) => a.source.start - b.source.start || a.source.answer.start - b.source.answer.start);
}

const identities = new WeakMap<GeneratedQuestion, { text: string; hash: number }>();
/** What tells one candidate from another (its kind, stem and key), and its hash: read once per candidate. */
function identityOf(q: GeneratedQuestion): { text: string; hash: number } {
  let id = identities.get(q);
  if (!id) {
    // (Not its offsets or its options' order: an edit earlier in the article moves the one, another maker's draw the other.)
    const text = `${q.type}\u0000${q.prompt}\u0000${q.answerText}`;
    identities.set(q, (id = { text, hash: hashText(text) }));
  }
  return id;
}

function selectOnce(
  candidates: GeneratedQuestion[],
  count: number,
  types: GeneratedQuestionType[],
  random: () => number,
  blocking: Map<GeneratedQuestion, number>,
  jitter: number,
  { sectionOf, paragraphOf, mainPoints, quizSize, wholeCounts, denials, keyIdOf, castKey = () => false, structuredLast = false, truthsOnly = false, addOnly = false }: { truthsOnly?: boolean; addOnly?: boolean; keyIdOf: (q: GeneratedQuestion) => string | null; castKey?: (q: GeneratedQuestion) => boolean; sectionOf: (offset: number) => number; paragraphOf: (offset: number) => number; mainPoints: ReadonlySet<number>; quizSize: number; wholeCounts: ReadonlyMap<string, number[]>; denials: ReadonlyMap<GeneratedQuestion, GeneratedQuestion>; structuredLast?: boolean },
  clashes: Record<"reveals" | "overlaps", (a: GeneratedQuestion, b: GeneratedQuestion) => boolean>,
  kept: GeneratedQuestion[] = [],
): GeneratedQuestion[] {
  // Each candidate's jitter is its own (one draw of the stream salts the pass, then the candidate's own text fixes it): within
  // a pass, a candidate added to or taken from the pool leaves every other candidate's rank as it was. With selection's own
  // stream (generate-questions), a mend or an edit to one sentence changes less of the rest of the quiz: removing one
  // sentence changed 11% of the questions on the other sentences, against 20% with jitter drawn in turn from the stream.
  const salt = Math.floor(random() * 4294967296);
  const ranked = candidates
    .map((q) => {
      const id = identityOf(q);
      return { q, id, rank: q.score * (1 - jitter / 2 + itemDraw(salt, id.hash) * jitter) * (1 - 0.12 * Math.min(blocking.get(q) ?? 0, 4)) };
    })
    .sort((a, b) => b.rank - a.rank || (a.id.text < b.id.text ? -1 : a.id.text > b.id.text ? 1 : 0))
    .map((r) => r.q);
  const chosen: GeneratedQuestion[] = [];
  const kindCap = Math.max(2, Math.round(count * RECALL_SHARE));
  let relaxed = false;
  let moreTrue = false;
  let moreStatements = false;
  // The denials that ask a true copy's point (see sureDenials), however they came in (this pass or a first one).
  const askedByDenial = new Set(denials.values());
  const takeOne = (q: GeneratedQuestion) => {
    if (chosen.length >= count || chosen.includes(q)) return;
    const keyName = keyIdOf(q);
    // A second question from one sentence only when neither stem shows the other's key (checked below) and neither is a statement.
    // A matching or ordering takes no sentence already asked; nothing after a matching asks one of its sentences either (it would
    // ask one of its pairs again, whatever its key), while an ordering's may be (it asks their order, not what they say).
    const shared = chosen.filter((c) => sentencesOf(c).some((s) => sentencesOf(q).includes(s)));
    if (shared.length >= 2 || (shared.length === 1 && (q.type === "TRUE_FALSE" || shared[0]!.type === "TRUE_FALSE" || (q.sources?.length ?? 1) > 1 || shared[0]!.type === "MATCHING"))) return;
    // A listed term may be the answer to two different facts ("the second layer", "where leopards live"); anything else once.
    // The second must be a sure one: the round-4 review failed one of each such pair (a side detail, or the first answer repeated).
    const sameKey = chosen.filter((c) => keyIdOf(c) === keyName);
    const isSure = sure(q);
    // (Not two of one part's jobs, "Which part absorbs …?" and "Which part stores …?": the same question asked of the same
    // part, whose answer the first already gave.)
    const secondJob = q.keyKind === "function" && sameKey.some((c) => c.keyKind === "function");
    // (A story's character too: the cast answers "Who …?" for more than one event of the plot.)
    if (keyName && sameKey.length > 0 && (!(isTerm(q) || castKey(q)) || q.kindSet !== undefined || !isSure || secondJob || sameKey.length >= 2 || sameKey.some((c) => c.source.start === q.source.start))) return;
    if ((q.type === "ORDERING" || q.type === "MATCHING") && chosen.some((c) => c.type === "ORDERING" || c.type === "MATCHING")) return;
    // A date a matching question pairs with its event is that fact asked again, from whichever sentence.
    if (chosen.some((c) => matchesDate(c, q) || matchesDate(q, c))) return;
    // Statements copied as written are all true: more than a few teach students to answer "True" blind.
    // (A quiz that would stay short of eight takes one more, a statement cut from a central sentence, not a copy.)
    // (Beside as many false statements, a true one more gives no pattern to guess by.)
    // (A point asked by its denial in place of its true copy still counts as a true one here: the swap is to balance the
    // keys, not to free a slot for a weaker true statement.)
    // (A sure cause restated the other way round, "S2 because S1", is no copy: never the article's sentence, it asks which
    // fact explains which. In a quiz still short of the count it neither counts here nor is held back; no more than three of
    // one answer still holds for it. Before that it waits its turn like a copy, so it fills a quiz, not displaces one.)
    const swapped = chosen.filter((c) => askedByDenial.has(c)).length;
    const falses = chosen.filter((c) => c.type === "TRUE_FALSE" && c.answerText === "False").length - swapped;
    const trueCap = Math.max(moreTrue && q.keyKind === "statement" ? MAX_TRUE_COPIES + 1 : MAX_TRUE_COPIES, falses);
    const copied = (c: GeneratedQuestion) => copiedTruth(c, moreStatements);
    const extraTruth = truthsOnly && mainTruth(q);
    // (Such a truth only where True then keys no more than half the quiz: a quiz of four statements all True asks nothing.)
    if (extraTruth && 2 * (chosen.filter((c) => c.type === "TRUE_FALSE" && c.answerText === "True").length + 1) > chosen.length + 1) return;
    if (!extraTruth && copied(q) && chosen.filter(copied).length + swapped >= trueCap) return;
    // True/false at most two in five of the quiz asked for: statements of the main points pass review most often, but a
    // quiz is a mix of kinds, and one that stops short of the count would otherwise be mostly statements.
    if (q.type === "TRUE_FALSE" && !kept.includes(q) && chosen.filter((c) => c.type === "TRUE_FALSE").length >= Math.max(2, Math.round(quizSize * (moreStatements || extraTruth ? FULLER_TRUE_FALSE_SHARE : TRUE_FALSE_SHARE)))) return;
    // Nor five statements all False: a run of one answer is a pattern to guess by, not a fact to know.
    if (q.type === "TRUE_FALSE" && chosen.filter((c) => c.type === "TRUE_FALSE" && c.answerText === q.answerText).length >= MAX_SAME_ANSWER + (extraTruth ? 1 : 0)) return;
    if (chosen.some((c) => clashes.reveals(c, q) || (!relaxed && clashes.overlaps(c, q)))) return;
    // A mix of kinds of fact (not five dates): dates, and numbers, fill at most RECALL_SHARE of the quiz each until it would be short.
    // (The jobs of an organ's parts or the terms of a science article are its main ideas, and are not capped.)
    if (!relaxed && (q.keyKind === "date" || q.keyKind === "number") && chosen.filter((c) => c.keyKind === q.keyKind).length >= kindCap) return;
    // Two counts of one thing ("22 years", "21 years and nine months") ask one fact twice.
    const measure = measureOf(q);
    if (measure && chosen.some((c) => measureOf(c) === measure)) return;
    // A part's count ("the island has two of the seats") waits for the whole's, when a sure question asks the whole: only
    // one count of a measure is asked, and the whole is the point the parts add up to.
    if (measure && !WHOLE_COUNT.test(q.source.sentence) && wholeCounts.get(measure)?.some((start) => start !== q.source.start)) return;
    chosen.push(q);
  };
  // A true statement's point is asked by its sure denial where the quiz has room for it (see sureDenials); else as it is.
  // (Only a point the quiz would ask as it is: the denial takes its slot, never one the true copy was refused.)
  const take = (q: GeneratedQuestion) => {
    const denial = denials.get(q);
    const before = chosen.length;
    takeOne(q);
    if (!denial || chosen.length === before) return;
    chosen.length = before;
    takeOne(denial);
    if (chosen.length === before) takeOne(q);
  };
  // A chosen quiz taken as it is (its questions were let in under the rules of their own pass), then only main truths added.
  // (Or only added to it under the strictest rules: addOnly, for a paragraph's question.)
  if (truthsOnly || addOnly) {
    chosen.push(...kept);
    ranked.forEach(take);
    return chosen;
  }
  // Questions already chosen in a first pass (the sure ones) stay; this pass only adds to them.
  kept.forEach(takeOne);
  const ofType = (t: GeneratedQuestionType) => ranked.filter((q) => q.type === t);
  // One structured question first (it needs several sentences): ordering or
  // matching, whichever the seed favours, as both test the same dated events.
  const structured = shuffle(["ORDERING", "MATCHING"] as const, random).filter((t) => types.includes(t));
  const takeStructured = () => {
    for (const t of structured) if (!chosen.some((c) => c.type === "ORDERING" || c.type === "MATCHING")) ofType(t).slice(0, 1).forEach(take);
  };
  if (!structuredLast) takeStructured();
  // The article's main points before its details: the title event, the summary, what the key facts restate and each
  // paragraph's central sentence, each asked once, best-ranked first (a side date ranked above them waits its turn).
  const pointsAsked = new Set(chosen.flatMap(sentencesOf).filter((s) => mainPoints.has(s)));
  for (const q of ranked) {
    if (q.type === "ORDERING" || q.type === "MATCHING" || !mainPoints.has(q.source.start) || pointsAsked.has(q.source.start)) continue;
    const before = chosen.length;
    take(q);
    if (chosen.length > before) pointsAsked.add(q.source.start);
  }
  // Each section's best question before any section's second: the quiz covers the article's main points first.
  const covered = new Set(chosen.map((q) => sectionOf(q.source.start)));
  for (const q of ranked) {
    if (q.type === "ORDERING" || q.type === "MATCHING" || covered.has(sectionOf(q.source.start))) continue;
    const before = chosen.length;
    take(q);
    if (chosen.length > before) covered.add(sectionOf(q.source.start));
  }
  // Then each paragraph's best, if it is a good question in its own right (at least half the best one's rank):
  // a paragraph usually makes one point, and a quiz on the points comes before a quiz on details.
  const spread = new Set(chosen.map((q) => paragraphOf(q.source.start)));
  const floor = (ranked[0]?.score ?? 0) * 0.5;
  for (const q of ranked) {
    if (q.type === "ORDERING" || q.type === "MATCHING" || q.score < floor || spread.has(paragraphOf(q.source.start))) continue;
    const before = chosen.length;
    take(q);
    if (chosen.length > before) spread.add(paragraphOf(q.source.start));
  }
  const asked = PREFERENCE.filter((t) => types.includes(t));
  const total = asked.reduce((sum, t) => sum + SHARE[t], 0) || 1;
  for (const t of asked) {
    const quota = Math.max(1, Math.round((count * SHARE[t]) / total));
    for (const q of ofType(t)) if (chosen.filter((c) => c.type === t).length < quota) take(q);
  }
  for (const t of asked) ofType(t).forEach(take);
  // Too few questions of other kinds to fill a quiz: a sixth date beats a quiz of four questions.
  if (chosen.length < Math.min(count, MIN_FULL_QUIZ)) {
    relaxed = true;
    for (const t of asked) ofType(t).forEach(take);
  }
  // Still short of a quiz that leaves six right after a few misjudged: one more true statement (see `take`).
  if (chosen.length < Math.min(count, ROOMY_QUIZ)) {
    moreTrue = true;
    ofType("TRUE_FALSE").forEach(take);
  }
  // Still short of the count asked for, with sure statements refused only for their share: a fuller quiz, half statements,
  // beats a short one (every other rule still holds, and no more than three of one answer).
  // (Only sure ones, above the review line with no check's note: an unsure statement more makes a quiz longer, not fuller.)
  if (chosen.length < count) {
    moreStatements = true;
    ofType("TRUE_FALSE")
      .filter(sure)
      .forEach(take);
  }
  if (structuredLast) takeStructured();
  leanTowardFalse(chosen, ranked, takeOne);
  // Nor statements keyed by their "not" alone (see unguessable-denials).
  const trueCopyOf = new Map([...denials].map(([t, d]) => [d, t]));
  unmaskDenials({ chosen, ranked, takeOne, sentencesOf, sureFalse: sureFalseInPlaceOf, sure, trueCopyOf });
  return chosen;
}

// A statement opening on one more of a row the sentences before listed ("A third is …", "Another was …", "The other …"):
// read alone, it does not say a third what.
const POINTS_BACK = /^(?:An? (?:second|third|fourth|fifth|sixth|further)|Another|The (?:other|former|latter)|Others?)\b/i;

/**
 * A true statement of a central sentence's main point (make-main-statements), sure but for the background-statement note,
 * whose signal held on no sheet (see score-confidence).
 */
function mainTruth(q: GeneratedQuestion): boolean {
  return !POINTS_BACK.test(q.prompt) && q.type === "TRUE_FALSE" && q.answerText === "True" && q.keyKind === "statement" && q.mainPoint === true && q.confidence >= REVIEW_THRESHOLD && checkNotes(q).every((n) => n === "background-statement");
}

/**
 * A true statement counted as a copy of its sentence (or a clause of it): in a quiz short of the count (`filling`), all but a
 * sure cause restated the other way round (one a check notes, a background reason, is held back like a copy).
 */
function copiedTruth(q: GeneratedQuestion, filling: boolean): boolean {
  return q.type === "TRUE_FALSE" && q.answerText === "True" && !(filling && q.keyKind === "cause" && sure(q));
}

// True keys this many more than False ones are a pattern a class learns to answer blind.
const TRUE_LEAD = 3;

/**
 * A quiz whose true/false keys are mostly True asks some of its true statements' sentences by a sure false statement
 * (a denial or a swapped detail) made from the same sentence: the same point, the other key. The weakest true statement
 * goes first; each stays where no sure false one fits the quiz (every rule of `takeOne` holds for the false one). Sure is
 * what the denial swap asks (`sureFalseInPlaceOf`): no guard is loosened to get a False.
 */
function leanTowardFalse(chosen: GeneratedQuestion[], ranked: GeneratedQuestion[], takeOne: (q: GeneratedQuestion) => void): void {
  const keyed = (answer: string) => chosen.filter((c) => c.type === "TRUE_FALSE" && c.answerText === answer).length;
  const trues = chosen.filter((c) => c.type === "TRUE_FALSE" && c.answerText === "True").sort((a, b) => a.score - b.score);
  for (const t of trues) {
    if (keyed("True") - keyed("False") < TRUE_LEAD) return;
    const from = sentencesOf(t).join();
    swapIn(chosen, t, ranked.filter((q) => sentencesOf(q).join() === from && !chosen.includes(q) && sureFalseInPlaceOf(q, t)), takeOne);
  }
}
