import { boundedMemo } from "./article-memo";
import { isPlural } from "./check-options";
import { capitalise } from "./question-parts";
import { tagged, type TaggedTerm } from "./question-stems";
import { escapeRegExp } from "./find-spans";
import { genderOf, isPersonWord, resolvePronounPerson } from "./resolve-person-pronouns";
import type { Sentence, Span } from "./types";

/**
 * Sentences that open by pointing back ("It …", "They …", "This process …", "Its …", "She …") carry many of an
 * explanatory article's main ideas. Each is resolved here once per article, only when the sentence before settles
 * what it points to, and the result is stored on the sentence: `subject` and `opener` (the words the stem writes out
 * in place of the opening) or `person` (whom "he"/"she" means). Anything less sure stays unresolved, and the
 * sentence stays a dangling source as before.
 */
export function resolvePointers(sentences: Sentence[], namedBySentence: Span[][], title: string): void {
  const topic: Topic = { words: new Set(title.toLowerCase().match(/[a-z]{3,}/g) ?? []), names: titleNames(title, sentences, namedBySentence), title: mainTitle(title) };
  const genders = new Map<string, "he" | "she" | null>();
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (!prev || prev.section !== s.section || s.subject || s.person) return;
    const found = resolveThing(s, prev, sentences, i, namedBySentence[i - 1] ?? [], topic);
    if (found) {
      s.subject = found.subject;
      s.opener = found.opener;
      return;
    }
    const person = resolvePronounPerson(s, prev, namedBySentence, i, (name) => genderOf(name, sentences, namedBySentence, genders));
    if (person) s.person = person;
  });
}

/** "It"/"Its" -> "The stomach"/"The stomach's", "They"/"Their" -> "The plates"/"The plates'", "This process" -> "Photosynthesis". */
function resolveThing(s: Sentence, prev: Sentence, sentences: Sentence[], i: number, prevNames: Span[], topic: Topic): { subject: string; opener: string } | null {
  const pronoun = /^(It|Its|They|Their)\s/.exec(s.text)?.[1];
  if (pronoun) {
    const plural = pronoun === "They" || pronoun === "Their";
    if (pronoun === "It" && EXPLETIVE_IT.test(s.text)) return null;
    if (pronoun === "They" && /^They (?:say|said)\b/.test(s.text)) return null;
    const np = previousSubject(prev, plural, prevNames, topic) ?? (pronoun === "Its" ? titleOwner(s.text, prev.text, topic) : null);
    if (!np) return null;
    // "It is one of his best plays": a work named for its hero, written in, reads as whom "his" means.
    if (np.replace(/^The /, "") === topic.title.replace(/^The /, "") && /\b(?:he|his|him|she|her|hers)\b/i.test(s.text)) return null;
    if (pronoun === "Its") return { opener: "Its", subject: `${np}'s` };
    if (pronoun === "Their") return { opener: "Their", subject: /s$/.test(np) ? `${np}'` : `${np}'s` };
    return { opener: pronoun, subject: np };
  }
  const demonstrative = DEMONSTRATIVE_NOUN.exec(s.text);
  if (!demonstrative) return null;
  const [opener, determiner] = [demonstrative[0], demonstrative[1]!];
  // Tagging costs a millisecond or two a sentence: first a plain look for the next words in the two sentences before.
  const nextWords = s.text.slice(opener.length).trim().split(/\s+/).slice(0, 2).map((w) => w.replace(/[^\w-]/g, ""));
  const before = [sentences[i - 1], sentences[i - 2]].filter((e) => e && e.section === s.section).map((e) => e!.text.toLowerCase());
  if (!nextWords.some((w) => w.length > 2 && before.some((t) => new RegExp(`(?<![\\w-])${w.toLowerCase()}(?![\\w-])`).test(t)))) return null;
  const phrase = nounAfter(s.text, opener);
  if (!phrase) return null;
  const plural = isPlural(phrase.head);
  if ((/^(?:This|That)$/.test(determiner) && plural) || (/^(?:These|Those)$/.test(determiner) && !plural)) return null;
  const referent = earlierMention(phrase.head, s, sentences, i);
  // "This process" may only name what the earlier phrase names: a new modifier ("This second stage") asks for more.
  if (!referent || phrase.modifiers.length) return null;
  // "Such a tax" is any tax of the kind named ("a Pigouvian tax"), never one particular tax ("the tax").
  if (determiner.startsWith("Such")) {
    const indefinite = /^an? /i.test(referent);
    if (/^the /i.test(referent) || (determiner !== "Such") !== indefinite) return null;
    return { opener: `${determiner} ${phrase.words}`, subject: capitalise(referent) };
  }
  return { opener: `${determiner} ${phrase.words}`, subject: capitalise(referent.replace(/^an? /i, "the ")) };
}

