import { clamp01, DROP_THRESHOLD, keyKindOf, mainSentences, paragraphIndex, REVIEW_THRESHOLD, sentenceRanks } from "./confidence";
import { indexArticleTexts, type DistractorContext } from "./distractors";
import { findDefinitions } from "./find-definitions";
import { findLists } from "./find-lists";
import { makeCategoryQuestions } from "./make-category-questions";
import { findCategoryLists } from "./find-category-lists";
import { makeCategoryListQuestions } from "./make-category-list-questions";
import { makeListFrameQuestions } from "./make-list-frame-questions";
import { findIntroducedTerms } from "./introduced-terms";
import { findFunctionFacts, makeJobQuestion, makePartQuestion, makeSwappedPart, makeTypedPartQuestion } from "./make-function-questions";
import { makeSuperlativeQuestions, makeThanQuestions } from "./make-comparison-questions";
import { findParallelJobs, makeParallelPartQuestion, makeSuperlativePartQuestions } from "./make-parallel-part-questions";
import { makeExampleQuestions } from "./make-example-questions";
import { findCauses, makeCauseQuestion, makeRestatedCause } from "./make-cause-questions";
import { findLinks } from "./find-links";
import { makeLinkQuestion, makeRestatedReason, makeStatedResult, makeSwappedLink } from "./make-link-questions";
import { makeOddLinkQuestions } from "./make-odd-link-questions";
import { makeReverseDefinition, makeSwappedDefinition, makeTopicStatement } from "./make-definition-questions";
import { makeRelationQuestions } from "./make-relation-questions";
import { makeLifeStatements } from "./life-points";
import { makeDeedQuestions } from "./make-deed-questions";
import { makeOfficeQuestions } from "./make-office-questions";
import { makeSymbolQuestions } from "./make-symbol-questions";
import { makeWorkStatements, workNamed } from "./make-work-statements";
import { makeWorkSetting } from "./make-work-setting";
import { findPurposes, makePurposeQuestion } from "./make-purpose-questions";
import { findOrganisations } from "./find-organisations";
import { findPlaceNames } from "./find-place-names";
import { findSettingNames, makeSettingCheck } from "./find-setting";
import { callsThing, dominantPronoun, findTitlePerson, personNamedByTitle, titleDisownsPronoun } from "./find-title-person";
import { NAME_PARTICLE, rulerInTitle } from "./titles";
import { makeSequenceQuestions } from "./make-sequence-questions";
import { makePlotOrdering } from "./make-plot-order";
import { mainCharacter } from "./main-character";
import { findIdentities, makeIdentityQuestion, makeReverseIdentity } from "./make-identity-questions";
import { keyIsTitleTopic } from "./check-sentence-point";
import { escapeRegExp, findSpans } from "./find-spans";
import { otherForms } from "./demonyms";
import { knownAsPlace } from "./known-places";
import { beginArticle, notePersonNames } from "./seen-word-tags";
import { findIntroducedNames, findNamedEntities, findRecurringNames, findRegnalNames } from "./named-entities";
import { gateFailure, type GateFailure } from "./gates";
import { lastDateBefore } from "./relative-time";
import { namesTitledOther } from "./titled-others";
import { applyChecks } from "./check-questions";
import { calibrateConfidence } from "./score-confidence";
import { makeFillBlank, makeMultipleChoice, makeTrueFalse } from "./make-cloze";
import { makeKindContrastQuestions } from "./make-kind-contrast-questions";
import { genderOf, namesPersonOfSex, personalPronounUnbound, personWordBeforePronoun, pronounAgainstNames, shownGender } from "./resolve-person-pronouns";
import { findDatedEvents, makeMatching, makeOrdering } from "./make-timeline";
import { makeDefinitionQuestion, makeListQuestion, makeTypedListQuestion, findMemberMentions } from "./make-term-questions";
import { makeLimitFlip, makeOppositeStatement } from "./make-statements";
import { makeMainStatements } from "./make-main-statements";
import { makeMisconceptionStatement } from "./make-denial-statements";
import { makePairedContrast } from "./make-paired-contrast";
import { makeConditionSwap } from "./make-condition-swap";
import { makeConditionPairQuestion } from "./make-condition-pair-questions";
import { findRuleClaims, makeRuleQuestion, makeRuleSwap } from "./make-rule-questions";
import { makeNamedSetQuestion } from "./make-named-set-question";
import { makeReasonListStatements } from "./make-reason-list-statements";
import { makeCorrectedDenial } from "./make-corrected-denial";
import { makeCorrelativeQuestion, makeDirectionQuestion, makePairedDegreeQuestion, makeTurnedRule } from "./make-direction-questions";
import { makeAmountQuestion } from "./make-amount-questions";
import { makeChangeFromCause, makeConditionChanges } from "./make-change-questions";
import { makeStepQuestions } from "./make-steps";
import { findLabelledLines, findNamedStages, makeLabelQuestion, makeLabelMatching, makeLabelOrdering } from "./make-label-questions";
import { makeListOrderQuestions } from "./make-list-order";
import { makeNumberedStepQuestions } from "./make-numbered-steps";
import { makeUnitQuestions } from "./make-unit-questions";
import { parseArticle } from "./parse-article";
import { resolvePointers } from "./resolve-pointers";
import { writeInLeadDoers } from "./lead-in-doers";
import { LONGEST_READ_SENTENCE } from "./split-sentences";
import { dangles, needsContext, withContext } from "./question-stems";
import { createRandom } from "./random";
import { selectQuestions } from "./select-questions";
import { verbForms } from "./reporting-verbs";
import { CLOSE_KIN, GRANDPARENTS, kinAlternation } from "./kin-words";
import { BC_MARK, CE_MARK, eraMarkAfter } from "./year-eras";
import type { GeneratedQuestion, GeneratedQuestionType, ParsedArticle, Sentence, Span, SpanType } from "./types";

export { BLANK } from "./blank";
export { passesGates } from "./gates";
export { REVIEW_THRESHOLD } from "./confidence";

// Links past this many are not read for questions: options for each are sought among all the others (quadratic), and a quiz asks few.
export const MAX_LINKS = 200;

