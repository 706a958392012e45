import nlp from "compromise";
import { escapeRegExp } from "./find-spans";
import { isPlural } from "./check-options";
import { hasFiniteVerb } from "./finite-verb";
import { lowerUnlessName, OPEN_REASONS, PAST_CLAUSE } from "./make-cause-questions";
import { findPurposes, type PurposeFact } from "./make-purpose-questions";
import { dangles, resolvePerson, tagged } from "./question-stems";
import { capitalise } from "./question-parts";
import { isExpletiveIt, namesNearerReferent } from "./resolve-pointers";
import { SAME_IN_PAST } from "./known-base-form";
import { lowerFirstWord, whyQuestion } from "./why-question";
import type { Sentence } from "./types";
import { verbsAs } from "./verb-forms";
import { boundedMemo } from "./article-memo";
import { CLAIM_VERBS, opensOnClaim } from "./reporting-verbs";

/**
 * Causes, results, means and purposes read from general discourse markers
 * ("because", "due to", "X led to Y", "by + -ing", "using", "to + verb"), never
 * from one article's wording. Each link names its event as a question that
 * stands alone ("Why does a rocket move forward?", "How did the plague help
 * bring about …?") and carries its answer in one shape per role ("Because …",
 * "By …", "To …", a noun phrase), with a frame to restate the relation with
 * another answer in the answer's place (a false statement).
 */

export type LinkRole = "cause" | "result" | "means" | "purpose";

export interface Link {
  sentenceIndex: number;
  role: LinkRole;
  /** The grammatical shape of the answer; options share it. */
  shape: "because" | "because-of" | "agent" | "by" | "to" | "phrase";
  question: string;
  /** The option as shown ("Because gases push backward"). */
  answer: string;
  /** The answer without its marker, as it sits after the marker in a statement. */
  bare: string;
  /** The event the question is about (its words tell two events apart). */
  event: string;
  /** What the event is about, when it is a noun phrase ("the Black Death" of "What did the Black Death spur?"). */
  subject?: string;
  /** Whose purpose it is (lower case), when the role is a purpose. */
  actor: string | null;
  /** The relation restated around the answer: head + marker + answer + ".". */
  head: string;
  marker: string;
  /** The answer's words as the sentence writes them, when the shown answer was turned ("read" -> "reading"). */
  written?: string;
  /** Where the effect is told, when it is another sentence than the answer's ("S1. As a result, S2."). */
  effectIndex?: number;
  start: number;
  end: number;
}

const MAX_ANSWER_WORDS = 12;
// An opening phrase before the main clause ("In 1913, ", "Early in her reign, ", "Although tired, ").
// (Also a word that only numbers or joins the article's points, "First, …", "However, …": the clause after it stands alone.)
const OPENER = /^(?:(?:First|Firstly|Second|Secondly|Third|Thirdly|However|Moreover|Besides|In addition|Above all), |(?:In|At|On|During|After|Before|Later|Soon|Early|Eventually|Finally|Over time|As time went on|At first|In the end|For [a-z ]{0,30}years|For all [^,]{0,60}|Although [^,]{0,80}|Though [^,]{0,80}|While [^,]{0,80}|When [^,]{0,80}|Once [^,]{0,80}|Within [^,]{0,40})\b[^,]{0,80}, )/;
// Where an aside begins after a clause: a second clause, an example list, an appositive.
// (A comma and a past verb is the subject's next deed, "greeted him, gave him land and …": the first one is the clause.)
const ASIDE = /, [a-z]+ing\b|, (?:[a-z]{3,}ed|made|took|gave|became|brought|won|built|wrote|held|fought|kept|sent|paid|sold|told|taught|bought)\b|, (?:such as|including|especially|with|leaving|while|as well as|a|an|the|at that time)\b| (?:which|who|whose|where|but|though|although|and (?:it|they|he|she|this|that|so))\b|;|\(| - | – /;
// An answer or clause that stops on a word that needs more after it ("to stop people from").
const OPEN_END = /\b(?:from|to|of|in|on|at|by|for|with|into|the|a|an|and|or|its|their|his|her|than|as)$/i;
const ADVERBS = /\b(?:also|then|still|even|soon|later|finally|eventually|quickly|slowly|in effect|in turn)\s+/g;
const PRONOUN_AT_START = /^(?:it|its|they|them|their|he|she|his|her|this|these|that|those)\b/i;
const CONTROL_VERBS = /^(?:wants?|needs?|tries|try|begins?|starts?|plans?|hopes?|seems?|helps?|allows?|has|have|continues?|fails?|manages?|decides?|learns?|aims?|means?|intends?|seeks?|tends?|appears?|becomes?|remains?|lets?|goes|go|comes?|takes?|gets?|chooses?|agrees?|refuses?|promises?|expects?|asks?|tells?|forces?|enables?|leads?|causes?|drove|drives?|prompt(?:s|ed)?|push(?:es|ed)?|persuade[sd]?|encourage[sd]?|urge[sd]?|inspire[sd]?|convince[sd]?|became|remained|stayed|grew|wanted|tried|began|started|decided|needed|had|used|was|were|is|are|seemed|appeared|continued|refused|agreed|promised|failed|managed|planned|hoped|aimed|intended|meant|sought|set|went|came|chose|learned|taught|asked|told|allowed|forced|helped|enabled|led|got|ought|able|likely|going|due|expected|supposed|said|claimed)$/i;

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2 && !/^(?:the|and|for|its|was|are|did|does|why|how|what)$/.test(w) && !/^(?:that|this|with|from|their|they|them|have|were|which|when|been|into|also|more|most|than|then|such|some)$/.test(w));
}

