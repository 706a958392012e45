import { PART_WITHOUT_WHOLE, pointsOutside } from "./check-stems";
import { contentWords } from "./confidence";
import type { DistractorContext } from "./distractors";
import { falseVersions, type FalseStatement } from "./falsify-statement";
import { grantedClaim } from "./granted-claims";
import { findNameSiblings, findOrdinalSeries } from "./find-siblings";
import { escapeRegExp } from "./find-spans";
import type { Definition } from "./find-definitions";
import type { TermList } from "./find-lists";
import { vagueness } from "./make-cloze";
import { multipleChoiceQuestion, shareOfSmaller, sourceIn, statementQuestion } from "./question-parts";
import { isExpletiveIt } from "./resolve-pointers";
import { affirmStatement, negateStatement, negativeKeptWhole, saidElsewhere, unsettledByArticle, vagueObject } from "./negate-statement";
import { tagged } from "./question-stems";
import { listCutShort } from "./list-cut-short";
import { scopeSetBefore } from "./scope-set-before";
import { LONGEST_READ_SENTENCE } from "./split-sentences";
import { dropsCondition, evaluativeClaim, leansOnSentenceBefore } from "./statement-claims";
import { laterClauses } from "./split-clauses";
import { mentions } from "./whole-words";
import { restateCondition, trimClause, trimToMainClause, wordCount, type TrimmedStatement } from "./trim-statement";
import type { GeneratedQuestion, ParsedArticle, Sentence, Span } from "./types";

/**
 * The article's central sentences as statements to judge: each cut to its main
 * clause and asked True, or with one detail changed and asked False; and, where
 * four good ones exist, "Which of these statements is true?" with one true
 * statement and three false ones from other central sentences. These ask for a
 * main idea (what happened, why, what followed, what a thing is or does) on any
 * kind of article, with no template per wording.
 */

// A section that says why the subject matters holds its significance ("Why does it matter?", "Legacy", "Impact").
const SIGNIFICANCE = /\b(?:why|matters?|significance|importance|impact|legacy|effects?|consequences?|results?|aftermath|outcomes?|influence)\b/i;
// How each kind ranks against the article's other questions: "Which of these statements is true?" asks four central
// sentences at once; a false statement needs the fact to be known, a true one is passed more often by a guess.
const CHOICE_WEIGHT = 1.2;
const FALSE_WEIGHT = 1.0;
const TRUE_WEIGHT = 0.85;
/** A later clause's edge over its sentence's main clause at a tie: the point is often there (laterClauses). */
const LATER_CLAUSE_EDGE = 1.02;
/** A denied statement's confidence against its true copy's: the same point, one word more to read wrongly. */
const DENIED_SHARE = 0.98;
/** How many of the most central sentences are read (a long article's side details are never statements). */
const MOST_CENTRAL = 14;

interface Central {
  index: number;
  sentence: Sentence;
  central: number;
  trimmed: TrimmedStatement;
  trueConfidence: number;
  falsified: FalseStatement | null;
  /** One of a long sentence's later clauses (its point is often there: a little ahead of the main clause at a tie). */
  laterClause: boolean;
  aboutSubject: boolean;
  /** The sentence defines a term (asked true by the definition questions). */
  defines: boolean;
}

export interface StatementInput {
  article: ParsedArticle;
  /** The article's defined terms: one more list of siblings (one key term for another). */
  definitions: Definition[];
  /** The defined terms that may be swapped for one another: all but the title's own topic (generate-questions' `swappable`). */
  siblingTerms?: Definition[];
  importance: number[];
  spansBySentence: Span[][];
  lists: TermList[];
  articleText: string;
  ctx: DistractorContext;
  random: () => number;
}

