import { datesLastingState } from "./lasting-state";
import { dateInNegatedClause } from "./negated-clause";
import { keyKindOf } from "./confidence";
import { pickDistractors, type DistractorContext } from "./distractors";
import { BLANK } from "./blank";
import { sameOrWithin } from "./fair-date-options";
import { fairPlaceSwap } from "./fair-place-swap";
import { regionOf } from "./gazetteer";
import { keepsStatedGap, lastDateBefore, tiedByGap } from "./relative-time";
import { kindsOfTerm, NOUN_IN_LY_ED, sameKindAs, swapFitterFor } from "./kind-of-defined-term";
import { keepsCapital } from "./clause-order";
import { escapeRegExp, valueOf } from "./find-spans";
import type { TermList } from "./find-lists";
import { ORDINAL, sameName, STOP_WORDS } from "./find-siblings";
import { fractionCased, fractionSwapRefused } from "./fraction-swap";
import { articleAgreeing, IDIOM, MEASURE, OPPOSITE, goesUntil, pairedWithVerb } from "./make-statements";
import { capitalise } from "./question-parts";
import { readsAsNoun, tagged } from "./question-stems";
import { IRREGULAR_PARTICIPLE } from "./irregular-participles";
import { ofOtherWorlds } from "./person-worlds";
import { MORE_OPPOSITES } from "./rule-words";
import { isArticleSubject } from "./title-words";
import { headingOf, trivialCount } from "./trivial-count";
import { termPattern } from "./whole-words";
import type { Sentence, Span, TextRange } from "./types";

/**
 * A true statement with one detail changed, so it is certainly false by the
 * article and plausible to someone who did not read it: a name for another
 * name of the same kind from the same article, a date or count for another
 * value of the same measure the article gives, a listed term for its sibling,
 * or a direction word for its opposite. A swap the article states elsewhere
 * (the new detail beside the statement's other words) is refused.
 */

export interface FalseStatement {
  text: string;
  /** The changed detail as the article writes it (article offsets), or the whole sentence for a turned word. */
  answer: TextRange;
  confidence: number;
  how: "name" | "value" | "sibling" | "direction";
}

const NAME_TYPES = new Set(["PERSON", "PLACE", "CITY", "COUNTRY", "ORG"]);
// "more than 5,000 km", "within ten years", "before 1830": a bound, which another value may meet as well.
const BOUND_BEFORE = /\b(?:more than|over|at least|upwards of|in excess of|fewer than|less than|under|up to|as many as|as few as|nearly|almost|about|around|roughly|within|before|after|by|until|till|since|no later than)(?:\s+(?:the\s+)?(?:end|start|beginning|middle|close|autumn|fall|spring|summer|winter|early|late|mid)(?:\s+of)?)?\s+$/i;
// ("By the autumn of 1991 the wall had fallen" stays true of any later year: a bound with its season or part is a bound.)
// "5,000 or more", "nine days or longer", "40 and over", "200-plus": a bound after the value, which another value may meet as well.
const BOUND_AFTER = /^(?:\s*[a-z]+){0,2}\s*(?:or (?:more|longer|fewer|less|earlier|later|so|above|over)|and (?:over|above|up)|-?plus)\b|^\s*\+/i;
const content = (text: string) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2 && !STOP_WORDS.has(w)).map((w) => w.slice(0, 6));

/** The changed statement would be true by another sentence: the new detail and most of the statement's other words sit there together. */
export function statedElsewhere(statement: string, replacement: string, sentences: Sentence[], sourceIndex: number): boolean {
  const replacementWords = new Set(content(replacement));
  const rest = [...new Set(content(statement))].filter((w) => !replacementWords.has(w));
  const re = termPattern(replacement);
  return sentences.some((s, j) => {
    if (!re.test(s.text)) return false;
    if (j === sourceIndex) return true;
    const there = new Set(content(s.text));
    const shared = rest.filter((w) => there.has(w)).length;
    return shared >= Math.max(2, Math.ceil(rest.length * 0.4));
  });
}


function unitAfter(span: Span, text: string): string | null {
  return /^\s*([a-z]+)/.exec(text.slice(span.end, span.end + 24))?.[1] ?? null;
}

export interface SwapInput {
  statement: string;
  sentence: Sentence;
  sentenceIndex: number;
  sentences: Sentence[];
  /** The sentence's askable spans (article offsets). */
  spans: Span[];
  /** Every askable span of the article. */
  allSpans: Span[];
  /** The article's lists; "defined" marks its defined terms, siblings only where one is the statement's subject. */
  lists: (TermList & { defined?: boolean })[];
  /** Names of one kind by their last word, and the ordinals of each series (found once per article). */
  nameSiblings: Map<string, string[]>;
  ordinalSeries: Map<string, string[]>;
  articleText: string;
  /** The article's title: the subject its statements stand for with "it" or "the organisation". */
  title?: string;
  ctx: DistractorContext;
  random: () => number;
}

