import { eraInOpeningPhrase } from "./check-side-details";
import { inSentenceOrder } from "./clause-order";
import { dropsSetting, onlyOpeningCondition } from "./check-dropped-setting";
import { headlessRelative } from "./check-headless";
import { framingEraPenalties } from "./check-framing-eras";
import { BLANK } from "./blank";
import { boundInsideClause, countOfParticipants, endOfAState } from "./check-passing-details";
import { countOfPeopleInAScene } from "./check-people-counts";
import { swapOfAnotherKind } from "./check-head-kind";
import type { Penalty } from "./check-trivia";
import { openingAndSideClauseOnly, type StemFailure } from "./check-stems";
import { FINITE_HINT, hasFiniteVerb, IRREGULAR_PAST_WORD } from "./finite-verb";
import { bareComparative, countedSetOfOne } from "./check-loose-ends";
import { timeGivenBefore } from "./check-context";
import { IRREGULAR_PARTICIPLE } from "./irregular-participles";
import { LEXICON } from "./tag-without-chunks";
import { tagged } from "./question-stems";
import { mainPartOf } from "./trim-statement";
import type { GeneratedQuestion } from "./types";

/**
 * Faults of statements and stems that read as whole sentences but are not: a subject left with the comma of the aside
 * it stood in ("Name, made him …"), an adverb whose main clause was cut ("Sadly partly because …"), a vague "certain
 * things" whose list was cut away, a "from that journey" pointing to a sentence not shown, an example lifted
 * without what it is an example of ("One example is X."), and a false statement whose swapped subject stands under an
 * opening phrase that describes it ("Rising above the trees, <another layer> …"). And a false statement whose change falls
 * on the framing phrase (a century or a bound year that only sets the scene), which asks the frame, not the claim.
 */

// A finite verb right after a comma that follows the opening name: the subject's verb, cut off by an aside's comma.
const VERB_AFTER_COMMA = /^[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*| (?:bin|ibn|al|de|da|van|von|of|the)){0,5}, (?:was|were|is|are|had|has|have|made|gave|took|became|sent|led|won|built|wrote|rode|went|came|saw|ran|fought|told|sold|bought|brought|found|left|met|held|kept|began|grew|knew|spoke|stood|fell|chose|drove|flew|threw|named|[a-z]{3,}ed)\b/u;
// An adverb of comment with no comma, then a subordinator: the main clause it commented on was cut.
const ORPHAN_ADVERB = /^[A-Z][a-z]+ly,? (?:(?:partly|mainly|largely|only|chiefly|probably) )?(?:because|since|so|as|although|though|while|whereas|if)\b/;
// A statement that opens with the joining word of the clause it was cut from ("And the council did not meet …"): the
// first half of the sentence is missing, and the statement reads as a fragment.
const OPENS_WITH_JOIN = /^(?:And|But|Or|Nor|Yet|So)\s/;
// A statement that is one side clause: its subordinator opens it and no comma comes after to start a main clause.
const SIDE_CLAUSE_ALONE = /^(?:Until|Till|Unless|Because|Although|Though|Whereas|Whenever)\s[^,;:]+\.?$/;
// "certain substances", "some goods" whose list ("including …", "such as …") was cut: the statement says nothing.
const VAGUE_BEFORE_LIST = /\b(certain|some|various|several|other|many) ([a-z]+), (?:including|such as|like|among them)\b/;
// "from that journey", "for those jobs": a demonstrative naming what only the sentence before said.
const POINTING_BACK = /\b(?:from|of|in|on|to|by|with|for|across|during|after|before|between|into|about) (?:that|those) [a-z]+/;
const POINTING_BACK_ALL = new RegExp(POINTING_BACK.source, "g");
// "One example is …", "A good case is …": the example without its kind.
const BARE_EXAMPLE = /^(?:(?:A|An|One|Another)(?: good| fine| clear| famous| well-known| striking| typical| classic)?|The (?:best|clearest|most famous)) (?:example|case|instance|illustration)(?: of (?:this|that|these|it|them))? (?:is|was|comes|can be)\b/i;