/** The most central sentences that can be stated alone, most central first. */
function findCentral(input: StatementInput): Central[] {
  const { article, importance, spansBySentence, articleText, ctx, random } = input;
  // Terms the article defines are of one kind (its key ideas): singular and plural ones apart, so a swap keeps its grammar.
  // The title's topic is no sibling of its parts: "A healthy [part] beats …" for "A healthy [whole] beats …" is not clearly false.
  const siblings = input.siblingTerms ?? input.definitions;
  const defined = [true, false].map((plural) => ({ items: siblings.filter((d) => d.plural === plural).map((d) => ({ text: d.term, ...d.range })), sentenceIndex: -1, lead: "", defined: true }));
  const lists = [...input.lists, ...defined.filter((l) => new Set(l.items.map((i) => i.text.toLowerCase())).size >= 2)];
  const sentences = article.sentences;
  const paragraphStarts = new Set(article.sections.flatMap((s) => s.paragraphs.map((p) => p.start)));
  const titleWords = new Set(contentWords(article.title));
  const person = sentences[0]?.titlePerson?.name.split(" ").pop()?.toLowerCase();
  const allSpans = spansBySentence.flat();
  const nameSiblings = findNameSiblings(articleText);
  const ordinalSeries = findOrdinalSeries(articleText);
  const ranked = sentences
    .map((sentence, index) => {
      const first = paragraphStarts.has(sentence.start);
      const significance = first && SIGNIFICANCE.test(article.sections[sentence.section]?.heading ?? "");
      return { sentence, index, central: (importance[index] ?? 0) + (first ? 0.08 : 0) + (significance ? 0.08 : 0) };
    })
    // (A list item that is no sentence, "Egypt, where she bought a share …", makes no statement.)
    .filter(({ sentence }) => !sentence.listItem)
    .sort((a, b) => b.central - a.central);
  const itMeans = titleThingBySentence(article, articleText);
  const itsMeans = itsThingBySentence(article, itMeans);
  // A sentence that defines a term is asked by the definition questions (both ways, and with the term swapped): here only with another detail changed.
  const defining = new Set(input.definitions.map((d) => d.sentenceIndex));
  // (Only while the statement keeps the term: cut of its naming aside, "Swedish traders, sometimes called the Rus, sailed …"
  // says what they did, which no definition question asks.)
  const keepsTerm = (index: number, statement: string) =>
    input.definitions.some((d) => d.sentenceIndex === index && mentions(statement, d.term));
  const out: Central[] = [];
  let read = 0;
  for (const { sentence, index, central } of ranked) {
    if (read >= MOST_CENTRAL) break;
    // A "sentence" of thousands of characters is a pasted table or list, not a claim.
    if (sentence.end - sentence.start > LONGEST_READ_SENTENCE) continue;
    // (A statement that keeps its hedge is asked here only as said: see TrimmedStatement.attributed.)
    const cut = trimToMainClause(sentence, itMeans[index], itsMeans[index], { keepHedge: true });
    // Kept whole, a sentence with its condition after it is said again with the condition first (not copied).
    const main = cut && (restateCondition(cut, articleText) ?? cut);
    // A long sentence's later clauses ("…; the guild kept …", "…, and carried mail") are statements of their own: its point is
    // often there, and the main-clause cut leaves it out.
    const clauses = cut && wordCount(sentence.text) < 16 ? [] : laterClauses(sentence, article.title, Boolean(itMeans[index])).map((c) => trimClause(sentence, c, itMeans[index], undefined, { keepHedge: true }));
    const before = out.length;
    for (const [at, trimmed] of [main, ...clauses].entries()) {
      if (!trimmed || grantedClaim(trimmed.text, sentence.text, article.title) || vagueness(trimmed.text) < 1 || pointsOutside(trimmed.text, article.title)) continue;
      // "Carter had the stairs cleared, saw that …": a series of the subject's deeds cut before its "and" is no sentence.
      // "Magma oozes up through the opening": which opening, the sentence before said.
      // "Its themes include pride, greed." and "They were neighbours." cut from a longer list: see listCutShort.
      if (seriesCutShort(trimmed.text, sentence.text) || listCutShort(trimmed.text, sentence.text) || PART_WITHOUT_WHOLE.test(trimmed.text)) continue;
      // "Voters mark one name." true only inside the system the sentence before named: see scopeSetBefore.
      if (scopeSetBefore(trimmed.text, sentences, index)) continue;
      // Praise and reputation ("the father of …", "is seen as …", "a turning point") are opinions, answered True by anyone; "the guild took on a range of duties" says nothing sure;
      // "There are still checks." answers the sentence before; "The pH is balanced" cut from "In pure water, …" is wider than the
      // article. None is a fact to judge true or false.
      // ("Lady Orm resolves that he must go", a pronoun for a person the statement does not name, is refused for every
      // true/false question by resolve-person-pronouns' pronounAgainstNames, a title giving the name its gender.)
      if (evaluativeClaim(trimmed.text) || vagueObject(trimmed.text) || leansOnSentenceBefore(trimmed.text, sentence.text) || dropsCondition(trimmed.text, sentence.text)) continue;
      // The same point made twice (the summary and the body): the more central one only.
      // (The title's words are left out: every statement about the subject names it, and that makes no two of them one point.)
      const seen = new Set(contentWords(trimmed.text).filter((w) => !titleWords.has(w)));
      if (out.some((o) => overlap(seen, o.trimmed.text, titleWords) >= 0.5)) continue;
      const words = wordCount(trimmed.text);
      // A named pronoun is a small step from the article's words; "X can be used to …" is a possibility a reader grants without reading.
      const trueConfidence = 0.74 * (/\b(?:can|could) be\b/.test(trimmed.text) ? 0.85 : 1) * (words > 22 ? 0.92 : 1) * (trimmed.resolved ? 0.95 : 1);
      const [falsified = null] = trimmed.attributed ? [] : falseVersions({ statement: trimmed.text, sentence, sentenceIndex: index, sentences, spans: spansBySentence[index] ?? [], allSpans, lists: defining.has(index) ? input.lists : lists, nameSiblings, ordinalSeries, articleText, title: article.title, ctx, random });
      const lower = trimmed.text.toLowerCase();
      const aboutSubject = contentWords(trimmed.text).some((w) => titleWords.has(w)) || (person !== undefined && lower.includes(person));
      out.push({ index, sentence, central, trimmed, trueConfidence, falsified, laterClause: at > 0, aboutSubject, defines: keepsTerm(index, trimmed.text) });
    }
    if (out.length > before) read++;
  }
  return out;
}