function replaceOnce(statement: string, from: string, rawTo: string, articleText = ""): string | null {
  const re = termPattern(from);
  const m = re.exec(statement);
  if (!m || re.test(statement.slice(m.index + from.length))) return null;
  // A term that opened its defining sentence ("Inertia is …") is a common word mid-sentence, unless the article capitalises it there too (a name).
  const common = /^[a-z]/.test(from) && /^[A-Z][a-z]+$/.test(rawTo) && !new RegExp(`[a-z,;:] ${escapeRegExp(rawTo)}\\b`).test(articleText);
  // So is a word that opened its sentence and stands inside the statement, moved there when a condition was said first
  // ("Three boys …" said as "When the wind rises, three boys …"): its replacement takes no capital there either ("Four").
  const moved = m.index > 0 && /^[A-Z]/.test(from) && /^[a-z]/.test(m[0]) && /^[A-Z]/.test(rawTo) && !keepsCapital(rawTo.split(" ")[0]!, articleText);
  const to = common || moved ? rawTo.charAt(0).toLowerCase() + rawTo.slice(1) : rawTo;
  let head = statement.slice(0, m.index);
  if (fractionSwapRefused(head, from, rawTo)) return null;
  // A name takes "the" as the article writes it ("the Soviet Union", but "East Germany").
  if (/^[A-Z]/.test(to) && articleText) {
    const hadThe = /\bthe $/i.test(head);
    const takesThe = new RegExp(`\\bthe ${escapeRegExp(to)}(?![\\w-])`, "i").test(articleText);
    if (hadThe && !takesThe) head = head.replace(/the $/i, "");
    if (!hadThe && takesThe) head += "the ";
  }
  // (articleAgreeing keeps a head that has words, so the fraction's case is read once.)
  const put = fractionCased(to, head);
  head = articleAgreeing(head, put);
  const out = head + put + statement.slice(m.index + from.length);
  // A lower-case word put where the statement opens takes its capital ("force refers to …", "the Soviet Union built …").
  return capitalise(out);
}

/** The article says the name is a part of the other ("Varn, the western half of the former Tull Realm", "Varn, part of Tull"). */
function partOfWhole(part: string, whole: string, articleText: string): boolean {
  return new RegExp(`${escapeRegExp(part)},? (?:[^,.;]{0,40} )?(?:part|half|third|quarter|portion|province|region|branch|wing|arm|division) of (?:the )?(?:[a-z]+ )?${escapeRegExp(whole)}\\b`).test(articleText);
}

/** The statement's text before and after the word's first use; null where the word is not in it. */
function aroundWord(statement: string, word: string): { before: string; after: string } | null {
  const m = termPattern(word).exec(statement);
  return m ? { before: statement.slice(0, m.index), after: statement.slice(m.index + word.length) } : null;
}

/**
 * "Survey of India", "Apollo 11", "magma chamber": the word is part of a larger name or a compound, not a detail of its own.
 * (So is a name's head before its "of" and a name, "<a society> of London": another head put there makes a name the article
 * never writes, of a body that may well exist and hold as true.)
 */