// "It is believed that …", "It takes more force to …", "It was her curiosity that …", "It is here that …", "It rained …",
// "It was 1850 before …", "It was three years before …": no referent.
const EXPLETIVE_IT =
  /^It (?:is|was|seems|seemed|appears|appeared|takes|took|may|might|can|could|would|will|must|has|had|remains|remained|becomes|became)\b(?:(?!\b(?:and|but|which)\b)[^,.;:]){0,60}?\b(?:that|whether|how|why|who|to (?!(?:the|a|an|its|their|his|her|this|these|that|those|some|each|every|one|two|three)\b)[a-z]+)\b|^It (?:rain|snow|hail|thunder|drizzl|sleet)\w*\b|^It (?:is|was) (?:time|true|clear|likely|possible|important|common|worth)\b|^It (?:is|was) (?:(?:not|only|almost|nearly|another|over|about|some|many|several|a|an|few|full|long|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)[ -])*(?:\d{3,4}s?|midnight|noon|dawn|dusk|night|morning|evening|afternoon|days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?|winter|summer|spring|autumn|late|early|long)(?: later| afterwards)? (?:before|when|since|until|ago)\b/;

/** Whether a sentence's or clause's opening "It" stands for nothing ("It rained …", "It was 1850 before …"). */
export function isExpletiveIt(text: string): boolean {
  return EXPLETIVE_IT.test(text.replace(/^it\b/, "It"));
}

// "This process", "These cells", "Such a tax", "That backward push": a determiner, then a word the tagger may call a noun.
const DEMONSTRATIVE_NOUN = /^(This|That|These|Those|Such(?: an?)?)(?= [a-z])/;

/** The noun phrase after the opening determiner: its words, and its head (the last noun before the verb). */
function nounAfter(text: string, opener: string): { words: string; head: string; modifiers: string[] } | null {
  const terms = tagged(text);
  const openerLength = opener.split(" ").length;
  const words: string[] = [];
  for (const term of terms.slice(openerLength, openerLength + 4)) {
    const tags = term.tags ?? [];
    const word = term.text;
    if (!/^[a-z][a-z-]*$/.test(word)) break;
    if (tags.includes("Verb") || tags.includes("Adverb") || tags.includes("Preposition") || tags.includes("Determiner") || tags.includes("Conjunction")) break;
    if (!tags.includes("Noun") && !tags.includes("Adjective")) break;
    words.push(word);
    if (/[,;:]$/.test(term.text)) break;
  }
  if (!words.length || words.length > 2) return null;
  const head = words[words.length - 1]!;
  const headTerm = terms[openerLength + words.length - 1];
  if (!headTerm?.tags?.includes("Noun")) return null;
  // The word after the phrase must be a verb: "This process releases …", not "This process's …" or "These, in turn, …".
  const next = terms[openerLength + words.length];
  if (!next || !(next.tags?.includes("Verb") || next.tags?.includes("Adverb"))) return null;
  return { words: words.join(" "), head, modifiers: words.slice(0, -1) };
}

const STOP_BEFORE = /^(?:is|are|was|were|be|been|being|has|have|had|and|or|but|of|in|on|at|to|for|with|by|from|as|into|onto|than|that|which|who|what|when|where|while|if|so|not|no|also|only|its|their|his|her|our|your|my|it|they|this|these|those|such|some|any|each|every|many|more|most|much|few|other|another|one|two|three|all|both|called|named|known|same|new|first|second|third|last|next|then)$/;

/**
 * The noun phrase an earlier sentence of the section (the one before, or the one before that) names with the head
 * noun ("the process by which …", "a deep peat bog"), or the term it defines or names as one ("Osmosis is the
 * process …", "a process called osmosis"). Null when that sentence names two different things with the head (which
 * one is meant is a guess), or when the phrase found says no more than the head.
 */
export function earlierMention(head: string, s: Sentence, sentences: Sentence[], i: number): string | null {
  for (let back = 1; back <= 2; back++) {
    const earlier = sentences[i - back];
    if (!earlier || earlier.section !== s.section) return null;
    if (back === 2 && sentences[i - 1]!.opener) return null;
    const re = new RegExp(`(?<![\\w-])${head}(?![\\w'’-])`, "gi");
    const hits = [...earlier.text.matchAll(re)];
    if (!hits.length) continue;
    const phrases = new Set(hits.map((h) => phraseEndingAt(earlier.text, h.index!, head)));
    if (phrases.size !== 1) return null;
    const [phrase] = [...phrases];
    // "Kell used a drawn ballot. Fenn used a rotating ballot. Kell dropped this ballot.": the sentence before that names
    // another thing with the head, and which one is meant is a guess again. (One it names among others, "a wooden pier and
    // a stone pier", before "the wooden pier", is the one the nearer sentence picked out.)
    if (back === 1 && phrase && namedOtherwise(head, phrase, sentences[i - 2], s)) return null;
    return phrase ?? null;
  }
  return null;
}

