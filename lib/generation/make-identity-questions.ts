import { acceptedAliases } from "./aliases";
import { escapeRegExp } from "./find-spans";
import { CREATOR, isPersonName, worldOfPerson } from "./person-worlds";
import { dangles, needsContext, tagged } from "./question-stems";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence, Span } from "./types";
import { capitalise, choiceQuestion, sourceIn, sourceOfSpan } from "./question-parts";
import { NAME_PARTICLE } from "./titles";
import { PERSON_NOUN } from "./person-nouns";
import { sexShownBy } from "./resolve-person-pronouns";

/**
 * Who or what someone or something is, as the article says it in an appositive
 * ("Ada Vell, a ship's surgeon, …") or a copula ("Ostmark was the second city
 * of …"). Asked two ways:
 * - "Who was Ada Vell?" with the descriptions the article gives its OTHER
 *   people (or, for a place or thing, its other places and things) as options;
 * - the other way round, typed: "Who was the second ruler of Ostmark?" (a
 *   description that names one holder: "the" with "of", an ordinal or a
 *   superlative) or "Which ship's surgeon kept the log?" (the appositive's
 *   subject, with the rest of its sentence).
 */

export interface IdentityFact {
  sentenceIndex: number;
  name: string;
  /** The description as the article writes it ("a ship's surgeon"). */
  description: string;
  person: boolean;
  /** "is" or "was": the tense the article uses for it. */
  tense: "is" | "was";
  /** Offsets of the name and of the description in the article. */
  nameStart: number;
  descriptionStart: number;
  /** The typed question the other way round, when the sentence allows one. */
  reverse: string | null;
  /** A bare kind word the name was brought in by ("a ruler named …"): too thin a description to ask or offer as an option. */
  kindOnly?: true;
}

const NAME = "[A-Z][\\w'’&.-]*(?: (?:of |the |de |da |von |van |al-)?[A-Z][\\w'’&.-]*|(?: I{1,3}| IV| V| VI{1,3}))*";
// (Built once: the identity reader tries them on every sentence.)
// "Ada Vell, a ship's surgeon, kept the log." / "Tam Orr, Ada Vell's son, …"
const APPOSED = new RegExp(`(^|, |\\b(?:of|by|with|and|to) )(${NAME}), ((?:a|an|the) [a-z][^,;:()]{2,90}?|[A-Z][\\w-]+(?: [A-Z][\\w-]+)?['’]s [a-z][^,;:()]{2,60}?)(?:, ([a-z][^;:()]*))?$`);
// "Ostmark was the second city of the realm." / "Built in 1120, Kell is a fishing town."
const COPULA = new RegExp(`^((?:[A-Z][^,;:]{2,60}, )?)(${NAME}) (is|was) ((?:a|an|the) [a-z][^,;:()]{2,90}?)(?:\\.|;|, (?:which|who|where)\\b)`);
const OPENING = /^(?:At|In|On|By|For|From|With|Near|Inside|Outside|Under|After|Before|During|Then|Later|Also|Both|Meanwhile|Today)$/;
// A description only one holder fits: "the third ruler of …", "the largest port of …".
const SPECIFIC = /^the (?:\w+ )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|only|[a-z]+est)\b [a-z ]+ of [A-Z]/;
const ROLE_BEFORE = new RegExp(`(\\b(?:[Tt]he|[Aa]n?) )((?:[A-Z][a-z]+ )?[a-z]+(?: [a-z]+)?) (${"[A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+){1,3}"})(?![\\w'’-])`, "g");
const PRONOUN = /\b(?:he|him|his|she|her|they|them|their|it|its|this|these|those)\b/i;
// "… a sailor named Pell Karst, who charted the reef, …": a name brought in by its kind, then what it did (up to the next
// comma). The clause must open on a verb: "which he saw as …", "who by then ruled …" put someone or something else first.
// (A name keeps its particles, "Pell de Karst": a key of its last word alone would refuse the full name a student types.)
// (Not from a capitalised opening word: "Under Pell de Karst, the engineer who …" would key "Under Pell de Karst".)
const RUN_OPENER = "(?!(?:Under|With|After|Before|By|For|From|In|At|As|On|During|Like|Unlike|Then|When|While|Through|Against|Among)\\b)";
const NAME_RUN = `${RUN_OPENER}[A-Z][\\w'’-]+(?: (?:${NAME_PARTICLE} )?[A-Z][\\w'’-]+){0,3}`;
const INTRODUCED_THEN_CLAUSE = new RegExp(`\\b[Aa]n? ((?:[a-z][\\w-]* ){0,2}?[a-z][\\w-]*) (?:named|called|known as) (${NAME_RUN}), (who|which) ([a-z][^,;:()"“”]*?)(?=[,;:.]|$)`, "g");
// "… fighting scurvy, the illness that had cost him an eye, …", "… for the chieftain Oskel, the ruler who united the
// clans.": a name or a bare noun, then "the" kind and what only that one did. (A lower-case noun only straight after a verb
// or a preposition: after "the" it is an object of the clause, "crossed the river, the border that …", and after another
// word it is the end of a longer term, "marsh fever", that a one-word key would cut.)
const APPOSED_THEN_CLAUSE = new RegExp(`(?<![\\w'’-])(${NAME_RUN}|[a-z][\\w-]{3,}), the ((?:[a-z][\\w-]* ){0,2}?[a-z][\\w-]*) (who|that|which) ([a-z][^,;:()"“”]*?)(?=[,;.]|$)`, "g");
// A second verb of being or a second relative in the clause: it runs on into the main clause ("…, the land that is now Tull
// was divided …") or nests another description.
const RUNS_ON = /\b(?:is|are|was|were|that|which|who|whom)\b/;
const NOT_A_VERB = /^(?:he|she|it|they|we|you|i|him|her|them|his|its|their|the|a|an|this|that|these|those|by|in|on|at|of|for|from|with|to|as|then|now|later|also|once|still|only|many|some|most|all|each|every|is|was|are|were)$/;