/** A statement whose clause runs on after a comma with a second verb of the same subject and no "and" before the end. */
function seriesCutShort(text: string, sentenceText: string): boolean {
  // (An "and", "or" or "but" after the first comma closes the series: looked for before the tagger is asked.)
  if (!/, /.test(text) || /\b(?:and|or|but)\b/.test(text.slice(text.indexOf(", ")))) return false;
  const terms = tagged(text);
  // (A verb before the comma: "The tomb, found in 1922, held …" opens an aside on the subject, not a series.)
  // (", led by Ada", ", compared with …": a participle opening a phrase of its own is no second verb of the subject. Not when the
  // sentence goes on with ", and reached …": then "passed by the fort" is one more deed of the subject in a series of them.)
  const deeds = /, (?:and|but) (?:then )?[a-z]+ed\b/.test(sentenceText);
  const participle = (i: number) => (/^compared$/i.test(terms[i]!.text) && /^(?:with|to)$/i.test(terms[i + 1]?.text ?? "")) || (!deeds && /^by$/i.test(terms[i + 1]?.text ?? "") && terms[i + 2] !== undefined);
  return terms.some((t, i) => i > 1 && /,/.test(terms[i - 1]?.post ?? "") && t.tags?.includes("PastTense") && t.tags.includes("Verb") && !t.tags.includes("Participle") && !participle(i) && terms.slice(0, i).some((b) => b.tags?.includes("Verb")));
}

/**
 * An article about a thing ("The Black Death", "The Saltmere Canal") calls it
 * "it" sentence after sentence. Where the sentence before (same section) names
 * that thing, or was itself about it and says "it" or "its", an "it" opening a main clause is that
 * thing, written as the article writes it. Titles that are sentences or name a
 * person are left alone.
 */