function namedOtherwise(head: string, phrase: string, earlier: Sentence | undefined, s: Sentence): boolean {
  if (!earlier || earlier.section !== s.section) return false;
  const hits = [...earlier.text.matchAll(new RegExp(`(?<![\\w-])${head}(?![\\w'’-])`, "gi"))];
  const plain = (p: string | null) => (p ?? "").toLowerCase().replace(/^(?:the|an?) /, "");
  return hits.length > 0 && !hits.some((h) => plain(phraseEndingAt(earlier.text, h.index!, head)) === plain(phrase));
}

/** The phrase that ends with the head at `at`: its named term, or the phrase with its modifiers (and no less). */
function phraseEndingAt(text: string, at: number, head: string): string | null {
  const after = text.slice(at + head.length);
  const before = text.slice(0, at);
  // "a process called osmosis", "tiny units known as nephrons".
  const named = /^,? (?:called|known as|named) ((?:the )?[A-Za-z][\w-]*(?: [a-z][\w-]*)?)(?=[,.;:]| (?:and|which|that|is|are|was|were)\b)/.exec(after);
  if (named && !/^the\b/i.test(named[1]!) && !/^(?:a|an|it|them)$/i.test(named[1]!)) {
    // "tubes called arteries and veins", "known as rods, cones and …": the name is one of a list, not the whole.
    if (/^(?: and| or|,(?: [\w-]+){1,2}(?:,| and| or))\s/.test(after.slice(named[0].length))) return null;
    return named[1]!;
  }
  // "A tax placed on … is called a Pigouvian tax.": the sentence's subject is named at its end.
  const calledAtEnd = /\b(?:is|are) (?:called|known as|named) ((?:an? )?[A-Za-z][\w-]*(?: [a-z][\w-]*)?)\.$/.exec(text);
  if (calledAtEnd && calledAtEnd[1]!.endsWith(head) && (/^(?:A|An|The)? ?$/.test(before) || at >= calledAtEnd.index)) return calledAtEnd[1]!;
  // "Osmosis is the process …", "Nephrons are tiny units …": the sentence's subject is the term.
  const defined = /^((?:[A-Z][\w-]*|[A-Z][\w-]* [a-z][\w-]*)) (?:is|are|was|were) (?:a|an|the) (?:[a-z-]+ ){0,2}$/.exec(before);
  if (defined && !/^(?:It|This|That|These|Those|They|He|She|There|Here|The|A|An|Such)$/.test(defined[1]!.split(" ")[0]!)) return defined[1]!;
  const words = before.split(/\s+/).filter(Boolean);
  const modifiers: string[] = [];
  const verbs = new Set(tagged(text).filter((t) => t.tags?.includes("Verb")).map((t) => t.text));
  // The walk must end where a noun phrase starts (a determiner, a preposition, a verb, the sentence's start): a verb
  // the tagger misses ("Farmers dug deep drainage ditches", "Farmers grow grains") is no modifier.
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (/^(?:the|a|an|The|A|An|\d[\d,.]*)$/.test(w)) break;
    // "the largest pieces", "the first stage": a part of what the demonstrative may mean as a whole.
    if (/^(?:[a-z]+est|first|second|third|fourth|last|most|only|other|some|several|few|many)$/.test(w)) return null;
    // ("a mixed system", "the printed page": an -ed or -ing word right after an article describes the noun, and is no verb.)
    const afterArticle = /^(?:the|a|an)$/i.test(words[k - 1] ?? "") && /^[a-z]+(?:ed|ing)$/.test(w);
    if (!afterArticle && (STOP_BEFORE.test(w.toLowerCase()) || /^[a-z]+(?:ed|ing|ly)$/.test(w) || verbs.has(w))) break;
    if (!/^[a-z][a-z-]+$/.test(w) || modifiers.length === 3) return null;
    modifiers.unshift(w);
  }
  const of = /^ of ((?:the )?[a-z][\w-]+)(?=[,.;:]| (?:and|is|are|was|were|which|that|in|on|at)\b)/.exec(after)?.[1];
  if (!modifiers.length && !of) return null;
  const base = ["the", ...modifiers, head].join(" ");
  return of ? `${base} of ${of}` : base;
}

/**
 * The sentence before's subject as the stem may write it out: a plain noun phrase ("The stomach", "Governments",
 * "The Montgolfier brothers") of the pronoun's number, followed by its verb, and no second noun phrase of that
 * number anywhere else in the sentence that the pronoun could mean as well (nouns inside a "X is a …" description of
 * the subject describe it, and do not count). An "It" or "They" the sentence before already resolved carries on.
 */
