import { IRREGULAR_PAST } from "./finite-verb";
import type { ListItem } from "./find-lists";
import { valueOf } from "./find-spans";
import { tagged, type TaggedTerm } from "./question-stems";
import { singularOf } from "./singular-of";
import { LONGEST_READ_SENTENCE } from "./split-sentences";
import type { Sentence } from "./types";

export { singularOf };

/**
 * A list the article introduces by a kind word: "faced many hardships, including a and b", "several reasons lay
 * behind it, among them a, as well as b", "tools such as a, b and c", "had three causes: a, b and c". The kind is the
 * noun phrase the marker hangs from; its head is a plural or a collective noun.
 */
export interface CategoryList {
  items: ListItem[];
  sentenceIndex: number;
  /** The kind's head word, singular and lower case: "hardship". */
  head: string;
  /** The kind as a question names it: "hardships the lamplighters met with", "reasons that lay behind the vote". */
  kind: string;
  /** Whether the kind carries the clause that places it (a bare "sturdy tools" does not: the stem says "the article names"). */
  placed: boolean;
  past: boolean;
  /** Whether the article gives the whole kind ("three causes: a, b and c") rather than examples of it ("such as a and b"). */
  closed: boolean;
}

// The marker the members hang from; "like" only after a comma ("felt like", "shaped like" introduce no list).
const MARKER = /(?:,\s+(?:including|such as|among them|like|for example|for instance|namely)|\s(?:including|such as)|:)\s+/g;
const QUANTITY = /^(?:many|several|numerous|various|some|few|a|the|roughly|about|around|over|nearly|more|than|number|of|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)$/i;
// Describing words that add no kind ("the main causes" are the causes).
const EMPTY_ADJECTIVE = /^(?:main|basic|major|different|distinct|key|other|certain|such)$/i;
// Heads that name no kind of their own.
const NO_KIND = /^(?:things|ways|ones|others|examples|cases|items|them|those|these|many|some|kinds|types|sorts|parts of|lots)$/i;
// Collective nouns that name a group of things without a plural ending.
const COLLECTIVE = /^(?:people|livestock|cattle|poultry|wildlife|staff|crew|clergy|equipment|machinery|gear|furniture|crops)$/i;
const POINTER = /\b(?:it|its|they|their|them|this|these|those|he|she|his|her|such|there|here)\b/i;
// A member is a noun phrase: no word that opens a clause.
const CLAUSE_WORD = /\b(?:that|which|who|whom|whose|where|when|while|because|although|if)\b/i;
const PREPOSITION = /^(?:with|in|on|from|to|for|into|through|across|against|under|behind|about|by)$/i;
const BE = /^(?:is|are|was|were)$/i;
const PAST = new RegExp(`^(?:${IRREGULAR_PAST}|was|were|had)$`, "i");
const MAX_MEMBER_WORDS = 8;
// Anchored where a noun phrase opens (the lead's start, or after ", and "): "raised taxes on the barons, which …" is a
// "which" of the whole clause, and pinning it on "the barons" would name the wrong doer.
const RELATIVE = /(?:^|,\s+and\s+)((?:the|The) (?:[\w'’-]+ ){0,3}[\w'’-]+), (?:which|that) ([^,]+)$/;
// Words that say a kind is given only in part ("other problems", "further reasons"): the article holds more members.
const PARTIAL = /^(?:other|further|more|additional)$/i;
// Kind-of heads whose members belong to the noun after "of" ("forms of the fever"); "the paintings of artists such as
// …" lists artists, not paintings, so no other head moves.
const KIND_OF = /^(?:forms|varieties|breeds|species|strains|branches|classes|groups|layers|zones|stages|families)$/i;
const SMALL_WORD = /^(?:the|a|an|of|in|on|for|from|to|with|at|by)$/i;

const plain = (word: string) => word.replace(/[^\w'’-]/g, "");
const has = (t: TaggedTerm | undefined, tag: string) => !!t?.tags?.includes(tag);
const isFinite = (t: TaggedTerm | undefined) => !!t && (has(t, "PastTense") || has(t, "PresentTense") || has(t, "Copula")) && !has(t, "Gerund") && !has(t, "Adjective") && !has(t, "Noun");


/** The kind the lead ends in (or, for "among them", the quantified subject the sentence opens with), or null. */
export function kindOf(lead: string, marker: string): Omit<CategoryList, "items" | "sentenceIndex" | "closed"> | null {
  // "…, and the council, which has five members:": the clause of "which" is read with the noun it follows.
  const relative = RELATIVE.exec(lead);
  if (relative) {
    // "the king's men seized" holds a verb: the match is a clause, not a noun phrase.
    if (tagged(relative[1]!).some((t) => isFinite(t))) return null;
    return kindOf(`${relative[1]} ${relative[2]}`, marker);
  }
  const terms = tagged(lead).map((t) => ({ ...t, text: plain(t.text) })).filter((t) => t.text);
  if (terms.length < 2 || /[()"“”]/.test(lead)) return null;
  // "The guild faced other problems, such as …": the article names more problems than this list holds.
  if (terms.slice(-4).some((t) => PARTIAL.test(t.text))) return null;
  // An opening phrase or an earlier clause ("In 1900, …") leaves no sure subject: the kind alone, if anything.
  const oneClause = !lead.includes(",");
  // "kinds of X", "forms of the fever": the head sits before a short "of" phrase.
  let headAt = terms.length - 1;
  const of = terms.findLastIndex((t, i) => i >= terms.length - 5 && /^of$/i.test(t.text));
  if (of > 0 && KIND_OF.test(terms[of - 1]!.text) && isKindHead(terms[of - 1]!) && !terms.slice(of + 1).some((t) => isFinite(t) || POINTER.test(t.text))) headAt = of - 1;
  if (!isKindHead(terms[headAt]!) || (/among them/.test(marker) && !quantified(terms, headAt))) {
    // "Several reasons lay behind the vote, among them …": the kind is the quantified subject, the rest its clause.
    if (!/among them|including/.test(marker) || !oneClause) return null;
    return subjectKind(terms, marker);
  }
  let start = headAt;
  while (start > 0 && start > headAt - 3 && /^[a-z]/.test(terms[start - 1]!.text) && (has(terms[start - 1], "Adjective") || has(terms[start - 1], "Noun")) && !QUANTITY.test(terms[start - 1]!.text)) start--;
  const phrase = terms.slice(start, of > 0 && headAt === of - 1 ? terms.length : headAt + 1).map((t) => t.text);
  while (phrase.length > 1 && EMPTY_ADJECTIVE.test(phrase[0]!)) phrase.shift();
  let before = start;
  while (before > 0 && QUANTITY.test(terms[before - 1]!.text)) before--;
  const head = singularOf(terms[headAt]!.text);
  const bare = { head, kind: phrase.join(" "), placed: false, past: false };
  // "There were four kinds of lantern oil:": the kind stands alone, in the tense of "were".
  if (before === 2 && /^there$/i.test(terms[0]!.text) && BE.test(terms[1]!.text)) return { ...bare, placed: true, past: PAST.test(terms[1]!.text) };
  // "<subject> <verb> [preposition] <kind>": the kind with its clause ("hardships the lamplighters met with").
  let verbEnd = before;
  const prep = verbEnd > 0 && PREPOSITION.test(terms[verbEnd - 1]!.text) ? terms[--verbEnd]!.text : "";
  const verb = terms[verbEnd - 1];
  if (!oneClause || !verb || !(isFinite(verb) || PAST.test(verb.text) || /ed$/.test(verb.text)) || /^includ/i.test(verb.text)) return bare.kind.includes(" ") ? bare : null;
  // "Some animals are predators, such as …" says what the subject is, not a kind it acts on: "predators some animals
  // are" reads wrong. Only "There were …" and "is built in …" (above and below) take a verb of being.
  if (BE.test(verb.text)) return bare.kind.includes(" ") ? bare : null;
  let subjectEnd = verbEnd - 1;
  // "is built in layers", "were kept in pens": the verb of being before a past form is the tense.
  const aux = subjectEnd > 0 && BE.test(terms[subjectEnd - 1]!.text) ? terms[--subjectEnd]!.text : "";
  const subject = terms.slice(0, subjectEnd).map((t) => t.text);
  if (subject.length < 1 || subject.length > 6 || POINTER.test(subject.join(" ")) || terms.slice(0, subjectEnd).some((t, i) => has(t, "Pronoun") || has(t, "Adverb") || (isFinite(t) && !reducedRelative(terms, i)))) return bare.kind.includes(" ") ? bare : null;
  // One capitalised word opening the sentence is a common noun written small only when the tagger knows it as one
  // ("Farmers"); "Dickens" is tagged a plural too, so any other is refused rather than guessed.
  if (subject.length === 1 && /^[A-Z]/.test(subject[0]!) && !has(terms[0], "ProperNoun")) {
    if (!has(terms[0], "Actor")) return bare.kind.includes(" ") ? bare : null;
    subject[0] = subject[0]!.toLowerCase();
  }
  // A common noun capitalised only because it opens the sentence ("Ferry crews carry …") is written small.
  const who = subject.join(" ").replace(/^(?:The|A|An) /, (d) => d.toLowerCase()).replace(/^[A-Z](?=[a-z]+ )/, (c) => (has(terms[0], "ProperNoun") ? c : c.toLowerCase()));
  const clause = [who, aux, verb.text, prep].filter(Boolean).join(" ");
  return { head, kind: `${bare.kind} ${clause}`, placed: true, past: aux ? PAST.test(aux) : PAST.test(verb.text) || has(verb, "PastTense") };
}

/** "the porters hired": a past participle right after the subject's noun describes it; it is not the clause's verb. */
function reducedRelative(terms: TaggedTerm[], i: number): boolean {
  return /[a-z]ed$/.test(terms[i]!.text) && i > 0 && has(terms[i - 1], "Noun") && !isFinite(terms[i - 1]);
}

function isKindHead(t: TaggedTerm): boolean {
  if (!/^[a-z]/.test(t.text) || NO_KIND.test(t.text)) return false;
  return COLLECTIVE.test(t.text) || (has(t, "Plural") && /[^s]s$|ies$|(?:ch|sh|x)es$/.test(t.text));
}

function quantified(terms: TaggedTerm[], headAt: number): boolean {
  return terms.slice(Math.max(0, headAt - 4), headAt).some((t) => /^(?:many|several|numerous|various|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|few)$/i.test(t.text));
}

/** "Several (different) reasons lay behind the vote" -> "reasons that lay behind the vote". */
function subjectKind(terms: TaggedTerm[], marker: string): Omit<CategoryList, "items" | "sentenceIndex" | "closed"> | null {
  let i = 0;
  if (/^the$/i.test(terms[i]!.text)) i++;
  if (!/^(?:many|several|numerous|various|two|three|four|five|six|seven|eight|nine|ten)$/i.test(terms[i]?.text ?? "")) return null;
  i++;
  while (i < terms.length && EMPTY_ADJECTIVE.test(terms[i]!.text)) i++;
  const words: string[] = [];
  while (i < terms.length && words.length < 2 && !isKindHead(terms[i]!) && has(terms[i], "Adjective")) words.push(terms[i++]!.text);
  const head = terms[i];
  if (!head || !isKindHead(head)) return null;
  const rest = terms.slice(i + 1);
  if (rest.length < 2 || rest.length > 12 || !(isFinite(rest[0]) || PAST.test(rest[0]!.text)) || rest.some((t) => POINTER.test(t.text))) return null;
  // "Several countries sent aid, including food …": "including" hangs from the verb's object, not the subject; only a
  // verb with no object ("Several ships were lost, including …", "lay behind the vote") leaves the subject as the kind.
  if (!/among them/.test(marker) && hasObject(rest)) return null;
  return { head: singularOf(head.text), kind: `${[...words, head.text].join(" ")} that ${rest.map((t) => t.text).join(" ")}`, placed: true, past: PAST.test(rest[0]!.text) || has(rest[0], "PastTense") };
}

/** Whether a noun follows the verb before any preposition: the verb has an object. */
function hasObject(rest: TaggedTerm[]): boolean {
  for (const t of rest.slice(1)) {
    if (PREPOSITION.test(t.text) || /^(?:at|of|over|near)$/i.test(t.text)) return false;
    if (has(t, "Noun") || has(t, "Determiner")) return true;
  }
  return false;
}

/** The members after a marker, as far as the list runs, or null when they are not a clean list of noun phrases. */
export function membersAfter(sentence: Sentence, from: number, to: number): ListItem[] | null {
  const run = sentence.text.slice(from, to);
  const pieces: { at: number; text: string; joined: boolean }[] = [];
  const SEP = /,\s+(?:and\s+|or\s+|as well as\s+)?|\s+(?:and|or|as well as)\s+/g;
  let last = 0;
  let joined = false;
  let m: RegExpExecArray | null;
  while ((m = SEP.exec(run))) {
    pieces.push({ at: last, text: run.slice(last, m.index), joined });
    joined = /and|or|as well as/.test(m[0]);
    last = m.index + m[0].length;
    // After the member a joining word brings in, the list is over; a further "and" makes the last member a pair.
    if (pieces.at(-1)!.joined) {
      if (!m[0].startsWith(",")) return null;
      // "with Simon and Garfunkel, the Eagles and Queen": more members follow, so "and" was inside a name. Only a
      // clause ("…, which …", "…, but …") may end the list here.
      if (!/^(?:which|who|whose|where|when|while|but|although|though|because|so|yet)\b/i.test(run.slice(m.index + m[0].length))) return null;
      joined = false;
      last = -1;
      break;
    }
  }
  if (last >= 0) pieces.push({ at: last, text: run.slice(last).replace(/[.!?]+["”]?$/, ""), joined });
  if (pieces.length < 2 || !pieces.at(-1)!.joined) return null;
  const items: ListItem[] = [];
  for (const piece of pieces) {
    // "Tolmar (a hill fort)": the member is the name before its parenthesis.
    const text = piece.text.replace(/\s*\(.*$/, "").trim();
    const bare = text.replace(/^(?:the|a|an)\s+/i, "");
    // Its length counts the words that carry meaning ("lack of dry rooms for the porters in the cold season" has six).
    const all = bare.split(/\s+/);
    const n = all.filter((w) => !SMALL_WORD.test(w)).length;
    if (!bare || n > MAX_MEMBER_WORDS || all.length > MAX_MEMBER_WORDS + 2 || POINTER.test(bare) || CLAUSE_WORD.test(bare) || /[;:"“”]/.test(bare)) return null;
    const start = sentence.start + from + piece.at + (text.length - bare.length) + (piece.text.length - piece.text.trimStart().length);
    items.push({ text: bare, start, end: start + bare.length });
  }
  // Members of one kind are written alike: all named (capitalised) or none.
  if (new Set(items.map((i) => /^[A-Z]/.test(i.text))).size > 1) return null;
  if (new Set(items.map((i) => i.text.toLowerCase())).size !== items.length) return null;
  return items;
}

/** Whether a member reads as a clause: a finite verb (a lone later word only when it is a past form, as find-lists reads it). */
function isClause(sentence: Sentence, item: ListItem, first: boolean): boolean {
  const terms = tagged(sentence.text);
  let cursor = 0;
  const inside: TaggedTerm[] = [];
  for (const t of terms) {
    const at = sentence.text.indexOf(t.text, cursor);
    if (at < 0) continue;
    cursor = at + t.text.length;
    if (sentence.start + at >= item.start && sentence.start + at < item.end) inside.push(t);
  }
  if (!first && inside.length === 1) return has(inside[0], "PastTense") && !has(inside[0], "Noun");
  // In a longer member a verb follows its subject's noun ("storms sank ships"), or opens it as a past form ("drove
  // oxen"); a word the tagger calls a verb after a describing word is a noun ("rising rents"), and so is a last word
  // in -s after a noun ("night markets").
  const plural = (t: TaggedTerm, i: number) => i === inside.length - 1 && has(t, "PresentTense") && /[^s]s$/.test(t.text);
  return inside.some((t, i) => has(t, "Modal") || (i === 0 ? has(t, "PastTense") && !has(t, "Adjective") : isFinite(t) && !plural(t, i) && has(inside[i - 1], "Noun") && !has(inside[i - 1], "Adjective")));
}

/** Every list introduced by a kind word, in the article's order. */
export function findCategoryLists(sentences: Sentence[]): CategoryList[] {
  const out: CategoryList[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.text.length > LONGEST_READ_SENTENCE) return;
    const markers = [...sentence.text.matchAll(MARKER)];
    markers.forEach((m, k) => {
      const leadStart = Math.max(sentence.text.lastIndexOf(";", m.index), k > 0 ? markers[k - 1]!.index! + markers[k - 1]![0].length : -1) + 1;
      const lead = sentence.text.slice(leadStart, m.index).trim();
      // The list runs to the next marker's lead, a semicolon or the sentence's end.
      const end = Math.min(...[sentence.text.indexOf(";", m.index), k + 1 < markers.length ? sentence.text.lastIndexOf(",", markers[k + 1]!.index!) : -1, sentence.text.length].filter((i) => i > m.index!));
      // The members are read first (no tagging), and the lead is tagged only when a list follows it.
      const items = membersAfter(sentence, m.index! + m[0].length, end);
      if (!items) return;
      const kind = kindOf(lead, m[0]);
      if (!kind || items.some((item, i) => isClause(sentence, item, i === 0))) return;
      // A list after a colon is the whole kind; "including", "such as" and "among them" give examples of it. A count
      // in the lead must then match the members.
      const count = /\b(two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i.exec(lead)?.[1];
      const closed = m[0].trim() === ":" && (!count || valueOf(count) === items.length);
      out.push({ ...kind, items, sentenceIndex, closed });
    });
  });
  return out;
}
