import nlp from "compromise";
import { dangles } from "./question-stems";
import { sourceIn, statementQuestion } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * False statements the article itself refutes in so many words: a belief it calls
 * wrong ("Many people think that X, but that is a myth" -> "X.") and a plain
 * denial with its one negation taken out ("The fort was not taken" -> "The fort
 * was taken."). Precision first: only shapes whose positive reading is false by the
 * article, read strictly; anything that leaves the scope of the negation open
 * (a condition, a reason, a partial "not all", a comparison, a hedge) is refused.
 */

// An opening that turns from the sentence before; the claim stands without it.
const LEAD_IN = /^(?:However|Still|Yet|In fact|Actually|Indeed|Even so|Instead|But),\s*/;
// A subject that is a pointer or a share: "It did not …" needs the sentence before, "Some birds do not fly" turned is true.
const WEAK_SUBJECT = /^(?:It|Its|This|That|These|Those|They|Their|He|His|She|Her|We|Our|You|Your|I|There|Here|Such|Some|Many|Most|Few|Several|All|Every|Each|Both|Not|No|None|Neither|Either|One|Other|Others|Another|What|Which|Who)\b/;
// Words that open a clause inside the subject or set a condition, reason or time: the scope of the negation is not plain.
const CLAUSE_WORD = /\b(?:that|which|who|whom|whose|when|whenever|where|if|unless|because|although|though|while|whereas|since|until|till|so|as long as|once|after|before|than)\b/i;
// A second negation, a hedge or a quantity whose positive reading is not false ("not all", "not always", "not any").
const BLOCKED = /\b(?:no|nor|neither|nobody|nothing|none|nowhere|cannot|without|hardly|barely|scarcely|may|might|could|would|should|must|perhaps|probably|possibly|likely|unlikely|seem|seems|seemed|appear|appears|appeared|some|often|usually|sometimes|rarely|seldom|always|all|every|everyone|everything|everywhere|only|just|merely|simply|necessarily|entirely|completely|fully|quite|exactly|totally|wholly|really|much|many|very|too|enough|equally|any|anything|anyone|anybody|anywhere|ever|either|at all|yet|more|less|most|least|same|alone|even|also|still|again|immediately|directly|exactly|necessary)\b|n't\b|\bas \w+ as\b|\w+er than\b/i;
// A subject that reports a view ("Historians doubt the king …"): the negation sits in a reported clause the article does not assert.
const REPORTED = /\b(?:think|thinks|thought|believe|believes|believed|say|says|said|claim|claims|claimed|doubt|doubts|doubted|suspect|suspects|suspected|argue|argues|argued|hope|hoped|fear|feared|feel|felt|guess|suppose|supposed|wonder|wondered|deny|denied|know|knew|learn|learned|found|find|finds|show|shows|showed)\b/i;
// A claim about what is known ("The date is not known") tests what historians have found, not the topic; one that ends on a
// pointer ("did not approve it", "does not end there") needs the sentence before.
const OPEN_CLAIM = /\b(?:known|clear|certain|sure|understood|recorded|proven|proved|there|here|then|it|them|him|her|this|that|these|those|such)\b/i;
// A negated span of time ("will not return for 76 years", "had not rained in months") means "not until after it"; without
// the "not" it reads as a different claim ("returns for 76 years"), not the false one.
const DURATION = /\b(?:for|in) (?:a |an |\S+ |many |several )?(?:long|while|time|years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)|generations?|ages)\b/i;
// One negation of the main verb, right after its auxiliary (or "never"/"no longer" before a finite verb).
const NEGATION = /\b(does|do|did|is|are|was|were|has|have|had|will) not\b|\b(never|no longer)\b/gi;

// Conjugation through the tagger costs a couple of milliseconds; a denial is rare, but the same verbs recur.
const conjugated = new Map<string, { PresentTense?: string; PastTense?: string }>();
function conjugate(verb: string): { PresentTense?: string; PastTense?: string } {
  let forms = conjugated.get(verb);
  if (!forms) {
    if (conjugated.size > 2000) conjugated.clear();
    // Read after a plural subject, so a bare word the tagger would take for a noun or adjective ("last", "set") is read as a verb.
    const read = nlp(`they ${verb}`).verbs().conjugate()[0] as { Infinitive?: string; PresentTense?: string; PastTense?: string } | undefined;
    forms = read?.Infinitive === verb ? read : {};
    conjugated.set(verb, forms);
  }
  return forms;
}