const TITLE_CASED = /^(?:A|An) [A-Z][\w'’-]*(?: (?:(?:of|the|and|in|on|at|to|for) )*[A-Z][\w'’-]*)*$/;

function previousSubject(prev: Sentence, plural: boolean, prevNames: Span[], topic: Topic): string | null {
  return subjectBefore(prev, plural, prevNames, topic) ?? (plural ? null : titleThingDefined(prev.text, topic, prevNames));
}

function subjectBefore(prev: Sentence, plural: boolean, prevNames: Span[], topic: Topic): string | null {
  // Before tagging it: a sentence opening with a pointer, a conjunction or a phrase with a noun in it ("In the upper course, …"),
  // or with a person's name, has no subject a pronoun could take.
  const text = prev.text;
  // (A name read both as a person's and as a place's, "Karsa Dun" of "Karsa Dun is an old hill fort …", is the place: the
  // name finder's person reading of a site is a guess its place reading overrules, and "It …" then goes on about the site.)
  const people = prevNames.filter((n) => n.type === "PERSON" && !prevNames.some((o) => o.type !== "PERSON" && o.start === n.start && o.end === n.end));
  if (!prev.opener && (NO_SUBJECT_OPENING.test(text) || people.some((n) => n.start - prev.start < 4))) return null;
  const terms = tagged(text);
  if (prev.subject && prev.opener) {
    const carriedPlural = /^(?:They|These .+|Those .+)$/.test(prev.opener) ? true : /^(?:It|This .+|That .+)$/.test(prev.opener) ? false : null;
    if (carriedPlural !== plural) return null;
    const words = prev.opener.split(" ").length;
    const verbAt = terms.findIndex((t) => t.tags?.includes("Verb"));
    return verbAt === words && (isTopic(prev.subject, topic) || !competes(terms, 0, verbAt, plural)) ? prev.subject : null;
  }
  const byName = topicSubject(text, terms, topic);
  const parsed = byName ?? subjectOf(text, terms);
  if (!parsed) return null;
  const { np, verb, headPlural, start, verbAt, named, headPerson } = parsed;
  // "The old king died. It was a shock …": a king, a farmer or a girl is "he" or "she", never "it".
  if (!plural && headPerson) return null;
  if (/^(?:It|This|That|These|Those|They|He|She|There|Here|Such|Some|Many|Most|Each|Every|One|All|Both|Whatever|Whoever|What|Which|Who|When|While|If|As|Although|Because|After|Before|Once|Unlike|Like|Today|Later|Then|Other|Another|Its|Their|His|Her)\b/i.test(np)) return null;
  const verbPlural = /^(?:are|were|have|do)$/.test(verb) ? true : /^(?:is|was|has|does)$/.test(verb) || /[^s]s$/.test(verb) ? false : null;
  if ((verbPlural ?? headPlural) !== plural || (verbPlural !== null && verbPlural !== headPlural)) return null;
  // A person is "he" or "she", never "it"; a name the article reads as a person's is not taken for "they" either.
  const at = prev.text.indexOf(np);
  if (people.some((n) => n.start - prev.start >= at && n.start - prev.start < at + np.length)) return null;
  const capitalisedNoun = /^[A-Z]/.test(np) && !/^(?:The|A|An) /.test(np);
  // A capitalised subject without "the" ("Sputnik 1", "Governments", "Inflation") must be no person's name and read as
  // a noun, or be the name the title gives its topic.
  if (capitalisedNoun && start === 0 && !plural && !COMMON_NOUN.test(np.split(" ")[0]!) && !topic.names.has(np) && !prevNames.some((n) => n.text === np && n.type !== "PERSON")) return null;
  // The article's topic as subject ("The canal …" under a title about the canal) is what a following "It" goes on about,
  // whatever else the sentence names; so is the subject an opening "Called X," names (X is the subject's own name).
  // A name the tagger could not read as a noun ("Sputnik 1", "The Rosetta Stone") is read here only by the title's
  // names, so the sentence's other nouns still count: "The Rosetta Stone carries a decree. It was issued …" is the decree.
  if ((byName || !isTopic(np, topic)) && competes(terms, named ? 0 : start, verbAt, plural)) return null;
  const written = start === 0 ? np : capitalise(np);
  // "A volcano …" then "It erupts" is the volcano ("A Roman road" the Roman road); "A Christmas Carol …", capitalised to
  // its end, is a title whose "A" is its own.
  return TITLE_CASED.test(written) ? written : written.replace(/^(?:A|An|a|an) /, "The ").replace(/^the /, "The ");
}

