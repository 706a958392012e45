import { escapeRegExp } from "./find-spans";
import { thirdPerson } from "./known-base-form";
import { multipleChoiceQuestion, sourceIn } from "./question-parts";
import { dangles, looksLikeVerb } from "./question-stems";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";
import { verbsAs } from "./verb-forms";
import { namesWhole } from "./whole-words";

/**
 * Which office or body of a government holds a power: "The Senate approves the judges the king names." -> "Who
 * approves the judges the king names?", with the article's other offices and bodies as options. An article on
 * how a country is governed says what each office does and how one checks another in plain present-tense sentences
 * with the office as the subject, and none of the name, date or number makers asks that (the office is rarely a name
 * the tagger knows). The key is the sentence's own subject; the options are offices and bodies the same article names;
 * no other sentence may tell the same power of another of them.
 */

// The head words of offices and bodies that hold powers in a state or a town.
const PERSON_OFFICES = ["president", "prime minister", "chancellor", "monarch", "king", "queen", "governor", "mayor", "speaker", "premier"];
const BODIES = ["parliament", "congress", "senate", "assembly", "council", "court", "tribunal", "cabinet", "legislature", "judiciary", "house of", "chamber of"];
// A head as the article writes it: capitalised ("the Prime Minister") or not ("the council"), each word alike.
// ("house of", "chamber of": a chamber named by its members, "the House of Lords".)
const headPattern = (head: string) => head.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`).replace(/ \[Oo\]f$/, " of [A-Z][a-z]+");
const HEADS = [...PERSON_OFFICES, ...BODIES].map(headPattern).join("|");
// Up to two capitalised words before the head ("Supreme Court", "National Assembly"), and the head.
const OFFICE = `(?:[A-Z][a-z]+ ){0,2}(?:${HEADS})`;
// The office as a sentence's subject: "The Senate …", "Parliament …".
const SUBJECT = new RegExp(`^(The |the )?(${OFFICE})(?=[ ,])`);
// An office named anywhere in the article, for the options: a proper name ("Parliament", "the Senate"), or a common
// noun with "the" ("the council"; not "a monarch", "the highest court", which name no one office).
// (A proper name first written with "a", "an Assembly", is shown "The Assembly", as the quiz asks of one office.)
const NAMED = new RegExp(`(?<![\\w'’-])(?:([Tt]he|[Aa]n?) )?(${OFFICE})(?![\\w'’-])`, "g");
// A chamber of a legislature, and the whole legislature: neither is a fair wrong option beside the other (a chamber's
// power is its whole's too).
const CHAMBER = /^(?:Senate|House of [A-Z][a-z]+|Chamber of [A-Z][a-z]+|Lower House|Upper House)$/i;
const WHOLE = /(?:^|\s)(?:parliament|congress|assembly|legislature|diet)$/i;
// A body and the office that leads it ("the Cabinet" and "the Prime Minister", "the council" and "the mayor"): what the
// body does, its head may be said to do too.
const LED_BODY = /(?:^|\s)(?:cabinet|council)$/i;
const HEAD = /(?:^|\s)(?:president|prime minister|chancellor|premier|mayor|governor|speaker)$/i;
const INSTITUTION = new RegExp(`(?:${BODIES.map(headPattern).join("|")})$`);
// "The Senate, whose members serve six years, approves …": an aside on the subject, between it and the verb.
const ASIDE = /^, (?:who|whose|which|the|a|an) [^,;:"“”]{3,70}, /;
// The power: a present-tense verb, or one after "can", "must", "may" (the office's standing powers and duties).
const MODAL = /^ (can|must|may|cannot|also|usually|normally|alone|only)\b/;
// Verbs that say what the office is or has, not what it does; and modals of the past, the future or a wish ("The king could
// dissolve …", "The council would not …"): no standing power, and the denial check reads only the present's modals.
const NOT_A_POWER = /^(?:be|is|are|has|have|was|were|does|seems|means|includes|contains|consists|lies|sits|remains|becomes|stands|holds|meets|serves|uses|works|gets|needs|belongs|comes|goes|lives|follows|could|would|should|might|will|did|once|used)$/;
// The power's clause ends before a clause of its own ("…, but it cannot …", "… while the Senate …") or a reason.
const CLAUSE_END = /,? (?:but|while|whereas|although|though|because|so that|unless|if|when|after|before)\b|, (?:and|so|which|who)\b|[;:(]| - | – /;
// Words that point outside the stem: the question would not say whom or what they mean.
const POINTER = /\b(?:it|its|they|them|their|this|these|he|she|him|her|his|such|also|too|again|instead|either)\b/i;
// A sentence that names a body and its parts ("Parliament has two houses, the Commons and the Lords", "a Parliament with
// two chambers, …"): none is a fair wrong option beside another, since a part's power is also its whole's.
const PARTS = /\b(?:has|have|had|with) (?:(?:two|three|four|several) )?(?:houses|chambers|parts|branches)\b|\bmade up of\b|\bconsists? of\b|\bdivided into\b|\b(?:is|are) (?:a |one )?(?:part|member|members|house|chamber|branch) of\b|\b(?:leads|heads|chairs|presides over|(?:is|are) (?:led|headed|chaired) by)\b/i;

interface Office {
  /** As the options show it: "The Senate", "Parliament". */
  shown: string;
  /** The name without "the", to find it in a sentence. */
  name: string;
}

/** The offices and bodies the article names, each once, as it writes them. */
function officesOf(articleText: string): Office[] {
  const out: (Office & { the: boolean; an: boolean; bare: boolean })[] = [];
  for (const m of articleText.matchAll(NAMED)) {
    const name = m[2]!;
    if (!/^[Tt]he$/.test(m[1] ?? "") && /^[a-z]/.test(name)) continue;
    // (Case apart: "the President" and "the president" are one office.)
    let office = out.find((o) => o.name.toLowerCase() === name.toLowerCase());
    if (!office) out.push((office = { shown: name, name, the: false, an: false, bare: false }));
    if (/^[Tt]he$/.test(m[1] ?? "")) office.the = true;
    else if (m[1]) office.an = true;
    else if (!/(?:^|[.!?]["”’]?\s+)$/.test(articleText.slice(Math.max(0, m.index! - 4), m.index))) office.bare = true;
  }
  // (Written "the Senate" anywhere, or "a Senate" and never bare inside a sentence, the option is "The Senate"; a name the
  // article writes bare, "Parliament", "of Congress", needs no article.)
  for (const o of out) o.shown = o.the || (o.an && !o.bare) ? `The ${o.name}` : o.name;
  // (Named once in lower case and once capitalised, an office is shown capitalised: "The President".)
  for (const o of out) {
    const capital = out.find((c) => c !== o && c.name.toLowerCase() === o.name.toLowerCase() && /^[A-Z]/.test(c.name));
    if (capital) Object.assign(o, capital);
  }
  return out;
}


/**
 * Two offices one of which may be the other or its part: one's name holds the other's, a chamber and a whole legislature,
 * or one sentence names both and says what one is or what it is made of ("The legislature is called the Assembly",
 * "Parliament has two houses, the Commons and the Lords"; with "It has …", the sentence before names the whole).
 */
function partOfEachOther(a: string, b: string, sentences: Sentence[]): boolean {
  if (namesWhole(a, b) || namesWhole(b, a)) return true;
  if ((CHAMBER.test(a) && WHOLE.test(b)) || (CHAMBER.test(b) && WHOLE.test(a))) return true;
  if ((LED_BODY.test(a) && HEAD.test(b)) || (LED_BODY.test(b) && HEAD.test(a))) return true;
  return sentences.some((s, i) => {
    const text = /^(?:It|Its|They|Their|This|These)\b/.test(s.text) && i > 0 ? `${sentences[i - 1]!.text} ${s.text}` : s.text;
    return namesWhole(text, a) && namesWhole(text, b) && (PARTS.test(s.text) || SAME.test(text));
  });
}
/** The stem names the office by another name the article gives it ("The legislature is called the Moot": "… the Moot has passed"). */
function otherNameInStem(office: string, power: string, sentences: Sentence[]): boolean {
  return sentences.some((s) => {
    if (!namesWhole(s.text, office) || !(SAME.test(s.text) || PARTS.test(s.text))) return false;
    const names = s.text.replace(new RegExp(escapeRegExp(office), "gi"), "").match(/(?<!^)\b[A-Z][a-z]+(?: [A-Z][a-z]+)*/g) ?? [];
    return names.some((n) => namesWhole(power, n));
  });
}

// A sentence that says one office is another ("The legislature is called the Assembly", "The highest court is the Tribunal").
const SAME = /\b(?:is|are) (?:called|known as|named|the)\b|\balso called\b/i;

/** The power a sentence gives its subject office, as the stem's verb phrase ("can veto a bill"), or null. */
function powerOf(sentence: Sentence): { office: string; power: string; at: number } | null {
  if (!/\.$/.test(sentence.text) || /["“”]/.test(sentence.text)) return null;
  const subject = SUBJECT.exec(sentence.text);
  return (subject && activePowerOf(sentence, subject)) || passivePowerOf(sentence);
}

/** "The Senate must confirm the judges." -> the Senate, "must confirm the judges". */
function activePowerOf(sentence: Sentence, subject: RegExpExecArray): { office: string; power: string; at: number } | null {
  const office = subject[2]!;
  const at = (subject[1] ?? "").length;
  let rest = sentence.text.slice(subject[0].length).replace(ASIDE, " ");
  // "The Senate alone can …", "The council also sets …": the word on how is no part of the power asked.
  let modal = "";
  for (let m = MODAL.exec(rest); m; m = MODAL.exec(rest)) {
    if (/^(?:can|must|may|cannot)$/.test(m[1]!)) modal = `${m[1]} `;
    rest = rest.slice(m[0].length);
  }
  // ("Who cannot …?", "Who may not …?": what one office may not do, others may not either; the quiz cannot tell.)
  if (modal === "cannot " || /^ (?:not|never|no longer)\b/.test(rest)) return null;
  const verb = /^ ([a-z]+)\b/.exec(rest)?.[1];
  // (A past deed is history, not a power the office holds: the present tense only, or a modal's bare verb.)
  if (!verb || NOT_A_POWER.test(verb) || /ed$/.test(verb) || (modal === "" && !looksLikeVerb(verb))) return null;
  const cut = CLAUSE_END.exec(rest);
  const body = (cut ? rest.slice(0, cut.index) : rest).replace(/\.$/, "").trim();
  const words = body.split(/\s+/);
  if (words.length < 3 || words.length > 16 || POINTER.test(body)) return null;
  return { office, power: `${modal}${body}`, at };
}

// "The cabinet is chosen by the Prime Minister": a thing or a post, a passive verb, and the office that does it.
const PASSIVE = new RegExp(`^((?:The|Each|Every|All) [\\w'’-]+(?: [\\w'’-]+){0,4}?) (is|are) (?:[a-z]+ly )?([a-z]+(?:ed|en|wn|t)) by (the |The )?(${OFFICE})(?=[.,;]| (?:and|for|after|before|in|at|on|every|each|from|with|under|until|once)\\b)`);

// A second office after the passive's doer: "… by the President and the Senate", "… by the Assembly or the council".
const SHARED_WITH = new RegExp(`^,? (?:and|or|together with|jointly with|with) (?:the |The )?(?:${OFFICE})(?![\\w'’-])`);

/** "The cabinet is chosen by the Prime Minister." -> the Prime Minister, "chooses the cabinet". */
function passivePowerOf(sentence: Sentence): { office: string; power: string; at: number } | null {
  const m = PASSIVE.exec(sentence.text);
  // ("The treaty is signed by the President and the Senate": a power the two share, and either is a right answer.)
  if (m && SHARED_WITH.test(sentence.text.slice(m[0].length))) return null;
  if (!m || POINTER.test(m[1]!) || /^(?:known|called|named|given|seen|made up|used|found|shown|based|written|followed|affected|influenced|limited|surrounded|divided|formed|bordered)$/.test(m[3]!)) return null;
  const base = verbsAs(`they were ${m[3]}`, "infinitive").split(/\s+/).pop() ?? "";
  if (!/^[a-z]{3,}$/.test(base) || base === m[3]) return null;
  return { office: m[5]!, power: `${thirdPerson(base)} ${m[1]!.replace(/^[A-Z]/, (c) => c.toLowerCase())}`, at: m[0].length - m[5]!.length };
}

/** Another sentence tells the same power (its verb and its first long word after, in either order) of another office. */
function sameElsewhere(power: string, office: string, sentences: Sentence[], at: number, offices: Office[]): boolean {
  const words = power.split(/\s+/).filter((w) => !/^(?:can|must|may|cannot)$/.test(w));
  const verb = words[0]!.replace(/s$/, "");
  const object = words.slice(1).find((w) => w.length > 3 && /^[\w'’-]+$/.test(w));
  if (!object) return false;
  // (In either order: "… are appointed by the Senate" tells the Senate the power "appoints the judges" as well.)
  const doing = new RegExp(`\\b${escapeRegExp(verb)}[a-z]*\\b`, "i");
  const done = new RegExp(`\\b${escapeRegExp(object)}\\b`, "i");
  return sentences.some((s, i) => i !== at && doing.test(s.text) && done.test(s.text) && offices.some((o) => o.name.toLowerCase() !== office.toLowerCase() && namesWhole(s.text, o.name)));
}

/** One "Who …?" on each sentence that gives an office or body a power, among the article's other offices. */
export function makeOfficeQuestions(sentences: Sentence[], articleText: string, random: () => number): { question: GeneratedQuestion; sentenceIndex: number }[] {
  const offices = officesOf(articleText);
  // An article on government names several of its bodies (a story's king and queen alone are no state's offices).
  if (offices.length < 3 || offices.filter((o) => INSTITUTION.test(o.name)).length < 2) return [];
  const out: { question: GeneratedQuestion; sentenceIndex: number }[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const found = powerOf(sentence);
    if (!found) return;
    const key = offices.find((o) => o.name.toLowerCase() === found.office.toLowerCase());
    if (!key) return;
    // ("Who", as a class asks it of an office or a body alike: "Who can declare war?")
    const stem = `Who ${found.power}?`;
    if (dangles(stem) || sameElsewhere(found.power, key.name, sentences, sentenceIndex, offices)) return;
    // (Not an office the stem names, nor one that may be it: "Who can veto a bill the Assembly passed?" offers no legislature.)
    const inStem = offices.filter((o) => namesWhole(found.power, o.name));
    const others = offices.filter((o) => o !== key && ![key, ...inStem].some((p) => partOfEachOther(o.name, p.name, sentences)) && !otherNameInStem(o.name, found.power, sentences));
    if (others.length < 2) return;
    // (Nor two wrong options that may be one office: a student could rule out both at once.)
    const distinct = shuffle(others, random).filter((o, i, all) => !all.slice(0, i).some((p) => partOfEachOther(o.name, p.name, sentences)));
    if (distinct.length < 2) return;
    const distractors = distinct.slice(0, 3).map((o) => o.shown);
    const start = sentence.start + found.at;
    const question = multipleChoiceQuestion(
      {
        prompt: stem,
        key: key.shown,
        others: distractors,
        source: sourceIn(sentence, { start, end: start + found.office.length }),
        // (A job, as make-function-questions asks one: a quiz asks one office's powers once.)
        keyKind: "function",
        confidence: 0.78,
      },
      random,
    );
    out.push({ sentenceIndex, question });
  });
  return out;
}