// A statement that opens with a finite verb or an auxiliary ("Was named …", "Had two sons."): a predicate cut from its subject.
const OPENS_WITH_VERB = /^(?:Is|Are|Was|Were|Has|Have|Had|Did|Does|Do|Became|Becomes|Remained|Remains|Began|Took|Gave|Went|Came|Wrote|Died)\b/;

// An opening preposition of time or place ("On 9 March …", "Around noon …", "In the valley …").
const OPENS_WITH_PLACE_OR_TIME = /^(?:On|In|At|Around|About|By|During|Before|After|Near|From|Until|Since|Within|Throughout)\b/;

/** A statement or stem that does not stand alone as a whole claim; null when it does. */
export function statementFault(q: GeneratedQuestion, articleText = ""): StemFailure | "options-misfit" | null {
  const shown = q.prompt.replace(/ \([^)]*\)$/, "");
  if (BARE_EXAMPLE.test(shown)) return "stem-dangles";
  // "The chalk crumbles faster.": what it is faster than was in the sentence before.
  if (bareComparative(shown)) return "stem-dangles";
  // "Dr _____ Crew Bradfield": a person's blank with more of the same name on both sides asks for the middle of a name.
  if ((q.type === "FILL_BLANK" || q.type === "MULTIPLE_CHOICE") && q.spanType === "PERSON" && insideAName(q)) return "stem-fragment";
  if (q.type !== "TRUE_FALSE") return null;
  if (VERB_AFTER_COMMA.test(shown) && !VERB_AFTER_COMMA.test(q.source.sentence)) return "stem-fragment";
  if (ORPHAN_ADVERB.test(shown)) return "stem-fragment";
  if (OPENS_WITH_VERB.test(shown) || predicateOfJoinedVerb(shown, q.source.sentence)) return "stem-fragment";
  // "The river's two branches are the Vell." cut from "… are the Vell, which …, and the Orra …": one of a counted set.
  if (countedSetOfOne(shown, q.source.sentence)) return "stem-fragment";
  // "On 27 May 1850, the island of Tarrak.", "Around noon on the second day.": a statement cut down to its opening phrase
  // (and a subject) has no verb at all, so it claims nothing to be true or false. (Only after an opening preposition: the
  // tagger reads some past tenses as nouns, "The mill ground flour", and a plain subject-verb statement must stand.)
  if (OPENS_WITH_PLACE_OR_TIME.test(shown) && !hasFiniteVerb(shown)) return "stem-fragment";
  // "In 1705, when the queen was old and ill.": the opening phrase and a clause hung on it, cut before the main clause.
  if (openingAndSideClauseOnly(shown)) return "stem-fragment";
  // "A short book, which sold well.": its only verb sits in the relative clause; there is no main clause to be true or false.
  if (/^[^,;]+, (?:which|who|whose|whom|that)\b/.test(shown) && !hasFiniteVerb(mainPartOf(shown))) return "stem-fragment";
  // "A society that met in a warehouse near the fish market.": the same with no comma; the clause's verb is the only one.
  if (headlessRelative(shown)) return "stem-fragment";
  // "Harbour dues, paid by every ship that docks.": a list item or a label, a noun with a participle hung on it.
  if (participlePhraseOnly(shown)) return "stem-fragment";
  if (OPENS_WITH_JOIN.test(shown) && !OPENS_WITH_JOIN.test(q.source.sentence)) return "stem-fragment";
  // "Until the young queen took control herself.": a side clause cut from after its main clause, alone (no comma, so no
  // main clause follows it): it claims nothing to be true or false.
  if (SIDE_CLAUSE_ALONE.test(shown) && !SIDE_CLAUSE_ALONE.test(q.source.sentence)) return "stem-fragment";
  const vague = VAGUE_BEFORE_LIST.exec(q.source.sentence);
  if (vague && shown.includes(`${vague[1]} ${vague[2]}`) && !shown.includes(`${vague[2]},`)) return "stem-fragment";
  // ("… ruled from 1418 until 1450, and during that time …": a time the statement gives before it is what "that time" means.)
  if ([...shown.matchAll(POINTING_BACK_ALL)].some((m) => !timeGivenBefore(shown, m[0], m.index))) return "stem-dangles";
  if (cutInSeriesOfClauses(shown, q.source.sentence)) return "stem-fragment";
  if (onlyOpeningCondition(shown, q.source.sentence)) return "stem-fragment";
  if (dropsSetting(shown, q.source.sentence, articleText, q.source.start)) return "stem-dangles";
  if (q.answerText === "False") {
    // (A statement said in another order than its sentence, "When the wind rises, four boys …", is read back in the
    // sentence's order: lined up word by word, it would show no changed part and pass every check below.)
    const ordered = inSentenceOrder(q.prompt, q.source.sentence) ?? q.prompt;
    const part = changedPart(ordered, q.source.sentence);
    if (part && absurdNumberSwap(q.source.sentence.slice(part.start, part.end), part.said)) return "options-misfit";
    if (part && describedSubjectSwapped(ordered, q.source.sentence, part.start)) return "options-misfit";
    // "a festival of ancient the United States": a name with its "the" swapped in after a describing word.
    if (part && theAfterDescribingWord(ordered, part.said)) return "options-misfit";
    // "called the north-seeking or south pole": the word swapped out still stands in the phrase the swap is joined to, so
    // the statement names both and contradicts itself.
    if (part && keptBesideSwap(ordered, q.source.sentence.slice(part.start, part.end), part.said)) return "options-misfit";
    if (part && swapOfAnotherKind(q, articleText, { said: part.said.replace(/[,;:]$/, ""), original: q.source.sentence.slice(part.start, part.end).replace(/[,;:]$/, "") })) return "options-misfit";
  }
  return null;
}

