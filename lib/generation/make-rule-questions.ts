import { capitalise, multipleChoiceQuestion, shareOfSmaller, sourceIn, statementQuestion } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * What each of an article's named laws says ("Under the third law of hives, a queen leaves once the comb is full.",
 * "Marlow's law states that …"): asked "What does the third law of hives say?", with what the article says its other laws say
 * as the options. Each option is a law's own statement, so all are of one kind, and the article ties each to one law: only
 * articles that state three laws or more, so that a question has two wrong options the article settles. Each law's
 * statement is also given to the law after it, as a false statement ("According to the law of warmth, <what the
 * law of swarming says>."): the article settles it too, and it asks the law where the options' lengths differ too much to show.
 */

export interface RuleClaim {
  sentenceIndex: number;
  /** The law as the article names it ("the third law of motion", "Ohm's law"). */
  rule: string;
  /** What it says, as the article writes it after the comma or "that". */
  claim: string;
}

// A named law, rule or principle: "the third law of hives", "the law of warmth", "Marlow's law", "the Rule of 9".
// (A name may open its sentence, "The law of compost and …", and is written in lower case wherever it is read back.)
const RULE = String.raw`(?:[Tt]he (?:[a-z]+ ){0,2}(?:law|rule|principle)(?: of (?:[a-z]+|\d+))?|[A-Z][a-z]+['’]s (?:[a-z]+ )?(?:law|rule|principle)|[Tt]he (?:Law|Rule|Principle) of (?:[A-Z]?[a-z]+|\d+))`;
const RULE_MENTION = new RegExp(String.raw`\b${RULE}\b`, "g");
// A law a sentence opens on, the one "It" in the next sentence stands for.
const OPENING = new RegExp(String.raw`^(${RULE})\b`);
// "Under the third law of hives, …", "According to the law of warmth, …", "According to this law, …".
const ACCORDING = new RegExp(String.raw`^(?:According to|Under) (${RULE}|this (?:law|rule|principle)), (.+)\.$`);
// "Marlow's law states that …", "It says that …", "This law states that …".
const STATES = new RegExp(String.raw`^(${RULE}|It|This (?:law|rule|principle)) (?:states|says) that (.+)\.$`);
// A claim that leans on what went before, or that quotes or hedges, is no statement of the law on its own.
const LEANS = /^(?:it|its|they|their|them|this|these|those|that|such|he|she)\b|\b(?:this|these|those|such)\b|["“”()]|\b(?:may|might|perhaps|probably)\b/i;
// What comes between the law and its statement: a connective ("however, …") or a clause on the law itself ("which Elsa
// Morven wrote in 1822, …"); the statement is what follows it.
const ASIDE = /^(?:(?:however|therefore|thus|indeed|in fact|in short|in other words|for example|for instance|put simply|simply put),\s+|(?:which|who|whose|first|written|named|set out)\b[^,]*,\s+)/i;
const MIN_WORDS = 3;
const MAX_WORDS = 30;
// A generic word is no name of one law ("the same rule", "the basic principle", "the new law"); nor is "the rule of law",
// a civic ideal, not a law of how something behaves.
const GENERIC = /^the (?:(?:same|basic|new|old|main|other|general|simple|first|only) )*(?:law|rule|principle)$|^the rule of law$/i;

// After "Under", a rule is a reign ("Under the rule of monks", "Under the colonial rule") unless a number or an owner names
// it ("Under the third rule", "Under Hoyle's rule"); and martial or military law is a regime, not a law of how things behave.
const REIGN = /^the (?!(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) )(?:[a-z]+ )?rule\b|\b(?:martial|military) law$/i;
// Words by which a sentence gives a law another name ("People call the first law the law of inertia").
const OTHER_NAME = /\b(?:call|calls|called|name|names|named|known as|also|or|same)\b/i;
const lowerThe = (rule: string) => rule.replace(/^The /, "the ");
const contentWords = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9'’]+/).filter((w) => w.length > 3));
// The share of the shorter statement's words two laws' statements hold in common, from which they say much the same.
const SAME_SAYING = 0.5;
const rulesIn = (text: string) => [...text.matchAll(RULE_MENTION)].map((m) => lowerThe(m[0])).filter((r) => !GENERIC.test(r));
// A numbered law is one law in whatever form the article names it ("Lund's first law", "the first law of carts"): two
// numbered laws of one number in one article are far likelier one law twice than two laws.
const NUMBERED = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|zeroth) (law|rule|principle)\b/i;
const key = (rule: string) => {
  const numbered = NUMBERED.exec(rule);
  return numbered ? `${numbered[1]} ${numbered[2]}`.toLowerCase() : rule.toLowerCase().replace(/^the /, "");
};

/** The law "It" or "this law" stands for: the one the sentence before opens on (for "It"), or the last one its paragraph names. */
function antecedent(sentences: Sentence[], index: number, pointer: string, paragraphStarts: Set<number>): string | null {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const before = sentences[i]!;
    if (before.section !== sentences[index]!.section) return null;
    const named = rulesIn(before.text);
    if (/^It$/i.test(pointer)) {
      // "The second law of hives describes … It states that …": only the subject of the sentence just before.
      // ("Brun's second law and the harbour chart were printed …": a subject of two things is no one thing "It" stands for.)
      const opening = OPENING.exec(before.text)?.[1];
      const alone = opening !== undefined && !before.text.startsWith(`${opening} and `);
      return i === index - 1 && alone && !GENERIC.test(opening) ? lowerThe(opening) : null;
    }
    // "Brun's law of the moon replaced the law of winds. According to this law, …": two laws named, neither another name
    // of the other, leave "this law" unsettled.
    if (named.length > 1 && new Set(named.map(key)).size > 1 && !OTHER_NAME.test(before.text)) return null;
    if (named.length) return named[named.length - 1]!;
    if (paragraphStarts.has(before.start)) return null;
  }
  return null;
}

