import { hasFiniteVerb, IRREGULAR_PAST } from "./finite-verb";
import { capitalise } from "./question-parts";
import type { Sentence } from "./types";

/**
 * The clauses after a sentence's first one, each written as a clause that can stand alone: the part after "; ",
 * ", and", ", but", ", while" or ", whereas" when it has a subject of its own ("…, and the guild kept its books"),
 * or, when it opens with its verb, the sentence's own subject put back ("The ferry crossed at dawn, and carried
 * mail" -> "The ferry carried mail"). A long sentence often makes its point in a later clause, which the main-clause
 * cut leaves out; asked on its own it is a shorter statement with the point not buried.
 *
 * Only the shape is read here: what each clause says is then checked like any other statement (pronouns, hedges,
 * relative times, words that point back), so a clause that needs the one before it ("…, and then it …") is refused there.
 */

// Where a second main clause may start. (Not ", or": a choice between two things is one claim.)
// A colon followed by a clause explains what comes before it ("X has a double circuit: blood passes …"); a list after
// a colon has no verb and is left.
const JOIN = /(?:[;:]|,\s(?:and|but|while|whereas|yet))\s+/g;
// A verb the clause may open with when it shares the sentence's subject, perhaps after one adverb ("and slowly spread").
const OPENS_WITH_VERB = new RegExp(`^(?:[a-z]+ly\\s)?(?:${IRREGULAR_PAST}|[a-z]{3,}ed|is|are|was|were|has|have|had)\\b`);
// The subject the sentence opens with: a determiner and up to three words, or a name, then straight away its verb. It
// must be a plain noun phrase: a word that negates or hedges the first verb ("The army never reached …, but burned …")
// is no part of it, and a subject followed by one is not put before the later verb (it may reach over both verbs).
const HEDGE = "never|not|no|only|nearly|almost|hardly|barely|scarcely|rarely|seldom|also|just|still|even|once";
// (A noun in -ly is let in: "the family", "the assembly".)
const LY_NOUN = "family|assembly|supply|ally|rally|monopoly|anomaly|butterfly|dragonfly|lily|jelly|belly|holly|folly|gully|tally|reply|homily";
const SUBJECT_WORD = `(?!(?:${HEDGE})\\b)(?!(?!(?:${LY_NOUN})\\b)[a-z]+ly\\b)[a-z][\\w'’-]*`;
// ("He …", "She …": the pronoun is put back too, and the statement check writes it out as the person it means, or refuses it.)
const LEADING_SUBJECT = new RegExp(
  `^(He|She|(?:The|A|An) (?:${SUBJECT_WORD} ){0,2}${SUBJECT_WORD}|[A-Z][\\p{L}'’-]+(?: (?:of |the |de |van |von )?[A-Z][\\p{L}'’-]+){0,3}) (?=(?:${IRREGULAR_PAST}|[a-z]{3,}ed|is|are|was|were|has|have|had)\\b)`,
  "u",
);
// A clause that opens with a subject of its own that needs no clause before it: a name (a capital mid-sentence), an
// general noun phrase ("many traders"); not "a shopper …", which after "; " is mostly a worked example. "The differences", "the old loop", "the gold ones"
// usually mean what the clause before just named, so a definite subject is taken only when the title names its noun.
const OWN_SUBJECT = /^(?:(?:many|most|some|each|every|few|no)\s(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|of|is|are|was|were|has|have|had|can|could|will|would|may|might|must)\b)[a-z]|[A-Z](?!(?:he|his|t|ts|hey|heir|his|hese|hose|here)\b))/;
// A plural or mass noun with no determiner, perhaps after one adjective, and its verb ("blood passes", "most plates move").
// (Not a verb or an auxiliary: "was named …", "had two sons" open a predicate that shares the first clause's subject.)
const BARE_SUBJECT = /^(?!(?:is|are|was|were|has|have|had|be|been|did|does|do|became|becomes|the|a|an|some|many|most|few|each|every|any|none|another|other|first|second|third|last|next|in|on|at|by|for|from|with|to|of|as|so|then|later|soon|now|still|also|even|once|when|while|after|before|since|until|because|if|though|although|instead|yet|not|never|only|just|both|either|neither|all|one|two|three|four|five|six|seven|eight|nine|ten|i|we|you|there|here|what|which|who|how|why|where)\b)[a-z][\w-]*(?: (?!(?:of|in|on|at|for|to|from|with|by|and|or)\b)[a-z][\w-]*)? (?:[a-z]+ly )?(?:is|are|was|were|has|have|had|can|[a-z]{3,}ed|[a-z]{3,}s(?<!ss|us|is))\b/;
const DEFINITE_SUBJECT = /^the\s((?:[a-z][\w'’-]*\s){0,2}?)([a-z][\w'’-]*)\s(?=(?:[a-z]+ly\s)?(?:is|are|was|were|has|have|had|[a-z]{3,}ed|[a-z]{3,}s)\b)/;
// Words that lean on the clause before wherever they stand: a pointing word, "one(s)" for a noun said before, an example of
// something not named, an unresolved pronoun (the clause's referents are mostly in the clause cut away).
const POINTS_TO_FIRST = /\b(?:this|these|that|those|such|ones?|example|him|her|his|it|its|they|them|their|she|he|ever since|in this way|the same)\b/i;

/** The sentence's later clauses, each as a sentence of its own (ending in a full stop); none when it has only one. */
/** `itSettled`: the caller knows the thing the sentence's opening "It" means (make-main-statements' title thing). */
export function laterClauses(sentence: Sentence, title = "", itSettled = false): string[] {
  // (A bracket may hold a comma or a semicolon of its own: it is no clause boundary.)
  const text = sentence.text.replace(/\s\([^()]{1,160}\)(?=[\s,.;])/g, "").replace(/[.!?]$/, "");
  if (/[?!"“”]/.test(text) || /:.*:/.test(text)) return [];
  const cuts = [...text.matchAll(JOIN)].map((m) => ({ at: m.index, after: m.index + m[0].length }));
  const subject = LEADING_SUBJECT.exec(text)?.[1];
  const out: string[] = [];
  cuts.forEach((cut, i) => {
    // The clause runs to the next join, or to the next semicolon when that join only adds a verb ("…, and slowly spread").
    const next = cuts.slice(i + 1).find((c) => /[;:]/.test(text.charAt(c.at)) || !OPENS_WITH_VERB.test(text.slice(c.after)));
    const part = text.slice(cut.after, next?.at ?? text.length).trim();
    // "…, and the mouth": the last item of a list, no clause. A clause needs a verb and a few words.
    if (part.split(/\s+/).length < 4) return;
    // "waterlogged ground holds …": an -ed word before a noun and its verb describes the subject (not "reached the towns").
    const bare = BARE_SUBJECT.test(part) && !/^\S+ (?:the|a|an|its|their|his|her|this|these|some|many|to)\b/.test(part);
    let clause: string | null = null;
    // (The clause before this join starts after the last colon or semicolon before it.)
    const previous = cuts.slice(0, i).reverse().find((c) => /[;:]/.test(text.charAt(c.at)));
    if (OPENS_WITH_VERB.test(part) && !bare) {
      // Only an "and"/"but" joins two verbs of one subject; the subject must be the sentence's opening words.
      // (After a later join the subject is that clause's, not the sentence's.)
      if (!subject || i > 0 || /[;:]/.test(text.charAt(cut.at)) || !/^,\s(?:and|but)\s/.test(text.slice(cut.at, cut.after))) return;
      // (A pronoun after the verb is the subject's own only when it agrees; any other pointing word leans on the clause cut away.)
      if (/\b(?:this|these|those|such|ones?|example|ever since|in this way)\b/i.test(part)) return;
      clause = `${subject} ${part}.`;
    } else if ((OWN_SUBJECT.test(part) || bare || definiteTopic(part, title)) && !POINTS_TO_FIRST.test(part) && !/^[^,]{0,40}\bto\s[a-z]+\b/.test(part.split(/\s+/).slice(0, 4).join(" "))) {
      // (The tagger is asked last: it costs a millisecond or two a call.)
      if (!hasFiniteVerb(part)) return;
      clause = `${capitalise(part)}.`;
    } else if (/[;:]/.test(text.charAt(cut.at)) && samePointer(sentence, part, itSettled) && noOtherReferent(text.slice(previous?.after ?? 0, cut.at)) && !POINTS_TO_FIRST.test(part.replace(/^\S+/, "")) && hasFiniteVerb(part)) {
      // "It brought harm: it sped up …": after a colon or semicolon the sentence's own settled "it" goes on as the subject,
      // and the statement check writes it out as the thing the sentence before named.
      clause = `${capitalise(part)}.`;
    }
    if (!clause) return;
    // "The mouth, the teeth, and the stomach …": a list of subjects, not two clauses; the words before must say something.
    if (hasFiniteVerb(text.slice(previous?.after ?? 0, cut.at))) out.push(clause);
  });
  return out;
}

/** A clause opening with the same "it" or "they" the sentence opens with, where the sentence before settled what it means. */
function samePointer(sentence: Sentence, part: string, itSettled: boolean): boolean {
  if (itSettled && !sentence.subject) return /^It\s/.test(sentence.text) && part.startsWith("it ");
  return Boolean(sentence.subject) && /^(?:It|They)$/.test(sentence.opener ?? "") && part.startsWith(`${sentence.opener!.toLowerCase()} `);
}

// "It carried coal to the city: it was the main fuel …": after a colon "it" may just as well mean the thing the clause
// before named after its verb. It surely means the subject only when that clause names nothing else: no object ("It
// failed"), a word for what the subject did to others ("It brought grave harm: it drained …", and then only when it names
// no place or thing the harm reached), or a description of the subject itself
// ("It was a great success: it …", no place or thing added by a preposition).
const EFFECT = "harm|change|damage|benefit|effect|advantage|problem|trouble|danger|risk|loss|gain|good|help|hardship|suffering|ruin|disaster|misery|success|failure|profit|wealth|progress|improvement|consequence|cost|impact|result|drawback|weakness|strength";
const BEFORE_CLAUSE = /^(?:It|They)(?: (?:also|soon|then|still|even|once|[a-z]+ly))* ([a-z]+)(.*)$/;
const EFFECT_OBJECT = new RegExp(`^ (?:[a-z]+ )?(?:[a-z]+ )?(?:${EFFECT})s?(?: (?:to|for|on|upon) .*)?$`);

function noOtherReferent(before: string): boolean {
  const m = BEFORE_CLAUSE.exec(before.trim());
  if (!m) return false;
  const [, verb, rest] = m as unknown as [string, string, string];
  if (!rest.trim()) return true;
  if (/^(?:is|are|was|were|became|remained)$/.test(verb)) return !/\b(?:on|in|at|to|by|from|with|into|near|across|over|under|for|of|and)\b/.test(rest);
  const effect = EFFECT_OBJECT.exec(rest);
  // (Once the effect names what it reached, "to the old mill", the "it" after may mean that thing whatever its verb:
  // "…ruin to the old mill: it closed", "…wealth to the town: it built a hall".)
  return Boolean(effect) && !/ (?:to|for|on|upon) /.test(rest);
}

/** "the canal carried …" under a title about a canal: a definite subject whose noun the title names stands alone. */
function definiteTopic(part: string, title: string): boolean {
  // "the terms of the pact were …" under a title naming a pact.
  const of = /^the [a-z]+ of (?:the |its )?([a-z][\w'’-]*) (?:[a-z]+ly )?(?:is|are|was|were|has|have|had|[a-z]{3,}ed)\b/i.exec(part);
  if (of && new RegExp(`\\b${of[1]!.replace(/(?:es|s)$/, "")}`, "i").test(title)) return true;
  const m = DEFINITE_SUBJECT.exec(part);
  if (!m) return false;
  const head = m[2]!.toLowerCase();
  const stem = head.replace(/(?:es|s)$/, "");
  return new RegExp(`\\b${stem}`, "i").test(title);
}