/** Cut an answer or event at its first aside, and refuse one that is still long or points outside itself. */
function trimClause(text: string): string | null {
  const cut = ASIDE.exec(text);
  const clause = (cut ? text.slice(0, cut.index) : text).replace(/[,.]+$/, "").trim();
  const n = clause.split(/\s+/).length;
  if (n < 2 || n > MAX_ANSWER_WORDS || /["“”]/.test(clause) || OPEN_END.test(clause)) return null;
  return clause;
}

/** What the title names, when it is a plain noun phrase the article uses ("What Was the Great Flood?" -> "the Great Flood"). */
export function titleTopic(title: string, prose: string): string | null {
  const bare = title.replace(/^(?:what|who) (?:was|is|were|are) /i, "").replace(/[?!.]$/, "").trim();
  if (!bare || bare.split(/\s+/).length > 5 || /[:,]/.test(bare)) return null;
  const re = new RegExp(`(?<![\\w-])${escapeRegExp(bare)}(?![\\w-])`, "gi");
  const uses = prose.match(re) ?? [];
  if (uses.length < 2) return null;
  // As the article writes it in mid-sentence ("the Great Flood", "photosynthesis").
  const inProse = new RegExp(`[a-z,] (?:the )?(${escapeRegExp(bare.replace(/^the /i, ""))})(?![\\w-])`, "i").exec(prose);
  const core = inProse ? inProse[1]! : bare.replace(/^the /i, "");
  return /^the /i.test(bare) || new RegExp(`\\bthe ${escapeRegExp(core)}`, "i").test(prose) ? `the ${core}` : core;
}

/** The subject a leading pronoun stands for, or null when the article does not let us name it. */
function resolveSubject(clause: string, sentence: Sentence, sectionSoFar: string, topic: string | null): string | null {
  // A resolved opening ("It", "They", "This process", "Its") written out.
  const opener = sentence.subject ? (sentence.opener ?? "It") : null;
  if (opener && sentence.subject && clause.toLowerCase().startsWith(`${opener.toLowerCase()} `)) return lowerFirstWord(sentence.subject, "") + clause.slice(opener.length);
  if (/^it\b/i.test(clause)) {
    // "it was four years before …", "it rained for …": an "it" that stands for nothing is no topic either.
    if (isExpletiveIt(clause)) return null;
    // "it" is the article's topic when its section has named the topic and nothing else stands as a subject of its own.
    if (topic && new RegExp(`\\b${escapeRegExp(topic.replace(/^the /, ""))}\\b`, "i").test(sectionSoFar)) return clause.replace(/^it\b/i, topic);
    return null;
  }
  if (/^(?:he|she|his|her)\b/i.test(clause)) {
    const resolved = resolvePerson(clause, sentence);
    return resolved === clause ? null : resolved;
  }
  return PRONOUN_AT_START.test(clause) ? null : clause;
}

/** "they read the stars and watched birds" -> "reading the stars and watching birds"; null when a verb will not turn. */
function toGerunds(phrase: string): string | null {
  const parts = phrase.split(/ and (?=[a-z]+ed\b|read\b|drew\b|took\b|made\b|kept\b|found\b|sent\b|went\b|gave\b|cut\b|built\b)/);
  const out: string[] = [];
  for (const part of parts) {
    const [verb, ...rest] = part.split(" ");
    const base = verbsAs(`they ${verb}`, "infinitive");
    const gerund = verbsAs(`they ${base}`, "gerund").replace(/^(?:they )?(?:are )?/, "");
    if (!/^[a-z]+ing$/.test(gerund) || base === verb && /ed$/.test(verb)) return null;
    out.push([gerund, ...rest].join(" "));
  }
  return out.join(" and ");
}

/** A pronoun with nothing in the clause to stand for; a plural subject's own "their" ("navigators found their way") is no such pronoun. */
function pointsAway(clause: string): boolean {
  if (!dangles(clause.replace(/\b([a-z]{3,}) that (is|are|was|were)\b/g, "$1 which $2"))) return false;
  return !/^(?:the |a |an )?(?:[A-Z]?[a-z]+ )?[a-z]{3,}s (?:[a-z]+ )?[a-z]+(?:ed|ade|ound|ook|ead|ew)?\b[^.]*\btheir\b/.test(clause) || /\b(?:he|him|his|she|her|this|these|those)\b/i.test(clause);
}

/** "the plant splits water and releases oxygen": a question turns only the first verb, so two joined verbs are left out. */
const joined = boundedMemo<boolean>(4000);
function twoVerbs(clause: string): boolean {
  if (!/ and [a-z]/.test(clause)) return false;
  return joined(clause, () => {
    const terms = (nlp(clause).json() as { terms: { text: string; tags?: string[] }[] }[]).flatMap((t) => t.terms);
    // ("learn to read and write": two verbs after one "to" are one infinitive phrase, which the question keeps whole.)
    return terms.some((t, i) => i > 1 && /^and$/i.test(terms[i - 1]!.text) && Boolean(t.tags?.includes("Verb")) && !t.tags?.includes("Gerund") && !t.tags?.includes("Participle") && !/^to$/i.test(terms[i - 3]?.text ?? ""));
  });
}

/** The effect clause made ready for a question: opener, adverbs and pronoun dealt with; null when it cannot stand alone. */
function eventClause(raw: string, sentence: Sentence, sectionSoFar: string, topic: string | null): string | null {
  const opener = OPENER.exec(raw)?.[0] ?? "";
  const stripped = raw.slice(opener.length).replace(ADVERBS, "").trim();
  // "Because the estuary floor is soft mud, it shifts …": a pronoun after words of its own sentence that name a thing of its
  // number (the cause cut away, an opening dropped) stands for that thing first, not for the topic or the sentence before's.
  const at = sentence.text.indexOf(raw);
  const pointer = /^(?:(it|its)|(they|their))\b/i.exec(stripped);
  if (pointer && at >= 0 && namesNearerReferent(sentence.text, at + opener.length, Boolean(pointer[2]))) return null;
  const cut = ASIDE.exec(stripped);
  const clause = (cut ? stripped.slice(0, cut.index) : stripped).replace(/[,.]+$/, "");
  const subject = resolveSubject(clause, sentence, sectionSoFar, topic);
  // "Rulers welcomed him": the article's one person as the object is named too.
  const resolved = subject && /\b(?:him|her)\b/.test(subject) ? resolvePerson(subject, sentence) : subject;
  if (!resolved || resolved.split(/\s+/).length > 18 || pointsAway(resolved) || OPEN_END.test(resolved)) return null;
  // "no rain falls yet", "the crowd then left": a time only the article's order gives, or a negative subject, reads badly as a question.
  if (/\b(?:yet|now|then|again|at this stage|at that point|by then)\b/i.test(resolved) || /^no\b/i.test(resolved)) return null;
  return twoVerbs(resolved) ? null : resolved;
}

type Maker = (sentence: Sentence, sectionSoFar: string, topic: string | null, prose: string) => Omit<Link, "sentenceIndex" | "start" | "end">[];

const at = (sentence: Sentence, part: string) => {
  // An answer that opens the sentence ("Using nets, …") is shown in lower case.
  const i = sentence.text.startsWith(capitalise(part)) ? 0 : sentence.text.indexOf(part);
  return i < 0 ? null : { start: sentence.start + i, end: sentence.start + i + part.length };
};

// "Why does the fire spread …?": a verb the same in the past as its base (known-base-form's one table) reads as present.
const PRESENT_LOOKING_PAST = new RegExp(`^Why do(?:es)? (?=(?:[\\w'’-]+ ){1,8}(?:${[...SAME_IN_PAST].join("|")})\\b)`);

/** "Because S1, S2." / "S2 because S1." / "S2 due to NP." / "Due to NP, S2." */
const causes: Maker = (sentence, sectionSoFar, topic, prose) => {
  const text = sentence.text.replace(/\.$/, "");
  const out: ReturnType<Maker> = [];
  // A denied or open second reason ("not because A but because B", "because A or because B"): the sentence settles no reason.
  if (OPEN_REASONS.test(text)) return out;
  const add = (effectRaw: string, causeRaw: string, phrase: boolean) => {
    const effect = eventClause(effectRaw, sentence, sectionSoFar, topic);
    // "Because he was a judge": the article's one person, named (the answer stands beside other events' reasons).
    const trimmed = trimClause(causeRaw);
    const cause = trimmed && /^(?:he|she)\b/.test(trimmed) ? resolvePerson(trimmed, sentence) : trimmed;
    if (!effect || !cause || (!phrase && dangles(cause.replace(/^(?:it|they|its|their) /, "")))) return;
    // "the flames spread" reads as present to the tagger; beside a past reason ("were built") it is the past.
    const question = whyQuestion(effect, prose)?.replace(PRESENT_LOOKING_PAST, (m) => (PAST_CLAUSE.test(causeRaw) ? "Why did " : m));
    if (!question) return;
    // "Hikers stay off the ice, because their boots …": an opening "their"/"its" is the effect's own subject, which must agree
    // in number (read from the question's "do"/"does"; a past "did" does not say, and is left out).
    if (!phrase && /^their /.test(cause) && !/^Why (?:do|are|were|have) /.test(question)) return;
    if (!phrase && /^its /.test(cause) && !/^Why (?:does|is|was|has) /.test(question)) return;
    const marker = phrase ? "because of " : "because ";
    out.push({ role: "cause", shape: phrase ? "because-of" : "because", question, answer: capitalise(marker + cause), bare: cause, event: effect, actor: null, head: `${capitalise(effect)} `, marker, written: cause === trimmed ? undefined : trimmed! });
  };
  let m = /^Because (?!of\b)([^,]{6,140}), (.{8,200})$/.exec(text);
  if (m) add(m[2]!, m[1]!, false);
  m = /^(?:Because of|Due to|Owing to|As a result of|Thanks to) ([^,]{4,100}), (.{8,200})$/.exec(text);
  if (m) add(m[2]!, m[1]!, true);
  m = /^([^;:]{8,160}?),? because (?!of\b)([^;:]{6,160})$/.exec(text);
  // "He won a place but lost it because …": the reason is the clause's after "but", which a trim of the effect would cut.
  if (m && !/\b(?:perhaps|possibly|probably|partly|mainly|likely|significant|important|remarkable|but|yet)\b/i.test(m[1]!)) add(m[1]!, m[2]!, false);
  m = /^([^;:]{8,160}?),? (?:because of|due to|owing to|as a result of|thanks to) ([^;:]{4,120})$/.exec(text);
  if (m && !/^(?:Because|Due|Owing|As a result|Thanks)\b/.test(m[1]!)) add(m[1]!, m[2]!, true);
  // A result stated after its cause in one sentence, with no "because": "S1, so S2", "S1, and as a result S2",
  // "S1; as a result, S2", and a reason opened by "Since" ("Since S1, S2"; a date or a time after "since" is no reason).
  m = /^([^;:]{12,160}?)(?:,| -| –) (?:and )?so (?!that\b|much\b|many\b|far\b|long\b|as\b|too\b)(.{8,200})$/.exec(text);
  if (m && statedReason(m[1]!, m[2]!)) add(m[2]!, reasonOf(m[1]!, prose), false);
  // "S1, which meant that S2", "S1, meaning that S2": S2 happened because of S1 (a clause after "which meant", never a gloss
  // of a word: "which meant 'home'"; "meaning" only with its "that": "meaning 'season'" glosses a word).
  m = /^([^;:]{12,160}?), (?:which meant (?:that )?|meaning that )(.{8,200})$/.exec(text);
  if (m && statedReason(m[1]!, m[2]!) && hasFiniteVerb(m[2]!)) add(m[2]!, reasonOf(m[1]!, prose), false);
  m = /^([^;:]{12,160}?)(?:, and|;|, and so) as a result,? (.{8,200})$/.exec(text);
  if (m && statedReason(m[1]!, m[2]!)) add(m[2]!, reasonOf(m[1]!, prose), false);
  m = /^Since ([^,]{6,140}), (.{8,200})$/.exec(text);
  // "Since the settlers arrived, the forest has shrunk": a perfect main clause counts time from the "since", it gives no reason.
  if (m && SINCE_REASON.test(m[1]!) && hasFiniteVerb(m[1]!) && !/\b(?:has|have|had)(?: [a-z]+ly)? (?:been|[a-z]+ed|[a-z]+en|grown|become|risen|fallen|shrunk|seen|built)\b/.test(m[2]!)) add(m[2]!, m[1]!, false);
  // "The losses led the king to seek peace" (also drove, forced, prompted, pushed, persuaded, encouraged): "What led the king
  // to seek peace?" / "The losses". The clause after a last ", and" is read alone; a "him"/"her" is the article's one person.
  const pushed = PUSH_RE.exec(text.replace(/^.*, and (?=(?:the |a |an |[A-Z])[^,]{2,80}$)/, "").replace(OPENER, ""));
  if (pushed && !/\b(?:this|that|these|those|it|they|he|she|which|who)\b/i.test(pushed[1]!)) {
    const agent = trimClause(pushed[1]!);
    const whom = /^(?:him|her)$/i.test(pushed[3]!) ? resolvePerson(pushed[3]!, sentence) : pushed[3]!;
    const deed = trimClause(pushed[4]!);
    // "led the climbers to the summit": a "to" before a noun phrase is a place, not a deed; "The guide led …": a person is no
    // "What …?" cause and would stand among events as an option.
    const place = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)\b/.test(pushed[4]!);
    if (agent && deed && !place && !isPerson(agent) && !/^(?:him|her|them|it|us|me|you)$/i.test(whom) && !PRONOUN_AT_START.test(whom) && !dangles(deed.replace(/\b(?:his|her|their|its)\b/, "the"))) {
      const shown = lowerFirstWord(whom, prose);
      const verb = pushed[2]!;
      const be = isPlural(shown) ? "were" : "was";
      out.push({ role: "cause", shape: "agent", question: `What ${verb} ${shown} to ${deed}?`, answer: capitalise(agent), bare: lowerUnlessName(agent, prose), event: `${shown} ${deed}`, actor: null, head: `${capitalise(shown)} ${be} ${verb === "drove" ? "driven" : verb} to ${deed} by `, marker: "" });
    }
  }
  // "Tides are caused by the pull of the Moon." -> "What causes tides?" / "The pull of the Moon".
  m = /^((?:The |the )?[A-Za-z][\w'’-]*(?: [\w'’-]+){0,5}?) (is|are|was|were) (?:mainly |mostly |largely |usually )?(caused|triggered|started) by ([^;:]{3,120})$/.exec(text.replace(OPENER, ""));
  if (m) {
    const subject = resolveSubject(m[1]!, sentence, sectionSoFar, topic);
    const agent = trimClause(m[4]!);
    if (subject && agent && !pointsAway(subject) && !/^(?:this|that|these|those|which|what)\b/i.test(subject) && !dangles(agent)) {
      const present = m[2] === "is" || m[2] === "are";
      const verb = m[3] === "caused" ? (present ? "causes" : "caused") : m[3] === "triggered" ? (present ? "triggers" : "triggered") : present ? "starts" : "started";
      const shown = lowerFirstWord(subject, prose);
      out.push({ role: "cause", shape: "agent", question: `What ${present && /s$/.test(verb) && m[2] === "are" ? verb.replace(/s$/, "") : verb} ${shown}?`.replace(/^What (cause|trigger|start) /, "What $1s "), answer: capitalise(agent), bare: agent, event: shown, actor: null, head: `${capitalise(shown)} ${m[2]} ${m[3]} by `, marker: "", subject: shown });
    }
  }
  return out;
};

