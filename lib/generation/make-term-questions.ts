import { modifiedBefore, placesSubject } from "./confidence";
import type { Definition } from "./find-definitions";
import type { TermList } from "./find-lists";
import { BLANK } from "./blank";
import { namedEventStem } from "./named-event-stem";
import { dangles, needsContext, subjectQuestion, withContext } from "./question-stems";
import { fillsBeforeNoun, kindsOfDefinedTerm, nounAfterBlank, sameKindAs } from "./kind-of-defined-term";
import type { GeneratedQuestion, Sentence, Span } from "./types";
import { choiceQuestion, sourceIn, sourceOfSpan } from "./question-parts";
import { lookupEntry } from "./gazetteer";
import { mentions, termPattern } from "./whole-words";

/**
 * Questions on the article's own terms: a member of a list it gives ("the
 * stomach"), asked about in another sentence, with its fellow members as
 * distractors; and a term it defines or names, asked for by its definition.
 */

// Words that may close a phrase opened by "the _____" without being a noun the blank describes.
const NOT_A_TAIL = /^(?:itself|themselves|too|also|alone|again|first|last|once|twice|together|instead|there|here|now|then|today|ago|one|ones|own)$/;

/**
 * "lifted the rocket off the _____ pad.": the word that closes a phrase opened by a determiner and the blank is the noun the
 * blank describes, even where the article never writes that noun after "the" (nounAfterBlank cannot vouch for it then).
 * A list member asked there tests a fixed compound ("launch pad"), unless its fellow members can stand before it too.
 */
export function headClosingPhrase(stem: string): string | null {
  const word = /\b(?:the|a|an|its|their|his|her|this|that) _____ ([a-z]{3,})(?=[.,;:!?)]|$)/.exec(stem)?.[1];
  return word && !NOT_A_TAIL.test(word) && !word.endsWith("ly") ? word : null;
}

/** Members nearest the key in the list first: they are its closest confusers, and each question gets its own set. */
function nearest(list: TermList, key: string, stem: string, count: number, fits: (member: string) => boolean = () => true): string[] {
  const at = list.items.findIndex((i) => i.text.toLowerCase() === key.toLowerCase());
  return list.items
    .map((item, i) => ({ item, d: Math.abs(i - at) + (i < at ? 0.5 : 0) }))
    .filter(({ item }) => item.text.toLowerCase() !== key.toLowerCase() && !mentions(stem, item.text) && !mentions(key, item.text) && !mentions(item.text, key) && fits(item.text))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map(({ item }) => item.text);
}