function titleThingBySentence(article: ParsedArticle, articleText: string): (string | undefined)[] {
  const sentences = article.sentences;
  // "What Was the Great Fire?" is about the Great Fire.
  const title = article.title.replace(/^(?:What|Who) (?:is|was|are|were) /i, "").replace(/\?$/, "").replace(/^(?:The|A|An)\s+/i, "").trim();
  const out: (string | undefined)[] = sentences.map(() => undefined);
  if (!title || title.split(/\s+/).length > 4 || sentences[0]?.titlePerson || /\b(?:is|are|was|were|[a-z]+s|[a-z]+ed)\b/.test(title)) return out;
  const re = new RegExp(`(?<![\\w-])(?:(the|a|an) )?${escapeRegExp(title)}(?![\\w-])`, "gi");
  const found = [...articleText.matchAll(re)];
  if (found.length < 2) return out;
  const [, article0] = found[0]!;
  const form = found[0]![0].slice(article0 ? article0.length + 1 : 0);
  const thing = article0 ? `The ${form}` : form;
  const named = (text: string) => new RegExp(re.source, "i").test(text);
  sentences.forEach((s, i) => {
    const previous = sentences[i - 1];
    if (!previous || previous.section !== s.section) return;
    // "It rained …", "(In May,) it was midnight when …": an "it" that stands for nothing.
    if (isExpletiveIt(s.text) || isExpletiveIt(s.text.replace(/^[^,]{1,60},\s*/, ""))) return;
    // A chain of "it"/"its" sentences keeps its referent; a sentence about something else breaks it.
    if (named(previous.text) || (out[i - 1] && /\b(?:it|its)\b/i.test(previous.text))) out[i] = thing;
  });
  return out;
}

/**
 * The article's thing for an opening "Its", only where it is sure: "Its" usually means the nearest thing named before ("The
 * ship struck a reef. Its sharp edges …" are the reef's). So the sentence before must open with the thing (or with "It" that
 * stands for it) and name no other single thing after the thing's own words: no singular noun or name ("in 1850", "many
 * farmers" are none).
 */
function itsThingBySentence(article: ParsedArticle, itMeans: (string | undefined)[]): (string | undefined)[] {
  return article.sentences.map((s, i) => {
    const thing = itMeans[i];
    const previous = article.sentences[i - 1];
    if (!thing || !previous || !/^Its\s/.test(s.text)) return undefined;
    const opening = previous.text.toLowerCase();
    const opensWith = opening.startsWith(`${thing.toLowerCase()} `) || opening.startsWith(`the ${thing.toLowerCase()} `) || (/^It\s/.test(previous.text) && itMeans[i - 1] === thing);
    if (!opensWith) return undefined;
    const terms = tagged(previous.text);
    const verb = terms.findIndex((t) => t.tags?.includes("Verb"));
    if (verb < 0) return undefined;
    // (Looked for from the end of the thing's own words, not from the verb: "Kellby Fort and the harbour town were burned …
    // Its people …" names a second thing inside the subject, and the "Its" is as likely the town's.)
    const thingWords = /^It\s/.test(previous.text) ? 1 : thing.split(/\s+/).length + (opening.startsWith("the ") && !thing.toLowerCase().startsWith("the ") ? 1 : 0);
    const another = terms.some((t, j) => j >= thingWords && j !== verb && t.tags?.includes("Noun") && !t.tags.includes("Plural") && !t.tags.includes("Date") && !t.tags.includes("Pronoun"));
    return another ? undefined : thing;
  });
}

/** The share of the smaller statement's content words the other shares. */
function overlap(words: Set<string>, other: string, leaveOut: Set<string>): number {
  return shareOfSmaller(words, new Set(contentWords(other).filter((w) => !leaveOut.has(w))));
}

/** A negative central statement said the other way, where it is its sentence's whole claim and no other sentence says the positive. */
function affirmedWhole(c: Central, sentences: Sentence[]): string | null {
  if (c.trimmed.cut && !negativeKeptWhole(c.trimmed.text, c.sentence.text)) return null;
  const positive = affirmStatement(c.trimmed.text);
  return positive && !saidElsewhere(positive, sentences.filter((s) => s !== c.sentence).map((s) => s.text)) ? positive : null;
}

