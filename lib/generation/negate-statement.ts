import { POINTER } from "./make-denial-statements";
import { infinitiveOf, LEXICON, tagged, type TaggedTerm } from "./question-stems";

/**
 * A central statement turned false by denying its main verb: "The rebels stormed the fortress." -> "The rebels did not
 * storm the fortress."; "The wall was built to keep out raiders." -> "The wall was not built …". It asks the same point
 * as the true copy, so a quiz can hold true and false statements on its main ideas alike, where a swapped detail would
 * make a claim a student rejects without reading.
 *
 * Only where the denial is plainly false by the article and reads as plain English: a statement with one verb group
 * after a subject of a few words (an opening phrase and its comma allowed), and none of the words that change what a
 * "not" denies. A quantity ("most", "all", "three people"), a modal or hedge ("can", "about"), a second negative, a
 * reason or condition ("because", "if"), a bound in time ("until", "before") or a second verb joined by "and" each
 * leave a denial open to two readings, one of which may be true, or make it awkward.
 */

// Words that change what a "not" denies, or make the statement say less than a fact.
const OPEN_TO_TWO_READINGS =
  /\b(?:not|no|never|nor|neither|none|nobody|nothing|cannot|without|only|just|also|even|still|again|all|every|each|both|either|or|some|many|most|much|several|few|any|always|often|usually|sometimes|rarely|seldom|mostly|mainly|partly|fairly|quite|somewhat|relatively|about|around|almost|nearly|roughly|approximately|perhaps|probably|possibly|likely|may|might|can|could|should|would|must|will|shall|because|since|as|although|though|but|while|whereas|unless|if|until|till|before|after|once|instead|rather|like|unlike|however|therefore|thus|meanwhile|believed|thought|said|claimed|say|says|suggests?|seems?|appears?|according|more than|less than|fewer than|at least|up to|over|under)\b|n['’]t\b/i;
const PRONOUN = /\b(?:it|its|itself|they|them|their|themselves|he|him|his|himself|she|her|herself|this|these|those|there|here)\b(?! (?:is|are|was|were)\b)/i;
// A count in the subject ("three ships sank", "billions of people"): denied, it reads as "three did not" (others may have).
const COUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|scores|half)\b/i;
// An indefinite subject ("A person spoke …": denied, "some person did not" may be true), or a clause of place or time
// before the subject ("Where rivers meet the sea, …": its verb would be the one denied). (Openings that point to the
// sentence before, "The other plates", "The family", are refused for the true copy too: check-stems' pointsOutside and
// PART_WITHOUT_WHOLE. Other subordinators are refused by OPEN_TO_TWO_READINGS.)
const UNSETTLED_OPENING = /^(?:A|An|Where|Wherever|When|Whenever)\b/;
// Verbs that already deny ("lack", "refuse"): denied again, a double negative few students read right.
const NEGATIVE_VERB = /^(?:lack|lacks|lacked|refuse|refuses|refused|fail|fails|failed|deny|denies|denied|reject|rejects|rejected|prevent|prevents|prevented|forbid|forbids|forbade|ban|bans|banned|avoid|avoids|avoided|lose|loses|lost|oppose|opposes|opposed|abolish|abolishes|abolished|stop|stops|stopped|cease|ceases|ceased|resist|resists|resisted)$/;
// Verbs of saying and naming.
const REPORTING = /^(?:say|says|said|note|notes|noted|report|reports|reported|state|states|stated|write|writes|wrote|argue|argues|argued|claim|claims|claimed|call|calls|called|name|names|named|term|terms|termed|describe|describes|described|consider|considers|considered|believe|believes|believed|think|thinks|thought|know|knows|knew)$/;
// Past forms that are also the infinitive.
const SAME_IN_PAST = new Set(["put", "set", "cut", "hit", "let", "spread", "cost", "hurt", "shut", "split", "quit", "burst", "cast", "read", "beat"]);


/** "used" -> "use", "stopped" -> "stop", "carried" -> "carry": the plain form the lexicon knows as a verb, or "". */
function regularInfinitive(past: string): string {
  if (!/ed$/.test(past)) return "";
  const stem = past.slice(0, -2);
  const tries = [past.slice(0, -1), stem, stem.replace(/i$/, "y"), /(.)\1$/.test(stem) ? stem.slice(0, -1) : ""];
  return tries.find((t) => t && LEXICON[t] === "Infinitive") ?? "";
}