// A noun, then a participle after its comma ("Harbour dues, paid by …", "Ferry tax, added to …").
const NOUN_THEN_PARTICIPLE = /^([A-Z][^,;]{2,80}), (?:[a-z]+ly )?([a-z]{3,}ed|[a-z]+)\b(.*)$/;
// A side clause, to its comma or its end: its verb is no verb of the statement's main clause.
const SIDE_CLAUSE = /\b(?:when|whenever|which|who|whom|whose|that|because|if|unless|where|while|after|before|until|since|as)\b[^,;]*/g;
const PREDICATE_ADVERBS = /^(?:(?:still|also|then|soon|later|now|often|never|always|once|[a-z]+ly) )+/;
// Participles in no -ed the shared list leaves out ("paid", "spent").
const MORE_PARTICIPLES = /^(?:paid|spent|won|shown|taught|bought|caught|fought|heard|worn|sung|sunk|dug|hit|put|run)$/;
const OPENING_WORD = /^(?:In|On|At|By|During|Before|After|When|While|If|Once|Although|Though|Because|Since|Until|As|With|Without|From|For|Under|Over)\b/;

/**
 * "Harbour dues, paid by every ship that docks.": a noun with a participle phrase hung on it and no main verb anywhere
 * (a verb in a side clause, "that docks", is that clause's), as a list of kinds gives its items: it claims nothing to be
 * true or false.
 */