export const ALL_TYPES: GeneratedQuestionType[] = ["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "ORDERING", "MATCHING"];

export interface GenerateOptions {
  /** How many questions to keep (default 10). */
  count?: number;
  seed?: number;
  types?: GeneratedQuestionType[];
  /**
   * For evaluation only: told what became of every candidate (the gate that
   * dropped it, "low-confidence", "not-selected" or "selected").
   */
  trace?: (question: GeneratedQuestion, verdict: string) => void;
  /**
   * Let questions below the review line fill the whole count, not only a quiz of six (they stay marked for a
   * look): for a caller that wants every sentence's best question, such as asking about one sentence.
   */
  keepUnsure?: boolean;
}

export interface GenerationResult {
  article: ParsedArticle;
  questions: GeneratedQuestion[];
  /** Why there are fewer questions than asked, when there are. */
  notes: string[];
  /** For evaluation: how many candidates each gate dropped. */
  stats: { candidates: number; gateFailures: Partial<Record<GateFailure, number>>; lowConfidence: number };
}

// How much a quiz gains from a key of each kind (dates and people of an event, the article's own terms).
const TYPE_WEIGHT: Partial<Record<SpanType, number>> = {
  PERSON: 1.2,
  COUNTRY: 0.8,
  CITY: 1.05,
  PLACE: 1.05,
  FULL_DATE: 1.1,
  YEAR: 1.15,
  MONTH_YEAR: 1.1,
  ORG: 0.9,
  EVENT: 0.7,
  DECADE: 0.5,
  CENTURY: 1.1,
  NUMBER: 0.9,
  TERM: 1.1,
};

// A reason restated after its effect ("E because R.", true) is an article's only question on why, where it gives too few
// reasons to offer as options (a history or a life tells one or two): it ranks above a plain statement of the effect or a
// blank in it, so the quiz asks why as well as what.
const RESTATED_REASON_WEIGHT = 1.1;

// A bound, not a value: "more than", "over", "at least", "up to", "fewer than", "under", "as many as".
const BOUND_BEFORE = /\b(?:more than|over|at least|upwards of|in excess of|fewer than|less than|under|up to|as many as|as few as|no more than|not more than)\s+$/i;

// "The last miller retired … with his family": a his/her after a preposition and the item's own "The …" subject is that
// subject's ("the council let her add …" is someone else).
const itemDangles = (text: string) => dangles(/^(?:The|A|An) [a-z]/.test(text) ? text.replace(/\b(with|of|to|from|for|in|on|by|at) (?:his|her)\b/g, "$1 the") : text);
const HEDGED_EVENT = new RegExp(
  String.raw`\b(?:likely|reportedly|supposedly|apparently|legend|${verbForms("think believe")}|${verbForms("know", ["past", "base"])}|${verbForms("say")}|` +
    String.raw`according to|probably|perhaps|possibly|may have|might have)\b`,
  "i",
);

/** Article text -> ranked, checked questions, each bound to its source sentence(s). */
export function generateQuestions(text: string, options: GenerateOptions = {}): GenerationResult {
  const { count = 10, seed = 1, types = ALL_TYPES, trace, keepUnsure = false } = options;
  beginArticle();
  const article = parseArticle(text);
  const random = createRandom(seed);
  const stats: GenerationResult["stats"] = { candidates: 0, gateFailures: {}, lowConfidence: 0 };
  if (article.sentences.length === 0) {
    return { article, questions: [], notes: ["The article has no complete sentences to ask about."], stats };
  }

  const sentences = article.sentences;
  // A "sentence" of thousands of characters is not prose (a pasted table or list with no full stops): reading it
  // for names would cost the NLP and the name patterns seconds of the one thread that also runs live games.
  const readable = sentences.filter((s) => s.end - s.start <= LONGEST_READ_SENTENCE);
  const named = [...findNamedEntities(text, readable), ...findRecurringNames(text, readable), ...findOrganisations(text, readable, article.title), ...findRegnalNames(text, readable)];
  const titlePerson = findTitlePerson(article, text, named);
  // A part of the title's name found on its own ("Kanwa") is the same person, named whole.
  const partOfTitlePerson = (s: Span) => s.type === "PERSON" && titlePerson.some((t) => t.start <= s.start && s.end <= t.end && t.text !== s.text);
  if (titlePerson.length) named.splice(0, named.length, ...named.filter((s) => !partOfTitlePerson(s)), ...titlePerson);
  // (The article's people are people wherever their names' words stand: read alone, "Galileo was …", the tagger may take one
  // for a thing's name, which would settle a thing's "it" in a stem.)
  notePersonNames(named.filter((s) => s.type === "PERSON").map((s) => s.text));
  const namedBySentence = bySentence(sentences, [...named, ...findPlaceNames(text, readable, named)]);
  markTitlePerson(article, namedBySentence, text);
  // "It …", "They …", "This process …", "She …": written out where the sentence before settles what they mean.
  resolvePointers(sentences, namedBySentence, article.title);
  writeInLeadDoers(sentences);
  // A name the article introduces ("a dog named …") is a key of its own sentence only. Its kind is unknown (a dog, a ship, a
  // bay): it is typed PERSON but guessed, so it is asked typed with "a name" as the hint and never "Who …?", and it is
  // marked introduced, so only the whole name is accepted.
  const introducedBySentence = bySentence(sentences, findIntroducedNames(text, readable));
  // A year of three figures with no era is a year of the common era only where the article marks no year before it: in a
  // history that writes "221 BCE", a later "in 210," may well be BCE too. Nor is it one more than a thousand years before
  // every year the article writes in four figures: in a town's story of the 1800s, "begins in 212," or "from 300," is a
  // page or a count, and as a year it was asked and offered beside 1850 and 1880.
  const marksBC = new RegExp(BC_MARK).test(text);
  const found = sentences.map((s, i) => findSpans(s.text, s.start, [...namedBySentence[i]!, ...introducedBySentence[i]!]).map((span) => withSuffixStop(s, span)));
  const earliestLongYear = Math.min(...found.flat().filter((span) => span.type === "YEAR" && /^\d{4}$/.test(span.text)).map((span) => Number(span.text)));
  const doubtfulYear = (s: Sentence, span: Span) => eraLessShortYear(s, span) && (marksBC || (Number.isFinite(earliestLongYear) && earliestLongYear - Number(span.text) > 1000));
  const spansBySentence = found.map((spans, i) => spans.filter((span) => askable(sentences[i]!, span) && !doubtfulYear(sentences[i]!, span)));
  const allSpans = spansBySentence.flat();
  const settings = findSettingNames(article, allSpans);
  const ctx: DistractorContext = { articleTexts: indexArticleTexts(allSpans.filter((s) => !s.typedOnly)), year: centralYear(allSpans), articleText: text, settings };
  const lists = findLists(sentences);
  const asksForSetting = makeSettingCheck(settings);
  const definitions = findDefinitions(sentences);
  // The rank orders the questions and picks the sentences that get main statements (makeMainStatements' most central
  // ones, which score-confidence lifts as main points); the drop line, the calibrated odds and the review line read the
  // level they were set on. So a change of ranking can still add or remove a main statement and its lift.
  const { rank: importance, level } = sentenceRanks(article, new Set(definitions.map((d) => d.sentenceIndex)));

  const candidates: GeneratedQuestion[] = [];
  // A question made from a whole list or passage is placed at its (first) source sentence.
  const indexAt = new Map(sentences.map((s, i) => [s.start, i]));
  const at = (q: GeneratedQuestion) => indexAt.get(q.source.start) ?? -1;
  // The score ranks by importance first, then by how sure the question is.
  const countsSeen = new Map<string, boolean>();
  // A word of a name ("Ilse", "Varga") has the gender the article gives every person whose name it is part of, when they agree.
  const genders = new Map<string, "he" | "she" | null>();
  let wordGenders: Map<string, "he" | "she" | null> | null = null;
  const genderOfWord = (word: string) => {
    if (!wordGenders) {
      const seen = new Map<string, Set<string>>();
      for (const name of new Set(namedBySentence.flat().filter((n) => n.type === "PERSON").map((n) => n.text))) {
        const gender = genderOf(name, sentences, namedBySentence, genders) ?? "?";
        for (const w of name.split(/\s+/)) seen.set(w, (seen.get(w) ?? new Set()).add(gender));
      }
      wordGenders = new Map([...seen].map(([w, g]) => [w, g.size === 1 && !g.has("?") ? ([...g][0] as "he" | "she") : null]));
    }
    return wordGenders.get(word) ?? null;
  };
  const add = (q: GeneratedQuestion | null, type: GeneratedQuestionType, sentenceIndex: number, weight = 1) => {
    if (!q || !types.includes(type)) return;
    // "Ilse ran his office" as a statement: "his" is a man the sentence before named, and the statement names only her.
    if (q.type === "TRUE_FALSE" && pronounAgainstNames(q.prompt, genderOfWord, text)) {
      trace?.(q, "stem-dangles");
      return;
    }
    // The land the whole article is set in is named all through the quiz: a blank where it is the place of events tests nothing (see find-setting).
    if ((q.type === "MULTIPLE_CHOICE" || q.type === "FILL_BLANK") && q.keyKind === "name" && asksForSetting(q)) {
      trace?.(q, "setting-keyed");
      return;
    }
    const central = importance[sentenceIndex] ?? 0.3;
    // A count the article states more than once (summary, key facts, body) is one of its main points, not a side detail.
    const repeated = q.spanType === "NUMBER" && statedTwice(text.slice(q.source.answer.start, q.source.answer.end), sentences, countsSeen) ? 1.2 : 1;
    q.confidence = clamp01(q.confidence * (0.82 + 0.18 * (level[sentenceIndex] ?? 0.3)) * repeated);
    q.score = weight * (0.4 + central) * q.confidence;
    candidates.push(q);
  };
  // The player shows the article's title: a key the title names would be given away.
  const title = article.title.toLowerCase();
  const titleNames = new Map<string, boolean>();
  const inTitle = (key: string) => {
    let named = titleNames.get(key);
    // (The pattern only where the title holds the words: a pattern new to the engine costs far more to build than to run.)
    const lower = key.toLowerCase();
    if (named === undefined) titleNames.set(key, (named = (title.includes(lower) && new RegExp(`(?<![\\w-])${escapeRegExp(lower)}(?![\\w-])`).test(title)) || rulerInTitle(key, title)));
    return named;
  };
  sentences.forEach((sentence, i) => {
    const previous = sentences[i - 1];
    if (!isSelfContained(sentence, previous)) return;
    for (const span of spansBySentence[i]!) {
      if (inTitle(span.text) || inCoordination(sentence, span)) continue;
      const weight = TYPE_WEIGHT[span.type] ?? 0.5;
      // "more than 5,000 km": a smaller option is true as well, a larger one may be; only the typed question has one answer.
      const bound = span.type === "NUMBER" && BOUND_BEFORE.test(sentence.text.slice(0, span.start - sentence.start));
      if (!bound && !span.typedOnly) add(makeMultipleChoice(sentence, span, ctx, random, 1, previous), "MULTIPLE_CHOICE", i, weight);
      // A surname the title shows would be typed straight off the screen.
      const surnameInTitle = span.type === "PERSON" && title.includes(span.text.split(" ").pop()!.toLowerCase());
      if (!surnameInTitle) add(makeFillBlank(sentence, span, 1, text, previous), "FILL_BLANK", i, weight * 0.9);
      // A sentence copied whole as True is what reviewers call a verbatim copy: a statement cut to its main clause ranks first.
      // (A name the article gives in quotation marks is asked typed only: a statement on it copies the sentence, or needs another name of its kind.)
      const quotedName = span.type === "TERM" && span.typedOnly;
      const tf = !needsContext(sentence) && !bound && !quotedName ? makeTrueFalse(sentence, span, ctx, random, 1, () => lastDateBefore(span, allSpans, sentences, i)) : null;
      add(tf, "TRUE_FALSE", i, weight * (tf?.answerText === "True" ? 0.65 : 0.8));
    }
  });
  sentences.forEach((sentence, i) => {
    if (!isSelfContained(sentence, sentences[i - 1]) || needsContext(sentence)) return;
    // (Only this maker reads the sentence without a closing figure pointer: its statement is the whole sentence, which the gate
    // matches cut as well. The makers below key spans at the sentence's own words and are gated on them, so a pointer still stops them.)
    add(makeOppositeStatement(sentence, text, random() < 0.6), "TRUE_FALSE", i, 0.9);
    // A limit the article sets ("is not always …") turned into the claim it denies.
    add(makeLimitFlip(sentence, text), "TRUE_FALSE", i, 0.9);
    // What the article itself says is not so: a belief it calls a mistake, as a false statement.
    add(makeMisconceptionStatement(sentence, text), "TRUE_FALSE", i, 0.9);
    // Two things set against each other by a pair of opposites in one sentence: the first given the second's, false.
    add(makePairedContrast(sentence, text), "TRUE_FALSE", i, 0.9);
    // A denial the article corrects at once ("X does not …; only Y does"): the claim it denies, false.
    add(makeCorrectedDenial(sentences, i), "TRUE_FALSE", i, 0.9);
    // One thing under two conditions told in neighbouring sentences: the first condition given the second's outcome, false.
    const next = sentences[i + 1];
    if (next?.section === sentence.section) add(makeConditionSwap(sentence, next, text), "TRUE_FALSE", i, 0.9);
    // The same thing's outcomes under two opposite actions: "When <action>, what happens to <thing>?", the other outcome an option.
    add(makeConditionPairQuestion(sentence, next, sentences[i - 1], random), "MULTIPLE_CHOICE", i, 1.3);
    // A set of steps the sentence before tells, named in one list ("call these three stages a, b and c"): its last name.
    add(makeNamedSetQuestion(sentence, sentences[i - 1]), "FILL_BLANK", i, 1.0);
    // A rule with a direction, asked as "what happens to …?", and turned where the opposite-word rule does not reach.
    const rule = makeDirectionQuestion(sentence, random) ?? makeCorrelativeQuestion(sentence, random) ?? makeAmountQuestion(sentence, random) ?? makePairedDegreeQuestion(sentence, random);
    add(rule, "MULTIPLE_CHOICE", i, 1.3);
    // An outcome with a plain opposite (sinks, cools, narrows) after a condition: what happens to the thing.
    if (!rule) for (const q of makeConditionChanges(sentence, text, random)) add(q, "MULTIPLE_CHOICE", i, 1.3);
    add(makeTurnedRule(sentence, text), "TRUE_FALSE", i, 1.0);
  });
  // The central sentences as statements, true (cut to the main clause) or with one detail changed, and "Which is true?";
  // a true one is half a guess, so it ranks below a question on the same fact.
  // The title's own topic among the defined terms: asked only the other way round, and never swapped with its parts.
  const topics = new Set(definitions.filter((d) => keyIsTitleTopic(d.term, article.title, text)).map((d) => d.term));
  const swappable = definitions.filter((d) => !topics.has(d.term));
  for (const { question: q, sentenceIndex, weight } of makeMainStatements({ article, definitions, siblingTerms: swappable, importance, spansBySentence, lists, articleText: text, ctx, random: createRandom(seed + 1) })) add(q, q.type, sentenceIndex, weight);
  // What stood in a life's way, stated true and denied (a clause the main statements leave out, or a sentence below their rank).
  const stated = new Set(candidates.map((q) => q.prompt));
  // (Not in a retold work: a character's hardship is its plot, which the story makers ask.)
  const lifeStatements = workNamed(article.title, sentences[0]?.text) === null ? makeLifeStatements(sentences, article.title) : [];
  for (const { question, sentenceIndex, weight } of lifeStatements) if (!stated.has(question.prompt)) add(question, "TRUE_FALSE", sentenceIndex, weight);
  for (const { sentenceIndex, span, list } of findMemberMentions(sentences, lists)) {
    if (inTitle(span.text)) continue;
    add(makeListQuestion(sentences[sentenceIndex]!, sentences[sentenceIndex - 1], span, list, random, text), "MULTIPLE_CHOICE", sentenceIndex, 1.15);
    add(makeTypedListQuestion(sentences[sentenceIndex]!, sentences[sentenceIndex - 1], span, list, text), "FILL_BLANK", sentenceIndex, 1.0);
  }
  for (const def of definitions) {
    // A name the title shows stays out; a common term the title names is still worth asking for by its definition.
    if (/^[A-Z]/.test(def.term) && inTitle(def.term)) continue;
    // The title's own topic asked for by its definition is on the screen already: it is asked the other way round only
    // ("What is a …?"). A term the title names beside another it weighs it against ("Tides and Currents") is still asked.
    const topic = topics.has(def.term);
    // (A part's options never hold the whole's description: the whole does what its parts do.)
    const termIsPerson = spansBySentence[def.sentenceIndex]!.some((span) => span.type === "PERSON" && span.text === def.term);
    const q = topic ? null : makeDefinitionQuestion(def, sentences, swappable, lists, random, text, termIsPerson);
    if (q) add(q, q.type, def.sentenceIndex, 1.25);
    // The other way round ("What is the esophagus?"), and a definition given to the wrong term as a false statement.
    if (!inTitle(def.term) || !/^[A-Z]/.test(def.term)) {
      const reverse = makeReverseDefinition(def, topic ? definitions : swappable, sentences, random);
      add(reverse, "MULTIPLE_CHOICE", def.sentenceIndex, 1.25);
      // The topic with no options to ask it by: what it is, as a true statement.
      if (topic && !reverse) add(makeTopicStatement(def, sentences), "TRUE_FALSE", def.sentenceIndex, 0.9);
      // Never a swap to or from the title's topic: the article's other terms are mostly its parts or kinds, and a part
      // given the whole's definition ("The [part] is the control centre of the body") is not clearly false.
      if (!topic) add(makeSwappedDefinition(def, swappable, sentences, text, random), "TRUE_FALSE", def.sentenceIndex, 0.9);
    }
  }
  // Causes, purposes and results: the article's main ideas more often than its names and dates.
  const causes = findCauses(sentences);
  const askedWhy = new Set<number>();
  const restatedAt = new Set<number>();
  // Goals of the article's actors, and the links read from general discourse markers (asked below). The first MAX_LINKS
  // only: each link's options are sought among all the others, and a quiz needs few of them.
  const purposes = findPurposes(sentences, text);
  const links = findLinks(sentences, article.title, purposes).slice(0, MAX_LINKS);
  // "S1. For this reason, S2.": a link asks "Why S2?" with the article's reasons; the same pair as "S1. What happened as a
  // result?" would ask one fact twice, with the whole of S1 (and its opening "However,") as the stem.
  const linkedPairs = new Set(links.flatMap((l) => (l.effectIndex === undefined ? [] : [l.effectIndex])));
  for (const fact of causes) {
    if (fact.kind === "result" && linkedPairs.has(fact.sentenceIndex) && /^(?:As a result|Because of this|Consequently|Therefore|For this reason)\b/.test(sentences[fact.sentenceIndex]!.text)) continue;
    const q = makeCauseQuestion(fact, causes, sentences, random);
    if (q) askedWhy.add(fact.sentenceIndex);
    add(q, "MULTIPLE_CHOICE", fact.sentenceIndex, 1.35);
    // With no fair options, an effect with a plain opposite asked as what happens to the thing ("It slows down / It speeds up").
    const change = q ? null : makeChangeFromCause(fact, sentences, random);
    add(change, "MULTIPLE_CHOICE", fact.sentenceIndex, 1.35);
    // Otherwise the reason restated after its effect ("S2 because S1."), true: which fact explains which.
    const restated = q || change ? null : makeRestatedCause(fact, sentences, text);
    if (restated) restatedAt.add(fact.sentenceIndex);
    add(restated, "TRUE_FALSE", fact.sentenceIndex, RESTATED_REASON_WEIGHT);
  }
  // Goals of the article's actors ("What was the canal meant to do?"), with other actors' goals as options.
  for (const fact of purposes) {
    const q = makePurposeQuestion(fact, purposes, sentences, random);
    if (q) askedWhy.add(fact.sentenceIndex);
    add(q, "MULTIPLE_CHOICE", fact.sentenceIndex, 1.35);
  }
  // Causes, results, means and purposes read from general discourse markers, with same-role options (or a swapped statement).
  for (const link of links.filter((l) => !askedWhy.has(l.sentenceIndex))) {
    add(makeLinkQuestion(link, links, sentences, random), "MULTIPLE_CHOICE", link.sentenceIndex, 1.4);
    const swapped = makeSwappedLink(link, links, sentences, text);
    add(swapped, "TRUE_FALSE", link.sentenceIndex, 1.0);
    if (!swapped && !restatedAt.has(link.effectIndex ?? link.sentenceIndex)) add(makeRestatedReason(link, links, sentences, text), "TRUE_FALSE", link.effectIndex ?? link.sentenceIndex, RESTATED_REASON_WEIGHT);
    if (!swapped) add(makeStatedResult(link, links, sentences), "TRUE_FALSE", link.sentenceIndex, RESTATED_REASON_WEIGHT);
  }
  // One topic's results together, with one of its causes as the odd one out.
  for (const q of makeOddLinkQuestions(links, sentences, random)) add(q, "MULTIPLE_CHOICE", at(q), 1.3);
  // Who or what the article's people and places are ("Who was Ada Vell?"), and the other way round unless the title names them.
  const identities = findIdentities(sentences, namedBySentence);
  for (const fact of identities) {
    add(makeIdentityQuestion(fact, identities, sentences, text, random), "MULTIPLE_CHOICE", fact.sentenceIndex, 1.25);
    if (!inTitle(fact.name)) add(makeReverseIdentity(fact, sentences, text), "FILL_BLANK", fact.sentenceIndex, 1.1);
  }
  // A kind the article lists ("There were three forms of …: a, b and c"), asked as a whole: which option is not one of them.
  for (const q of makeCategoryQuestions(sentences, lists, definitions, random)) add(q, "MULTIPLE_CHOICE", at(q), 1.2);
  // A list said as what someone did ("The guild kept ledgers, charters and seals."), asked as a whole with no kind word.
  for (const q of makeListFrameQuestions(sentences, lists, random)) add(q, q.type, at(q), q.type === "MULTIPLE_CHOICE" ? 1.2 : 1.1);
  // A list introduced by its kind ("faced many hardships, including a and b"), asked by the kind (its own draws, so the
  // other makers' options stay as they were).
  for (const q of makeCategoryListQuestions(sentences, findCategoryLists(sentences), createRandom(seed + 2))) add(q, q.type, at(q), q.type === "MULTIPLE_CHOICE" ? 1.15 : 1.05);
  // What each listed part does, asked both ways ("Which part absorbs water …?", "What does the stomach do?").
  // (The named terms it reads parts from are the article's defined and introduced ones, never the title's own topic: the
  // whole does what its parts do, so "the human eye" is no wrong option for what the retina does.)
  const jobs = findFunctionFacts(sentences, lists, text, swappable, findIntroducedTerms(sentences, article.title));
  for (const f of jobs) {
    add(makePartQuestion(f, jobs, sentences, random, text), "MULTIPLE_CHOICE", f.sentenceIndex, 1.45);
    add(makeJobQuestion(f, jobs, sentences, random), "MULTIPLE_CHOICE", f.sentenceIndex, 1.2);
    add(makeSwappedPart(f, jobs, sentences, text, random), "TRUE_FALSE", f.sentenceIndex, 1.0);
    add(makeTypedPartQuestion(f, sentences, text), "FILL_BLANK", f.sentenceIndex, 1.2);
  }
  // Jobs of sibling parts said side by side, not in a list ("Arteries carry …, veins …"; "The upper rooms are the parlours, and they …").
  for (const j of findParallelJobs(sentences, text)) {
    const q = makeParallelPartQuestion(j, sentences, text, random);
    if (q) add(q, q.type, j.sentenceIndex, q.type === "MULTIPLE_CHOICE" ? 1.45 : 1.2);
  }
  for (const q of makeSuperlativePartQuestions(sentences, text, random)) add(q, "MULTIPLE_CHOICE", at(q), 1.3);
  // "Which of the forms of … was the most common?", and which numbered law an example illustrates.
  for (const q of [...makeSuperlativeQuestions(sentences, lists, random), ...makeExampleQuestions(sentences, text, random)]) add(q, "MULTIPLE_CHOICE", at(q), 1.3);
  // What a quantity the article names is measured in, among the article's other units (its own draws).
  for (const q of makeUnitQuestions(sentences, text, createRandom(seed + 4))) add(q, q.type, at(q), 1.2);
  // Two or three things weighed with "than" ("It takes more effort to pull a loaded sledge than an empty one"): which one.
  for (const q of makeThanQuestions(sentences, random)) add(q, "MULTIPLE_CHOICE", at(q), 1.3);
  // Two kinds of one thing set side by side: the kind a sentence describes, typed (no false statement is made from them).
  for (const q of makeKindContrastQuestions(sentences, text)) add(q, "FILL_BLANK", at(q), 1.2);
  // People by their tie to the person the article is about ("Who was Queen Ilse's father?").
  for (const { question, sentenceIndex } of makeRelationQuestions(sentences, text, namedBySentence)) add(question, "FILL_BLANK", sentenceIndex, 1.1);
  // Who did each deed of a retold story's plot, among its other characters (its own draws, so the other makers' options stay as they were).
  for (const { question, sentenceIndex } of makeDeedQuestions(sentences, namedBySentence, text, createRandom(seed + 5))) add(question, "MULTIPLE_CHOICE", sentenceIndex, 1.3);
  // Which office or body of a government holds each power the article gives one, among its other offices (its own draws).
  // (Not in a retold work: a story's king and council act in its plot, where the deed maker asks who did what.)
  const retold = workNamed(article.title, sentences[0]?.text) !== null;
  for (const { question, sentenceIndex } of retold ? [] : makeOfficeQuestions(sentences, text, createRandom(seed + 7))) add(question, "MULTIPLE_CHOICE", sentenceIndex, 1.3);
  // What each symbol of a work stands for, among the other symbols' meanings (its own draws).
  for (const { question, sentenceIndex } of makeSymbolQuestions(sentences, text, createRandom(seed + 8))) add(question, "MULTIPLE_CHOICE", sentenceIndex, 1.3);
  // What a story article says of the work as a whole (its themes, its message, its title's source), with the work named.
  // (A sentence stating the work's themes or message is one of the article's main points, whatever its rank: a class studies
  // a work for them, and a quiz asks them before a detail of the plot.)
  const themePoints = new Set<number>();
  for (const { question, sentenceIndex, weight, theme } of makeWorkStatements(sentences, article.title)) {
    add(question, "TRUE_FALSE", sentenceIndex, weight);
    if (theme) themePoints.add(sentences[sentenceIndex]!.start);
  }
  // … and where and when it is set, from "It is set in …" with the work named for "It" (its own draws, so the other makers' options stay as they were).
  for (const { question, sentenceIndex, weight } of makeWorkSetting(sentences, spansBySentence, article.title, ctx, createRandom(seed + 6), text)) add(question, question.type, sentenceIndex, weight * (TYPE_WEIGHT[question.spanType] ?? 0.5));
  // Each reason a "… for several reasons: a, b, and c." sentence lists, stated with what it is a reason for.
  for (const { question, sentenceIndex } of makeReasonListStatements(sentences, text)) add(question, "TRUE_FALSE", sentenceIndex);
  // A study guide's labelled lines (its characters, its themes): matched to what is said of each, a character asked for by it.
  for (const set of findLabelledLines(article, text)) {
    const { kind, lines: labelled } = set;
    const matching = makeLabelMatching(kind, labelled, sentences, random);
    if (matching) add(matching, "MATCHING", at(matching), 1.4);
    const ordering = makeLabelOrdering(set, sentences, random, 4);
    if (ordering) add(ordering, "ORDERING", at(ordering), 1.5);
    for (const line of labelled) {
      const q = makeLabelQuestion(kind, line, labelled, sentences, text, random);
      if (q) add(q, q.type, line.sentenceIndex, 1.2);
    }
  }
  // What each of the article's named laws says, among what its other laws say (its own draws); with two laws, each given the other's.
  const ruleClaims = findRuleClaims(sentences, new Set(article.sections.flatMap((s) => s.paragraphs.map((p) => p.start))));
  const ruleRandom = createRandom(seed + 9);
  for (const claim of ruleClaims) {
    add(makeRuleQuestion(claim, ruleClaims, sentences, ruleRandom), "MULTIPLE_CHOICE", claim.sentenceIndex, 1.35);
    add(makeRuleSwap(claim, ruleClaims, sentences), "TRUE_FALSE", claim.sentenceIndex, 0.9);
  }
  // A numbered list of the stages' names alone ("1. Budding", "2. Flowering, when …"): their order.
  for (const set of findNamedStages(article, text)) {
    const ordering = makeLabelOrdering(set, sentences, random, 4);
    if (ordering) add(ordering, "ORDERING", at(ordering), 1.5);
  }
  // A numbered list of whole sentences introduced as steps or stages: the process in the article's order.
  // (Its own draws, so the other makers' options stay as they were.)
  for (const q of makeNumberedStepQuestions(article, text, createRandom(seed + 3))) add(q, "ORDERING", at(q), 1.6);
  const maxItems = sentences.length < 25 ? 3 : 4;
  for (const q of [...makeStepQuestions(sentences, lists, random, 4), ...makeListOrderQuestions(sentences, lists, random)]) add(q, "ORDERING", at(q), 1.6);
  // The order of a study guide's plot, told in the present tense under its own heading.
  for (const q of makePlotOrdering(article, random, maxItems)) add(q, "ORDERING", at(q), 1.5);
  // The order of a story's events where the article marks it ("Later, …", "Eventually …").
  for (const q of makeSequenceQuestions(sentences, text, random, maxItems)) add(q, "ORDERING", at(q), 1.5);
  // Timeline items are cut from their sentences as written: a pronoun in them would stay unresolved.
  // An item shown apart from its sentence has no "it" or "they" to lean on, and a hedge ("Most historians think …") tied to a
  // date reads as the event itself.
  // The person the article is about stands behind an item's "her" as the reader reads it; any other must be named in it.
  // (The title person's pronoun is the one markTitlePerson counted over the whole article; another person the title names
  // has the gender the article's sentences about them alone give.)
  const titled = named.filter((n) => n.type === "PERSON" && article.title.includes(n.text) && !titlePerson.some((t) => t.text === n.text));
  const titlePronoun = sentences.find((s) => s.titlePerson)?.titlePerson?.pronoun;
  const aboutWhom = [...new Set([titlePronoun, ...titled.map((t) => genderOf(t.text, sentences, namedBySentence, genders))])].filter((g): g is "he" | "she" => g === "he" || g === "she");
  const events = findDatedEvents(sentences, spansBySentence).filter(
    (e) => isSelfContained(e.sentence) && !needsContext(e.sentence) && !/^(?:He|She|His|Her)\b/.test(e.sentence.text) && !HEDGED_EVENT.test(e.text) && !itemDangles(e.text) && !personalPronounUnbound(e.text, genderOfWord, aboutWhom, text),
  );
  // In a short article, a structured question takes three sentences, not four.
  const timelineAt = events.length ? sentences.indexOf(events[0]!.sentence) : 0;
  add(makeOrdering(events, random, 1, maxItems), "ORDERING", timelineAt, 1.5);
  add(makeMatching(events, random, 1, maxItems), "MATCHING", timelineAt, 1.4);

  stats.candidates = candidates.length;
  applyChecks(candidates, article, text, level);
  // Confidence as the odds a teacher would use the question (fitted on blind reviews), which selection then prefers.
  calibrateConfidence(candidates, article, level, text);
  const valid = candidates.filter((q) => {
    const failure = gateFailure(q, text, article.title);
    if (failure) stats.gateFailures[failure] = (stats.gateFailures[failure] ?? 0) + 1;
    if (!failure && q.confidence < DROP_THRESHOLD) stats.lowConfidence++;
    if (trace && (failure || q.confidence < DROP_THRESHOLD)) trace(q, failure ?? "low-confidence");
    return failure === null && q.confidence >= DROP_THRESHOLD;
  });
  const sectionAt = new Map(sentences.map((s) => [s.start, s.section]));
  const paragraphAt = paragraphIndex(article);
  // Selection has a stream of its own, so how many draws the makers took moves none of its jitter. (Seeded as the rule
  // makers' own stream above, which is a separate generator: no draw of one is taken from the other. The quizzes the
  // round-29 judges read were made so.)
  const questions = selectQuestions(valid, count, types, createRandom(seed + 9), (offset) => sectionAt.get(offset) ?? 0, (offset) => paragraphAt.get(offset) ?? 0, keepUnsure ? count : undefined, new Set([...mainSentences(article, importance), ...themePoints]), text);
  if (trace) for (const q of valid) trace(q, questions.includes(q) ? "selected" : "not-selected");
  const notes: string[] = [];
  if (questions.length < count) {
    notes.push(
      `Only ${questions.length} of the ${count} questions asked for were made: the rest would have been unsure (no fair set of options, a sentence that cannot stand alone, or a fact already asked).`,
    );
    if (stats.lowConfidence) notes.push(`${stats.lowConfidence} possible question(s) were left out because the generator was not sure of them.`);
  }
  const unsure = questions.filter((q) => q.confidence < REVIEW_THRESHOLD).length;
  if (unsure) notes.push(`${unsure} question(s) are marked for a look: check them before the quiz is used.`);
  return { article, questions, notes, stats };
}

/** Whether two sentences state the count; each count is looked for once per article (`seen`), not once per question on it. */
function statedTwice(value: string, sentences: Sentence[], seen: Map<string, boolean>): boolean {
  let twice = seen.get(value);
  if (twice === undefined) seen.set(value, (twice = findTwice(value, sentences)));
  return twice;
}

function findTwice(value: string, sentences: Sentence[]): boolean {
  const re = new RegExp(`(?<![\\w,.])${escapeRegExp(value)}(?![\\w,])`, "i");
  let seen = 0;
  for (const s of sentences) if (re.test(s.text) && ++seen >= 2) return true;
  return false;
}

/**
 * A name in a row of names ("Europe, Asia and North Africa", "Europe and North
 * America") shares its slot with the others: blanking one leaves several right answers.
 */
function inCoordination(sentence: Sentence, span: Span): boolean {
  if (span.type === "NUMBER" || keyKindOf(span.type) === "date") return false;
  const before = sentence.text.slice(0, span.start - sentence.start);
  const after = sentence.text.slice(span.end - sentence.start);
  // "from Kell, Norland." / "In Kell, Norland, the guild …": a place and its region, not a row of names.
  const opening = /^(?:[A-Z][a-z]+ )?(?:In|in|At|at|Near|near) $/.test(before);
  if ((span.type === "PLACE" || span.type === "CITY") && new RegExp(`^, [A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+)?(?:[.;]|, (?:the |a |an )?[a-z]${opening ? "|, [A-Z]" : ""})`).test(after) && !/, $/.test(before)) return false;
  // "For the British Army, Hale & Co. built …": an opening phrase before the subject, not a row of names.
  if (/^(?:For|In|At|On|During|After|Before|By|With|Under|From) [^,]{2,60}, (?:the )?$/.test(before) && !/^,? (?:and|or) /.test(after)) return false;
  return /[A-Z][\w'’-]*,? (?:and|or) (?:the )?$|[A-Z][\w'’-]*, (?:the )?$/.test(before) || /^,? (?:and|or) (?:the )?[A-Z]|^, (?:the )?[A-Z]/.test(after);
}

/**
 * "Jr." and "Sr." end a name with a full stop that belongs to the name, not to the sentence: a name key that stops before it
 * leaves the stop after the blank ("named _____. argued"). Inside a sentence the stop goes into the key; at the sentence's end
 * it also ends the sentence, so it stays in the stem.
 */
function withSuffixStop(sentence: Sentence, span: Span): Span {
  const after = span.end - sentence.start;
  if (!/\b(?:Jr|Sr)$/.test(span.text) || sentence.text.charAt(after) !== "." || after + 1 >= sentence.text.length) return span;
  return { ...span, text: `${span.text}.`, end: span.end + 1 };
}

const FRACTION = /\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)$/i;
const FIXED_FRACTION_BEFORE = /\b(?:first|second|third|fourth|last|latter|former|later|earlier|early|late|other|final|opening|closing)\s+$/i;
// (A part of a long span of time. "a quarter of a mile", "half a dozen", "half a day" are quantities, asked like any other.)
const FIXED_FRACTION_AFTER = /^\s+(?:of\s+)?(?:an?|the)\s+(?:hour|minute|century|millennium|decade|year)\b/i;

