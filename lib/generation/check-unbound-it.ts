import type { TaggedTerm } from "./question-stems";

/**
 * A thing's "it" with nothing before it in the text that it could stand for: "In 1610 the rebels passed through it",
 * "Galen was told not to teach it". The stem is read alone, so what the article's sentence before named is not there.
 * A noun counts as what "it" stands for unless it is a person, a plural, a time, or the subject of the very clause whose
 * object "it" is (that would be "itself"). Read from the tagger's terms of the text (asked once per text, cached by the caller).
 */

// "it is likely that …", "it was some time before …", "it was in 1410 that …", "it took …": an "it" standing for no noun.
const EXPLETIVE_AFTER =
  /^(?:is|was|has been|had been|will be|would be|seems|seemed|appears|appeared)\s+(?:(?:also|not|now|then|still|widely|often|generally|later)\s+)?(?:that|to|as if|likely|unlikely|possible|impossible|clear|true|false|said|believed|thought|known|estimated|reported|argued|claimed|hard|easy|difficult|important|necessary|common|rare|usual|unusual|some|time|not|only|in|during|at|on|(?:there|here) that|then|under|after|before|because|this|these|no|a\s+(?:long|short|good|bad|great|few|little)|almost|nearly|over|too)\b|^(?:takes|took|turned out|turns out|happened|happens|rained|rains|snowed)\b/i;
// "made it possible to …", "found it hard to …": "it" stands for the clause that follows.
const EXPLETIVE_OBJECT =
  /\b(?:make|makes|made|making|find|finds|found|finding|consider|considers|considered|thought|think|keep|kept|leave|left)\s+it\s+(?:(?:very|more|much|far|so|too|less|increasingly)\s+)?(?:possible|impossible|hard|easy|difficult|clear|necessary|harder|easier|likely|unlikely|useful|important|illegal|legal|safe|dangerous|cheaper|[a-z]+er)\b/i;
// Words that close one clause and open another: a subject before one of them does not bind an "it" after it.
const CLAUSE_BREAK = /^(?:and|but|or|so|yet|which|that|who|when|while|where|because|after|before|until|since|if|although|though|as)$/i;
// Nouns for a time: "on the night it was burned" does not make "the night" what "it" means.
const TIME_TAGS = ["Date", "Duration", "Value", "Month", "WeekDay", "Year", "Time"];
const PERSON_TAGS = ["Person", "Actor", "FirstName", "LastName", "Honorific", "MaleName", "FemaleName"];
// A blank in a date's place ("In _____ the rebels …", "Around the year _____,"): it stands for no thing.
const DATE_SLOT = /^(?:in|on|around|by|since|until|during|year|about|circa|c\.)$/i;

/**
 * Whether a proper name the tagger did not call singular reads as many ("the Manchus", "Swedish Vikings"): it ends in -s, not
 * in -ss, -us or -is ("Athens" and "Wales" it cannot tell; a caller that knows a place overrides).
 */
export function properNameReadsPlural(word: string, tags: string[]): boolean {
  return tags.includes("ProperNoun") && !tags.includes("Singular") && /[a-z]s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}

function isBlank(term: TaggedTerm): boolean {
  return /^_{3,}/.test(term.text);
}

