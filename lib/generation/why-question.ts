import nlp from "compromise";
import { verbsAs } from "./verb-forms";
import { NAME_PARTICLE } from "./titles";
import { keepsCapital } from "./clause-order";
import { knownBaseForm, SAME_IN_PAST } from "./known-base-form";
import { baseOfPast } from "./past-forms";
import { textsMemo } from "./article-memo";
import { IRREGULAR_PARTICIPLE } from "./irregular-participles";

/**
 * A plain clause turned into a "Why …?" question, only where its parse is
 * sure: a short noun-phrase subject, then its own verb ("A balloon rises" ->
 * "Why does a balloon rise?"). Anything else is null.
 */

const AUX = /^(is|are|was|were|can|could|will|would|should|must|has|have|had|might|may)$/i;

const PARTICLE_WORD = new RegExp(`^${NAME_PARTICLE}$`);

/**
 * A clause's first word in lower case unless it is a name (the article writes
 * it with a capital in mid-sentence), so "Gases push" -> "gases push" but
 * "Edison lit" keeps its name.
 */
export function lowerFirstWord(text: string, articleText: string): string {
  const [first, second = ""] = text.split(" ") as [string, string?];
  const lower = first.toLowerCase();
  if (first === lower) return text;
  // "Ada Pell sailed": two capitalised words that are not a determiner and a name are a name, even if only seen opening sentences.
  if (/^[A-Z][a-z]+$/.test(second) && !/^(?:the|a|an|its|their|our|his|her|this|that|these|those|in|on|at|by|for|after|before|when|while|during)$/.test(lower)) return text;
  // "Idrisu ibn Kanwa crossed", "Vasco da Gama sailed": a name with a particle before its last part.
  if (PARTICLE_WORD.test(second) && /^[A-Z]/.test(text.split(" ")[2] ?? "")) return text;
  const bare = first.replace(/['’]s$/, "");
  // (One reading of "a name" with the statement makers: a count or a determiner never is one, "Two boys".)
  const name = keepsCapital(bare, articleText);
  return /^(?:the|a|an|its|their|our|some|many|most|each|every)$/.test(lower) || !name ? lower + text.slice(first.length) : text;
}

/**
 * "A rocket moves forward" -> "Why does a rocket move forward?";
 * "Ilse became the ruler" -> "Why did Ilse become the ruler?";
 * "The event was important" -> "Why was the event important?".
 * Only a plain clause: a short noun-phrase subject, then its verb. Otherwise null.
 */
// Per article: the answer reads the article (whether the subject's first word keeps its capital), so a key of the clause
// and the article's length alone could hand one article's answer to another of the same length. (Its callers pass
// the whole text or the prose alone: a memo per text for the last few.)
const asked = textsMemo<string | null>(4);
export function whyQuestion(clause: string, articleText = ""): string | null {
  return asked(articleText, clause, () => askWhy(clause, articleText));
}

function askWhy(clause: string, articleText: string): string | null {
  if (/[;:()"“”]/.test(clause) || /^(?:It|This|That|These|Those|They|He|She|There|Here|Which|What|Who)\b/.test(clause)) return null;
  const terms = (nlp(clause).json() as { terms: { text: string; tags?: string[] }[] }[]).flatMap((s) => s.terms);
  const verbAt = mainVerbAt(terms);
  if (verbAt < 1 || verbAt > 9) return null;
  const subjectTerms = terms.slice(0, verbAt);
  // (A lone "you" or "we" is anyone at all, as in "you see the flash first": it asks as well as any subject.)
  const generic = subjectTerms.length === 1 && /^(?:you|we)$/i.test(subjectTerms[0]!.text);
  if (subjectTerms.some((t) => (t.tags?.includes("Pronoun") && !generic) || /,$/.test(t.text) || t.tags?.includes("Preposition") && t === subjectTerms[0])) return null;
  const subject = subjectTerms.map((t) => t.text).join(" ");
  if (!clause.startsWith(`${subject} `)) return null;
  const verbTerm = terms[verbAt]!;
  const verb = verbTerm.text;
  const rest = clause.slice(subject.length + 1 + verb.length).trim();
  const subjectLower = lowerFirstWord(subject, articleText);
  // "the salt boats could not …": a "verb" with an auxiliary straight after it was a noun of the subject, misread.
  if (/^(?:could|would|should|can|will|must|might|may|is|are|was|were|had|has|have|did|does|do)\b/i.test(rest)) return null;
  // "The carts had to cross" -> "Why did the carts have to cross?": "had to" is a need, not the perfect's auxiliary.
  const need = /^(had|has|have) to [a-z]/i.exec(`${verb} ${rest}`);
  if (need) return `Why ${doOfHave(need[1]!)} ${subjectLower} have ${rest}?`;
  // "Chinese script did not fit Korean" -> "Why did Chinese script not fit Korean?": a negated verb keeps its "did"
  // (only before "not"/"never": "did the digging" has "did" as its full verb, which would be asked as "Why did … the digging?").
  if (/^(?:do|does|did)$/i.test(verb) && /^(?:not|never) [a-z]/.test(rest)) return `Why ${verb.toLowerCase()} ${subjectLower} ${rest}?`;
  if (AUX.test(verb)) {
    if (!rest) return null;
    // "The city had many bookshops" -> "Why did the city have many bookshops?": "had" before no participle is the full verb
    // of having (or of having a thing done, "had his men drag …"), asked with "did" like any other; only the perfect's
    // "had" ("had finished", "had long been") goes before the subject.
    const having = /^(had|has|have)$/i.exec(verb);
    if (having && !perfectAfter(rest, terms.slice(verbAt + 1))) return `Why ${doOfHave(having[1]!)} ${subjectLower} have ${rest}?`;
    return `Why ${verb.toLowerCase()} ${subjectLower} ${rest}?`;
  }
  const tags = verbTerm.tags ?? [];
  // Read after "it", so a form the tagger takes for a noun alone ("describes") is read as a verb.
  const infinitive = verbsAs(`it ${verb}`, "infinitive");
  if (!infinitive || /\s/.test(infinitive) || !/^[a-z]+$/.test(infinitive)) return null;
  let aux: string;
  if (tags.includes("PastTense")) aux = "did";
  else if (tags.includes("PresentTense") && /s$/.test(verb) && infinitive !== verb) aux = "does";
  else if (tags.includes("Infinitive") || (tags.includes("PresentTense") && infinitive === verb)) aux = "do";
  else return null;
  // A plain verb after one thing: "The river cut a canyon" can only be the past; "A boat sail" is a misreading.
  if (aux === "do" && singularSubject(subjectTerms)) {
    if (!SAME_IN_PAST.has(verb.toLowerCase())) return null;
    aux = "did";
  }
  // (After "did", the base baseOfPast is sure of, the one the denial's "did not" takes.)
  if (aux === "did" ? baseOfPast(verb.toLowerCase(), infinitive) !== infinitive : aux === "does" && !knownBaseForm(verb, infinitive, "present")) return null;
  return `Why ${aux} ${subjectLower} ${infinitive}${rest ? ` ${rest}` : ""}?`;
}

/** The "do" a question on "had"/"has"/"have" as a full verb asks with: "did", "does", "do". */
function doOfHave(form: string): string {
  return { had: "did", has: "does", have: "do" }[form.toLowerCase() as "had" | "has" | "have"];
}

// Words between "had" and its participle ("had already left", "had long been"), and nouns that only look like participles.
const PERFECT_ADVERB = /^(?:already|never|just|long|also|once|recently|since|not|finally|only|still|ever|first|always|often|[a-z]+ly)$/;
const NOT_PARTICIPLE = /^(?:need|seed|speed|greed|bed|red|deed|creed|weed|steed|sled|hundred)s?$/;
// Participles that neither end in "-ed"/"-en" nor stand in IRREGULAR_PARTICIPLE, several spelt as their base form ("had
// become king", "had gone north", "had done the work", "had won the war"): read as the verb of having they made "Why did
// the king have become king?".
const PLAIN_PARTICIPLE = /^(?:become|overcome|come|gone|done|run|put|let|hit|hurt|quit|paid|said|won|met|fought|taught|thought|bought|caught|sought|dug|swum|sung|rung|drunk|sunk|stood|understood|felt|heard|meant|slept|spent|lent|stuck|sat|shot|fled|slain|shown|flown|blown|thrown|overthrown|withdrawn|got|had)$/;

/**
 * Whether the words after "had"/"has"/"have" open a perfect ("been", a participle, after any adverbs). A word the tagger
 * reads as a number, an adjective or a noun and not a verb only looks like a participle: "had seven sons", "had green
 * walls", "had skilled masons", "had children" are the verb of having.
 */
function perfectAfter(rest: string, after: { text: string; tags?: string[] }[]): boolean {
  const words = rest.toLowerCase().split(/\s+/).map((w) => w.replace(/[^a-z'-]/g, ""));
  const at = words.findIndex((w) => !PERFECT_ADVERB.test(w));
  const next = words[at] ?? "";
  if (next === "been" || PLAIN_PARTICIPLE.test(next)) return true;
  const tags = after[at]?.text.toLowerCase().replace(/[^a-z'-]/g, "") === next ? (after[at]!.tags ?? []) : [];
  if (!tags.includes("Verb") && ["Value", "Adjective", "Noun"].some((tag) => tags.includes(tag))) return false;
  return !NOT_PARTICIPLE.test(next) && (/[a-z]{2}(?:ed|en)$/.test(next) || IRREGULAR_PARTICIPLE.test(next) || tags.includes("Participle"));
}

/**
 * The subject's own verb: not an infinitive ("decision to admit"), not the verb
 * of a relative clause inside the subject ("a ball that is rolling"), not a
 * participle ("rolling").
 */
function mainVerbAt(terms: { text: string; tags?: string[] }[]): number {
  // After "to", "that", "which" or "who", the next verbs (auxiliaries and one full verb) belong to that phrase.
  let inPhrase = false;
  let sawAuxiliary = false;
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i]!;
    const word = t.text.toLowerCase().replace(/[^a-z']/g, "");
    if (/^(?:to|that|which|who)$/.test(word)) {
      inPhrase = true;
      sawAuxiliary = false;
      continue;
    }
    const auxiliary = AUX.test(word) || Boolean(t.tags?.includes("Auxiliary"));
    // "A balloon rises": a noun then a plural-looking word, which the tagger may take for a noun.
    // (Not when a verb follows: "Newton's laws help" has its verb already. But "forward" in "a boat moves forward"
    // is no verb, and after "a boat" a plural word cannot be the subject's own head.)
    const next = terms[i + 1];
    const verbNext = Boolean(next?.tags?.includes("Verb")) && !ADVERB_LIKE.test(next!.text) && !singularBefore(terms, i);
    if (!inPhrase && !verbNext && !t.tags?.includes("Verb") && t.tags?.includes("Plural") && !terms[i - 1]!.tags?.some((x) => x === "Determiner" || x === "Adjective" || x === "Value") && readsAsVerb(word)) {
      t.tags = [...t.tags, "Verb", "PresentTense"];
    }
    if (!auxiliary && !t.tags?.includes("Verb")) {
      // "that is rolling": after the phrase's auxiliary, its complement closes it.
      if (inPhrase && sawAuxiliary) inPhrase = sawAuxiliary = false;
      continue;
    }
    if (inPhrase) {
      if (!auxiliary) inPhrase = false;
      else sawAuxiliary = true;
      continue;
    }
    if (t.tags?.includes("Gerund")) continue;
    // "Each boat carries", "Edison's lamps lit": a word straight after a determiner or a possessive is a noun.
    if (terms[i - 1]!.tags?.some((x) => x === "Determiner" || x === "Possessive")) continue;
    return i;
  }
  return -1;
}

/** Nouns the tagger reads as singular that are as often plural ("the cattle graze", "bacteria multiply"). */
const ZERO_PLURAL = /^(?:bacteria|data|media|criteria|phenomena|cattle|fish|sheep|deer|moose|bison|crew|police|staff|team|family|people|salmon|trout|aircraft|spacecraft|species|series|offspring|livestock|poultry|clergy|folk)$/i;

/** A subject that plainly names one thing: only determiners, describing words and nouns, ending on a singular noun. */
function singularSubject(subject: { text: string; tags?: string[] }[]): boolean {
  const head = subject[subject.length - 1];
  if (!head?.tags?.includes("Singular") || head.tags.includes("Plural") || ZERO_PLURAL.test(head.text)) return false;
  return subject.every((t) => t.tags?.some((x) => /^(?:Determiner|Adjective|Noun|Value)$/.test(x)) && !/^(?:both|all|these|those|many|several|few|some)$/i.test(t.text));
}

/** Words the tagger may read as a verb after a plural noun, though they only say where or how ("moves forward"). */
const ADVERB_LIKE = /^(?:forward|forwards|backward|backwards|back|ahead|away|apart|together|along|around|aside|upward|upwards|downward|downwards|outward|outwards|inward|inwards|onward|onwards|sideways|fast|faster|slowly|quickly)$/i;

/** A singular determiner and then a singular noun just before `i` ("a boat", "each boat"), so the word at `i` is its verb. */
function singularBefore(terms: { text: string; tags?: string[] }[], i: number): boolean {
  const noun = terms[i - 1];
  const determiner = terms[i - 2];
  return Boolean(noun?.tags?.includes("Singular") && determiner && /^(?:a|an|each|every|this|that|one|another)$/i.test(determiner.text));
}

function readsAsVerb(word: string): boolean {
  const [, second] = (nlp(`it ${word}`).json() as { terms: { tags?: string[] }[] }[])[0]?.terms ?? [];
  return Boolean(second?.tags?.includes("Verb"));
}