// A number next to its conversion ("1 inch (2.5 centimetres)") or inside a range ("14 or 15") has no single answer.
// A sentence opening on a condition ("In still air at …", "At a depth of …", "Above …"), not yet closed by its comma. (Never a
// bound, "At least 200 people died, …", nor "Over"/"With"/"For", which as often open the sentence's own figure.)
const CONDITION_OPENING = /^(?:In|At(?! least\b| most\b)|Below|Above)\b[^,;:]*$/;

// A year's optional era marks, as written before it ("AD 41") and after it ("41 AD", "232 BCE"), so a range or an either-or
// reads the same with the era on either side.
const ERA_BEFORE = String.raw`(?:(?:AD|A\.D\.) )?`;
const ERA_AFTER = String.raw`(?: ?(?:${BC_MARK}|${CE_MARK}))?`;
const YEAR_FIGURE = String.raw`(?:c\. ?)?${ERA_BEFORE}\d{1,4}`;
// The end of a stated span ("between 1661 and 1662", "from 1914 to 1918", "from AD 41 to AD 54") follows from its start
// and length. (Years of any length and era: "from c.271 to 236 BCE", "c.304 – 232 BCE".)
const RANGE_END_HEAD = new RegExp(String.raw`\b(?:between|from) (?:\w+ )?${YEAR_FIGURE}${ERA_AFTER} (?:and|to) (?:c\. ?)?${ERA_BEFORE}$|\d{1,4} ?[–-] ?(?:c\. ?)?${ERA_BEFORE}$`);
const RANGE_START_TAIL = new RegExp(String.raw`^${ERA_AFTER} (?:and|to) ${YEAR_FIGURE}\b|^ ?[–-] ?${YEAR_FIGURE}`);
const RANGE_START_HEAD = new RegExp(String.raw`\b(?:between|from)\s*(?:c\. ?)?${ERA_BEFORE}$`);
// "around 1368 or 1369", "in AD 68 or AD 69": either year is the article's answer, and the other one, printed, gives it away.
const EITHER_TAIL = new RegExp(String.raw`^${ERA_AFTER} or ${ERA_BEFORE}\d{1,4}\b`);
const EITHER_HEAD = new RegExp(String.raw`\b\d{1,4}${ERA_AFTER} or ${ERA_BEFORE}$`);