/** The tagger's words, with the empty word it splits off a possessive ("country's" + "") folded back into the one before. */
function readTerms(statement: string): TaggedTerm[] {
  const out: TaggedTerm[] = [];
  for (const t of tagged(statement)) {
    if (t.text === "" && out.length) out[out.length - 1] = { ...out[out.length - 1]!, post: `${out[out.length - 1]!.post ?? ""}${t.post ?? ""}` };
    else if (t.text !== "") out.push(t);
  }
  return out;
}

const has = (t: TaggedTerm | undefined, tag: string) => t?.tags?.includes(tag) === true;
const word = (t: TaggedTerm | undefined) => (t?.text ?? "").toLowerCase().replace(/[^a-z'’-]/g, "");

/** The statement with its main verb denied, or null where a denial could be read two ways or would not read as English. */
export function negateStatement(statement: string): string | null {
  // (A pronoun anywhere may lean on words the statement left out: the denial would be of something unnamed.)
  if (!/^[A-Z][^;:?!()"“”]*\.$/.test(statement) || OPEN_TO_TWO_READINGS.test(statement) || PRONOUN.test(statement)) return null;
  if (UNSETTLED_OPENING.test(statement)) return null;
  const terms = readTerms(statement);
  if (terms.length < 4 || terms.length > 28) return null;
  // An opening phrase ("In 1928, …") ends at the first comma; the subject runs from there to the first verb.
  const opener = terms.findIndex((t) => /,/.test(t.post ?? ""));
  const subjectStart = opener >= 0 && has(terms[0], "Preposition") && !terms.slice(0, opener + 1).some((t) => has(t, "Verb")) ? opener + 1 : 0;
  const verbAt = terms.findIndex((t, i) => i >= subjectStart && has(t, "Verb"));
  if (verbAt <= subjectStart || verbAt - subjectStart > 8) return null;
  const subject = terms.slice(subjectStart, verbAt);
  // The subject is a noun phrase: no comma in it (an aside may hold a verb of its own), no pronoun standing for something unnamed, no count.
  if (subject.some((t) => /,/.test(t.post ?? "") || has(t, "Adverb")) || subject.some((t) => has(t, "Pronoun") && !has(t, "There"))) return null;
  // A plural word inside the subject with a noun after it may be the real verb ("The guide shows visitors …").
  if (subject.some((t, i) => i < subject.length - 1 && has(t, "Plural") && has(subject[i + 1], "Noun") && word(subject[i + 1]) !== "of")) return null;
  const subjectText = subject.map((t) => t.text).join(" ");
  if (POINTER.test(subjectText) && !has(subject[0], "There")) return null;
  if (COUNT.test(subjectText) || /^part\b/i.test(subjectText) || !(has(subject.at(-1), "Noun") || has(subject.at(-1), "There"))) return null;
  // An aside after the verb ("…, the first school to do so", "…, making it …") would say the opposite of the denial.
  if (/, (?:the|a|an|which|who|whom|whose|where|when|born|known|built|made|led|held|[a-z]+ing|[a-z]+ed)\b/.test(terms.slice(verbAt).map((t) => t.text + (t.post ?? " ")).join(""))) return null;
  const verb = terms[verbAt]!;
  const next = terms[verbAt + 1];
  // One verb group: a later finite verb is one of a clause opened by "that", "which", "who" … in the object ("a nucleus that
  // holds …"), or the statement's verb was not the main one ("The farms he seized had to send …": the main verb is "had"),
  // or a second verb joined on ("came from X and raided Y": denied, only the first half reads as denied).
  const rest = terms.slice(verbAt + 1);
  // (A past form between a noun and a preposition describes the noun: "a wall made of stone".)
  const describes = (i: number) => has(rest[i - 1], "Noun") && has(rest[i + 1], "Preposition");
  const finiteLater = (t: TaggedTerm, i: number) => has(t, "Verb") && !has(t, "Particle") && !has(t, "Infinitive") && !(has(t, "PastTense") && describes(i)) && !has(t, "Gerund") && !(has(t, "Participle") && !has(t, "PastTense")) && !(i === 0 && (has(t, "Participle") || has(t, "Particle") || has(verb, "Auxiliary") || has(verb, "Copula")));
  // (One clause opened by "that", "who" … holds one verb: a second after it is the main verb's again.)
  const relatives = rest.filter((r) => /^(?:that|which|who|whom|whose|where|when|what|how|why)$/.test(word(r))).length;
  const joined = rest.filter((t, i) => finiteLater(t, i)).length > relatives || rest.some((t, i) => finiteLater(t, i) && !rest.slice(Math.max(0, i - 5), i).some((r) => /^(?:that|which|who|whom|whose|where|when|what|how|why)$/.test(word(r))) && !(has(t, "Participle") && !/^(?:and|then)$/.test(word(rest[i - 1]))));
  // (A plain present after "and" is tagged as an infinitive: "Bees collect nectar and make honey" has two verbs all the same.)
  const afterConjunction = rest.some((t, i) => i > 0 && has(t, "Verb") && !has(t, "Particle") && /^(?:and|or|then)$/.test(word(rest[i - 1])));
  if (joined || afterConjunction) return null;
  const v = word(verb);
  // What someone says, notes or calls a thing: denied, it says nothing of the fact ("X does not note that …").
  if (REPORTING.test(v) || NEGATIVE_VERB.test(v) || word(next) === "that") return null;
  // "is now in …" (denied, the adverb lands oddly), "was to rule" (a plan, not a fact): left alone.
  if ((has(verb, "Copula") || /^(?:is|are|was|were)$/.test(v)) && (has(next, "Adverb") || /^(?:to|now|then|already|later|today)$/.test(word(next)))) return null;
  // A verb straight after the verb is the tagger reading a noun as one ("Y grounds face …").
  if (next && has(next, "Verb") && !has(next, "Particle") && !has(next, "Participle") && !has(next, "Copula") && !has(verb, "Copula") && !has(verb, "Auxiliary") && word(next) !== "to") return null;
  let denied: string;
  // "There is not evidence …" is no English: only a count or a determiner after "There is/was" ("There were not seven …").
  if (has(subject[0], "There") && !(has(next, "Value") || has(next, "Determiner"))) return null;
  if (has(verb, "Copula") || /^(?:is|are|was|were|am)$/.test(v)) {
    denied = `${verb.text} not`;
  } else if (/^(?:had|has|have)$/.test(v) && next && has(next, "Verb") && (has(next, "Participle") || has(next, "PastTense"))) {
    denied = `${verb.text} not`;
  } else if (has(verb, "Auxiliary") || has(verb, "Modal") || has(verb, "Gerund")) {
    return null;
  } else if (has(verb, "PastTense")) {
    const infinitive = v === "had" ? "have" : infinitiveOf(v) || regularInfinitive(v);
    if (!infinitive || /\s/.test(infinitive) || (infinitive === v && !SAME_IN_PAST.has(v))) return null;
    denied = `did not ${infinitive}`;
  } else if (has(verb, "PresentTense")) {
    // A bare form after a singular subject is a past tense the tagger took for a present ("Fox set out"), or no verb at all.
    const plural = has(subject.at(-1), "Plural") || subject.some((t) => word(t) === "and") || /^(?:people|cells|bacteria|mitochondria|children|men|women)$/.test(word(subject.at(-1)));
    // (After a plural subject, "set" may be past or present: the tense cannot be read.)
    if (plural && SAME_IN_PAST.has(v)) return null;
    if (!/s$/.test(v) && !plural) {
      if (!SAME_IN_PAST.has(v)) return null;
      denied = `did not ${v}`;
      return finish(terms, verbAt, denied);
    }
    const infinitive = /^(?:has)$/.test(v) ? "have" : /s$/.test(v) ? infinitiveOf(v) : v;
    if (!infinitive || /\s/.test(infinitive) || (/s$/.test(v) && infinitive === v)) return null;
    denied = `${/s$/.test(v) ? "does" : "do"} not ${infinitive}`;
  } else {
    return null;
  }
  return finish(terms, verbAt, denied);
}

function finish(terms: TaggedTerm[], verbAt: number, denied: string): string {
  const before = terms.slice(0, verbAt).map((t) => t.text + (t.post ?? " ")).join("");
  const after = terms.slice(verbAt + 1).map((t, i, all) => t.text + (i < all.length - 1 ? (t.post ?? " ") : "")).join("");
  const text = `${before}${denied}${terms[verbAt]!.post ?? " "}${after}`.replace(/\s+/g, " ").trim();
  return /\.$/.test(text) ? text : `${text}.`;
}