/** Each place a list member is named outside the list's own sentence. */
export function findMemberMentions(sentences: Sentence[], lists: TermList[]): { sentenceIndex: number; span: Span; list: TermList }[] {
  const out: { sentenceIndex: number; span: Span; list: TermList }[] = [];
  // A member of several lists takes the longest one (more fellow members to draw on).
  const listOf = new Map<string, TermList>();
  // (Not alternatives offered for one role, "the same hours, seed or water": the others may fit the other sentence as well.)
  for (const list of [...lists].filter((l) => !l.alternatives).sort((a, b) => a.items.length - b.items.length)) for (const item of list.items) listOf.set(item.text.toLowerCase(), list);
  sentences.forEach((sentence, sentenceIndex) => {
    const ownLists = lists.filter((l) => l.sentenceIndex === sentenceIndex);
    const lower = sentence.text.toLowerCase();
    for (const [member, list] of listOf) {
      if (list.sentenceIndex === sentenceIndex || !lower.includes(member)) continue;
      const pattern = termPattern(member);
      const m = pattern.exec(sentence.text);
      if (!m || pattern.test(sentence.text.slice(m.index + m[0].length))) continue;
      const start = sentence.start + m.index;
      // Inside another list of this sentence, or part of a name ("Bubonic Plague"), it is not the thing the list names.
      if (ownLists.some((l) => l.items[0]!.start <= start && start < l.items.at(-1)!.end)) continue;
      if (/^[A-Z]/.test(m[0]) !== /^[A-Z]/.test(member) && m.index > 0) continue;
      // A common member opening the sentence ("Money spent on …") would be the only capitalised option, and its
      // fellow members fit a subject's slot as well as it does.
      if (m.index === 0 && list.items.some((i) => i.text.toLowerCase() === member && /^[a-z]/.test(i.text))) continue;
      if (/^ [A-Z]/.test(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      out.push({ sentenceIndex, list, span: { text: m[0], start, end: start + m[0].length, type: "TERM" } });
    }
  });
  // A shorter member inside a longer one in the same sentence ("intestine" in "small intestine") is not the thing named.
  return out.filter((o) => !out.some((p) => p !== o && p.sentenceIndex === o.sentenceIndex && p.span.start <= o.span.start && p.span.end >= o.span.end && p.span.text.length > o.span.text.length));
}

/** A word of the stem built on the key ("buboes" beside "bubonic"): a student matches the two without reading. */
export function cognateIn(stem: string, key: string): boolean {
  const keyWords = key.toLowerCase().split(/\s+/).filter((w) => w.length >= 5);
  return stem
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 5)
    .some((w) =>
      keyWords.some((k) => {
        let common = 0;
        while (common < Math.min(w.length, k.length) && w[common] === k[common]) common++;
        return common >= 4 && common / Math.min(w.length, k.length) >= 0.6;
      }),
    );
}

/** The list's sentence index when `sentence` is the sentence that states it (its first member lies inside it). */
function indexOf(sentence: Sentence, list: TermList): number {
  const first = list.items[0]!;
  return first.start >= sentence.start && first.end <= sentence.end ? list.sentenceIndex : -1;
}

export function makeListQuestion(sentence: Sentence, previous: Sentence | undefined, span: Span, list: TermList, random: () => number, articleText: string): GeneratedQuestion | null {
  const question = subjectQuestion(sentence, span, "Which of these");
  const offset = span.start - sentence.start;
  const cloze = sentence.text.slice(0, offset) + BLANK + sentence.text.slice(offset + span.text.length);
  let stem = withContext(question ?? cloze, sentence, previous);
  if (!stem) return null;
  // "There were three forms: a, b and c. Of these, the _____ form was the most common.": the list just before
  // is the set to choose from. Shown without its members ("There were three forms."), they become the options.
  const listJustBefore = previous !== undefined && stem.startsWith(previous.text) && list.sentenceIndex === indexOf(previous, list);
  if (listJustBefore) {
    const colon = previous!.text.indexOf(":");
    if (colon < 0 || colon > list.items[0]!.start - previous!.start) return null;
    stem = `${previous!.text.slice(0, colon)}.${stem.slice(previous!.text.length)}`;
  }
  const own = stem;
  if (cognateIn(stem, span.text)) return null;
  // "White _____ cells": a list member modifying a noun is asked among the members that can stand before it. Being listed
  // beside the key does not show that ("the bark, the sap, the root tips" are no kinds of cell).
  const noun = nounAfterBlank(own, articleText) ?? headClosingPhrase(own);
  const distractors = nearest(list, span.text, own, 3, (member) => !noun || fillsBeforeNoun(member, span.text, noun, articleText, false));
  if (distractors.length < 2) return null;
  // A stem naming two of the key's fellow members sets the scene ("in the mouth, the teeth chew …"): the members
  // left over are the far ones, absurd there. The typed question asks it instead.
  if (list.items.filter((i) => i.text.toLowerCase() !== span.text.toLowerCase() && mentions(own, i.text)).length >= 2) return null;
  return {
    type: "MULTIPLE_CHOICE",
    prompt: stem,
    ...choiceQuestion(span.text, distractors, random),
    answerText: span.text,
    source: sourceOfSpan(sentence, span),
    spanType: "TERM",
    keyKind: "term",
    score: 1,
    confidence: (question ? 0.84 : 0.78) * (distractors.length === 3 ? 1 : 0.93) * (modifiedBefore(sentence.text.slice(0, offset)) ? 0.75 : 1) * (placesSubject(sentence.text.slice(0, offset)) ? 0.8 : 1),
  };
}

/**
 * "Which term is an organ shaped like a sac?" reads as if a word were an organ: asked by the kind the sentence
 * gives instead ("Which organ is shaped like a sac?"). "Which term is (also) where …" has no such form: not asked.
 */
export function askByKind(question: string | null): string | null {
  if (!question) return null;
  if (/^Which term (?:is|was|are|were) (?:also |then |now )?(?:where|when|how|what|why|who)\b/.test(question)) return null;
  const kind = /^Which term (is|was|are|were) (?:a|an|the) ([a-z]+) ([a-z]+(?:ed|en)\b.*)$/.exec(question);
  return kind ? `Which ${kind[2]} ${kind[1]} ${kind[3]}` : question;
}

/** The same mention typed: no options, so several questions on one list never share a set. */
/**
 * How a typed list question asks for its member. A list of names ("Norland, Osterby and Vell declared …") holds places,
 * not terms: "Which term declared independence?" is nonsense. A country or city the gazetteer knows is asked as one; any
 * other capitalised member is not asked this way (its cloze is, by the name builders).
 */
function whichFor(member: string): string | null {
  if (!/^[A-Z]/.test(member)) return "Which term";
  const type = lookupEntry(member)?.type;
  return type === "COUNTRY" ? "Which country" : type === "CITY" ? "Which city" : null;
}

export function makeTypedListQuestion(sentence: Sentence, previous: Sentence | undefined, span: Span, list: TermList, articleText = ""): GeneratedQuestion | null {
  const which = whichFor(span.text);
  if (!which) return null;
  const question = askByKind(subjectQuestion(sentence, span, which));
  const offset = span.start - sentence.start;
  const cloze = sentence.text.slice(0, offset) + BLANK + sentence.text.slice(offset + span.text.length);
  const stem = withContext(question ?? cloze, sentence, previous);
  if (!stem || mentions(stem, span.text) || cognateIn(stem, span.text)) return null;
  // "the _____ pad" typed asks for the first word of a fixed compound ("launch pad"), not for the listed thing, unless
  // another member could stand before that noun as well (the choice question's own screen).
  const noun = question ? null : (nounAfterBlank(stem, articleText) ?? headClosingPhrase(stem));
  if (noun && /^[a-z]/.test(span.text) && !list.items.some((i) => i.text.toLowerCase() !== span.text.toLowerCase() && fillsBeforeNoun(i.text, span.text, noun, articleText, false))) return null;
  // The list's other members are the same kind: the hint names none of them, only that the answer is one of the article's terms.
  if (list.items.length < 3) return null;
  return {
    type: "FILL_BLANK",
    prompt: question ? stem : `${stem} (a term from the article)`,
    options: [],
    answerKey: { kind: "text", accepted: termVariants(span.text, /[^s]s$/.test(span.text)) },
    answerText: span.text,
    source: sourceOfSpan(sentence, span),
    spanType: "TERM",
    keyKind: "term",
    score: 1,
    confidence: (question ? 0.76 : 0.72) * (modifiedBefore(sentence.text.slice(0, offset)) ? 0.75 : 1) * (placesSubject(sentence.text.slice(0, offset)) ? 0.8 : 1),
  };
}

/** Other terms the article defines, of the same number, none named in the stem. */
const FRAME = /^(?:the )?(?:theory|law|principle|idea|concept|rule) of\b/i;

function definitionDistractors(def: Definition, all: Definition[], stem: string, lists: TermList[]): string[] {
  const list = lists.find((l) => l.items.some((i) => i.text.toLowerCase() === def.term.toLowerCase()));
  const fromList = list ? list.items.map((i) => i.text) : [];
  const fromDefinitions = all.filter((d) => d.plural === def.plural).map((d) => d.term);
  const seen = new Set<string>();
  return [...fromList, ...fromDefinitions].filter((t) => {
    const lower = t.toLowerCase();
    if (seen.has(lower) || lower === def.term.toLowerCase()) return false;
    seen.add(lower);
    // Same kind of term: a name beside names, a common noun beside common nouns, a theory or law beside its like.
    if (/^[A-Z]/.test(t) !== /^[A-Z]/.test(def.term) || FRAME.test(t) !== FRAME.test(def.term)) return false;
    // (Two kinds of one thing share only their last word, "cost-push inflation" and "demand-pull inflation": fair options.)
    return !mentions(stem, t) && !mentions(def.term, t) && !mentions(t, def.term) && !sharesWord(t.replace(/\s+\S+$/, ""), def.term) && !sharesWord(def.term.replace(/\s+\S+$/, ""), t);
  });
}

function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(/\s+/).filter((w) => w.length > 3));
  return b.toLowerCase().split(/\s+/).some((w) => words.has(w));
}