// "Lower _____", "East and Central _____", "Spanish _____": a place's name after a word that makes it a part or another
// region ("Spanish America" is no country): the blank asks for half a name, and the hint and the answers it takes mislead.
const REGION_WORD = /^(?:North|South|East|West|Central|Upper|Lower|Northern|Southern|Eastern|Western|Greater|Inner|Outer)$/;
const PLACE_TYPES: ReadonlySet<string> = new Set(["COUNTRY", "CITY", "PLACE"]);

function partOfLargerName(sentence: Sentence, span: Span): boolean {
  if (!PLACE_TYPES.has(span.type)) return false;
  const before = /(?:^|\s)([A-Z][a-z]+) (?:and [A-Z][a-z]+ )?$/.exec(sentence.text.slice(0, span.start - sentence.start));
  const word = before?.[1];
  return !!word && (REGION_WORD.test(word) || (/(?:ish|ese|an|ch)$/.test(word) && otherForms(word).length > 0));
}

function askable(sentence: Sentence, span: Span): boolean {
  if (partOfLargerName(sentence, span)) return false;
  if (span.type === "YEAR") {
    const head = sentence.text.slice(0, span.start - sentence.start);
    const tail = sentence.text.slice(span.end - sentence.start);
    if (RANGE_END_HEAD.test(head) || (RANGE_START_TAIL.test(tail) && RANGE_START_HEAD.test(head))) return false;
    if (EITHER_TAIL.test(tail) || EITHER_HEAD.test(head)) return false;
  }
  if (span.type !== "NUMBER") return true;
  const at = span.start - sentence.start;
  // A fraction in a fixed phrase names a part of a span of time, not a quantity to learn ("the first half of the century",
  // "the latter half", "a quarter of an hour"): any other fraction there is nonsense, and a blank there tests wording.
  if (FRACTION.test(span.text) && (FIXED_FRACTION_BEFORE.test(sentence.text.slice(0, at)) || FIXED_FRACTION_AFTER.test(sentence.text.slice(span.end - sentence.start)))) return false;
  // "There were three forms of it: a, b and c": the list after the colon counts the answer out.
  if (/:/.test(sentence.text.slice(span.end - sentence.start))) return false;
  const around = sentence.text.slice(Math.max(0, at - 12), Math.min(sentence.text.length, span.end - sentence.start + 30));
  if (/\([^)]*\d[^)]*\)/.test(around) || sentence.text.charAt(at - 1) === "(") return false;
  const tail = sentence.text.slice(span.end - sentence.start);
  const head = sentence.text.slice(0, at);
  // "At about 20 degrees, a note travels 340 metres a second": a figure in the opening condition, when the clause after it
  // holds its own figure, is the setting of the fact, not the quantity the sentence is about.
  if (CONDITION_OPENING.test(head) && /,[^.]*\d/.test(tail)) return false;
  if (/^(?: [a-z]+)? (?:or|to|and|-) (?:about )?\d/.test(tail) || /\d[\w ]{0,12} (?:or|to|and|-) (?:about )?$/.test(head)) return false;
  return !/(?:from|between) $/.test(head) || !/^[^.]{0,20}\b(?:to|and) \d/.test(tail);
}