/** The description's head word: the last word before "of", "from", "and", "who" … ("a military leader and …" -> "leader"). */
function headOf(description: string): string {
  const before = description.split(/ (?:of|from|in|at|on|with|for|to|and|or|who|whose|that|which|whom)\b/)[0]!;
  return before.split(" ").pop()!;
}

/** "greedy pawnbroker": two words the tagger reads as a describing word and a noun (not "sailed west", "lived here"). */
function describingThenNoun(text: string): boolean {
  const words = text.split(" ");
  if (words.length !== 2) return false;
  const terms = tagged(`a ${text}`);
  const [first, second] = [terms.at(-2)?.tags ?? [], terms.at(-1)?.tags ?? []];
  return first.includes("Adjective") && !first.includes("Verb") && second.includes("Noun") && !second.includes("Verb");
}

/** A word the tagger reads only as describing ("bitter", "calm"), never as a noun. */
function describingOnly(word: string): boolean {
  const tags = tagged(`a ${word}`).at(-1)?.tags ?? [];
  return tags.includes("Adjective") && !tags.includes("Noun");
}

function identityOf(sentence: Sentence, sentenceIndex: number, named: Span[], recurring: Map<string, number>): IdentityFact[] {
  const text = sentence.text;
  const out: IdentityFact[] = [];
  const add = (rawName: string, at: number, fullDescription: string, tense: "is" | "was", rest: string | null, before = false, coordinated = false) => {
    // "a young scientist who brings a creature to life …": the noun phrase is the identity; its relative clause says what they did.
    const description = fullDescription.split(/ (?:who|whom|whose|which|that) /)[0]!;
    let name = rawName;
    let nameAt = at;
    const first = name.split(" ")[0]!;
    if (OPENING.test(first)) [name, nameAt] = [name.slice(first.length + 1), at + first.length + 1];
    const words = description.split(/\s+/).length;
    // "In Tull, a law begins as …": a clause after the comma, not a description.
    if (/^(?:a|an|the) [a-z]+ (?:[a-z]+s|was|were|is|are|has|had|can|will|must) /.test(description)) return;
    if (!name || words < (before ? 1 : 2) || words > 12 || PRONOUN.test(description) || /\d/.test(description) || /^(?:a|an|the) [A-Z]/.test(description) && !/ [a-z]/.test(description)) return;
    // The name must be one the article names as such (a person, place or organisation), not a sentence's first word.
    const span = named.find((s) => s.start === sentence.start + nameAt && s.text === name);
    const head = headOf(description);
    // "the best known", "a well-liked": a describing word, not a noun saying what it is.
    if (/(?:ed|est|ly|ful|ous|ive|able|ible)$|^(?:known|shown|grown|flown|own)$/.test(head)) return;
    // "Tam Orr, a bitter, idle man, …": the first of two describing words cut at their comma ("a bitter") says nothing of what
    // the person is.
    if (words === 2 && (describingOnly(head) || coordinated)) return;
    // A two- or three-word name described by a word for a trade ("a surveyor", "a guitarist") is a person too.
    const trade = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/.test(name) && /[a-z]{3,}(?:ist|ian|eer|or|er)$/.test(head) && !/(?:river|tower|border|harbor|center|centre|water|corner|theater|theatre|quarter|chapter|letter|order|number|manner|shelter|winter|summer|river|monster|cluster|register|ancestor|corridor|mirror|meteor|reactor|sector|floor|door|tutor)$/.test(head);
    const person = span?.type === "PERSON" || PERSON_NOUN.test(head) || trade;
    // A single capitalised word is a name when the article repeats it ("Kell … Kell … Kell").
    if (!span && !(/ /.test(name) || person || (recurring.get(name) ?? 0) >= 3)) return;
    const descriptionStart = sentence.start + (before ? text.lastIndexOf(description, nameAt) : text.indexOf(description, nameAt + name.length));
    let reverse: string | null = null;
    const wh = person ? "Who" : "What";
    if (rest === null && SPECIFIC.test(description)) reverse = `${wh} ${tense} ${description}?`;
    else if (rest && /^(?:the|a|an) /.test(description) && nameAt === 0) {
      // "Ada Vell, a ship's surgeon, kept the log." -> "Which ship's surgeon kept the log?"
      const stem = `Which ${description.replace(/^(?:a|an|the) /, "")} ${rest}?`;
      if (!dangles(stem) && !PRONOUN.test(rest)) reverse = stem;
    }
    out.push({ sentenceIndex, name, description, person, tense, nameStart: sentence.start + nameAt, descriptionStart, reverse });
  };
  // Appositive: "Ada Vell, a ship's surgeon, kept the log." (the name opens the sentence or follows an opening phrase).
  // The description may name someone else's relation: "Tam Orr, Ada Vell's son, …".
  const appositive = APPOSED.exec(text.replace(/\.$/, ""));
  if (appositive) {
    const at = appositive.index + appositive[1]!.length;
    const after = appositive[4] ?? "";
    // The rest is a plain predicate only when the name opens the sentence and the rest starts with a verb-like word.
    const rest = at === 0 && /^(?:[a-z]+ed|was|were|is|had|led|ran|won|built|wrote|made|took|set|went|became|began|fought|founded|launched|sailed|ruled)\b/.test(after) ? after : "";
    // ("a calm, patient man": the first describing word, with the noun after the next comma.)
    // (Or "a cold, greedy pawnbroker." closing the sentence: a describing word and a noun with no verb after the comma are the
    // rest of the description, whatever the noun.)
    const tail = after.split(",")[0]!;
    const nounAfter = /^[a-z-]+ /.test(after) && (PERSON_NOUN.test(tail.split(" ").slice(1, 3).join(" ")) || (after === tail && describingThenNoun(tail)));
    add(appositive[2]!, at, appositive[3]!, /\b(?:is|are|has)\b/.test(after.split(" ").slice(0, 2).join(" ")) ? "is" : "was", rest, false, nounAfter);
  }
  // A role before the name: "the poet Ada Vell", "the Canadian runner Tam Orr" (the role's last word names a person).
  for (const m of text.matchAll(ROLE_BEFORE)) {
    const role = m[2]!;
    const last = role.split(" ").pop()!;
    if (!PERSON_NOUN.test(last) && !/[a-z]{3,}(?:ist|ian|eer)$/.test(last)) continue;
    add(m[3]!, m.index! + m[1]!.length + role.length + 1, role, "was", "", true);
  }
  // Copula: "Ostmark was the second city of the realm." / "Kell is a fishing town."
  // An opening phrase may come first ("Built in 1120, Kell is a fishing town.").
  const copula = COPULA.exec(text);
  if (copula) add(copula[2]!, copula[1]!.length, copula[4]!, copula[3] as "is" | "was", null);
  // (Only where the sentence cannot be asked as it stands, "It was ended by …", "They followed …": elsewhere the name is
  // asked in its own sentence, typed with its hint, and this would ask it twice.)
  for (const m of needsContext(sentence) ? text.matchAll(INTRODUCED_THEN_CLAUSE) : []) {
    const [, kind, name, who, clause] = m as unknown as [string, string, string, string, string];
    // "the son of a merchant named Jorr, who became …": the "who" may mean the son as well as the one named.
    // So may any noun before a preposition: "the crew under a captain named Ober, who mutinied" (a bare verb before the kind,
    // "married a merchant named …", still says who the "who" is).
    const lead = text.slice(0, m.index!);
    if (/\bof $/.test(lead) || /\b(?:the|a|an|his|her|their|its) [a-z]+(?: [a-z]+)? (?:to|under|with|for|from|among|beside|behind) $/.test(lead)) continue;
    const person = PERSON_NOUN.test(headOf(kind));
    const words = clause.split(/\s+/);
    // "who" only for a person's kind and "which" only for a thing's; a clause of a word or two says too little to ask by.
    if (person !== (who === "who") || NOT_A_VERB.test(words[0]!) || words.length < 3 || words.length > 25 || clause.includes(name)) continue;
    const reverse = `Which ${kind} ${clause}?`;
    if (dangles(reverse)) continue;
    const nameAt = m.index! + m[0].indexOf(`${name},`);
    const description = `${m[0].startsWith("an") || m[0].startsWith("An") ? "an" : "a"} ${kind}`;
    out.push({ sentenceIndex, name, description, person, tense: "was", nameStart: sentence.start + nameAt, descriptionStart: sentence.start + m.index!, reverse, kindOnly: true });
  }
  for (const m of text.matchAll(APPOSED_THEN_CLAUSE)) {
    const [, name, kind, who, raw] = m as unknown as [string, string, string, string, string];
    const person = PERSON_NOUN.test(headOf(kind));
    // "him" is the sentence's own settled person ("the illness that had cost him an eye" -> "… cost Ada Vell an eye").
    // (Not a person settled for the opening pronoun only: a later "him" may be someone the sentence names after it.)
    const his = sentence.person?.pronoun === "he" && !sentence.person.openingOnly ? sentence.person.name : null;
    const clause = his ? raw.replace(/\bhim\b/g, his) : raw;
    const words = clause.split(/\s+/);
    if (person !== (who === "who") || NOT_A_VERB.test(words[0]!) || RUNS_ON.test(words.slice(1).join(" ")) || words.length < 3 || words.length > 25 || clause.includes(name)) continue;
    // "the Gulf of Arden, the bay which …": the run starts after "of", and a key of "Arden" would refuse the place's full name.
    if (/[A-Z][\w'’-]+ of (?:the )?$/.test(text.slice(0, m.index!))) continue;
    const before = /(\S+) $/.exec(text.slice(0, m.index!))?.[1]?.toLowerCase() ?? "";
    if (/^[a-z]/.test(name) && (person || /^(?:and|or|but|then|also|which|that|when|while|where|because|although|though|since)$/.test(name) || !/(?:ing|ed)$|^(?:of|from|with|by|in|on|against|to|for|as|had|has|have|caught|got)$/.test(before))) continue;
    const reverse = `Which ${kind} ${clause}?`;
    if (PRONOUN.test(his ? clause.replace(/\bhis\b/g, "the") : clause) || dangles(reverse)) continue;
    out.push({ sentenceIndex, name, description: `the ${kind}`, person, tense: "was", nameStart: sentence.start + m.index!, descriptionStart: sentence.start + m.index! + name.length + 2, reverse, kindOnly: true });
  }
  return out;
}

export function findIdentities(sentences: Sentence[], namedBySentence: Span[][]): IdentityFact[] {
  const recurring = new Map<string, number>();
  for (const s of sentences) for (const w of s.text.match(/\b[A-Z][a-z]{2,}\b/g) ?? []) recurring.set(w, (recurring.get(w) ?? 0) + 1);
  const facts = sentences.flatMap((s, i) => identityOf(s, i, namedBySentence[i] ?? [], recurring));
  for (const fact of facts) if (deedSharedElsewhere(fact, sentences)) fact.reverse = null;
  return facts;
}

/**
 * "Tomas Rell, the captain who charted the reefs" while another sentence says "Dace Holm also charted the reefs": the
 * deed names no one alone, so "Which captain charted the reefs?" has two answers. Read as the clause's verb and the first
 * words of its object, in a sentence that does not name the fact's own holder.
 */
function deedSharedElsewhere(fact: IdentityFact, sentences: Sentence[]): boolean {
  const opening = `Which ${fact.description.replace(/^(?:a|an|the) /, "")} `;
  if (!fact.reverse?.startsWith(opening)) return false;
  const deed = fact.reverse.slice(opening.length, -1).split(" ").slice(0, 4).join(" ");
  const said = new RegExp(`\\b${escapeRegExp(deed)}\\b`, "i");
  const surname = fact.name.split(" ").pop()!;
  return sentences.some((s, i) => i !== fact.sentenceIndex && said.test(s.text) && !s.text.includes(surname));
}

/**
 * The world of a fact's person (see person-worlds), read from the name. A description alone places no one: a character
 * may be a poet in the story ("Tam Orr, a poet, lodges in the attic"), and "the narrator" is no name. A role of the real
 * world ("a writer") settles only a named person whose name leaves the world unsure ("the critic Jory Mace"). Undefined
 * where unsure, and for places and things.
 */
function worldOfFact(fact: IdentityFact, articleText: string): "story" | "real" | undefined {
  if (!fact.person || !isPersonName(fact.name)) return undefined;
  return worldOfPerson(fact.name, articleText) ?? (CREATOR.test(headOf(fact.description)) ? "real" : undefined);
}

/** A character of a retold work and a person round it (its author, a historian) when both are sure: as ofOtherWorlds. */
export function factsOfOtherWorlds(a: IdentityFact, b: IdentityFact, articleText: string): boolean {
  const [wa, wb] = [worldOfFact(a, articleText), worldOfFact(b, articleText)];
  return wa !== undefined && wb !== undefined && wa !== wb;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 3));
}