// A person at the head of a pusher ("The guide", "the old bishop", "Queen Anne"), not an event or a thing.
const PERSON_HEAD = /^(?:guide|mayor|king|queen|prince|princess|emperor|empress|bishop|priest|monk|pope|general|captain|admiral|governor|president|minister|chief|leader|ruler|lord|lady|duke|duchess|earl|baron|sheriff|judge|owner|master|father|mother|son|daughter|brother|sister|wife|husband|friend|teacher|doctor|man|woman|boy|girl)s?$/i;
function isPerson(phrase: string): boolean {
  const noun = phrase.split(/ (?:of|from|in|at|on|with|who|that) /)[0]!;
  return PERSON_HEAD.test(noun.split(" ").pop()!) || nlp(noun).has("#Person");
}

// The pusher is a noun phrase of a few words with no verb of its own but a reduced clause ("the damage the war caused").
const PUSH_RE = /^((?:The|the|[A-Z][\w'’-]*)(?: [\w'’-]+){0,6}?) (?:also |soon |eventually )?(led|drove|forced|prompted|pushed|persuaded|encouraged) ((?:the |a |an )?[\w'’-]+(?: [\w'’-]+){0,3}?) to ([a-z]+(?: [^;:,]{2,100})?)$/;

/** A "since" that gives a reason, not a time: its clause has a subject and a finite verb ("since the mill does not pay", not "since 1975");
 * a word in -s is a verb only with a word after it ("since the spring floods" is a time). */