function wordOf(term: TaggedTerm): string {
  return term.text.toLowerCase().replace(/[^a-z'’-]/g, "");
}

function isVerb(term: TaggedTerm | undefined): boolean {
  const tags = term?.tags ?? [];
  return tags.includes("Verb") && !tags.includes("Gerund");
}

// "Small creeks called _____ feed it": a blank after "called" is the name of the plural before it, many things, no "it".
function namesPlural(terms: TaggedTerm[], i: number): boolean {
  const naming = /^(?:called|named|termed)$/.test(wordOf(terms[i - 1] ?? { text: "" })) ? i - 2 : wordOf(terms[i - 1] ?? { text: "" }) === "as" && wordOf(terms[i - 2] ?? { text: "" }) === "known" ? i - 3 : -1;
  return naming >= 0 && (terms[naming]?.tags ?? []).includes("Plural");
}

/** Whether a term before the pronoun is a noun "it" could stand for ("its" may mean the clause's own subject). */
function couldMean(terms: TaggedTerm[], i: number, pronounAt: number, possessive: boolean): boolean {
  const term = terms[i]!;
  const tags = term.tags ?? [];
  const prev = terms[i - 1];
  if (isBlank(term)) return !(prev && DATE_SLOT.test(wordOf(prev))) && !namesPlural(terms, i);
  // "Rome grew rich, and its population …": a writer's "its" after a lone proper noun says it is one thing, even where the
  // tagger guesses a surname (no first name or title before it). Not a plural one: "the Manchus took its gates" is the
  // Manchus and another thing, as a tag cannot tell from "the Philippines declared its independence".
  // ("Under Augustus, Rome …": a name before a comma is not this word's first name.)
  const firstName = (t: TaggedTerm | undefined) => t?.tags?.some((g) => g === "FirstName" || g === "Honorific") === true;
  const nameLed = firstName(term) || (firstName(prev) && !/[,;:]/.test(prev?.post ?? ""));
  const plural = tags.includes("Plural") || tags.includes("Demonym");
  if (possessive && tags.includes("ProperNoun") && !plural && !nameLed && !terms[i + 1]?.tags?.includes("Noun")) return true;
  // ("there" and "here" the tagger may read as nouns: they stand for a place, not a thing "it" could mean.)
  if (!tags.includes("Noun") || tags.includes("Pronoun") || tags.includes("Plural") || /^(?:there|here)$/.test(wordOf(term))) return false;
  // "the Manchus", "the Dutch": a people is many.
  // (Yet a writer calls a state or a league "it" though its name ends in -s: "the United Nations", "the Netherlands", which
  // the tagger shows by a name of two words or a place's tag.)
  const oneBody = prev?.tags?.includes("ProperNoun") || tags.some((g) => g === "Place" || g === "Country" || g === "Organization");
  if (properNameReadsPlural(term.text, tags) && !oneBody) return false;
  if (tags.some((g) => TIME_TAGS.includes(g) || PERSON_TAGS.includes(g) || g === "Demonym")) return false;
  // "were still living there": an -ing word after "be" is the verb, whatever the tagger says.
  const beBefore = [prev, terms[i - 2]].some((t, k) => t?.tags?.includes("Copula") && (k === 0 || prev?.tags?.includes("Adverb")));
  if (/ing$/.test(term.text) && beBefore) return false;
  // "Galen Orr": a first name is no referent of its own; the name is judged at its last word, where its tags say what it names.
  if (tags.includes("ProperNoun") && terms[i + 1]?.tags?.includes("ProperNoun") && !/[,;:]/.test(term.post ?? "")) return false;
  // "the night it was burned": the noun right before "it" opens a clause about itself.
  if (i === pronounAt - 1 && isVerb(terms[pronounAt + 1])) return false;
  if (possessive) return true;
  if (insideSubjectOf(terms, i, pronounAt)) return false;
  // The clause's own subject (the noun its verb follows) is never its object "it": "The rebels took it".
  if (!isVerb(terms[i + 1]) || /[,;:.!?]/.test(term.post ?? "")) return true;
  const between = terms.slice(i + 1, pronounAt);
  const broken = between.some((t) => CLAUSE_BREAK.test(wordOf(t)) || /[,;:.!?]/.test(t.post ?? ""));
  return broken || isVerb(terms[pronounAt + 1]);
}

/**
 * "Wind off the high moor slowly pushed it south": a noun in the subject's own phrase ("off the high moor"), with no verb
 * and no clause break between it and the verb whose object "it" is, belongs to that subject, and the subject is not the
 * thing it acts on. The "it" is some thing a sentence before named.
 */
function insideSubjectOf(terms: TaggedTerm[], i: number, pronounAt: number): boolean {
  // ("when the guild met, it chose …": after a comma the "it" opens a clause of its own; it is no object of "met".)
  if (!isVerb(terms[pronounAt - 1]) || /[,;:.!?]/.test(terms[pronounAt - 1]!.post ?? "")) return false;
  let verbAt = pronounAt - 1;
  while (verbAt > i + 1 && (isVerb(terms[verbAt - 1]) || terms[verbAt - 1]!.tags?.includes("Adverb"))) verbAt--;
  const subject = terms.slice(i, verbAt);
  return !subject.some((t, k) => (k > 0 && (CLAUSE_BREAK.test(wordOf(t)) || isVerb(t))) || /[,;:.!?]/.test(t.post ?? ""));
}

// "it was dangerous to cross …", "it became possible to …", "it is worth noting that …": "it" before a be-verb, an adjective
// and a clause stands for that clause, whatever the adjective.
const BE = /^(?:is|was|be|been|become|became|becomes|remained|remains|seemed|seems|proved|proves)$/;
const CLAUSE_OPENER = /^(?:to|that|whether|who|when|how|if)$/;
function adjectiveClause(terms: TaggedTerm[], at: number): boolean {
  let j = at + 1;
  while (j < terms.length && /^(?:has|had|have|will|would|could|might|may|not|also|still|now|then|soon|often|very|more|much|far|so|too|less|quite)$/.test(wordOf(terms[j]!))) j++;
  if (!terms[j] || !BE.test(wordOf(terms[j]!))) return false;
  j++;
  while (j < terms.length && (terms[j]!.tags ?? []).includes("Adverb")) j++;
  const adjective = terms[j];
  if (!adjective || !((adjective.tags ?? []).includes("Adjective") || wordOf(adjective) === "worth")) return false;
  return CLAUSE_OPENER.test(wordOf(terms[j + 1] ?? { text: "" })) || (wordOf(adjective) === "worth" && /ing$/.test(terms[j + 1]?.text ?? ""));
}

/** The first thing-pronoun of the text that nothing before it can stand for, or null. */
export function unboundIt(terms: TaggedTerm[]): string | null {
  for (let at = 0; at < terms.length; at++) {
    const word = wordOf(terms[at]!);
    if (word !== "it" && word !== "its") continue;
    const before = terms
      .slice(0, at)
      .map((t) => `${t.text}${t.post ?? " "}`)
      .join("");
    const after = terms
      .slice(at + 1)
      .map((t) => `${t.text}${t.post ?? " "}`)
      .join("");
    if (word === "it" && (EXPLETIVE_AFTER.test(after.trim()) || adjectiveClause(terms, at) || EXPLETIVE_OBJECT.test(`${before}it ${after}`.slice(Math.max(0, before.length - 30))))) continue;
    const possessive = word === "its";
    if (terms.slice(0, at).some((_, i) => couldMean(terms, i, at, possessive))) return null;
    return terms[at]!.text;
  }
  return null;
}

/**
 * How many singular things a sentence names (a run of nouns is one: "the Harl Canal"). A lead-in sentence shown before a stem
 * settles what the stem's "it" means only when it names one: after "The last barge on the canal was the Grey Swan", "it"
 * could be the barge, the canal or the boat, and a reader who takes the wrong one reads a false statement.
 */
export function singularThings(terms: TaggedTerm[]): number {
  let count = 0;
  for (let i = 0; i < terms.length; i++) {
    const tags = terms[i]!.tags ?? [];
    if (!tags.includes("Noun") || tags.includes("Pronoun")) continue;
    const next = terms[i + 1];
    // Only the last noun of a run heads it.
    if (next?.tags?.includes("Noun") && !next.tags.includes("Pronoun") && !/[,;:.!?]/.test(terms[i]!.post ?? "")) continue;
    if (tags.some((g) => g === "Plural" || g === "Demonym" || TIME_TAGS.includes(g) || PERSON_TAGS.includes(g))) continue;
    count++;
  }
  return count;
}
