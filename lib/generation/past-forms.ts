import { SAME_IN_PAST } from "./known-base-form";
import { infinitiveOf, LEXICON } from "./question-stems";

/**
 * Irregular past tenses and participles with their base forms, for the words the tagger misreads or cannot turn back:
 * it reads "drew" as a first name and, after a plural subject, as a present ("The rebels drew swords" would be denied as
 * "do not drew"), and gives no base for "slew" or "strode". Each word here is only a past or participle, never a base
 * form in its own right (see BOTH_PAST_AND_BASE for those).
 */
const IRREGULAR_PAST: Record<string, string> = {
  arose: "arise", arisen: "arise", awoke: "awake", awoken: "awake", bade: "bid", began: "begin", begun: "begin",
  bent: "bend", bit: "bite", bitten: "bite", bled: "bleed", blew: "blow", blown: "blow", broke: "break", broken: "break",
  bred: "breed", brought: "bring", built: "build", burnt: "burn", bought: "buy", caught: "catch", chose: "choose",
  chosen: "choose", clung: "cling", came: "come", crept: "creep", dealt: "deal", dug: "dig", did: "do", done: "do",
  drew: "draw", drawn: "draw", dreamt: "dream", drank: "drink", drunk: "drink", drove: "drive", driven: "drive",
  dwelt: "dwell", ate: "eat", eaten: "eat", fed: "feed", fought: "fight", fled: "flee", flung: "fling", flew: "fly",
  flown: "fly", forbade: "forbid", forbidden: "forbid", forgot: "forget", forgotten: "forget", forgave: "forgive",
  forgiven: "forgive", forsook: "forsake", froze: "freeze", frozen: "freeze", got: "get", gotten: "get", gave: "give",
  given: "give", went: "go", gone: "go", grew: "grow", grown: "grow", hung: "hang", heard: "hear", hid: "hide",
  hidden: "hide", held: "hold", kept: "keep", knelt: "kneel", knew: "know", known: "know", laid: "lay", led: "lead",
  leapt: "leap", learnt: "learn", left: "leave", lent: "lend", lain: "lie", lit: "light", lost: "lose", made: "make",
  meant: "mean", met: "meet", mistook: "mistake", overcame: "overcome", overtook: "overtake", paid: "pay", rode: "ride",
  ridden: "ride", rang: "ring", rung: "ring", risen: "rise", ran: "run", sought: "seek", sold: "sell", sent: "send",
  shook: "shake", shaken: "shake", shone: "shine", shot: "shoot", shrank: "shrink", sang: "sing", sung: "sing",
  sank: "sink", sunk: "sink", sat: "sit", smote: "smite", smitten: "smite", slew: "slay", slain: "slay", slept: "sleep", slid: "slide", slung: "sling",
  spoke: "speak", spoken: "speak", sped: "speed", spent: "spend", spilt: "spill", spun: "spin", spat: "spit",
  sprang: "spring", sprung: "spring", stood: "stand", stole: "steal", stolen: "steal", stuck: "stick", stung: "sting",
  strode: "stride", struck: "strike", strove: "strive", striven: "strive", swore: "swear", sworn: "swear",
  swept: "sweep", swam: "swim", swum: "swim", swung: "swing", took: "take", taken: "take", taught: "teach",
  tore: "tear", torn: "tear", told: "tell", thought: "think", threw: "throw", thrown: "throw", trod: "tread",
  trodden: "tread", understood: "understand", undertook: "undertake", upheld: "uphold", woke: "wake", woken: "wake",
  wore: "wear", worn: "wear", wove: "weave", woven: "weave", wept: "weep", won: "win", wound: "wind", withdrew: "withdraw",
  withdrawn: "withdraw", withheld: "withhold", withstood: "withstand", wrung: "wring", wrote: "write", written: "write",
  became: "become", beheld: "behold", bore: "bear", borne: "bear", fell: "fall", fallen: "fall", felt: "feel",
  found: "find", ground: "grind", lay: "lie", rose: "rise", saw: "see", seen: "see", said: "say", bound: "bind",
};

// Past forms that are also a base form of another verb or the same one ("found" a school, "lay" eggs, "saw" wood, "fell"
// trees, "bore" a hole, "bound" over, "wound" a soldier, "ground" a ship, "felt" cloth): after a plural subject the tense
// of such a word cannot be read.
const BOTH_PAST_AND_BASE = new Set(["found", "lay", "saw", "fell", "felt", "bore", "bound", "wound", "ground"]);

/** "used" -> "use", "stopped" -> "stop", "carried" -> "carry": the plain form the lexicon knows as a verb, or "". */
function regularInfinitive(past: string): string {
  if (!/ed$/.test(past)) return "";
  const stem = past.slice(0, -2);
  const tries = [past.slice(0, -1), stem, stem.replace(/i$/, "y"), /(.)\1$/.test(stem) ? stem.slice(0, -1) : ""];
  return tries.find((t) => t && LEXICON[t] === "Infinitive") ?? "";
}

/** Whether a lower-case word is a past tense or participle with no base form of its own (so "do not" cannot take it). */
export function isPastOnly(word: string): boolean {
  if (BOTH_PAST_AND_BASE.has(word) || SAME_IN_PAST.has(word)) return false;
  return word in IRREGULAR_PAST || regularInfinitive(word) !== "" || /^(?:PastTense|Participle)$/.test(LEXICON[word] ?? "");
}

/** Whether the tense of a lower-case word cannot be told from the word alone: a past that is also a base form. */
export function pastOrBase(word: string): boolean {
  return BOTH_PAST_AND_BASE.has(word) || SAME_IN_PAST.has(word);
}

/**
 * The base form of a past tense or participle ("drew" -> "draw", "strode" -> "stride", "rowed" -> "row"), or "" where it
 * is unknown. The table first (the tagger has no base for some), then the lexicon's regular verbs, then the tagger.
 */
export function baseOfPast(word: string): string {
  if (SAME_IN_PAST.has(word)) return word;
  const known = IRREGULAR_PAST[word];
  if (known && !BOTH_PAST_AND_BASE.has(word)) return known;
  const base = infinitiveOf(word) || regularInfinitive(word);
  return base && !/\s/.test(base) ? base : "";
}