const SINCE_REASON = /^(?!.*\d)(?!the (?:early|late|end|start|beginning|age|time|days?|war)\b|then\b|childhood\b|ancient\b)(?:[A-Za-z][\w'’-]* ){1,6}(?:is|are|was|were|does|do|did|has|have|had|can|cannot|could|would|[a-z]{2,}ed|[a-z]{2,}s(?= [\w'’-])|shed|cut|let|set|put|spread|hit|cost|keep|make|take|give|need|lack|depend|pay)\b/;

/** The cause clause before "so"/"as a result": its opening phrase dropped ("In dry years, …"), its first word lower case unless a name. */
function reasonOf(raw: string, prose: string): string {
  return lowerUnlessName(raw.replace(OPENER, "").replace(ADVERBS, "").trim(), prose);
}


// A result that is a claim ("experts say that …") or a name given ("people call it …", "writers describe it as …").
const CLAIMED_OR_NAMED = opensOnClaim(`${CLAIM_VERBS} call describe`);

/**
 * A reason and its result the question can carry whole: the reason has no turn of its own ("generous but unpredictable": cut
 * at "but", half the reason would be the key), no second reason, and points to nothing outside itself ("that journey"); the
 * result is an event, not a claim someone makes ("so experts say that …": the reason is for the claim).
 */