export function participlePhraseOnly(statement: string): boolean {
  const m = NOUN_THEN_PARTICIPLE.exec(statement.replace(/[.!]$/, ""));
  if (!m || OPENING_WORD.test(m[1]!) || (!/ed$/.test(m[2]!) && !IRREGULAR_PARTICIPLE.test(m[2]!) && !MORE_PARTICIPLES.test(m[2]!))) return false;
  // The head is a noun phrase: no pronoun subject, no verb it shows plainly (the tagger reads "Sales tax" as a clause; a
  // joined word, "value-added", describes the noun).
  const head = m[1]!.split(/\s+/);
  if (head.length > 8 || /^(?:He|She|It|They|We|I|You|There|This|These|That|Those)$/.test(head[0]!)) return false;
  // (A present verb in -s follows its subject's noun: "The story begins on …", not "Harbour dues".)
  const presentVerb = (w: string, i: number) => i > 1 && /^[a-z]{3,}s$/.test(w) && !/(?:ss|us|is)$/.test(w) && /^[a-z]{3,}$/.test(head[i - 1]!) && !/^(?:the|and|for|from|with|their|these|those|some|many|other|its|his|her|our)$/.test(head[i - 1]!);
  if (head.some((w, i) => FINITE_HINT.test(w) || IRREGULAR_PAST_WORD.test(w) || (i > 0 && /^[a-z]{3,}ed$/.test(w)) || presentVerb(w, i))) return false;
  // The participle's own phrase runs to the first comma: a main verb can only open a part after it ("…, built of stone, still stands").
  const after = m[3]!.replace(SIDE_CLAUSE, "").split(",").slice(1);
  return !after.some((part) => {
    const word = part.trim().replace(PREDICATE_ADVERBS, "").split(/\s+/)[0] ?? "";
    return FINITE_HINT.test(word) || IRREGULAR_PAST_WORD.test(word) || /^[a-z]{2,}(?:s|ed)$/.test(word);
  });
}

/**
 * "Built two pens for the flock." cut from "They cleared the field and built two pens for the flock.": the statement
 * opens with the second verb of a pair, its subject left with the first. Its opening word stands in the sentence after
 * "and", "but", "or" or "then" in lower case, and the sentence does not open with it.
 */
export function predicateOfJoinedVerb(statement: string, sentence: string): boolean {
  const first = /^([A-Z][a-z]+)\s+([\s\S]{0,30})/.exec(statement);
  if (!first || sentence.startsWith(first[1]!)) return false;
  const word = first[1]!.toLowerCase();
  // Only a past verb can be the cut predicate: "and ships sail" leaves "Ships sail.", a clause with its own subject.
  if (!IRREGULAR_PAST_WORD.test(word) && !/^[a-z]{3,}ed$/.test(word)) return false;
  return sentence.includes(` ${word} ${first[2]!}`) && new RegExp(`\\b(?:and|but|or|then) ${word} `).test(sentence);
}

/**
 * "Trade fell, as new states grew up, rival traders competed for the markets." cut from a sentence whose series of
 * clauses goes on (", and routes changed"): the last two clauses kept read as one run-on clause without their "and".
 */
export function cutInSeriesOfClauses(statement: string, sentence: string): boolean {
  const kept = statement.replace(/[.!?]$/, "");
  // The statement may be cut from the middle of its sentence ("She heard the same complaints: A, B, and C.") or have lost an
  // opening marker ("Over time, however, …"): where it stops is found by its last words, and what the sentence says next.
  const tail = kept.slice(-30);
  const end = sentence.indexOf(tail);
  if (end < 0 || !/^,? (?:and|or)\b/.test(sentence.slice(end + tail.length))) return false;
  const parts = kept.split(", ");
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1]!;
  const before = parts[parts.length - 2]!;
  // An aside at the end ("…, the wise men who …") is a noun phrase with its own clause, not a member of the series.
  if (/\b(?:who|which|whom|whose|that|where)\b/.test(last) || /^(?:the|a|an)\b/i.test(last)) return false;
  return plainVerb(last) && plainVerb(before);
}

/**
 * A clause's verb the tagger need not guess: an auxiliary, a form of "be" or a past tense. (The guess that reads a noun
 * in -s as a verb, "a family of legal scholars", or a verb after "to", "quick to learn", would take a phrase for a clause.)
 */