/** Accepted typed forms of a term: as written, singular or plural, with or without "the". */
export function termVariants(term: string, plural: boolean): string[] {
  const out = [term];
  // The core term without its frame: "plate tectonics" for "theory of plate tectonics".
  const core = /^(?:theory|law|principle|process|idea|concept|rule) of (.+)$/i.exec(term)?.[1];
  if (core) out.push(core);
  // "planets" -> "planet"; "taxes", "branches", "bushes" -> "tax", "branch", "bush" ("taxe" is no word); "-ies" -> "-y".
  if (plural && /[^s]s$/.test(term)) out.push(/(?:x|ch|sh|ss|zz)es$/i.test(term) ? term.slice(0, -2) : /[^aeiou]ies$/i.test(term) ? `${term.slice(0, -3)}y` : term.slice(0, -1));
  // A member named by its kind word ("emergent layer", "splash zone") is also called by its describing word alone.
  const describing = /^([a-z][\w-]{3,}) (?:layer|zone|stage|phase|level|form|region)$/i.exec(term)?.[1];
  if (describing) out.push(describing);
  return out;
}

/**
 * What a term is a kind of, by its words: "demand-pull inflation" and "hyperinflation" -> "inflation"; null for a bare word
 * ("inflation", "wheat": a word that only ends like another, "heat", is no kind of it).
 */
