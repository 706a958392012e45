import { dangles, tagged } from "./question-stems";
import { LEAD_IN } from "./make-statements";
import { POINTER } from "./make-denial-statements";
import { capitalise, sourceIn, statementQuestion } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * One sentence that sets two things against each other with a pair of opposite words ("A thick rope holds a heavy load,
 * while a thin rope holds a light one"; "'Ebbing' means falling and 'flowing' means rising"): its first half with its
 * opposite word swapped for the one the second half uses is false by the article, which says the other half has it.
 * Only where the article pairs the two words itself, in the same sentence, one in each half and neither in both.
 */

// Plain opposites a reader knows, never prepositions of place or time ("up", "before"), whose other half is seldom the contrast.
const PAIRS: [string, string][] = [
  ["high", "low"],
  ["higher", "lower"],
  ["highest", "lowest"],
  ["fast", "slow"],
  ["faster", "slower"],
  ["fastest", "slowest"],
  ["quickly", "slowly"],
  ["hot", "cold"],
  ["warm", "cool"],
  ["warmer", "cooler"],
  ["warms", "cools"],
  ["heats", "cools"],
  ["wet", "dry"],
  ["wetter", "drier"],
  ["left", "right"],
  ["east", "west"],
  ["eastern", "western"],
  ["north", "south"],
  ["northern", "southern"],
  ["inner", "outer"],
  ["inside", "outside"],
  ["upper", "lower"],
  ["growing", "shrinking"],
  ["grows", "shrinks"],
  ["waxing", "waning"],
  ["bright", "dark"],
  ["brighter", "dimmer"],
  ["large", "small"],
  ["larger", "smaller"],
  ["long", "short"],
  ["longer", "shorter"],
  ["wide", "narrow"],
  ["wider", "narrower"],
  ["deep", "shallow"],
  ["thick", "thin"],
  ["strong", "weak"],
  ["stronger", "weaker"],
  ["positive", "negative"],
  ["ahead", "behind"],
  ["early", "late"],
  ["earlier", "later"],
  ["attract", "repel"],
  ["attracts", "repels"],
  ["expands", "contracts"],
  ["rises", "falls"],
  ["rise", "fall"],
  ["rising", "falling"],
  ["increases", "decreases"],
  ["more", "less"],
  ["most", "least"],
  ["gains", "loses"],
];
export const OPPOSITE = new Map(PAIRS.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][]));

// Where the sentence turns to its second thing: a contrast word, a semicolon, or "and" before a new subject.
const TURN = /, (?:and|while|whereas|but) |; | (?:while|whereas) | and (?=["“](?:[a-z])|(?:the|a|an) )/;
// A negation or hedge in the first half: its opposite is not plainly false ("does not rise" turned is "does not fall").
const NOT_PLAIN = /\b(?:not|no|never|neither|nor|without|may|might|could|sometimes|perhaps|probably|also|too|both|either|than)\b|n['’]t\b/i;
// A concession opens a clause that is not the sentence's claim.
const CONCESSION = /^(?:Although|Though|Even though|Unless|Whether)\b/;
// A condition on the second half ("…, but quickly in the lower mill when the river is high"): the article leaves the other case open.
const SECOND_CONDITION = /\b(?:when|whenever|if|unless|only|until|except|once)\b/i;
// An example tacked on after the claim ("…, like a whistle"): swapped, it would be said of the example too.
const ASIDE = /,\s+(?:like|such as|for example|for instance|as in)\b.*$/i;

// Idioms whose word only looks like one of a pair ("once more", "the fall of the town", "the right key"): swapped, nonsense.
const IDIOM = /\b(?:once more|no more|(?:the )?(?:fall|rise) of|the right \w+|to the (?:left|right)|short of|long ago|before long)\b/i;
// Words after which a paired word closes its slot, so "warms quickly in summer" stands against "warms slowly".
const SLOT_END = /^(?:in|on|at|by|for|with|from|to|into|onto|under|over|through|during|after|before|across|along|near|towards?)$/;

/** What fills the slot after a paired word: the next word, or "" when the clause ends or a preposition or comma follows. */
function slotAfter(text: string, end: number): string {
  const next = /^\s*([A-Za-z’']+)/.exec(text.slice(end))?.[1]?.toLowerCase() ?? "";
  return SLOT_END.test(next) ? "" : next;
}

const wordsOf = (text: string) => new Set(text.match(/[A-Za-z’']+/g)?.map((w) => w.toLowerCase()) ?? []);

/** Where the first verb of a clause stands, or its length when the parse finds none. */
function firstVerbAt(text: string): number {
  let at = 0;
  for (const term of tagged(text)) {
    const found = text.indexOf(term.text, at);
    if (found < 0) continue;
    at = found;
    if (term.tags?.includes("Verb") && !term.tags.includes("Particle")) return at;
    at += term.text.length;
  }
  return text.length;
}

/** The sentence's first half with its paired opposite swapped, as a false statement; null unless the article pairs them plainly. */
export function makePairedContrast(sentence: Sentence, articleText: string): GeneratedQuestion | null {
  const lead = LEAD_IN.exec(sentence.text)?.[0] ?? "";
  const text = sentence.text.slice(lead.length);
  const turn = TURN.exec(text);
  if (!turn || CONCESSION.test(text)) return null;
  const first = text.slice(0, turn.index).replace(ASIDE, "");
  const second = text.slice(turn.index + turn[0].length);
  if (SECOND_CONDITION.test(second)) return null;
  const size = first.split(/\s+/).length;
  if (size < 3 || size > 25 || NOT_PLAIN.test(first) || POINTER.test(first.replace(/^["“]/, "")) || IDIOM.test(text)) return null;
  const one = wordsOf(first);
  const two = wordsOf(second);
  // The last word of the first half (its claim, after any subject that shares the pair) whose opposite only the second half holds.
  const hits = [...first.matchAll(/\b[a-z]+\b/g)].filter((m) => {
    const other = OPPOSITE.get(m[0]);
    return other && two.has(other) && !one.has(other) && !two.has(m[0]);
  });
  const hit = hits.at(-1);
  // Only a word of the claim, after the first verb: swapped in the subject ("The eastern road is long" from "…, while the
  // western road is paved"), it says the other thing has this half's trait, which the article need not deny.
  if (!hit || hit.index! <= firstVerbAt(first)) return null;
  // The halves must be parallel, one verb said of both ("A produces …, while B produces …"); otherwise the second half
  // may go on to another step ("Carts entered by the lower ramp, and the porter took them to the upper yard") or say its
  // opposite of another thing ("rises in a warm kitchen, while the dough is rolled on a cool stone").
  if (!tagged(second).some((t) => t.tags?.includes("Verb") && one.has(t.text.toLowerCase()))) return null;
  // The two opposites fill the same slot: before the same noun, or each closing its clause ("large goats" against "small
  // hens" says nothing of small goats).
  const other = new RegExp(`\\b${OPPOSITE.get(hit[0])}\\b`).exec(second);
  if (!other || slotAfter(first, hit.index! + hit[0].length) !== slotAfter(second, other.index + other[0].length)) return null;
  const swapped = first.slice(0, hit.index) + OPPOSITE.get(hit[0])! + first.slice(hit.index! + hit[0].length);
  const statement = `${capitalise(swapped)}.`;
  if (dangles(statement) || articleText.toLowerCase().includes(swapped.toLowerCase())) return null;
  const start = sentence.start + lead.length + hit.index!;
  return statementQuestion({
    statement,
    isTrue: false,
    source: sourceIn(sentence, { start, end: start + hit[0].length }),
    keyKind: "term",
    confidence: 0.72,
  });
}
