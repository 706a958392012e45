/**
 * One table of irregular past tenses and participles with their base forms: a leaf module, so that finite-verb (itself a
 * leaf) and past-forms (which loads the tagger's lexicon) read the same words. The tagger misreads some of these or
 * cannot turn them back: it reads "drew" as a first name and, after a plural subject, as a present ("The rebels drew
 * swords" would be denied as "do not drew"), and gives no base for "slew" or "strode".
 */

/**
 * Common verbs in their past tense, which the clause finders look for after a subject (the tagger reads some as
 * adjectives: "Its fall became a symbol"). A few are the same in the past as their base ("set", "cut"; SAME_IN_PAST in
 * known-base-form): the past-form lookups ask that set before this table.
 */
export const COMMON_PASTS: Readonly<Record<string, string>> = {
  became: "become", began: "begin", fell: "fall", took: "take", gave: "give", made: "make", led: "lead", won: "win",
  built: "build", wrote: "write", ran: "run", held: "hold", went: "go", saw: "see", fought: "fight", grew: "grow",
  brought: "bring", left: "leave", lost: "lose", sent: "send", kept: "keep", stood: "stand", rose: "rise",
  found: "find", came: "come", met: "meet", set: "set", said: "say", told: "tell", knew: "know", thought: "think",
  got: "get", put: "put", paid: "pay", sold: "sell", spread: "spread", struck: "strike", drove: "drive", broke: "break",
  chose: "choose", flew: "fly", drew: "draw", spoke: "speak", bore: "bear", beat: "beat", caught: "catch", fed: "feed",
  felt: "feel", fled: "flee", heard: "hear", laid: "lay", lay: "lie", lit: "light", meant: "mean", read: "read",
  sank: "sink", sat: "sit", shot: "shoot", spent: "spend", taught: "teach", threw: "throw", understood: "understand",
  wore: "wear", arose: "arise", overcame: "overcome", forbade: "forbid", let: "let", cut: "cut", hit: "hit",
  split: "split",
};

// The rarer past tenses and the participles. Most are only a past or participle, never a base form in its own right
// (past-forms keeps BOTH_PAST_AND_BASE for those that are).
const OTHER_PAST_FORMS: Readonly<Record<string, string>> = {
  arisen: "arise", awoke: "awake", awoken: "awake", bade: "bid", begun: "begin", bent: "bend", bit: "bite",
  bitten: "bite", bled: "bleed", blew: "blow", blown: "blow", broken: "break", bred: "breed", burnt: "burn",
  bought: "buy", chosen: "choose", clung: "cling", crept: "creep", dealt: "deal", dug: "dig", did: "do", done: "do",
  drawn: "draw", dreamt: "dream", drank: "drink", drunk: "drink", driven: "drive", dwelt: "dwell", ate: "eat",
  eaten: "eat", flung: "fling", flown: "fly", forbidden: "forbid", forgot: "forget", forgotten: "forget",
  forgave: "forgive", forgiven: "forgive", forsook: "forsake", froze: "freeze", frozen: "freeze", gotten: "get",
  given: "give", gone: "go", grown: "grow", hung: "hang", hid: "hide", hidden: "hide", knelt: "kneel", known: "know",
  leapt: "leap", learnt: "learn", lent: "lend", lain: "lie", mistook: "mistake", overtook: "overtake", rode: "ride",
  ridden: "ride", rang: "ring", rung: "ring", risen: "rise", sought: "seek", shook: "shake", shaken: "shake",
  shone: "shine", shrank: "shrink", sang: "sing", sung: "sing", sunk: "sink", smote: "smite", smitten: "smite",
  slew: "slay", slain: "slay", slept: "sleep", slid: "slide", slung: "sling", spoken: "speak", sped: "speed",
  spilt: "spill", spun: "spin", spat: "spit", sprang: "spring", sprung: "spring", stole: "steal", stolen: "steal",
  stuck: "stick", stung: "sting", strode: "stride", strove: "strive", striven: "strive", swore: "swear", sworn: "swear",
  swept: "sweep", swam: "swim", swum: "swim", swung: "swing", taken: "take", tore: "tear", torn: "tear",
  thrown: "throw", trod: "tread", trodden: "tread", undertook: "undertake", upheld: "uphold", woke: "wake",
  woken: "wake", worn: "wear", wove: "weave", woven: "weave", wept: "weep", wound: "wind", withdrew: "withdraw",
  withdrawn: "withdraw", withheld: "withhold", withstood: "withstand", wrung: "wring", written: "write",
  beheld: "behold", borne: "bear", fallen: "fall", ground: "grind", seen: "see", bound: "bind",
};

export const PAST_BASES: Readonly<Record<string, string>> = { ...COMMON_PASTS, ...OTHER_PAST_FORMS };