/** True and false statements from the central sentences, and "Which of these statements is true?" where four fit together. */
export function makeMainStatements(input: StatementInput): { question: GeneratedQuestion; sentenceIndex: number; weight: number }[] {
  const central = findCentral(input);
  const out: { question: GeneratedQuestion; sentenceIndex: number; weight: number }[] = [];
  for (const c of central) {
    const whole = { start: c.sentence.start, end: c.sentence.end };
    const point = `${c.index}:${c.trimmed.text}`;
    // A sentence copied whole is what reviewers call a verbatim copy: it is asked only with a detail changed.
    if (c.trimmed.cut && !c.defines) out.push({ sentenceIndex: c.index, weight: TRUE_WEIGHT * (c.laterClause ? LATER_CLAUSE_EDGE : 1), question: { ...statementQuestion({ statement: c.trimmed.text, isTrue: true, source: sourceIn(c.sentence, whole), keyKind: "statement", confidence: c.trueConfidence }), mainPoint: true, point } });
    // The same point denied: false by the article, and asked as plainly as the true copy (a swapped detail is often absurd).
    // (A definition is asked by the definition questions, both ways and with the term swapped.)
    // (Nor what a thing is, cut from a longer sentence: "The dyke was not a long bank of earth" is trivially false.)
    // (Nor where the article hedges the point or says elsewhere that it does not hold: the key False would be argued.)
    // (A statement that itself denies, "X did not invent Y", is said the other way: "X invented Y", as plainly false.)
    // (Only the sentence's whole negative: a tail cut away, ", until …", may be what undoes it. Nor where another
    // sentence says the positive: "did not sign the pact" is often followed by when it was signed.)
    const denial = c.defines || c.trimmed.classified || c.trimmed.attributed ? null : (negateStatement(c.trimmed.text) ?? affirmedWhole(c, input.article.sentences));
    const negated = denial && !unsettledByArticle(c.trimmed.text, c.sentence.text, input.article.sentences.filter((s) => s !== c.sentence).map((s) => s.text)) ? denial : null;
    if (negated) out.push({ sentenceIndex: c.index, weight: FALSE_WEIGHT, question: { ...statementQuestion({ statement: negated, isTrue: false, source: sourceIn(c.sentence, whole), keyKind: "statement", confidence: Math.round(c.trueConfidence * DENIED_SHARE * 100) / 100 }), mainPoint: true, point } });
    if (c.falsified) {
      out.push({ sentenceIndex: c.index, weight: FALSE_WEIGHT, question: statementQuestion({ statement: c.falsified.text, isTrue: false, source: sourceIn(c.sentence, c.falsified.answer), keyKind: "statement", confidence: c.falsified.confidence }) });
    }
  }
  const choice = makeWhichIsTrue(central, input.random);
  if (choice) out.push({ ...choice, weight: CHOICE_WEIGHT });
  return out;
}


/**
 * One true statement and three false ones, each false one from a different
 * central sentence with one detail changed, all about the article's subject and
 * of a similar length (none stands out by its shape).
 */
function makeWhichIsTrue(central: Central[], random: () => number): { question: GeneratedQuestion; sentenceIndex: number } | null {
  const about = central.filter((c) => c.aboutSubject);
  for (const truth of about.slice(0, 3)) {
    const length = wordCount(truth.trimmed.text);
    const fits = (c: Central) => c.index !== truth.index && c.falsified !== null && Math.abs(wordCount(c.falsified.text) - length) <= Math.max(5, length * 0.4);
    // (Each from a sentence of its own: two clauses of one sentence are one source.)
    const wrong = about.filter(fits).filter((c, i, all) => all.findIndex((o) => o.index === c.index) === i).slice(0, 3);
    if (wrong.length < 3) continue;
    const all = [truth, ...wrong];
    const sources = [...all].sort((a, b) => a.sentence.start - b.sentence.start).map((c) => ({ sentence: c.sentence.text, start: c.sentence.start, end: c.sentence.end }));
    const confidence = Math.min(truth.trueConfidence, ...wrong.map((c) => c.falsified!.confidence)) * 0.97;
    return {
      sentenceIndex: truth.index,
      question: multipleChoiceQuestion(
        {
          // (Naming the subject in the stem would show a word every option carries.)
          prompt: "Which of these statements is true?",
          key: truth.trimmed.text,
          others: wrong.map((c) => c.falsified!.text),
          source: sourceIn(truth.sentence, { start: truth.sentence.start, end: truth.sentence.end }),
          sources,
          keyKind: "statement",
          confidence,
        },
        random,
      ),
    };
  }
  return null;
}