/** The claim up to a contrast or second clause ("was not X, but Y" -> "was not X"); null when a pair ("not only … but also") or the cut leaves a comma. */
function mainClaim(rest: string): string | null {
  if (/^ (?:only|merely|just|simply)\b/i.test(rest)) return null;
  // "was not invited and was given …": a second verb phrase joined by "and" is its own claim, true by the article.
  const cut = rest.replace(/(?:,? but |;|, and |, so |, instead\b|, yet | and (?:was|were|is|are|had|has|have|did|does|do|then)\b).*$/i, "").replace(/[.!]$/, "");
  if (/[,:()"“”]/.test(cut)) return null;
  return cut;
}

/**
 * "The Moon does not give off light" -> "The Moon gives off light." (False): the sentence's one
 * negation of its main verb left out, the verb put back in its positive form. Only a plain noun
 * subject, no other negation, hedge, condition or partial quantity, and a statement the article
 * does not make elsewhere.
 */
export function makeDenialFlip(sentence: Sentence, articleText: string): GeneratedQuestion | null {
  if (sentence.subject) return null;
  const cut = sentence.text.replace(LEAD_IN, "");
  const text = cut.charAt(0).toUpperCase() + cut.slice(1);
  if (!/^[A-Z]/.test(text) || !/[.!]$/.test(text) || /\?/.test(text)) return null;
  const hits = [...text.matchAll(NEGATION)];
  if (hits.length !== 1 || (text.match(/\bnot\b/gi) ?? []).length > (hits[0]![1] ? 1 : 0)) return null;
  const hit = hits[0]!;
  const subject = text.slice(0, hit.index).trim();
  // The negation belongs to the main verb: the subject before it is a short plain noun phrase, no clause, comma or pointer.
  if (!subject || WEAK_SUBJECT.test(subject) || CLAUSE_WORD.test(subject) || /[,;:()"“”]/.test(subject) || subject.split(/\s+/).length > 7) return null;
  const claim = mainClaim(text.slice(hit.index! + hit[0].length));
  if (claim === null || !claim.trim() || CLAUSE_WORD.test(claim) || BLOCKED.test(claim) || BLOCKED.test(subject) || REPORTED.test(subject) || OPEN_CLAIM.test(claim) || DURATION.test(claim)) return null;
  // A bare verb ("The truce did not last", "were not working") turned says too little to settle: its meaning hangs on the
  // sentences around it. The claim needs an object or complement of its own.
  const words = claim.trim().split(/\s+/).length;
  if (words < 2 || words > 16) return null;
  let positive: string;
  const aux = hit[1]?.toLowerCase();
  if (aux === "does" || aux === "did") {
    // "does not make" -> "makes", "did not reach" -> "reached": the verb right after the negation, conjugated.
    const verb = /^ ([a-z]+)\b/.exec(claim)?.[1];
    if (!verb) return null;
    const form = conjugate(verb)[aux === "does" ? "PresentTense" : "PastTense"];
    if (!form || /\s/.test(form)) return null;
    positive = `${subject} ${form}${claim.slice(verb.length + 1)}`;
  } else if (aux === "do") {
    // "Owls do not build nests" -> "Owls build nests".
    positive = `${subject}${claim}`;
  } else if (aux) {
    positive = `${subject} ${hit[1]}${claim}`;
  } else if (hit[2]!.toLowerCase() === "never") {
    // "never" before a finite verb or after an auxiliary: dropped ("The gate was never opened" -> "The gate was opened").
    positive = `${subject}${claim}`;
  } else {
    // "no longer" -> "still": the positive of a stopped state is that it goes on.
    positive = `${subject} still${claim}`;
  }
  const statement = `${positive.charAt(0).toUpperCase()}${positive.slice(1)}.`;
  // "Later the ferryman owned the boat": the positive said elsewhere in the article, in any case, is no false statement.
  if (dangles(statement) || articleText.toLowerCase().includes(statement.replace(/\.$/, "").toLowerCase())) return null;
  const at = sentence.start + sentence.text.indexOf(hit[0]);
  return statementQuestion({
    statement,
    isTrue: false,
    source: sourceIn(sentence, { start: at, end: at + hit[0].length }),
    keyKind: "statement",
    confidence: 0.72,
  });
}

// "Many people think that X, but this is wrong", "It is a myth that X", "A common misconception is that X".
const BELIEF_THEN_VERDICT = /^(?:Many|Some|Most) (?:people|students|readers) (?:think|believe|assume|say) that (.+?),? but (?:this|that|it) is (?:a |an )?(?:common |popular |widespread )?(?:mistake|myth|misconception|error|wrong|not true|false|untrue)[.!]$/;
const VERDICT_THEN_BELIEF = /^(?:It is (?:a |an )?(?:common |popular |widespread )?(?:myth|misconception|mistake|error|not true)|A (?:common |popular |widespread )?(?:myth|misconception|mistake) is) that (.+)[.!]$/;

/**
 * The belief an article calls wrong, as a false statement: "X." from "Many people think that X,
 * but this is a mistake". Only when the verdict is plain in the same sentence, X stands alone
 * (no pointer, no hedge, no negation to keep straight) and the article asserts X nowhere else.
 */
export function makeMisconceptionStatement(sentence: Sentence, articleText: string): GeneratedQuestion | null {
  const cut = sentence.text.replace(LEAD_IN, "");
  const text = cut.charAt(0).toUpperCase() + cut.slice(1);
  const m = BELIEF_THEN_VERDICT.exec(text) ?? VERDICT_THEN_BELIEF.exec(text);
  if (!m) return null;
  const belief = m[1]!.trim();
  if (WEAK_SUBJECT.test(belief) || /^(?:it|its|this|that|these|those|they|their|he|his|she|her|we|you|there)\b/i.test(belief)) return null;
  if (/\b(?:not|no|never|may|might|could|would|should|perhaps|probably|sometimes|often|some)\b|n't\b|[;:()"“”]/i.test(belief)) return null;
  const wordCount = belief.split(/\s+/).length;
  if (wordCount < 4 || wordCount > 25) return null;
  // The belief must stand as a sentence once "that" is dropped: a subject first, then its verb ("that of the old bridge" is no clause).
  const clause = nlp(belief);
  if (clause.has("^(#Preposition|#Conjunction|#Adverb)") || !clause.has("#Noun+ .{0,6} #Verb")) return null;
  const statement = `${belief.charAt(0).toUpperCase()}${belief.slice(1)}.`;
  // Said elsewhere in the article as its own claim, the belief would be both refuted and asserted.
  const lower = articleText.toLowerCase();
  const first = lower.indexOf(belief.toLowerCase());
  if (dangles(statement) || (first >= 0 && lower.indexOf(belief.toLowerCase(), first + 1) >= 0)) return null;
  const at = sentence.start + sentence.text.indexOf(belief);
  return statementQuestion({
    statement,
    isTrue: false,
    source: sourceIn(sentence, { start: at, end: at + belief.length }),
    keyKind: "statement",
    confidence: 0.74,
  });
}