// A title's parts: its main title, a subtitle, a bracketed date, a question ("What Was the Black Death?").
const TITLE_PARTS = /\s*[:|–—()?!]\s*|,\s*/;

/** "The Fall of Rome" in "The Fall of Rome (476): How an Empire Ended". */
function mainTitle(title: string): string {
  return title.split(TITLE_PARTS)[0]!.trim();
}

/** The article writes the name with "the" at least once ("the Rosetta Stone"). */
function writtenWithThe(name: string, text: string): boolean {
  return [...text.matchAll(new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, "g"))].some((m) => /\b[Tt]he $/.test(text.slice(Math.max(0, m.index - 4), m.index)));
}

interface Topic {
  /** The title's words, lower-cased. */
  words: Set<string>;
  /** Names the title gives its topic ("Sputnik 1", "Rosetta Stone"), each as a subject writes it ("The Rosetta Stone"). */
  names: Map<string, string>;
  /** The title's main part, before any subtitle ("The Launch of Sputnik 1"). */
  title: string;
}

const TITLE_SMALL_WORD = /^(?:The|A|An|Of|And|In|On|At|To|For|By|With|From|Is|Was|Are|Were)$/;

/**
 * The names a title gives a thing it is about: runs of capitalised words between its small words ("Sputnik 1" in "The
 * Launch of Sputnik 1", "Magna Carta" in "Magna Carta Is Sealed …") that the article writes the same way and surely
 * not as a person's. An article about a person gives none: its "it" is never the person.
 */