// Roles one of which may be the other ("a poet" is a writer, "a chemist" a scientist): never side by side.
const FAMILIES = [
  /^(?:writer|poet|author|novelist|playwright|dramatist|essayist|journalist|historian)$/,
  /^(?:scientist|chemist|physicist|biologist|astronomer|mathematician|naturalist|botanist|geologist|inventor|engineer)$/,
  /^(?:leader|ruler|king|queen|emperor|empress|pharaoh|monarch|sultan|prince|princess|chief|president|governor)$/,
  /^(?:soldier|general|officer|commander|admiral|captain|warrior)$/,
  /^(?:artist|painter|sculptor|architect)$/,
  /^(?:town|city|port|village|capital|settlement)$/,
];

function sameFamily(a: string, b: string): boolean {
  const [x, y] = [headOf(a).toLowerCase().replace(/s$/, ""), headOf(b).toLowerCase().replace(/s$/, "")];
  return x === y || FAMILIES.some((f) => f.test(x) && f.test(y));
}

/** "Who was Ada Vell?" with the descriptions of the article's other people (or places and things) as options. */
export function makeIdentityQuestion(fact: IdentityFact, all: IdentityFact[], sentences: Sentence[], articleText: string, random: () => number): GeneratedQuestion | null {
  if (fact.kindOnly) return null;
  const mine = words(fact.description);
  const sex = sexShownBy(headOf(fact.description), fact.name);
  const seen = new Set<string>();
  const others = shuffle(
    all.filter((o) => {
      // A character's role is no option for the author, nor the author's for a character: each world's people are told apart at a glance.
      if (o.kindOnly || o.person !== fact.person || factsOfOtherWorlds(o, fact, articleText) || o.name === fact.name || o.name.includes(fact.name) || fact.name.includes(o.name) || sameFamily(o.description, fact.description)) return false;
      const theirs = words(o.description);
      const shared = [...theirs].filter((w) => mine.has(w)).length;
      return shared / Math.max(1, Math.min(mine.size, theirs.size)) < 0.5 && !o.description.includes(fact.name);
    }),
    random,
  ).filter((o) => {
    // One option per person, and no two options that read the same ("Poet", "Poet").
    const shownAs = unpraised(o.description).toLowerCase();
    if (seen.has(o.name) || seen.has(shownAs)) return false;
    seen.add(o.name).add(shownAs);
    return true;
  });
  // A relation or role is offered beside roles and relations alike (each answers "who"), but one of the other sex only
  // when the question would otherwise have too few options: "Boy's grandmother" for King Orm, or for the farmer's son,
  // is ruled out by the name or the key's own word.
  const otherSex = (o: IdentityFact) => Boolean(sex && fact.person && sexShownBy(headOf(o.description)) === (sex === "he" ? "she" : "he"));
  const fitting = others.filter((o) => !otherSex(o));
  const distractors = (fitting.length >= 2 ? fitting : others).slice(0, 3);
  if (distractors.length < 2) return null;
  const sentence = sentences[fact.sentenceIndex]!;
  // Every option without its article ("Surveyor from Saltmere", "Poet"): descriptions written after the name and before it read alike.
  // (Nor with a word of praise, "Famous poet" beside "Inventor": only the key would carry the article's own adjective.)
  const bare = (d: string) => capitalise(unpraised(d));
  const key = bare(fact.description);
  const { options, answerKey } = choiceQuestion(key, distractors.map((d) => bare(d.description)), random);
  const keyStart = fact.descriptionStart + (fact.description.length - unpraised(fact.description).length);
  return {
    type: "MULTIPLE_CHOICE",
    prompt: `${fact.person ? "Who" : "What"} ${fact.tense} ${fact.name}?`,
    options,
    answerKey,
    answerText: key,
    source: sourceIn(sentence, { start: keyStart, end: fact.descriptionStart + fact.description.length }),
    spanType: "TERM",
    keyKind: "role",
    score: 1,
    confidence: distractors.length === 3 ? 0.76 : 0.7,
  };
}