function insideName(statement: string, word: string): boolean {
  const around = aroundWord(statement, word);
  if (!around) return true;
  const { before, after } = around;
  const previous = /([A-Z][\w'’-]*) (?:(?:of|de|the) )?$/.exec(before);
  return (previous !== null && !FUNCTION_CAPS.test(previous[1]!)) || /^ [A-Z][a-z]|^ \d|^ of (?:the )?[A-Z]/.test(after);
}
// Capitalised words that open a sentence or a phrase, not part of a name.
const FUNCTION_CAPS = /^(?:In|On|At|By|From|To|For|With|Of|And|The|A|An|After|Before|During|Under|Its|His|Her|Their|This|That|When|While|Once|As)$/;

/** A term followed by a noun it describes ("the magma chamber"), or one of a row of terms ("oceans, lakes and rivers"). */
function notAlone(statement: string, word: string): boolean {
  const around = aroundWord(statement, word);
  if (!around) return true;
  const { before, after } = around;
  // (A describing word may stand before the later member: "tall hedges and deep ditches".)
  if (/^,? (?:and|or) |^, [a-z]/.test(after) || /(?:,|\band|\bor) (?:the |[a-z]+ )?$/.test(before)) return true;
  return /^ [a-z]+\b/.test(after) && !/^ (?:is|are|was|were|has|have|had|can|could|will|would|may|must|and|or|of|in|on|at|to|for|from|with|by|as|that|which|who|than|into|through|[a-z]+s|[a-z]+ed)\b/.test(after);
}

/** Every fair one-detail swap of the statement, surest first. */
export function falseVersions(input: SwapInput): FalseStatement[] {
  const { statement, sentence, sentenceIndex, sentences, spans, allSpans, lists, nameSiblings, ordinalSeries, articleText, title = "", ctx, random } = input;
  const out: FalseStatement[] = [];
  const keep = (text: string | null, replacement: string, answer: TextRange, confidence: number, how: FalseStatement["how"], original?: string) => {
    if (!text || text === statement || articleText.includes(text.replace(/\.$/, ""))) return;
    if (original !== undefined && phraseOfOtherKind(original, replacement)) return;
    // "A chart can show prices" with "wages" put in: what something can do is no list of all it can do, so the swap may still
    // be true ("can rise" turned to "can fall" as well). The modal itself turned ("can" to "cannot") stands before any
    // modal, so it is kept: plainly false.
    if (saidAsPossible(text, replacement)) return;
    if (statedElsewhere(text, replacement, sentences, sentenceIndex)) return;
    out.push({ text, answer, confidence, how });
  };
  // The statement's subject keeps its name: a sibling put in its place makes a claim the article never settles
  // ("<another organ> measures …" where the article gives only the first organ's size). The value it states changes.
  const subjectEnd = endOfSubject(statement);
  const inSubject = (word: string) => (termPattern(word).exec(statement)?.index ?? 0) < subjectEnd;
  // A subject that stands for the article's own ("The organisation replaced …", "It signed …") is the thing the title
  // names: that name put in elsewhere makes the subject act on itself, false by absurdity, not by the article. And the
  // other organisations of an article about one are mostly its own bodies ("its council", "its assembly"): one of them put
  // in makes the subject act on its own part, as absurd.
  // (The organisation skip never for a person: "He joined <an organisation>", or the life story's subject by name, is no
  // organisation acting on itself; the title's name is still no swap there, "She married <herself>".)
  const subject = statement.slice(0, subjectEnd).trim();
  const person = sentence.person?.name.split(/\s+/).filter((w) => w.length > 2) ?? [];
  const personSubject = /^(?:he|she|they)\b/i.test(subject) || person.some((w) => termPattern(w).test(subject));
  const subjectStandsForTitle = title !== "" && isArticleSubject(subject, title);
  const organisationActsOnItself = subjectStandsForTitle && !personSubject;
  const namedByTitle = (name: string) => termPattern(name).test(title);
  // A name asked typed only ("Thutmose III") is never swapped: its fellows are often one house, and a claim true of two of
  // them ("Thutmose I led an army …", "Thutmose III led an army …") would be marked false.
  const inStatement = spans.filter((s) => termPattern(s.text).test(statement) && !s.guessed && !s.typedOnly);
  const dates = inStatement.filter((s) => keyKindOf(s.type) === "date");
  for (const span of inStatement) {
    const before = articleText.slice(Math.max(0, span.start - 30), span.start);
    const isDate = keyKindOf(span.type) === "date";
    if (insideName(statement, span.text)) continue;
    if (NAME_TYPES.has(span.type)) {
      if (inSubject(span.text) || (organisationActsOnItself && span.type === "ORG")) continue;
      const fair = unique(allSpans.filter((o) => o.type === span.type && !o.guessed && !o.typedOnly && !termPattern(o.text).test(statement) && !/^[a-z]/.test(o.text)))
        .filter((o) => !sameName(o, span.text, articleText) && !(subjectStandsForTitle && namedByTitle(o)))
        // A place of another kind reads as nonsense ("the floor of Asia"), and one that holds or lies in a place the statement
        // names may leave it true ("sailed from Japan to East Asia").
        .filter((o) => span.type === "PERSON" || span.type === "ORG" || fairPlaceSwap(span.text, o, statement, span.type))
        // A retold work's author put in for a character (or back) is false by absurdity, not by the article (see person-worlds).
        .filter((o) => span.type !== "PERSON" || !ofOtherWorlds(o, span.text, articleText))
        // A whole the article makes the name a part of ("Varn, the western half of the former Tull Realm") put in for it may
        // still be true: what ended the part ended that much of the whole. And the part put in for the whole ("ended Varn" for
        // "ended the Tull Realm") is true of the part too.
        .filter((o) => !partOfWhole(span.text, o, articleText) && !partOfWhole(o, span.text, articleText));
      // A country or city from the same part of the world where the article gives one: one from another continent is ruled out at a glance.
      const near = fair.filter((o) => regionOf(o) !== undefined && regionOf(o) === regionOf(span.text));
      // The land the whole article is set in moved to another part of the world ("born in the highlands of <a land across an
      // ocean>") is false against the article's every page, not against the sentence: only a near land takes its place.
      const setting = ctx.settings?.has(span.text.toLowerCase()) ?? false;
      const pool = near.length || setting ? near : fair;
      const pick = pool[Math.floor(random() * pool.length)];
      if (pick) keep(replaceOnce(statement, span.text, pick, articleText), pick, span, 0.74, "name", span.text);
    } else if (isDate || span.type === "NUMBER") {
      // Two dates in one statement keep an order between them that one swap could break.
      // (And a date of a lasting state, which may still hold at the swapped date: see lasting-state.)
      // (Nor a date the sentence says nothing happened at: "was not repaired in 1810" is no more false than "… in 1703".)
      if ((isDate && (dates.length > 1 || datesLastingState(statement, span.text) || dateInNegatedClause(sentence.text, span.start - sentence.start, span.end - sentence.start))) || BOUND_BEFORE.test(before) || BOUND_AFTER.test(articleText.slice(span.end, span.end + 40))) continue;
      // "two hulls tied to each other", "a double canoe": the sentence's own words fix the count.
      if (span.type === "NUMBER" && /\b(?:double|twin|pair|both|single|triple|dual|each other|one another)\b/i.test(sentence.text)) continue;
      // "cut the journey from forty minutes to three": each end of a change is read against the other.
      const at = termPattern(span.text).exec(statement)!.index;
      if (/\b(?:from|between) $/i.test(statement.slice(0, at)) || RANGE_END.test(statement.slice(at + span.text.length))) continue;
      // "forty to fifty minutes": the far end of a range stays above its start ("forty to thirty" reads as a slip, not a claim).
      const rangeStart = valueOf(/(\S+) (?:to|and) $/i.exec(statement.slice(0, at))?.[1] ?? "");
      const fits = (o: string) => !(valueOf(o) <= rangeStart);
      const unit = span.type === "NUMBER" ? unitAfter(span, articleText) : null;
      const pool = unique(allSpans.filter((o) => o.type === span.type && o.text !== span.text && !(isDate && sameOrWithin(span, o.text)) && (span.type !== "NUMBER" || (unit !== null && unitAfter(o, articleText) === unit)))).filter(fits);
      // A year from the same era: the nearest the article gives ("a railway in 1604" is ruled out without reading).
      const year = (text: string) => Number(/\d{3,4}/.exec(text)?.[0] ?? NaN);
      if (isDate && Number.isFinite(year(span.text))) pool.sort((a, b) => Math.abs(year(a) - year(span.text)) - Math.abs(year(b) - year(span.text)));
      // (Beyond a generation away, a made-up year near the real one is fairer than the article's far one.)
      const near = (o: string) => !Number.isFinite(year(o)) || Math.abs(year(o) - year(span.text)) <= 30;
      // A date the statement ties to the one before by a gap ("under a month later, on …", "the next year") keeps that
      // gap: one years away contradicts the statement's own words. The nearest date that keeps it, else none.
      // (The anchor is looked up only for a date so tied.)
      const tied = isDate && tiedByGap(statement, span.text);
      const anchor = tied ? lastDateBefore(span, allSpans, sentences, sentenceIndex) : undefined;
      const keepsGap = (o: string) => !tied || keepsStatedGap(statement, span, o, anchor);
      const pick = isDate ? pool.filter((o) => near(o) && keepsGap(o))[0] : pool[Math.floor(random() * pool.length)];
      // "four antennas" made "three", "two legs" made "five": a small count changed tests a detail, or is false at a glance.
      // (Read after the draws, so the statements after it draw as before.)
      const trivial = span.type === "NUMBER" && trivialCount(span.text, articleText.slice(span.end, span.end + 40), title || headingOf(articleText), articleText);
      if (pick) {
        if (!trivial) keep(replaceOnce(statement, span.text, pick), pick, span, 0.74, "value");
      } else if (isDate || span.type === "NUMBER") {
        // (Asked with the key blanked, as for a cloze: the statement's own key is no date "the stem states".)
        const [made] = pickDistractors(span, replaceOnce(statement, span.text, BLANK) ?? statement, ctx, 1, random, true);
        if (made && fits(made) && keepsGap(made) && !trivial) keep(replaceOnce(statement, span.text, made), made, span, span.type === "NUMBER" ? 0.6 : 0.66, "value");
      }
    }
  }
  // A member of an open class ("among the beasts feared were wolves", "such as wolves") swapped for another may be just as
  // true; and the parts of one whole ("a series of walls, towers and ditches") share what is said of the whole, so one
  // part's date, builder or stuff said of another is a claim the article leaves open.
  const openClass = OPEN_CLASS_CLAIM.test(statement);
  for (const list of lists) {
    // (Nor alternatives the article offers for one role, "the same hours, seed or water": said elsewhere of one of them,
    // a claim may hold of the others as well.)
    if (list.sentenceIndex === sentenceIndex || openClass || list.alternatives || PARTS_OF_A_WHOLE.test(list.lead)) continue;
    const members = list.items.filter((item) => termPattern(item.text).test(statement));
    if (members.length !== 1 || notAlone(statement, members[0]!.text) || inSubject(members[0]!.text)) continue;
    // The article's defined terms are one list only by being defined: where it says what kind the term in the statement is
    // ("Lava is magma that …"), a term it does not make of that kind ("summit") gives a statement false by absurdity.
    const kinds = list.defined ? kindsOfTerm(members[0]!.text, articleText) : undefined;
    // (And a term before a noun, "the <term> cells", only for one that can stand there: see swapFitterFor.)
    const fitsSwap = swapFitterFor(statement, members[0]!.text, articleText);
    const pool = list.items.filter((item) => !termPattern(item.text).test(statement) && !sameName(item.text, members[0]!.text, articleText) && (!kinds || sameKindAs(kinds, kindsOfTerm(item.text, articleText))) && fitsSwap(item.text));
    const pick = pool[Math.floor(random() * pool.length)];
    if (pick) keep(replaceOnce(statement, members[0]!.text, pick.text), pick.text, { start: sentence.start, end: sentence.end }, 0.7, "sibling", members[0]!.text);
  }
  // A name for another of its kind the article gives ("the Qing Dynasty" for "the Ming Dynasty").
  for (const [head, names] of nameSiblings) {
    const present = names.filter((n) => termPattern(n).test(statement));
    if (present.length !== 1 || inSubject(present[0]!)) continue;
    const fitsSwap = swapFitterFor(statement, present[0]!, articleText);
    const pool = names.filter((n) => n !== present[0] && !sameName(n, present[0]!, articleText) && !termPattern(n).test(statement) && (head.endsWith("#") || n.endsWith(head)) && fitsSwap(n));
    const pick = pool[Math.floor(random() * pool.length)];
    const at = sentence.text.indexOf(present[0]!);
    if (pick && at >= 0) keep(replaceOnce(statement, present[0]!, pick, articleText), pick, { start: sentence.start + at, end: sentence.start + at + present[0]!.length }, 0.72, "name", present[0]!);
  }
  // One of a series for another ("the second law" for "the third law").
  for (const m of statement.matchAll(ORDINAL)) {
    const others = (ordinalSeries.get(m[2]!.toLowerCase()) ?? []).filter((o) => o !== m[1]!.toLowerCase());
    const pick = others[Math.floor(random() * others.length)];
    if (!pick || m.index! < subjectEnd) continue;
    const word = /^[A-Z]/.test(m[1]!) ? capitalise(pick) : pick;
    const text = statement.slice(0, m.index) + word + statement.slice(m.index! + m[1]!.length);
    keep(text, `${pick} ${m[2]}`, { start: sentence.start, end: sentence.end }, 0.72, "sibling");
  }
  const turned = turnDirection(statement) ?? turnClaim(statement);
  if (turned) keep(turned.text, turned.word, { start: sentence.start, end: sentence.end }, 0.68, "direction");
  return out.sort((a, b) => b.confidence - a.confidence);
}

// A phrase that opens with a preposition, or with a participle or a verb in -ing: no noun phrase.
const PREPOSITION_OPENING = /^(?:by|in|on|at|to|from|with|for|of|into|onto|through|over|under|after|before|during|across|along|against|among|between|without|within|upon)$/i;
function phraseKind(phrase: string): "preposition" | "participle" | "noun" {
  const trimmed = phrase.trim();
  const first = trimmed.split(/\s+/)[0] ?? "";
  if (PREPOSITION_OPENING.test(first)) return "preposition";
  if (IRREGULAR_PARTICIPLE.test(first)) return "participle";
  if (!/^[a-z]{3,}(?:ed|ing)$/.test(first)) return "noun";
  // A noun that only ends like a participle opens a noun phrase: "breed of sheep", "steed", and "morning prayers" where
  // the tagger reads the word as a noun.
  return NOUN_IN_LY_ED.test(first) || (first.endsWith("ing") && readsAsNoun(trimmed, first)) ? "noun" : "participle";
}

/**
 * A swap that puts a phrase of another kind in the original's place ("caused <by the storms that …>" for "caused <a flood>"):
 * the list or set it came from was read wrongly, and the statement is garbled, not false. A noun phrase only for a noun phrase.
 */
export function phraseOfOtherKind(original: string, replacement: string): boolean {
  return phraseKind(original) !== phraseKind(replacement);
}

// A modal of possibility (not its negation): the statement says what may be, not what is. Lower case only: "In May
// 1940" and "Theresa May" are no modals.
const POSSIBILITY = /\b(?:can|could|may|might)\b(?! not\b)(?!['’]t)/g;

/**
 * The swapped detail is what a modal says may be: it follows the modal in the same clause ("can show <detail>"). A
 * modal in a side clause ("the hall, which could hold 5,000, opened in <year>") leaves the main claim a plain fact.
 */
function saidAsPossible(text: string, replacement: string): boolean {
  const at = termPattern(replacement).exec(text)?.index ?? text.length;
  const before = text.slice(0, at);
  const modal = [...before.matchAll(POSSIBILITY)].pop();
  return modal !== undefined && !/[,;:(—]|\b(?:which|who|that|where|when)\b/.test(before.slice(modal.index + modal[0].length));
}

// The first word that reads as the main verb: a form of "be"/"have", a common past form, or a word in -ed/-s after the first word.
const MAIN_VERB = /\b(?:is|are|was|were|has|have|had|can|could|will|would|may|must|became|began|built|came|fell|fought|gave|grew|held|kept|led|left|lost|made|met|ran|rose|sent|set|spent|stood|took|went|won|wrote|brought|found|saw|told|paid|sold|spread|struck|[a-z]{3,}ed|[a-z]{3,}s(?<!ss|us|is))\b/g;

const PLURAL_HEAD_NEXT = /^ (?:are|were|have|had|can|could|will|would|may|might|must|should|do|did|and|or|[a-z]{3,}ed)\b/;
// A claim that names one member of a class that has others: "are among", "one of", "such as", "including", "for example".
const OPEN_CLASS_CLAIM = /\b(?:among|amongst|one of|such as|including|like|for example)\b/i;
// A list introduced as the parts of one thing: "a series of", "made up of", "consists of", "includes".
const PARTS_OF_A_WHOLE = /\b(?:series|network|system|set|complex|collection|mix|combination|made up|consist(?:s|ed)?|compos(?:ed|es?)) of\s*$|\b(?:includ(?:es|ed|ing)|contain(?:s|ed)?|has|had|have)\s*$/i;

/** Where the statement's subject ends (its main verb begins); a name or term before it is what the statement is about. */
function endOfSubject(statement: string): number {
  for (const m of statement.matchAll(MAIN_VERB)) {
    // "The workers of the mill built …": a plural noun before "of", "in", "at", "from" or "on" is still the subject
    // (the tagger tells it from a verb: "Everest stands in …").
    if (/^[a-z]{4,}s$/.test(m[0]) && /^ (?:of|in|at|from|on)\b/.test(statement.slice(m.index! + m[0].length)) && readsAsNoun(statement, m[0])) continue;
    // "The earliest walls were built …", "Tall hedges and deep ditches guarded …": a plural noun before its verb group or
    // before another member of the subject is the subject's head, not its verb. (The tagger is not asked: it reads
    // "describes" as a plural noun.)
    if (/^[a-z]{3,}s$/.test(m[0]) && PLURAL_HEAD_NEXT.test(statement.slice(m.index! + m[0].length))) continue;
    if (m.index! > 0) return m.index!;
  }
  return statement.length;
}

// "… forty minutes to three", "… 14 and 15": the other end of a range or change follows.
const RANGE_END = /^\s*[a-z]*\s*(?:to|and) (?:about |around )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)/i;

function unique(spans: Span[]): string[] {
  return [...new Set(spans.map((s) => s.text))];
}

// Only words that make a claim of direction or size; "before/after" and a bare "up/down" name times and places as often.
const TURNABLE = new Set(["rise", "rises", "rose", "fall", "falls", "fell", "increase", "increases", "increased", "decrease", "decreases", "decreased", "higher", "lower", "larger", "smaller", "bigger", "faster", "slower", "warmer", "cooler", "hotter", "colder", "heavier", "lighter", "stronger", "weaker", "more", "less", "longer", "shorter", "wider", "narrower", "deeper", "shallower", "thicker", "thinner"]);
// Things of a process that grow or shrink, beyond the shared measure words ("the river flows faster on the outside of a bend").
const PROCESS_MEASURE = /\b(?:distance|length|depth|width|height|time|income|wages?|profits?|production|output|sales|growth|erosion|flow|flows|current|rainfall|river|valley|air|gas|density|cost)\b/i;

/** "Prices rise when …" -> "Prices fall when …": one direction word, in a claim about a measure, with no negation or comparison to keep straight. */
function turnDirection(statement: string): { text: string; word: string } | null {
  if (!(MEASURE.test(statement) || PROCESS_MEASURE.test(statement)) || IDIOM.test(statement) || /\b(?:not|no|never|than|neither|nor)\b/i.test(statement)) return null;
  // "goes up", "moved down": a particle of a verb of motion is a direction too.
  const hits = [...statement.matchAll(/[A-Za-z]+/g)].filter((m) => TURNABLE.has(m[0].toLowerCase()) || (/^(?:up|down)$/i.test(m[0]) && /\b(?:go|goes|went|gone|going|move|moves|moved|moving) $/i.test(statement.slice(0, m.index))));
  if (hits.length !== 1) return null;
  const hit = hits[0]!;
  // "the lower floors", "the upper, middle and lower terrace": the name of a part, or one of a series of names.
  if (/(?:\bthe|(?:,|\band|\bor)(?: an?| the)?) $/i.test(statement.slice(0, hit.index))) return null;
  // "rises and sets", "rises or stays level": a word paired with another of the same sentence's claim. Turned, the pair
  // no longer reads ("falls and sets") and the other half may still hold: nothing the article settles as false.
  const after = statement.slice(hit.index! + hit[0].length);
  if (/^ (?:and|or) [a-z]/i.test(after)) return null;
  if (pairedWithVerb(after) || goesUntil(after)) return null;
  // "five more crews", "once more": "more" as "another", not as a direction.
  if (/^(?:more|less)$/i.test(hit[0]) && /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|once|any|some|many|much|even|far|still|ever|no))\s$/i.test(statement.slice(0, hit.index))) return null;
  // "Ditches lower the water table": "lower" as a verb turns to "raise" ("higher the water table" is no English).
  const verb = /^lower$/i.test(hit[0]) && /^ (?:the|a|an|its|their|his|her)\b/.test(statement.slice(hit.index! + hit[0].length)) && !/\b(?:the|a|an|its|their|his|her|is|are|was|were)\s$/i.test(statement.slice(0, hit.index));
  const opposite = verb ? "raise" : (OPPOSITE.get(hit[0].toLowerCase()) ?? MORE_OPPOSITES.get(hit[0].toLowerCase()));
  if (!opposite) return null;
  const word = /^[A-Z]/.test(hit[0]) ? capitalise(opposite) : opposite;
  return { text: articleAgreeing(statement.slice(0, hit.index), word) + word + statement.slice(hit.index! + hit[0].length), word };
}

// How many, how often, and whether something can be: each word and the one that says the opposite of it.
const CLAIM_OPPOSITES = new Map([
  ["most", "few"],
  ["many", "few"],
  ["few", "many"],
  ["always", "never"],
  ["never", "always"],
  ["usually", "rarely"],
  ["often", "rarely"],
  ["rarely", "often"],
  ["seldom", "often"],
  ["sometimes", "never"],
  ["can", "cannot"],
  ["cannot", "can"],
  ["can't", "can"],
  ["could not", "could"],
  ["couldn't", "could"],
]);
// A verb of naming, saying or judging right after the claim word, or after its plural noun ("Most historians believe …").
// (Not "see" or "know": "are rarely seen below the tree line" is a fact of where a thing lives. "Most historians date the
// start to …" is a judgement; "most towns date from …" a fact.)
const NAMING_VERB = /^ (?:[a-z]+s )?(?:be |been |are |were |get |gets |got )?(?:call(?:s|ed)?|name[sd]?|refer(?:s|red)? to|describ(?:e|es|ed)|regard(?:s|ed)?|consider(?:s|ed)?|known|sa(?:y|ys|id)|think|thinks|thought|believe[sd]?|view(?:s|ed)?|remember(?:s|ed)?|prais(?:e|es|ed)|celebrat(?:e|es|ed)|credit(?:s|ed)?|cite[sd]?|spell(?:s|ed)?|pronounce[sd]?|mention(?:s|ed)?|label(?:s|led|ed)?|nickname[sd]?|compare[sd]?|liken(?:s|ed)?|dub(?:s|bed)?|term(?:s|ed)?|hail(?:s|ed)?|depict(?:s|ed)?|portray(?:s|ed)?|date[sd]? (?:the|its|their|this|these|it)\b|shortened to|abbreviat(?:e|es|ed)|written as)\b/i;
// A word that opens a side clause: a clause it opens cannot stand alone as a statement.
export const SIDE_CLAUSE_OPENER = /\b(?:that|which|who|whom|whose|where|when|whenever|because|if|unless|although|though|while|whereas|since|until|once|after|before|as)\b/i;
const RELATIVE_BEFORE = /\b(?:that|which|who|whom|whose|where|when)(?: [a-z]+){0,2} $/i;

/** "The germs doctors can …": a determiner, a plural noun and a second noun (the contact clause's subject) before the claim word. */
function contactClause(before: string): boolean {
  const m = /^(?:The|A|An|This|These|Those) (?:[a-z]+ )?([a-z]+) ([a-z]+) $/.exec(before);
  if (!m) return false;
  const terms = tagged(before.trim());
  const last = terms.at(-1);
  const prev = terms.at(-2);
  // (The first noun plural, as a compound's first word never is: "a toll road can …" is one noun.)
  return !!last && !!prev && last.tags?.includes("Noun") === true && prev.tags?.includes("Plural") === true && !prev.tags.includes("Adjective") && !last.tags.includes("Adjective");
}
const CLAIM_WORD = /\b(?:most|many|few|always|never|usually|often|rarely|seldom|sometimes|can(?!')|cannot|can't|could not|couldn't)\b/gi;

/**
 * "Most towns paid the toll" -> "Few towns paid the toll"; "Crabs cannot swim" -> "Crabs can swim" (and back);
 * "usually" -> "rarely"; "sometimes" -> "never": a statement with nothing to swap still says how many, how often or whether, and the opposite word makes
 * it plainly false by the article's own words (the negation is taken away, never put in: a "not" added breaks the
 * grammar). Only one such word, none of the forms that hedge or compare ("a few", "few of", "most of all", "more
 * than"), and a quantity word only where it opens the subject, so the turned word is the claim.
 */
function turnClaim(statement: string): { text: string; word: string } | null {
  if (/\b(?:not|no|nor|neither|than|only|just|a few|quite|too|so|as)\b/i.test(statement.replace(/\b(?:could) not\b/gi, ""))) return null;
  // "Few traders ever travelled the whole way": "ever", "any", "yet" lean on the "few", and "Many traders ever …" is no English.
  if (/\b(?:ever|any|anyone|anything|yet|at all)\b/i.test(statement)) return null;
  const hits = [...statement.matchAll(CLAIM_WORD)];
  if (hits.length !== 1) return null;
  const hit = hits[0]!;
  const word = hit[0].toLowerCase();
  const before = statement.slice(0, hit.index);
  const after = statement.slice(hit.index! + hit[0].length);
  // A quantity opens the subject ("Most towns …", or after an opening phrase and its comma) and a plural noun follows
  // at once ("most of the brine" is a share of a whole, with no plain opposite).
  if (/^(?:most|many|few)$/.test(word) && (!/^(?:|[A-Z][^,]*, )$/.test(before) || !/^ [a-z]{3,}s\b/.test(after))) return null;
  // The word must be the main clause's. Inside a clause that describes a noun ("…, germs that can cause fevers", "the hum
  // you can hear is …") or gives a reason, condition or time ("Because gusts can …, …") it is a side remark: turned, it
  // denies the wrong verb, and the statement's point stays true.
  // (Only the text after the last comma counts, "When the tide is low, visitors can …" is the main clause's; a clause
  // opened before it stays open only where no comma has closed it. A relative word two words or fewer before the claim
  // word opens the claim's clause, "farmers who live near the hill can …" has closed its own. A contact clause is a
  // pronoun or a noun straight after the subject noun, "the germs doctors can see … cause …".)
  const closed = before.slice(before.lastIndexOf(",") + 1);
  if (SIDE_CLAUSE_OPENER.test(closed) && /^\s*(?:because|if|unless|although|though|while|whereas|since|until|once|when|whenever|where)\b/i.test(closed)) return null;
  if (RELATIVE_BEFORE.test(closed) || /^(?:The|A|An|This|These|Those)\b[^,]*\b(?:you|we|they|I)\s$/.test(before) || contactClause(before)) return null;
  // "the most", "for the most part": a superlative, not a share.
  if (/\bthe $/i.test(before)) return null;
  // "The path ends at the gate, usually where the wall stops": a "how often" tacked on after a comma, or one that leads a
  // place, time or reason clause, hedges that clause, not the main verb; turned ("rarely where …") it reads as nonsense.
  if (/^(?:usually|often|rarely|seldom|sometimes|always|never)$/.test(word) && (/,\s*$/.test(before) || /^ (?:where|when|whenever|because|if|unless|since|after|before|while|once)\b/i.test(after))) return null;
  // "The castle was never captured", "He never married": a one-off past event has no "always" (only a habit or a
  // present truth, "Crabs never swim", turns).
  if (/^(?:never|always)$/.test(word) && /\b(?:was|were|had|did)\b|\b[a-z]{2,}ed\b/i.test(statement)) return null;
  // "People often call it …", "is rarely described as …", "hundredweights, usually shortened to cwt": how a thing is named,
  // shortened, said or judged is wording, not a fact the article teaches. (Only "written as" is wording: "usually wrote on
  // parchment" is a habit, and turns.)
  if (NAMING_VERB.test(after)) return null;
  // "can" turned only when its verb follows at once: "can still see" -> "cannot still see" is no English.
  if (word === "can" && !/^ (?!(?:still|also|only|even|just|then|now|often|always|never|usually|sometimes|already|easily)\b)[a-z]+(?<!ly)\b/.test(after)) return null;
  const opposite = CLAIM_OPPOSITES.get(word)!;
  const put = /^[A-Z]/.test(hit[0]) ? capitalise(opposite) : opposite;
  return { text: articleAgreeing(before, put) + put + after, word: put };
}