export function titleNames(title: string, sentences: Sentence[], namedBySentence: Span[][]): Map<string, string> {
  const names = new Map<string, string>();
  if (sentences[0]?.titlePerson) return names;
  const people = namedBySentence.flat().filter((n) => n.type === "PERSON").map((n) => n.text);
  const things = new Set(namedBySentence.flat().filter((n) => n.type !== "PERSON").map((n) => n.text));
  const body = sentences.map((s) => s.text).join(" ");
  for (const part of title.split(TITLE_PARTS)) {
    const runs: string[][] = [[]];
    for (const word of part.split(/\s+/).filter(Boolean)) {
      if (/^[A-Z0-9][\w'’.-]*$/.test(word) && !TITLE_SMALL_WORD.test(word)) runs[runs.length - 1]!.push(word);
      else runs.push([]);
    }
    for (const run of runs.filter((r) => r.length)) {
      const name = run.join(" ");
      // A name written with "the" ("the Rosetta Stone") or with a figure ("Sputnik 1") is a thing, unless the name finder
      // reads it as a person's or a word for a person heads it ("the Red Baron", "the Black Prince"); any other name must
      // be one the name finder read as a place, a body or an event. A name it does not know may be a person's.
      const personal = people.some((p) => p.includes(name) || name.includes(p)) || isPersonWord(run[run.length - 1]!);
      const withThe = !personal && writtenWithThe(name, body);
      if (withThe || (!personal && /\d/.test(name)) || (!personal && things.has(name))) names.set(name, withThe ? `The ${name}` : name);
    }
  }
  return names;
}

/** A subject whose head noun the title names ("the bridge" under a title about a bridge): the article's topic. */
function isTopic(np: string, topic: Topic): boolean {
  const head = np.toLowerCase().split(" ").pop()!.replace(/['’]s?$/, "");
  return head.length >= 3 && (topic.words.has(head) || topic.words.has(`${head}s`) || topic.words.has(head.replace(/s$/, "")));
}

const NO_SUBJECT_OPENING =
  /^(?:["“'‘(]|(?:It|Its|This|That|These|Those|They|Their|He|She|His|Her|There|Here|Such|However|But|And|Yet|So|Or|When|While|If|As|Although|Though|Because|After|Before|Once|In|On|At|By|For|During|From|With|Without|Under|Over|Through|Since|Until|Today|Later|Then|Even|Also|Some|Many|Most|Each|Every|All|Both|One|Whatever|What|Which|Who|Whoever|Imagine|Unlike|Like|Despite|Among|Within|Across|Along|Around|Near|Inside|Outside|Further|Meanwhile|Instead|Still|Now|Soon|Eventually|Finally|First|Next|Only)\b)/;

// One-word subjects a pronoun may stand for: a common noun written with a capital only because it opens the sentence.
const COMMON_NOUN = /^(?:[A-Z][a-z]+(?:tion|sion|ment|ness|ity|ance|ence|ism|ure|age|ing|gy|cy|ry|th|ics))$/;

const NOT_IN_SUBJECT = /^(?:Person|FirstName|LastName|MaleName|FemaleName|Pronoun|Determiner|Preposition|Conjunction|Adverb|QuestionWord|Possessive)$/;

/**
 * The sentence's subject read by the tagger: the words before its first verb, a determiner and nouns or adjectives
 * ending in a noun ("The human digestive system", "Governments", "Sputnik 1"), written as the sentence writes them.
 * An opening phrase with no noun of its own may come first ("Shorter and coiled, the large intestine is …").
 */
function subjectOf(
  text: string,
  terms: TaggedTerm[],
): { np: string; verb: string; headPlural: boolean; start: number; verbAt: number; named: boolean; headPerson: boolean } | null {
  let start = 0;
  const comma = terms.findIndex((t) => /,/.test(t.post ?? ""));
  const firstVerb = terms.findIndex((t) => t.tags?.includes("Verb"));
  // "Called 'Old Tom', the crane lifted …": an opening that only names the subject.
  const named = comma >= 0 && NAMING_OPENING.test(text) && /^the$/i.test(terms[comma + 1]?.text ?? "");
  if (named || (comma >= 0 && comma < 6 && /^the$/i.test(terms[comma + 1]?.text ?? "") && !terms.slice(0, comma + 1).some((t) => t.tags?.includes("Noun") || /["'‘’“”]/.test(t.text)))) start = comma + 1;
  else if (comma >= 0 && comma < firstVerb) return null;
  const verbAt = terms.findIndex((t, k) => k >= start && t.tags?.includes("Verb"));
  if (verbAt < start + 1 || verbAt > start + 5) return null;
  const words = terms.slice(start, verbAt);
  const ok = words.every((t, k) => {
    const tags = t.tags ?? [];
    if (k === 0 && /^(?:The|A|An|the)$/.test(t.text)) return true;
    if (tags.some((tag) => NOT_IN_SUBJECT.test(tag)) || /[,;:()"“”]/.test(t.post ?? "") || /['’]s$/.test(t.text)) return false;
    return tags.includes("Noun") || tags.includes("Adjective") || tags.includes("Value");
  });
  const head = words[words.length - 1]!;
  if (!ok || !head.tags?.includes("Noun") || (words.length === 1 && /^(?:The|A|An|the)$/.test(head.text))) return null;
  const np = words.map((t) => t.text).join(" ");
  const verb = terms[verbAt]!.text;
  // As written: "The river (fed by …) carries" is no plain subject.
  if (!text.includes(`${np} ${verb}`)) return null;
  const headPerson = head.tags.includes("Actor") || isPersonWord(head.text);
  return { np, verb: verb.toLowerCase(), headPlural: head.tags.includes("Plural"), start, verbAt, named, headPerson };
}

/**
 * "Its fall …" in an article titled "The Fall of Carthage": the title itself names whose fall the article is about,
 * when the title's owner is one of the names it gives its topic (never a person's).
 */
function titleOwner(text: string, prevText: string, topic: Topic): string | null {
  const noun = /^Its ([a-z]+) /.exec(text)?.[1];
  if (!noun || !aboutTheTopic(prevText, topic)) return null;
  const owner = new RegExp(`^(?:The )?${noun} of (.+)$`, "i").exec(topic.title)?.[1];
  const name = owner?.replace(/^the /i, "");
  if (!owner || !name || !topic.names.has(name)) return null;
  return topic.names.get(name)!;
}

/**
 * Whether the sentence before "Its fall …" is about the title's topic: its subject (the words just before its first
 * verb) is "it", a "this/that N" or the topic itself. "The Lusitania was torpedoed …" is not, under "The Sinking of the
 * Titanic": its "Its sinking" is the Lusitania's.
 */
function aboutTheTopic(text: string, topic: Topic): boolean {
  const terms = tagged(text);
  const verbAt = terms.findIndex((t) => t.tags?.includes("Verb"));
  if (verbAt < 1) return false;
  if (/^it$/i.test(terms[verbAt - 1]!.text)) return true;
  let from = verbAt;
  while (from > 0 && terms[from - 1]!.tags?.some((tag) => tag === "Noun" || tag === "Adjective") && !/[,;:]/.test(terms[from - 1]!.post ?? "")) from--;
  if (from === verbAt) return false;
  if (/^(?:this|that)$/i.test(terms[from - 1]?.text ?? "")) return true;
  const np = terms.slice(from > 0 && /^the$/i.test(terms[from - 1]!.text) ? from - 1 : from, verbAt).map((t) => t.text).join(" ");
  return isTopic(np, topic) || topic.names.has(np) || [...topic.names.values()].includes(np);
}

/** "Sputnik 1 was launched …", "The Rosetta Stone is …": a name the title gives its topic, then a verb (the tagger may read the name as no noun). */
function topicSubject(text: string, terms: TaggedTerm[], topic: Topic): ReturnType<typeof subjectOf> {
  for (const name of topic.names.keys()) {
    const np = text.startsWith(`${name} `) ? name : text.startsWith(`The ${name} `) ? `The ${name}` : null;
    if (!np) continue;
    const verbAt = np.split(" ").length;
    const verb = terms[verbAt];
    if (!verb?.tags?.includes("Verb") || terms.slice(0, verbAt).map((t) => t.text).join(" ") !== np) continue;
    // "The Dead Sea Scrolls came …" is a "they". (No name headed by a word for a person is among the title's names.)
    const head = terms[verbAt - 1]!;
    return { np, verb: verb.text.toLowerCase(), headPlural: !!head.tags?.includes("Plural") || isPlural(head.text), start: 0, verbAt, named: false, headPerson: false };
  }
  return null;
}

// "Called 'Old Tom', …", "Known as the Iron Mare by its crew, …", "Nicknamed Bessie, …": a name, not "Called to the front, …".
const NAMING_OPENING = /^(?:Called|Known as|Named|Nicknamed) (?:the )?["'‘“]?[A-Z][^,;:.]{0,60},/;

const COPULA = /^(?:is|are|was|were|became|becomes|remained|remains|seems|seemed)$/i;
/**
 * Whether the words of a sentence before `at` (where a pronoun stands, "Because the estuary floor is soft mud," before "it
 * shifts …"), which a statement or a question cuts away, name a thing of the pronoun's number: the nearest such thing is what
 * the pronoun stands for first, so a referent from further back (the title's thing, the sentence before's subject) is a
 * guess, and the pronoun cannot be written out as it. A person is no "it" (as in previousSubject); a time or a measure no
 * referent. The words are read as the tagger reads the whole sentence (alone, "the rivers rose" reads "rose" as a noun).
 */
export function namesNearerReferent(text: string, at: number, plural: boolean): boolean {
  let cursor = 0;
  const before: TaggedTerm[] = [];
  for (const term of tagged(text)) {
    const found = text.indexOf(term.text, cursor);
    if (found < 0 || found >= at) break;
    cursor = found + term.text.length;
    const tags = term.tags ?? [];
    if (!plural && (tags.includes("Actor") || tags.includes("Person") || isPersonWord(term.text.replace(/[^\w'’-]/g, "")))) continue;
    before.push(term);
  }
  // (Every noun counts, its own clause's subject too: the empty range 0..0 leaves no subject out, and an opening phrase
  // never starts with the copula that would mark a description.)
  return before.length > 0 && competes(before, 0, 0, plural);
}

// Nouns of time and measure, which no "it" or "they" stands for.
const NOT_A_REFERENT = /^(?:Date|Month|Year|Duration|Unit|Value|Pronoun|Possessive)$/;
const TIME_NOUN = /^(?:years?|days?|months?|weeks?|decades?|centuries|century|hours?|minutes?|seconds?|times?|moments?|periods?|eras?|ages?)$/i;

/**
 * Whether the sentence holds another noun phrase of the number the pronoun needs, outside its subject (terms
 * start..verbAt) and outside the description a "… is a X" gives of the subject: "A chart can be drawn to show
 * a balance" leaves "It" unsure between the chart and the balance; "The lantern is a lamp with glass sides" does not.
 */
function competes(terms: TaggedTerm[], start: number, verbAt: number, plural: boolean): boolean {
  let described = -1;
  let k = verbAt + 1;
  while (terms[k]?.tags?.includes("Adverb")) k++;
  if (COPULA.test(terms[verbAt]!.text) && !terms[k]?.tags?.includes("Verb")) {
    // The description runs to the first comma, semicolon or conjunction.
    for (described = k; described < terms.length; described++) {
      const t = terms[described]!;
      if (t.tags?.includes("Conjunction") || /^(?:which|who|that|while|whereas|when)$/i.test(t.text)) break;
      // ("a clear, curved lens at the front": a comma between two describing words of one noun does not end it.)
      if (/[,;:]/.test(t.post ?? "") && !coordinateAdjectives(terms, described)) break;
    }
  }
  // (A ", which …" or ", who …" clause after the verb describes something the sentence named: the things it names in
  // passing are not what a next sentence's "it" goes on about. "The flight was a victory for the guild, which sent a
  // second ship later. It proved …" is the flight.)
  const aside = terms.findIndex((t, n) => n > verbAt && /^(?:which|who)$/i.test(t.text) && /,/.test(terms[n - 1]?.post ?? ""));
  for (let n = 0; n < terms.length; n++) {
    if ((n >= start && n < verbAt) || (n > verbAt && n <= described) || (aside > verbAt && n >= aside)) continue;
    const t = terms[n]!;
    const tags = t.tags ?? [];
    if (!tags.includes("Noun") || tags.some((tag) => NOT_A_REFERENT.test(tag)) || TIME_NOUN.test(t.text)) continue;
    // Only the head of a compound ("the supply curve": "curve").
    if (terms[n + 1]?.tags?.includes("Noun") && !/[,;:.]/.test(t.post ?? "") && !terms[n + 1]!.tags!.includes("Pronoun")) continue;
    const isPluralNoun = tags.includes("Plural");
    if (isPluralNoun === plural) return true;
    // "X and Y" names two things: a "they".
    if (plural && /^and$/i.test(terms[n + 1]?.text ?? "") && terms[n + 2]?.tags?.includes("Noun")) return true;
  }
  return false;
}

/**
 * "clear, curved window": an adjective, a lone comma, then a second describing word of the same noun (an adjective, or an
 * -ed word the tagger reads as a verb, right before a noun).
 */
function coordinateAdjectives(terms: TaggedTerm[], at: number): boolean {
  const [term, next, after] = [terms[at]!, terms[at + 1], terms[at + 2]];
  const adjectiveOnly = (t: TaggedTerm | undefined) => !!t?.tags?.includes("Adjective") && !t.tags.some((g) => g === "Noun" || g === "Verb" || g === "Determiner");
  if (!/^,\s*$/.test(term.post ?? "") || !adjectiveOnly(term) || !next) return false;
  const describing = adjectiveOnly(next) || (/^[a-z]+ed$/.test(next.text) && !!after?.tags?.includes("Noun") && !after.tags.includes("Pronoun"));
  return describing && !/[,;:]/.test(next.post ?? "");
}

// Kinds of made or founded thing a sentence may say the article's title is ("… is a tragedy by …", "… was a treaty …").
const THING_KIND =
  /^(?:novel|novella|play|tragedy|comedy|poem|book|story|film|opera|symphony|painting|sculpture|song|musical|ballet|epic|treaty|charter|document|agreement|constitution|law|act|city|town|village|country|kingdom|empire|state|republic|island|river|lake|mountain|volcano|desert|forest|canal|bridge|temple|cathedral|church|mosque|palace|castle|fort|fortress|tower|monument|statue|building|site|ship|satellite|spacecraft|machine|engine|railway|festival|game|sport)$/i;

// A thing or place the description brings in after a preposition (not a time: "in the mid-1690s", "in the early years").
const SUBJECT_MATTER = /\b(?:about|of|on|in|at|above|below|beside|near|over|under|with|into|across|along|after|before|during|between|against|showing|depicting)\s+(?:a|an|the)\s+(?![\w-]*\d)(?!(?:early|late|mid|first|last)\b)[a-z]/;

// Asked of each sentence before an "It" that no subject took: the title's pattern is compiled once per title, not per sentence.
const titleDefined = boundedMemo<RegExp>(200);
function titleDefinedPattern(name: string): RegExp {
  return titleDefined(name, () => new RegExp(`^["“]?((?:The )?${escapeRegExp(name)})["”]? (is|was) (?:a|an|the) ((?:[a-z-]+ ){0,2}[a-z]+)\\b`));
}

/**
 * "Two Rivers is a tragedy by …", '"The Wanderer" is a short novel …': the sentence before says the article's title, whole, is
 * one made or founded thing, so the article is about that one thing and an "It" after it is that thing, even where the name
 * finder reads words of the name as people's ("Romeo and Juliet"). A name it reads whole as a person's and as nothing else
 * stays a guess between the two. The sentence's other nouns still compete.
 */
function titleThingDefined(text: string, topic: Topic, names: Span[]): string | null {
  const name = topic.title.replace(/^(?:The|A|An) /, "");
  if (name.length < 3) return null;
  const m = titleDefinedPattern(name).exec(text);
  // ("a short novel", "a tragedy": the kind is one of the first three words after the article.)
  if (!m || !m[3]!.split(" ").some((w) => THING_KIND.test(w))) return null;
  // ("a novel about a flood", "a painting of a storm at sea", "a fort on a hill above the river": what the work shows or where
  // the place stands is a thing the next "It" may go on about, "It destroyed three villages", and is not read as described.)
  if (SUBJECT_MATTER.test(text.slice(m[0].length - m[3]!.length).split(/[,;]|\b(?:that|which|who)\b/)[0]!)) return null;
  const readAs = names.filter((n) => n.text === name).map((n) => n.type);
  if (readAs.includes("PERSON") && readAs.every((t) => t === "PERSON")) return null;
  const terms = tagged(text);
  const verbAt = terms.findIndex((t) => t.text.toLowerCase() === m[2]);
  if (verbAt < 1 || competes(terms, 0, verbAt, false)) return null;
  return m[1]!;
}