/** A year of fewer than four figures with no era written beside it ("in 690," not "690 CE" nor "AD 690"). */
function eraLessShortYear(sentence: Sentence, span: Span): boolean {
  if (span.type !== "YEAR" || !/^\d{1,3}$/.test(span.text)) return false;
  const before = sentence.text.slice(0, span.start - sentence.start);
  return eraMarkAfter(sentence.text, span.end - sentence.start) === undefined && !/\b(?:AD|A\.D\.) $/.test(before);
}

/** Spans grouped by the sentence that contains them, in one pass over both (both sorted by offset). */
function bySentence(sentences: Sentence[], spans: Span[]): Span[][] {
  const out: Span[][] = sentences.map(() => []);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const span of sorted) {
    while (i < sentences.length && sentences[i]!.end < span.end) i++;
    if (i < sentences.length && span.start >= sentences[i]!.start) out[i]!.push(span);
  }
  return out;
}

/** Long enough to ask about, and either understood alone or with the sentence before it shown. */
function isSelfContained(sentence: Sentence, previous?: Sentence): boolean {
  if (sentence.text.split(/\s+/).length < 6 || sentence.listItem) return false;
  if (sentence.subject || !needsContext(sentence)) return true;
  return previous !== undefined && withContext("", sentence, previous) !== null;
}

