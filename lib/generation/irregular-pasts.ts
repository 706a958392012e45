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

// The rarer past tenses (some, as "hung" or "swept", are their participles too). Most are only a past, never a base form
// in its own right (past-forms keeps BOTH_PAST_AND_BASE for those that are).
const OTHER_PASTS: Readonly<Record<string, string>> = {
  awoke: "awake", bade: "bid", bent: "bend", bit: "bite", bled: "bleed", blew: "blow", bred: "breed", burnt: "burn",
  bought: "buy", clung: "cling", crept: "creep", dealt: "deal", dug: "dig", did: "do", dreamt: "dream", drank: "drink",
  dwelt: "dwell", ate: "eat", flung: "fling", forgot: "forget", forgave: "forgive", forsook: "forsake", froze: "freeze",
  hung: "hang", hid: "hide", knelt: "kneel", leapt: "leap", learnt: "learn", lent: "lend", mistook: "mistake",
  overtook: "overtake", rode: "ride", rang: "ring", sought: "seek", shook: "shake", shone: "shine", shrank: "shrink",
  sang: "sing", smote: "smite", slew: "slay", slept: "sleep", slid: "slide", slung: "sling", sped: "speed",
  spilt: "spill", spun: "spin", spat: "spit", sprang: "spring", stole: "steal", stuck: "stick", stung: "sting",
  strode: "stride", strove: "strive", swore: "swear", swept: "sweep", swam: "swim", swung: "swing", tore: "tear",
  trod: "tread", undertook: "undertake", upheld: "uphold", woke: "wake", wove: "weave", wept: "weep", wound: "wind",
  withdrew: "withdraw", withheld: "withhold", withstood: "withstand", wrung: "wring", beheld: "behold", ground: "grind",
  bound: "bind",
};

// Participles that are never a past tense ("taken", "sung"): past-only words, but no past to take "did not" before its base.
const PARTICIPLES: Readonly<Record<string, string>> = {
  arisen: "arise", awoken: "awake", begun: "begin", bitten: "bite", blown: "blow", broken: "break", chosen: "choose",
  done: "do", drawn: "draw", drunk: "drink", driven: "drive", eaten: "eat", flown: "fly", forbidden: "forbid",
  forgotten: "forget", forgiven: "forgive", frozen: "freeze", gotten: "get", given: "give", gone: "go", grown: "grow",
  hidden: "hide", known: "know", lain: "lie", ridden: "ride", rung: "ring", risen: "rise", shaken: "shake",
  sung: "sing", sunk: "sink", smitten: "smite", slain: "slay", spoken: "speak", sprung: "spring", stolen: "steal",
  striven: "strive", sworn: "swear", swum: "swim", taken: "take", torn: "tear", thrown: "throw", trodden: "tread",
  woken: "wake", worn: "wear", woven: "weave", withdrawn: "withdraw", written: "write", borne: "bear", fallen: "fall",
  seen: "see",
};

/** Every simple past in the table, with its base form. */
export const SIMPLE_PASTS: Readonly<Record<string, string>> = { ...COMMON_PASTS, ...OTHER_PASTS };

/** Every past tense and participle in the table, with its base form. */
export const PAST_BASES: Readonly<Record<string, string>> = { ...SIMPLE_PASTS, ...PARTICIPLES };