function plainVerb(text: string): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/[^\w'’-]/g, ""));
  return FINITE_HINT.test(text) || words.some((w, i) => i > 0 && (IRREGULAR_PAST_WORD.test(w) || /^[a-z]{3,}ed$/.test(w) || presentVerb(w, words[i - 1]!)));
}

/** A present verb in -s: one the word list knows only as a verb ("grows"), or a plural-looking one right after a singular noun ("pressure forms"). */
function presentVerb(word: string, before: string): boolean {
  const tag = LEXICON[word];
  if (tag === "PresentTense") return true;
  const prior = LEXICON[before];
  return tag === "Plural" && (prior === "Singular" || prior === "Uncountable");
}

const NUMBER_WORDS = new Map("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(" ").map((w, i) => [w, i + 1]));
NUMBER_WORDS.set("thirty", 30).set("forty", 40).set("fifty", 50).set("sixty", 60).set("seventy", 70).set("eighty", 80).set("ninety", 90).set("hundred", 100);

function numberIn(text: string): number | null {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text);
  if (digits) return Number(digits[0].replace(/,/g, ""));
  const word = text.toLowerCase().split(/[^a-z]+/).find((w) => NUMBER_WORDS.has(w));
  return word ? NUMBER_WORDS.get(word)! : null;
}

/** A false figure far from the true one (3 per cent made 50): false at a glance, whatever the article says. Years are exempt. */
export function absurdNumberSwap(original: string, said: string): boolean {
  const a = numberIn(original);
  const b = numberIn(said);
  if (a === null || b === null || a <= 0 || b <= 0 || /^\d{4}$/.test(original.trim())) return false;
  return Math.max(a, b) / Math.min(a, b) > 5;
}

/**
 * Where a false statement differs from its sentence: the sentence's words it replaced (as offsets into the sentence) and
 * the statement's words in their place. The words after the change must agree again (two of them, or the statement's end:
 * a statement may be cut short of its sentence).
 */
export function changedPart(statement: string, sentence: string): { start: number; end: number; said: string } | null {
  const said = statement.replace(/[.!?]$/, "").split(" ");
  const words = sentence.replace(/[.!?]$/, "").split(" ");
  let i = 0;
  while (i < said.length && i < words.length && said[i] === words[i]) i++;
  if (i >= said.length || i >= words.length) return null;
  let best: [number, number] | null = null;
  for (let a = 1; a <= 4; a++) {
    for (let b = 1; b <= 4; b++) {
      if (i + b > words.length || (best && a + b >= best[0] + best[1])) continue;
      const agrees = i + a === said.length ? true : said[i + a] === words[i + b] && (i + a + 1 >= said.length || said[i + a + 1] === words[i + b + 1]);
      if (agrees) best = [a, b];
    }
  }
  if (!best) return null;
  const start = words.slice(0, i).join(" ").length + (i ? 1 : 0);
  // The article's person named in place of their pronoun ("He gave" -> "Mansa Musa gave") is not the swap: look past it.
  if (best[1] === 1 && PRONOUN.test(words[i]!) && said.slice(i, i + best[0]).every((w) => /^[A-Z]/.test(w)) && i + best[1] < words.length) {
    const restAt = start + words[i]!.length + 1;
    const rest = changedPart(said.slice(i + best[0]).join(" "), words.slice(i + best[1]).join(" "));
    return rest && { start: restAt + rest.start, end: restAt + rest.end, said: rest.said };
  }
  return { start, end: start + words.slice(i, i + best[1]).join(" ").length, said: said.slice(i, i + best[0]).join(" ") };
}

const PRONOUN = /^(?:he|she|his|her|him)$/i;

const ERA = /\b\d{1,2}(?:st|nd|rd|th)[\s-]century\b|\b\d{3,4}s\b/g;