/** Every sentence that says what a named law says, one claim to a law and its other names (a sentence naming two laws makes them one). */
export function findRuleClaims(sentences: Sentence[], paragraphStarts: Set<number>): RuleClaim[] {
  // Names a sentence gives together are one law's ("People call the first law the law of inertia"): grouped.
  const group = new Map<string, string>();
  const find = (k: string): string => (group.get(k) && group.get(k) !== k ? find(group.get(k)!) : k);
  for (const sentence of sentences) {
    const names = [...new Set(rulesIn(sentence.text).map(key))];
    for (const n of names) if (!group.has(n)) group.set(n, n);
    for (const n of names.slice(1)) group.set(find(n), find(names[0]!));
  }
  const claims: RuleClaim[] = [];
  const seen = new Set<string>();
  sentences.forEach((sentence, sentenceIndex) => {
    const m = ACCORDING.exec(sentence.text) ?? STATES.exec(sentence.text);
    if (!m) return;
    const [, named, said] = m as unknown as [string, string, string];
    const claim = said.replace(ASIDE, "");
    const rule = /^(?:It|this|This)\b/.test(named) ? antecedent(sentences, sentenceIndex, named, paragraphStarts) : lowerThe(named);
    if (!rule || GENERIC.test(rule) || (sentence.text.startsWith("Under ") && REIGN.test(rule))) return;
    const words = claim.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS || LEANS.test(claim)) return;
    const law = find(key(rule));
    if (seen.has(law)) return;
    seen.add(law);
    claims.push({ sentenceIndex, rule, claim });
  });
  return claims;
}

/** "What does the third law of hives say?", the article's other laws' statements as options; null with fewer than three laws. */
export function makeRuleQuestion(claim: RuleClaim, all: RuleClaim[], sentences: Sentence[], random: () => number): GeneratedQuestion | null {
  // (A law that says much the same as this one, in a word or two changed, would read as a second right answer.)
  const own = contentWords(claim.claim);
  const others = all.filter((c) => c !== claim && shareOfSmaller(own, contentWords(c.claim)) < SAME_SAYING).map((c) => capitalise(c.claim));
  if (others.length < 2) return null;
  // A claim that names its own law, or another's, gives the answer away or muddles the options.
  if (all.some((c) => rulesIn(c.claim).length)) return null;
  const sentence = sentences[claim.sentenceIndex]!;
  const at = sentence.start + sentence.text.lastIndexOf(claim.claim);
  return multipleChoiceQuestion(
    {
      prompt: `According to the article, what does ${claim.rule} say?`,
      key: capitalise(claim.claim),
      others: others.slice(0, 3),
      source: sourceIn(sentence, { start: at, end: at + claim.claim.length }),
      keyKind: "statement",
      confidence: 0.74,
    },
    random,
  );
}

/** "According to <the next law>, <this law's statement>.": false by the article, which gives the statement to this law. */
export function makeRuleSwap(claim: RuleClaim, all: RuleClaim[], sentences: Sentence[]): GeneratedQuestion | null {
  if (all.length < 2 || all.some((c) => rulesIn(c.claim).length)) return null;
  const other = all[(all.indexOf(claim) + 1) % all.length]!;
  // Two statements that say much the same would leave the swap true of both.
  if (shareOfSmaller(contentWords(claim.claim), contentWords(other.claim)) >= SAME_SAYING) return null;
  const sentence = sentences[claim.sentenceIndex]!;
  const at = sentence.start + sentence.text.lastIndexOf(claim.claim);
  return statementQuestion({
    statement: `According to ${other.rule}, ${claim.claim}.`,
    isTrue: false,
    source: sourceIn(sentence, { start: at, end: at + claim.claim.length }),
    keyKind: "statement",
    confidence: 0.7,
  });
}