// Words of praise before a role ("the famous poet", "a celebrated painter"): the article's way of speaking, not the role.
const PRAISE = /^(?:(?:a|an|the) )?(?:(?:very|most|much|widely|highly) )?(?:famous|well-known|celebrated|renowned|noted|legendary|popular|respected|admired|distinguished|prominent|brilliant|talented|gifted|great|beloved|acclaimed|influential|important) (?=[a-z])/i;

/** A description without its article and any word of praise before the role: "the famous poet" -> "poet". */
function unpraised(description: string): string {
  const plain = description.replace(/^(?:a|an|the) /i, "");
  const bare = description.replace(PRAISE, "");
  // (Never down to nothing but a word of "of": "the great of the age" keeps its words.)
  return bare !== description && /^[a-z][\w'’-]+(?: |$)/.test(bare) && !/^of\b/.test(bare) ? bare : plain;
}

/** "Who was the second ruler of Ostmark?" / "Which ship's surgeon kept the log?", typed. */
export function makeReverseIdentity(fact: IdentityFact, sentences: Sentence[], articleText: string): GeneratedQuestion | null {
  if (!fact.reverse) return null;
  const sentence = sentences[fact.sentenceIndex]!;
  const span: Span = { text: fact.name, start: fact.nameStart, end: fact.nameStart + fact.name.length, type: fact.person ? "PERSON" : "PLACE" };
  return {
    type: "FILL_BLANK",
    prompt: fact.reverse,
    options: [],
    answerKey: { kind: "text", accepted: acceptedAliases(span, articleText) },
    answerText: fact.name,
    source: sourceOfSpan(sentence, span),
    spanType: span.type,
    keyKind: "role",
    score: 1,
    confidence: 0.7,
  };
}