/** A statement cut from its sentence, whose one era differs from the sentence's one era: where the swap fell. */
function swappedEra(statement: string, sentence: string): { start: number; end: number; said: string } | null {
  const said = [...statement.matchAll(ERA)];
  const original = [...sentence.matchAll(ERA)];
  if (said.length !== 1 || original.length !== 1 || said[0]![0] === original[0]![0]) return null;
  return { start: original[0]!.index, end: original[0]!.index + original[0]![0].length, said: said[0]![0] };
}

/** A false statement made by changing the framing phrase's century, decade or bound year ("In the _____s, …"). */
export function framingSwapPenalty(q: GeneratedQuestion, title = "", articleText = ""): Penalty | null {
  if (q.type !== "TRUE_FALSE" || q.answerText !== "False") return null;
  const sentence = q.source.sentence;
  // (In the sentence's order: see statementFault.)
  const ordered = inSentenceOrder(q.prompt, sentence) ?? q.prompt;
  const part = changedPart(ordered, sentence) ?? swappedEra(ordered, sentence);
  if (!part) return null;
  const changed = sentence.slice(part.start, part.end).replace(/[,;:]$/, "");
  // A small count of a scene's things swapped ("six trains … set off" for eight) asks the same side detail as its blank.
  if (countOfParticipants(sentence, part.start + changed.length, changed)) return { check: "count-of-participants", factor: 0.75, belowDropLine: true };
  // ("… sails with fourteen sailors" for twelve: the count of a scene's people, held as its blank is.)
  if (countOfPeopleInAScene(sentence, part.start + changed.length, changed, articleText, title)) return { check: "count-of-people-in-a-scene", factor: 1, belowReviewLine: true };
  if (!/\d/.test(changed)) return null;
  const end = part.start + changed.length;
  if (eraInOpeningPhrase(sentence, part.start, end, changed) || boundInsideClause(sentence, part.start, end)) {
    return { check: "date-in-opening-phrase", factor: 0.75, belowReviewLine: true };
  }
  // The year that ends a state told in passing ("stayed hidden until his death in 1931"), swapped.
  if (endOfAState(sentence, part.start)) return { check: "end-of-a-state", factor: 0.7, belowDropLine: true };
  // The era swapped in a tribute, a closing or a parenthetical time phrase, or beside a year of its own in the statement.
  // (A swap of "19th" for "20th" changes only the ordinal: the era is read with its word.)
  const word = /^\d{1,2}(?:st|nd|rd|th)$/.test(changed) ? (/^[\s-]century\b/.exec(sentence.slice(end))?.[0] ?? "") : "";
  const era = changed.replace(/['’]s$/, "") + word;
  const framing = framingEraPenalties(ordered.replace(part.said, BLANK), era, { sentence, start: part.start, end: part.start + era.length }, title);
  return framing[0] ?? null;
}

// An opening phrase before the comma and the subject ("Rising above the trees, the …").
const OPENER = /^([A-Z][^,;:]{2,60}), (?:the |a |an |its |their )?$/;
// Participles that open a phrase of time or topic, not a description ("Following the war, …", "During …").
const PREPOSITION_PARTICIPLE = /^(?:During|Following|Including|According|Regarding|Concerning|Considering|Excluding|Barring|Pending|Notwithstanding|Beginning|Starting)$/;
// Words in -ing or -ed that are no participle ("Indeed, …", "King Olaf, …", "Something, …").
const NOT_PARTICIPLE = /^(?:Indeed|King|Spring|String|Nothing|Something|Everything|Anything|Evening|Morning|Hundred|Sterling|Ceiling|Wedding)$/;

/** The opening phrase says what the subject after it is like: a participle phrase, or an adverb with its adjective ("Extremely dense"). */
function describesSubject(opener: string): boolean {
  const [first = "", ...rest] = opener.split(" ");
  if (/^[A-Z][a-z]+ly$/.test(first)) return rest.length === 1 && /^[a-z]+$/.test(rest[0]!);
  if (PREPOSITION_PARTICIPLE.test(first) || NOT_PARTICIPLE.test(first)) return false;
  if (!/^[A-Z][a-z]{2,}(?:ing|ed)$/.test(first) && !IRREGULAR_PARTICIPLE.test(first)) return false;
  // A phrase goes on in lower case ("Rising above the trees"); a lone word in -ing or one before a capital is a name ("Beijing", "Nanjing Road").
  return rest.length === 0 ? !first.endsWith("ing") : /^[a-z]/.test(rest[0]!);
}

/**
 * The subject swapped under an opening phrase that describes it: the phrase was said of the true subject, so said of
 * another it gives the answer away (a layer "rising above" the one it lies below) or may be true of it as well. The
 * statement keeps the phrase, so the reader judges the phrase, not the swap. A sentence adverb ("Eventually, …"), a time
 * ("Seven years later, …") or the subject's own name ("Koxinga, the …") describes nothing.
 */
export function describedSubjectSwapped(statement: string, sentence: string, changedAt: number): boolean {
  const opener = OPENER.exec(sentence.slice(0, changedAt));
  if (!opener || !describesSubject(opener[1]!)) return false;
  return statement.startsWith(`${opener[1]!},`);
}

/**
 * A swap joined by "or" or "and" to a phrase that still holds the word swapped out ("the north-seeking or south pole",
 * "south or north-facing"): both words stand in the statement, one for each of two names of one thing.
 */
export function keptBesideSwap(statement: string, original: string, said: string): boolean {
  const word = original.replace(/[,;:.]$/, "").trim();
  if (!/^[A-Za-z]{3,}$/.test(word) || !said || word.toLowerCase() === said.toLowerCase()) return false;
  // (Right beside the swap, joined by "or"/"and": a shared word between, "cold water and warm air", leaves two things.)
  const kept = `(?:${word}|${word}-[a-z]+|[a-z]+-${word})`;
  const before = new RegExp(`\\b${kept} (?:or|and) (?:the |a |an )?$`, "i");
  const after = new RegExp(`^ (?:or|and) (?:the |a |an )?${kept}\\b`, "i");
  // (Each place the statement says the swapped words: the sentence's offsets may not be the statement's, where a name
  // stands for a pronoun before the swap.)
  for (let at = statement.indexOf(said); at >= 0; at = statement.indexOf(said, at + 1)) {
    if (before.test(statement.slice(0, at)) || after.test(statement.slice(at + said.length))) return true;
  }
  return false;
}

const NAME_TITLE = /\b(?:Dr|Mr|Mrs|Ms|Sir|Dame|Lady|Lord|King|Queen|Prince|Princess|Saint|St|Captain|General|President|Professor)\.? $/;

/** The key of a person's blank stands between a title or a given name and another word of the same name. */
export function insideAName(q: GeneratedQuestion): boolean {
  const { sentence, start } = q.source;
  const from = q.source.answer.start - start;
  const to = q.source.answer.end - start;
  if (from < 0 || to > sentence.length) return false;
  const before = sentence.slice(0, from);
  return /^ [A-Z][a-z]{2,}\b/.test(sentence.slice(to)) && (NAME_TITLE.test(before) || /(?:^|[\s(])[A-Z][a-z]+ $/.test(before.slice(-30)) && !/(?:^|\s)(?:The|In|On|At|By|When|After|Before|During|Under|From|With|For) $/.test(before));
}

/** "… of ancient the United States": a name swapped in with its "the" right after a describing word of the one it replaced. */
export function theAfterDescribingWord(statement: string, said: string): boolean {
  if (!/^the\s/i.test(said)) return false;
  const at = statement.indexOf(said);
  const word = /([a-z]+) $/.exec(statement.slice(0, at))?.[1];
  if (!word || /^(?:of|in|on|at|to|from|by|with|for|into|across|over|near|and|or|but|than|as|is|was|are|were|be|been)$/.test(word)) return false;
  const tags = tagged(`the ${word} land`).at(-2)?.tags ?? [];
  return tags.includes("Adjective") && !tags.includes("Verb");
}