function genusOf(term: string): string | null {
  const words = term.toLowerCase().split(/\s+/);
  const last = words.pop()!;
  const genus = words.length ? last : /^(?:hyper|super|sub|micro|macro|mega)-?([a-z]{4,})$/.exec(last)?.[1];
  return genus && genus.length >= 4 ? genus : null;
}

const NAMING = new Set<Definition["pattern"]>(["called", "call", "name-given", "appositive"]);

export function makeDefinitionQuestion(
  def: Definition,
  sentences: Sentence[],
  all: Definition[],
  lists: TermList[],
  random: () => number,
  articleText: string,
  termIsPerson = false,
): GeneratedQuestion | null {
  const sentence = sentences[def.sentenceIndex]!;
  const previous = sentences[def.sentenceIndex - 1];
  const offset = def.range.start - sentence.start;
  const cloze = sentence.text.slice(0, offset) + BLANK + sentence.text.slice(offset + def.term.length);
  let stem = def.question ?? cloze;
  // "What is a lively talker …?" whose answer is a person: asked "Who", as any person is ("What was her daughter
  // called?" asks for a name, and stands).
  if (termIsPerson && def.pattern === "copula" && !/\bcalled\?$/.test(stem)) stem = stem.replace(/^What (is|was|are|were) /, "Who $1 ");
  // Set when the stem is the naming sentence as a cloze, not the definition's own question.
  let asCloze = false;
  if (def.needsContext) {
    // The sentence before must itself stand alone, and must name what "such"/"these" points to.
    const pointedAt = /^(?:this|these|such|those|that) ([a-z]+)/i.exec(stem.replace(/^What (?:is|are|was|were) /, ""))?.[1];
    if (!previous || previous.section !== sentence.section) return null;
    const names = (t: string) => !pointedAt || new RegExp(`\\b${pointedAt.replace(/s$/, "")}`, "i").test(t.replace(/^The (?:largest|smallest|first|last|other) \w+/, ""));
    // "This effect is called …" after the sentence telling the effect: that sentence is what the noun stands for.
    const told = names(previous.text) ? null : namedEventStem(sentence, previous, def.range.start, def.term.length);
    if (!needsContext(previous) && !dangles(previous.text) && names(previous.text)) stem = `${previous.text} ${stem}`;
    else if (told) [stem, asCloze] = [told, true];
    else {
      // The two sentences before, when the nearer one leans on the farther ("… they can create valleys. This happens if … Such valleys are called …").
      const before = sentences[def.sentenceIndex - 2];
      if (!before || before.section !== sentence.section || needsContext(before) || dangles(before.text) || !names(`${before.text} ${previous.text}`)) return null;
      if (`${before.text} ${previous.text}`.split(/\s+/).length > 45) return null;
      stem = `${before.text} ${previous.text} ${stem}`;
    }
  } else if (def.pattern !== "appositive" && !def.standsAlone) {
    // (A question on an appositive names all it needs: "What is the name of the layer of rock that is hot …?")
    const contextual = withContext(stem, sentence, previous);
    if (!contextual) return null;
    stem = contextual;
  }
  if (mentions(stem, def.term)) return null;
  const source = sourceIn(sentence, { start: def.range.start, end: def.range.end });
  const sure = def.pattern === "copula" || def.pattern === "appositive" ? 0.74 : 0.82;
  // The thing the key is a kind of ("inflation" beside "hyperinflation") is a right answer too: never an option.
  const keyGenus = genusOf(def.term);
  // A member of one of the article's lists is asked among its fellow members only (the narrowest fair class).
  const list = lists.find((l) => l.items.some((i) => i.text.toLowerCase() === def.term.toLowerCase()));
  // Another defined term the article makes a thing of another kind ("pure water" beside "hydronium ions", "cations") is
  // ruled out by its kind alone; the key's fellow list members are of its kind by the list.
  const keyKinds = kindsOfDefinedTerm(def, articleText);
  const kindsOf = (t: string) => {
    const other = all.find((d) => d.term.toLowerCase() === t.toLowerCase());
    return other ? kindsOfDefinedTerm(other, articleText) : new Set<string>();
  };
  const listed = (t: string) => list?.items.some((i) => i.text.toLowerCase() === t.toLowerCase()) ?? false;
  const unfiltered = definitionDistractors(def, all, stem, lists).filter((t) => t.toLowerCase() !== keyGenus);
  const pool = unfiltered.filter((t) => listed(t) || sameKindAs(keyKinds, kindsOf(t)));
  // Kinds of one thing stand beside each other ("hyperinflation" among "cost-push inflation" and "demand-pull inflation"):
  // when the article names two or more other kinds of what the key is a kind of, they are the options, and nothing else.
  // (The kind read from what the article calls a term only removes options: two terms of one kind may be one inside the
  // other, "hydronium ions" among "ions with a positive charge", and never make a set on their own.)
  const kinds = keyGenus ? pool.filter((t) => genusOf(t) === keyGenus) : [];
  const byKind = kinds.length >= 2;
  const distractors = (byKind ? kinds : pool).slice(0, 3);
  // Options removed by their kind leave a question that had a set of options: only a naming sentence ("… are called X")
  // asks the term plainly enough to be typed; a copula or a statement ("The yearly rise is the measure of …") is not.
  const cutByKind = pool.length < 3 && unfiltered.length >= 3;
  const siblings = list ? nearest(list, def.term, stem, 3) : [];
  // Another name has no fair class of options (the article's other terms name other things): it is typed.
  if (def.pattern !== "alias" && siblings.length >= 2) {
    return { type: "MULTIPLE_CHOICE", prompt: stem, ...choiceQuestion(def.term, siblings, random), answerText: def.term, source, spanType: "TERM", keyKind: "definition", score: 1, confidence: sure };
  }
  if (def.pattern !== "alias" && (distractors.length === 3 || byKind)) {
    return { type: "MULTIPLE_CHOICE", prompt: stem, ...choiceQuestion(def.term, distractors, random), answerText: def.term, source, spanType: "TERM", keyKind: "definition", score: 1, confidence: sure };
  }
  if (cutByKind && !NAMING.has(def.pattern)) return null;
  // No fair set of options: the student types the term.
  const typedStem = def.question && !asCloze ? stem : `${stem} (a term from the article)`;
  return {
    type: "FILL_BLANK",
    prompt: typedStem,
    options: [],
    answerKey: { kind: "text", accepted: termVariants(def.term, def.plural) },
    answerText: def.term,
    source,
    spanType: "TERM",
    keyKind: "definition",
    score: 1,
    confidence: sure * (def.question && !asCloze ? 0.95 : 0.9),
  };
}