function statedReason(reason: string, result: string): boolean {
  // ("so dry that germs cannot grow" is a degree and its result, one reason, not "so" joining a second clause.)
  if (/\b(?:because|since|so(?! [a-z]+ that\b)|but|yet|though|although|while|whereas|perhaps|probably|possibly)\b/i.test(reason)) return false;
  if (/\b(?:this|these|those|such)\b|\bthat (?!is\b|was\b|are\b|were\b)[a-z]+/i.test(reason.replace(/\b(so [a-z]+) that\b/gi, "$1"))) return false;
  return !CLAIMED_OR_NAMED.test(result);
}

const RESULT_VERBS: Record<string, string> = {
  "led to": "lead to",
  "resulted in": "result in",
  "gave rise to": "give rise to",
  "brought about": "bring about",
  caused: "cause",
  triggered: "trigger",
  spurred: "spur",
  sparked: "spark",
  "helped bring about": "help bring about",
  "helped to bring about": "help bring about",
  "helped foster": "help foster",
  "helped create": "help create",
  "helped spread": "help spread",
  "made it possible to": "make possible",
  "opened the way for": "open the way for",
  "opened the way to": "open the way to",
  "paved the way for": "pave the way for",
};
const RESULT_RE = new RegExp(`^(.{2,140}?) (${Object.keys(RESULT_VERBS).join("|")}) (.{4,200})$`);

const PAST_VERB = /^(?:[a-z]{3,}ed|made|took|gave|became|brought|led|won|built|wrote|ran|held|went|saw|fought|grew|left|lost|kept|stood|rose|fell|found|came|met|set|spread|drove|began)$/;

/** "The guild's new charter in effect made the market …" -> "The guild's new charter": the words before the first past-tense verb, when few. */
function subjectBeforeVerb(clause: string): string | null {
  const ws = clause.replace(/\b(?:in effect|in turn|also|soon|then)\s+/g, "").split(/\s+/);
  const i = ws.findIndex((w, k) => k > 0 && PAST_VERB.test(w));
  return i > 0 && i <= 5 && /^(?:[A-Z]|the\b)/.test(ws[0]!) ? ws.slice(0, i).join(" ") : null;
}

/** "X led to Y" (and "…, and it helped foster Y"): "What did X lead to?"; "By V-ing …, X helped bring about Y": also "How did X …?". */
const results: Maker = (sentence, sectionSoFar, topic, prose) => {
  const text = sentence.text.replace(/\.$/, "");
  const out: ReturnType<Maker> = [];
  // "By weakening …, it helped …": the means opens the sentence.
  const byOpening = /^By ([a-z]+ing\b[^;:]{4,160}?), ((?:it|they|[A-Z][^,]{2,60}) .{8,200})$/.exec(text);
  // "Because S, it caused Y": the result stands after the reason (which the causes maker reads).
  const body = byOpening ? byOpening[2]! : text.replace(/^Because (?!of\b)[^,]{6,140}, (?=(?:it|they|the|[A-Z])\S* )/, "");
  // "The new charter made …, and it helped foster …": "it" is the sentence's own subject (the words before its first past verb).
  const second = /^([^,;]{6,160}), and it (.{8,200})$/.exec(body);
  const firstSubject = second ? subjectBeforeVerb(second[1]!) : null;
  const clause = second && firstSubject ? `${firstSubject} ${second[2]}` : body;
  const m = RESULT_RE.exec(clause.replace(ADVERBS, ""));
  // "Tides are caused by …" is a passive: the causes maker reads it.
  if (!m || /\b(?:is|are|was|were|been|be)(?: [a-z]+ly)?$/.test(m[1]!)) return out;
  // "The waves caused by the gales swept …": a participle describing the subject, not a deed of it; what follows is no result.
  if (/^by\b/.test(m[3]!)) return out;
  const subjectRaw = m[1]!.replace(OPENER, "").replace(/, (?:also )?(?:called|known as|a|an|the) [^,]{2,60},/, "");
  // ("a crack in the casing of the east pump": a head noun and its "of" and "in" phrases, nine words at most.)
  if (/[,;]/.test(subjectRaw) || subjectRaw.split(/\s+/).length > 9) return out;
  const subject = resolveSubject(subjectRaw, sentence, sectionSoFar, topic);
  if (!subject || /^(?:This|That|These|Those|Which|What)\b/i.test(subject)) return out;
  const shownSubject = lowerFirstWord(resolvePerson(subject, sentence), prose);
  if (dangles(shownSubject)) return out;
  const verb = m[2]!;
  // ("… caused a surge of power instead": the result is the surge; "instead" only sets it against what was meant.)
  let result = trimClause(m[3]!.replace(/,? instead$/, ""));
  const written = result;
  if (!result) return out;
  if (verb === "made it possible to") {
    const gerund = toGerunds(result);
    if (!gerund) return out;
    result = gerund;
  }
  const base = RESULT_VERBS[verb]!;
  const question = base === "make possible" ? `What did ${shownSubject} make possible?` : `What did ${shownSubject} ${base}?`;
  const head = `${capitalise(shownSubject)} ${verb === "made it possible to" ? "made possible" : verb} `;
  out.push({ role: "result", shape: "phrase", question, answer: capitalise(result), bare: result, event: `${shownSubject} ${verb}`, actor: null, head, marker: "", written: written ?? undefined, subject: shownSubject });
  if (byOpening) {
    const means = trimClause(byOpening[1]!);
    const effect = `${shownSubject} ${verb} ${result}`;
    const how = whyQuestion(effect, prose)?.replace(/^Why /, "How ");
    if (means && how && !dangles(means)) out.push({ role: "means", shape: "by", question: how, answer: `By ${means}`, bare: means, event: effect, actor: null, head: `${capitalise(effect)} `, marker: "by " });
  }
  return out;
};