/**
 * An article about one person: the title names a person the article names
 * (the longest such name), and one gender's pronouns clearly outnumber the
 * other's. Every sentence then knows whom its unattached "he" or "she" means.
 */
/** A one-word name the article also writes in lower case as an ordinary word ("independence", "hope"). */
function writtenAsCommonWord(name: string, text: string): boolean {
  return !name.includes(" ") && new RegExp(`(?<![\\w'’-])${escapeRegExp(name.toLowerCase())}(?![\\w'’-])`).test(text);
}

function markTitlePerson(article: ParsedArticle, namedBySentence: Span[][], text: string): void {
  const title = article.title.toLowerCase();
  const inTitle = namedBySentence
    .flat()
    .filter((s) => s.type === "PERSON" && new RegExp(`(?<![\\w-])${escapeRegExp(s.text.toLowerCase())}(?![\\w-])`).test(title))
    // (Not a name the tagger guessed a person's that the article shows is a place, "the islands of Hawaii", or a word it also
    // writes in lower case, "before independence": either made the title's "Hawaii" or "Independence" the body's "he".)
    .filter((s) => !knownAsPlace(s.text, text) && !writtenAsCommonWord(s.text, text))
    .sort((a, b) => b.text.length - a.text.length);
  // (A title that calls its named one a person, "… : The First King of …", names them even where the body never does.)
  const titleName = inTitle[0]?.text ?? personNamedByTitle(article.title, text);
  // A study guide's '"The Story" by Its Author': the author wrote the work and is not the "he" or "she" of its plot; the one
  // the article calls the story's main character is.
  // (Where the title shows no name the finder knows, the work's name in quotation marks before "by" says so too.)
  const byAuthor = !titleName ? /^["“][^"“”]+["”] by [A-Z]/.test(article.title) : (new RegExp(`\\bby (?:the [a-z]+ (?:writer |author |poet )?)?${escapeRegExp(titleName.toLowerCase())}(?![\\w-])`).test(title));
  const name = byAuthor ? mainCharacter(article.sentences) : titleName;
  if (!name) return;
  // "Harrowmere was a busy market town …": a name the tagger guessed a person's is the place the opening says it is.
  // (So too "The Orlo Vask is a stone tomb …": a name the opening gives a "The" is a building's or a work's, never whom "he" means.)
  const first = (article.sentences[0]?.text ?? "").replace(/^The /, "");
  if (first.startsWith(name) && callsThing(first.slice(name.length))) return;
  // (One count of the article's pronouns for every reader of the title person: fair-life-dates asks the same.)
  const dominant = dominantPronoun(text);
  if (!dominant) return;
  // "Dara Vell: Wife of the Emperor" over a body whose "he" is the emperor: the pronouns are someone else's.
  if (titleDisownsPronoun(article.title, dominant)) return;
  const pronoun = dominant === "He" ? "he" : "she";
  const nameWords = new Set(name.toLowerCase().split(/\s+/));
  // A name after a particle is a father's or a family's ("Kanwa" of "Idrisu ibn Kanwa"): a span of those words alone is another person.
  const particle = new RegExp(`^(.*?)\\s${NAME_PARTICLE}\\s`, "i").exec(name);
  const givenPart = particle ? new Set(particle[1]!.toLowerCase().split(/\s+/)) : null;
  const sameAsTitlePerson = (text: string) => {
    const words = text.toLowerCase().split(/\s+/);
    return words.some((w) => nameWords.has(w)) && (!givenPart || words.some((w) => givenPart.has(w)));
  };
  // Another person named in the sentence or the one before may be whom "she" means ("… his widow, Eliza. … she published a notice"): left unresolved.
  // (One the article itself shows to be of the other sex, "King Oswy" or a man it calls "he", in an article about a woman,
  // is never whom her "she" means.)
  const otherGender = pronoun === "he" ? "she" : "he";
  const genders = new Map<string, "he" | "she" | null>();
  // (Not a name the finder read as a person's that is a place too, "a king of Tarsa" with "Tarsa" read both ways: the place
  // reading overrules, as for the title's name above.)
  const readAsPlace = (p: Span, spans: Span[]) => spans.some((o) => o.type !== "PERSON" && o.start === p.start && o.end === p.end) || knownAsPlace(p.text, text);
  const others = namedBySentence.map((spans, i) => spans.some((s) => s.type === "PERSON" && !sameAsTitlePerson(s.text) && !readAsPlace(s, spans) && shownGender(s, i, article.sentences, namedBySentence, genders) !== otherGender));
  // Whom a pronoun in the sentence after might mean (no name is written in for it there): any person named without the
  // title person's given name ("Her niece Anna Lenz" shares only the surname), or named by a word for a person of their sex ("his wife").
  const given = name.split(/\s+/)[0]!.toLowerCase();
  // (Not the surname alone, "Lenz won …", which is the person herself; nor a word said of her, "she became queen".)
  // (Nor the person's own surname after a title of their sex, "Mrs Vell" of Ada Vell.)
  const ownTitle = pronoun === "she" ? /^(?:Mrs|Miss|Ms|Madame|Lady|Dame)\.? / : /^(?:Mr|Sir|Lord)\.? /;
  const otherNamed = (text: string) => text.includes(" ") && !text.toLowerCase().split(/\s+/).includes(given) && !(ownTitle.test(text) && nameWords.has(text.split(/\s+/).pop()!.toLowerCase()));
  // (A word for one person of their sex, not one said of them, "she became queen": read once per sentence. Nor one the
  // opening says the person was, "Ama Ro was a weaver and businesswoman who …"; but one after "of", "to" or "for" is
  // someone else's, "the daughter of a queen", whom the next "she" may mean.)
  const ownWords = [...new Set(name.split(/\s+/))].filter((w) => w.length >= 3).map(escapeRegExp);
  const saidOfThem = ownWords.length ? new RegExp(`^(?:${ownWords.join("|")})(?: [A-Z][\\w'’-]*)* (?:was|is|became) (?:a|an|the) [^,;.]*?(?= (?:who|whose|which|that|of|to|for)\\b|[,;.]|$)`) : null;
  const namedByWord = article.sentences.map((s) => namesPersonOfSex(saidOfThem ? s.text.replace(saidOfThem, "") : s.text, pronoun));
  // (So is a name the name finder did not know, an invented or rare one, that a title or a word for a person of their sex
  // or of either writes as someone's: "His rival, Duke Olm Tarr, raised an army. He marched …" is the duke's march.)
  // (For the sentence's own pronouns, as for a found name: someone not sharing the person's names; for the next sentence's,
  // also a kinsman sharing the surname, "His son, Ander Vell".)
  // (Only a name the finder missed: one it found is weighed above, with the sex the article shows for it.)
  const found = (i: number, text: string) => namedBySentence[i]!.some((p) => p.type === "PERSON" && (text.includes(p.text) || p.text.includes(text)));
  const titledOther = article.sentences.map((s, i) => namesTitledOther(s.text, pronoun, (text) => sameAsTitlePerson(text) || found(i, text), false));
  const titledOtherBefore = article.sentences.map((s, i) => titledOther[i]! || namesTitledOther(s.text, pronoun, (text) => (sameAsTitlePerson(text) && !otherNamed(text)) || found(i, text)));
  const mayBeMeant = namedBySentence.map((spans, i) => others[i]! || titledOtherBefore[i]! || spans.some((s) => s.type === "PERSON" && otherNamed(s.text) && shownGender(s, i, article.sentences, namedBySentence, genders) !== otherGender) || namedByWord[i]!);
  const opening = pronoun === "he" ? /^(?:He|His)\s/ : /^(?:She|Her)\s/;
  // "He arranged for Vell to come …": a sentence whose opening pronoun is followed by the title person's own name means
  // someone else by the pronoun (the person would be "himself"); such a sentence's pronoun stays unresolved.
  const ownNameLater = ownWords.length ? new RegExp(`(?<![\\w'’-])(?:${ownWords.join("|")})(?![\\w'’-])`) : null;
  article.sentences.forEach((s, i) => {
    const previousNamesOther =
      (i > 0 && article.sentences[i - 1]!.section === s.section && mayBeMeant[i - 1]!) ||
      // ("His father, Tam Venn, …": a kinsman who shares the surname is named after the opening's own "his".)
      (ownNameLater !== null && opening.test(s.text) && !KIN_OPENING.test(s.text) && ownNameLater.test(s.text.slice(s.text.indexOf(" ")).replace(NAME_GIVEN_THEM, "")));
    // (The people it names whom the article shows to be of the other sex: `onlyOneOfTheirSex` reads their words.)
    const ofOtherSex = namedBySentence[i]!.filter((p) => p.type === "PERSON" && !sameAsTitlePerson(p.text) && shownGender(p, i, article.sentences, namedBySentence, genders) === otherGender).map((p) => p.text);
    s.titlePerson = { name, pronoun, ...(previousNamesOther && { othersBefore: true }), ...(ofOtherSex.length > 0 && { ofOtherSex }), ...(namedByWord[i] && { namedByWord: true }) };
    // (Nor where a word for one of their sex stands before a pronoun of theirs: "the widow, and she sold it" may be the widow.)
    if (!others[i] && !titledOther[i] && !previousNamesOther && !(namedByWord[i] && personWordBeforePronoun(s.text, pronoun))) s.person = { name, pronoun };
    // "He covered more ground than Marco Polo …": a pronoun opening the sentence comes before anyone else it names.
    else if (!previousNamesOther && opening.test(s.text)) s.person = { name, pronoun, openingOnly: true };
  });
}

// "His father, …", "Her elder sister …": the opening's possessive is the family's tie to the person the article is about.
const KIN_OPENING = new RegExp(String.raw`^(?:His|Her) (?:(?:elder|older|younger|eldest|youngest|only|first|second) )?(?:${kinAlternation(CLOSE_KIN, ["parents"], GRANDPARENTS)})\b`);

// "She was born Ada Grant", "soldiers called her \"Mother Vell\"": a name the sentence gives the person, not someone else it names.
// (Only a name given to a person: "named it …" or "known as …" may name a thing the sentence goes on about.)
const NAME_GIVEN_THEM = /\b(?:(?:was|were) born|call(?:ed|s)? (?:him|her))\s+["“]?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*/g;

/** The latest year the article mentions: the era its distractors must fit. */
function centralYear(spans: Span[]): number | null {
  const years = spans
    .filter((s) => s.type === "YEAR" || s.type === "MONTH_YEAR")
    .map((s) => Number(/\d{4}/.exec(s.text)?.[0]))
    .filter((y) => Number.isFinite(y));
  return years.length ? Math.max(...years) : null;
}