/** "S, leading to NP." / "S, which led to NP.": the clause shown, then "What happened as a result?". */
const followers: Maker = (sentence, sectionSoFar, topic) => {
  const m = /^([^;:]{12,200}?), (?:leading to|resulting in|which led to|which resulted in|which brought about|bringing about) ([^;:]{4,160})\.$/.exec(sentence.text);
  if (!m) return [];
  const event = eventClause(m[1]!, sentence, sectionSoFar, topic);
  const result = trimClause(m[2]!);
  if (!event || !result || /^(?:This|These|That|It|They)\b/.test(event) || /[,]/.test(event)) return [];
  const happened = tagged(event).some((t) => t.tags?.includes("PastTense")) ? "happened" : "happens";
  return [{ role: "result", shape: "phrase", question: `${capitalise(event)}. What ${happened} as a result?`, answer: capitalise(result), bare: result, event, actor: null, head: `${capitalise(event)}, leading to `, marker: "" }];
};

/**
 * "The dam burst in 1889. This led to new building rules." -> the sentence before shown, then "What
 * happened as a result?" / "New building rules": only when that sentence stands alone (a plain
 * subject, no pronoun, short).
 */
function afterPrevious(sentence: Sentence, previous: Sentence): Omit<Link, "sentenceIndex" | "start" | "end"> | null {
  const m =
    /^(?:This|That|These|Those)(?: [a-z]+)? (?:also )?(led to|resulted in|brought about|caused|gave rise to|helped bring about|triggered|sparked) ([^;:]{4,160})\.$/.exec(sentence.text) ??
    /^The (?:result|outcome) (was|is) ((?:an?|the) [^;:]{4,160})\.$/.exec(sentence.text);
  if (!m) return null;
  const result = trimClause(m[2]!);
  const cause = previous.text;
  // "The result was …" names no cause of its own: every word of the sentence before is shown, so none may point elsewhere.
  if (m[1] === "was" || m[1] === "is") {
    if (/\b(?:he|she|it|they|him|her|his|its|their|them|this|these|those|that)\b/i.test(cause)) return null;
  }
  if (!result || cause.split(/\s+/).length > 25 || /[;:()"“”]/.test(cause) || PRONOUN_AT_START.test(cause) || /^(?:As a result|Because|This|These|That|Those|It|They|He|She)\b/.test(cause) || dangles(cause)) return null;
  const event = cause.replace(/\.$/, "");
  // "This led to …" tells the time: it happened.
  return { role: "result", shape: "phrase", question: `${cause} What happened as a result?`, answer: capitalise(result), bare: result, event, actor: null, head: "", marker: "" };
}

/**
 * A result told in the sentence after its cause: "S1. As a result, S2." (also "For this reason, S2", "Because of this,
 * S2", and the marker set inside S2: "S2a, as a result, S2b") -> "Why did S2?" / "Because S1", only when S1's main clause
 * stands alone (no pronoun, nothing pointing outside, short once its aside is cut).
 */
function resultAfter(sentence: Sentence, previous: Sentence, sectionSoFar: string, topic: string | null, prose: string): Omit<Link, "sentenceIndex" | "start" | "end"> | null {
  const text = sentence.text.replace(/\.$/, "");
  // ("This meant that S2" too: the sentence before is what "this" stands for.)
  // ("This is why S2", "That explains why S2": the same link said the other way round, the effect as the clause after "why".)
  const lead = /^(?:As a result|For this reason|Because of this|As a consequence|Consequently|(?:This|That) meant that|This means that|(?:This|That|It) is (?:also )?why|(?:This|That) (?:also )?explains why),? (.{8,200})$/.exec(text);
  const inner = lead ? null : /^([^,]{3,60}), (?:as a result|for this reason|as a consequence|consequently), (.{6,200})$/.exec(text);
  if (!lead && !inner) return null;
  // "This is why S2" opening a paragraph: its "this" sums up what came before, not the sentence before alone (often a
  // paragraph of its own on something else). A gap wider than one space between the sentences is a paragraph break.
  if (lead && /\b(?:this|that)\b/i.test(text.slice(0, text.length - lead[1]!.length)) && sentence.start - previous.end > 1) return null;
  const effectRaw = (lead ? lead[1]! : `${inner![1]} ${inner![2]}`).replace(/, and (?!so\b).*$/, "");
  const causeRaw = previous.text.replace(/\.$/, "").replace(OPENER, "").replace(/, (?:partly|mainly|largely|chiefly) [^,]*.*$/, "");
  if (/[;:()"“”]/.test(causeRaw) || PRONOUN_AT_START.test(causeRaw) || /^(?:As a result|Because|Instead|However|But|So)\b/.test(causeRaw)) return null;
  // "A, but B. As a result, C": the result follows from the contrast (mostly from B), and the trim below keeps A alone, so
  // "C because A" would be a cause the article never gives. A sentence that turns on a contrast is no one reason.
  if (/(?:,? (?:but|yet|though|although|whereas)|, while)\b/i.test(causeRaw)) return null;
  const cause = trimClause(causeRaw);
  if (!cause || !statedReason(cause, effectRaw) || dangles(cause) || /\b(?:probably|perhaps|possibly|may|might)\b/i.test(effectRaw)) return null;
  const effect = eventClause(effectRaw, sentence, sectionSoFar, topic);
  const question = effect && whyQuestion(effect, prose);
  if (!effect || !question) return null;
  const bare = lowerUnlessName(cause, prose);
  return { role: "cause", shape: "because", question, answer: capitalise(`because ${bare}`), bare, event: effect, actor: null, head: `${capitalise(effect)} `, marker: "because ", written: cause };
}

// "through" a process or an institution, not a place ("through trade", "through oral tradition"; not "through the station").
const ABSTRACT = "(?:the |an? |their |its )?(?:[a-z]+ ){0,2}?(?!(?:station|nation|junction|section|region|passage|village|cottage|carriage|bridge|mountain)s?\\b)(?:[a-z]+(?:tion|ment|ence|ance|ity|ism|ship)s?|trade|war|wars|marriage|marriages|taxes|treaties|diplomacy|conquest|research)\\b";
// (Built once: means reads every sentence.)
const THROUGH_AFTER = new RegExp(`^([^;:]{8,160}?),? (?:(through) (${ABSTRACT}[^;:]{0,100})|(with the help of) ([^;:]{3,100}))$`);
const THROUGH_FIRST = new RegExp(`^Through (${ABSTRACT}[^,]{0,80}), (.{8,200})$`);

/** "S by V-ing …", "Using X, S", "S using X", and a fronted purpose answered by how: "To find X, S read …" -> "How did S find X?". */
const means: Maker = (sentence, sectionSoFar, topic, prose) => {
  const text = sentence.text.replace(/\.$/, "");
  const out: ReturnType<Maker> = [];
  const add = (effectRaw: string, meansText: string | null, marker = "by ") => {
    const effect = eventClause(effectRaw, sentence, sectionSoFar, topic);
    if (!effect || !meansText || dangles(meansText)) return;
    const how = whyQuestion(effect, prose)?.replace(/^Why /, "How ");
    if (how) out.push({ role: "means", shape: "by", question: how, answer: capitalise(marker + meansText), bare: meansText, event: effect, actor: null, head: `${capitalise(effect)} `, marker });
  };
  let m = /^([^;:]{8,160}?),? by ([a-z]+ing\b[^;:]{3,160})$/.exec(text);
  if (m && !/^By\b/.test(m[1]!)) add(m[1]!, trimClause(m[2]!));
  m = /^Using ([^,]{3,80}), (.{8,200})$/.exec(text);
  if (m) add(m[2]!, trimClause(`using ${m[1]}`));
  m = THROUGH_AFTER.exec(text);
  if (m && m[4]) m = [m[0], m[1]!, m[4], m[5]!] as unknown as RegExpExecArray;
  if (m && !/^(?:Through|With)\b/.test(m[1]!)) add(m[1]!, trimClause(m[3]!), `${m[2]} `);
  m = THROUGH_FIRST.exec(text);
  if (m) add(m[2]!, trimClause(m[1]!), "through ");
  m = /^To ([a-z]+ [^,]{2,60}), ((?:The |the )?[A-Z]?[\w'’-]+(?: [\w'’-]+){0,4}?) ([a-z]+ed|read|drew|took|made|kept|found|used|relied|ran|built) ([^;:]{4,200})$/.exec(text);
  if (m) {
    const subject = m[2]!;
    const goal = m[1]!;
    const action = trimClause(`${m[3]} ${m[4]!}`);
    const gerunds = action ? toGerunds(action) : null;
    const shown = lowerFirstWord(subject, prose);
    const how = whyQuestion(`${subject} ${pastOf(goal)}`, prose)?.replace(/^Why /, "How ");
    if (gerunds && how && !PRONOUN_AT_START.test(subject)) {
      out.push({ role: "means", shape: "by", question: how, answer: `By ${gerunds}`, bare: gerunds, event: `${shown} ${goal}`, actor: null, head: `${capitalise(shown)} ${pastOf(goal)} `, marker: "by ", written: action! });
    }
  }
  return out;
};

/** "find their way" -> "found their way" (the question turns it back). */
function pastOf(phrase: string): string {
  const [verb, ...rest] = phrase.split(" ");
  const past = verbsAs(`they ${verb}`, "past");
  return [/^[a-z]+$/.test(past) ? past : verb, ...rest].join(" ");
}

/** "The canal was used to carry coal." -> "What was the canal used to do?" / "To carry coal". */
const uses: Maker = (sentence, sectionSoFar, topic, prose) => {
  const m = /^((?:The |the )?[A-Za-z][\w'’-]*(?: [\w'’-]+){0,4}?) (is|are|was|were) (?:often |mainly |mostly |also |first |once )?used to ([a-z]+(?: [^;:]{3,140})?)\.$/.exec(sentence.text.replace(OPENER, ""));
  if (!m || /^(?:be|the|a|an|his|her|their|its)$/.test(m[3]!.split(" ")[0]!)) return [];
  const subject = resolveSubject(m[1]!, sentence, sectionSoFar, topic);
  const purpose = trimClause(m[3]!);
  if (!subject || !purpose || pointsAway(subject) || /^(?:this|that|these|those|which|what|it|they)\b/i.test(subject)) return [];
  const shown = lowerFirstWord(subject, prose);
  return [{ role: "purpose", shape: "to", question: `What ${m[2]} ${shown} used to do?`, answer: `To ${purpose}`, bare: purpose, event: shown, actor: shown.toLowerCase().replace(/^the /, ""), head: `${capitalise(shown)} ${m[2]} used `, marker: "to ", written: `to ${purpose}` }];
};

/** "Ada Vell sailed north to map the coast" -> "Why did Ada Vell sail north?" / "To map the coast". */
const purposes: Maker = (sentence, sectionSoFar, topic, prose) => {
  const text = sentence.text.replace(/\.$/, "").replace(OPENER, "").replace(/^([A-Z][^,]{1,40}), (?:a|an|the) [^,]{3,60},/, "$1");
  const m = /^([^,;:]{6,120}?) to ([a-z]+(?: [^;:]{3,140})?)$/.exec(text);
  // Tagging costs a millisecond: only a head with a past-tense-looking word and a "to" before a word that can be a verb are read.
  if (!m || m[1]!.split(" ").length > 12 || !/\b(?:[a-z]{2,}ed|[a-z]{3,}s|use|visit|build|make|dig|send|carry|hunt|grow|store|plant|burn|add|[a-z]+(?:ew|ang|ung|ought|aught|ook|ode|ove|ote|oke|ose|an|ent|uilt|ade|ound|ug|ept|eft|ost|ent|old|ood)|set|put|cut|ran|led|won|read|lit|hid|fed|met|sat|dug|hung|shot)\b/.test(m[1]!) || /^(?:the|a|an|his|her|their|its|be|this|that|these|those|and|or|\d)/.test(m[2]!)) return [];
  const terms = tagged(m[1]!);
  // The first full verb, past or present ("The army marched north", "Bees visit flowers"), never an auxiliary.
  const verbAt = terms.findIndex((t) => (t.tags?.includes("PastTense") || t.tags?.includes("PresentTense")) && !t.tags.some((g) => g === "Auxiliary" || g === "Copula" || g === "Modal"));
  if (verbAt < 1 || verbAt > 5) return [];
  const subjectRaw = terms.slice(0, verbAt).map((t) => t.text).join(" ");
  const verb = terms[verbAt]!.text;
  const object = terms.slice(verbAt + 1).map((t) => t.text).join(" ");
  if (!/^(?:The |the )?[A-Z]|^(?:The|the) [a-z]|^(?:He|She)$/.test(subjectRaw) || terms.slice(0, verbAt).some((t) => t.tags?.includes("Verb"))) return [];
  // "The next spring the villagers …": a time phrase without its comma is no part of the subject.
  if (/\b(?:next|following|previous|same|spring|summer|autumn|winter|day|night|year|week|month|morning|evening)\b/i.test(subjectRaw)) return [];
  // The "to" must follow the action and its object, not a clause of its own ("showed that plants need light to …").
  if (CONTROL_VERBS.test(verb) || object.split(" ").length > 6 || /[,;]/.test(object) || terms.slice(verbAt + 1).some((t) => t.tags?.includes("PastTense") || /^(?:that|which|who|whether|how|what|if|when)$/i.test(t.text))) return [];
  // "the right to vote", "the first to arrive", "a chance to win": a noun or an ordinal takes the "to", not the action.
  if (/\b(?:right|chance|way|ability|decision|choice|attempt|effort|need|power|opportunity|desire|plan|order|time|place|able|used|going)$/.test(object) || /\b(?:first|last|only|next|second|third)\b/.test(object)) return [];
  const first = m[2]!.split(" ")[0]!;
  const purposeTags = tagged(`they ${first}`)[1]?.tags ?? [];
  if (!purposeTags.includes("Verb") || /^(?:be|the|a|an|his|her|their|its)$/.test(first)) return [];
  const purpose = trimClause(m[2]!);
  const subject = resolveSubject(subjectRaw, sentence, sectionSoFar, topic);
  if (!purpose || !subject || dangles(purpose.replace(/\b(?:his|her|their|its)\b/, "the"))) return [];
  const action = `${subject} ${verb}${object ? ` ${object}` : ""}`;
  const question = whyQuestion(action, prose);
  if (!question) return [];
  return [{ role: "purpose", shape: "to", question, answer: `To ${purpose}`, bare: purpose, event: action, actor: subject.toLowerCase(), head: `${capitalise(lowerFirstWord(action, prose))} `, marker: "to ", written: `to ${purpose}` }];
};

/** Every link the article states with a marker, with where its answer sits. */
export function findLinks(sentences: Sentence[], title: string, goals?: PurposeFact[]): Link[] {
  const prose = sentences.map((s) => s.text).join(" ");
  const topic = titleTopic(title, prose);
  const out: Link[] = [];
  let sectionSoFar = "";
  sentences.forEach((sentence, sentenceIndex) => {
    // The section's text before this sentence: where a leading "it" may find the topic named.
    if (sentences[sentenceIndex - 1]?.section !== sentence.section) sectionSoFar = "";
    for (const maker of [causes, results, followers, means, purposes, uses]) {
      for (const link of maker(sentence, sectionSoFar, topic, prose)) {
        const where = at(sentence, link.written ?? link.bare);
        if (!where || out.some((o) => o.sentenceIndex === sentenceIndex && o.role === link.role && o.bare === link.bare)) continue;
        out.push({ ...link, sentenceIndex, ...where });
      }
    }
    const previous = sentences[sentenceIndex - 1];
    const after = previous && previous.section === sentence.section ? afterPrevious(sentence, previous) : null;
    const where = after && at(sentence, after.bare);
    if (after && where) out.push({ ...after, sentenceIndex, ...where });
    // The answer sits in the sentence before: the link is placed there, where its key is.
    const reason = previous && previous.section === sentence.section ? resultAfter(sentence, previous, sectionSoFar, topic, prose) : null;
    const reasonAt = reason && at(previous!, reason.written!);
    if (reason && reasonAt) out.push({ ...reason, sentenceIndex: sentenceIndex - 1, effectIndex: sentenceIndex, ...reasonAt });
    sectionSoFar += ` ${sentence.text}`;
  });
  // The stated goals the purpose maker reads ("X set out to …", "X's aim was to …"), in the same shape.
  for (const p of goals ?? findPurposes(sentences, prose)) {
    if (out.some((o) => o.sentenceIndex === p.sentenceIndex && o.role === "purpose")) continue;
    const bare = p.answer.slice(3);
    out.push({ sentenceIndex: p.sentenceIndex, role: "purpose", shape: "to", question: p.question, answer: p.answer, bare, event: p.question, actor: p.actor, head: "", marker: "", start: p.start, end: p.end });
  }
  return out;
}

export { words as linkWords };
