import nlp from "compromise";
import type { Sentence, TextRange } from "./types";
import { LONGEST_READ_SENTENCE } from "./split-sentences";
import { LEXICON, tagWithoutChunks } from "./tag-without-chunks";

/** One member of a list the article gives ("the stomach" in "the mouth, the stomach and the anus"). */
export interface ListItem extends TextRange {
  /** The member without its article: "stomach". */
  text: string;
}

/**
 * A list of three or more things of one kind, as the article writes it. Its
 * members are the fairest distractors for each other: same kind, same level of
 * detail, and every one named by the article itself.
 */
export interface TermList {
  items: ListItem[];
  /** The sentence that states the list (never a source for questions on its own members). */
  sentenceIndex: number;
  /** What comes before the list in its sentence ("Along the route it crosses"). */
  lead: string;
  /** Joined by "or" after a shared "same", "any" or "either" ("the same hours, seed or water"): alternatives for one role. */
  alternatives?: true;
}

const DETERMINER = /^(?:the|a|an)$/i;
// Words that end a list item: a member is a short noun phrase, never a clause.
const BOUNDARY = new Set(
  "that which who whose whom where when while because so but than in on of to with from into onto for at by as is are was were be been has have had do does did can could will would may might must also all each both either its their his her our your my this these those such there here it they them he she we you i not very more most only even just about among including like".split(
    " ",
  ),
);
const MAX_WORDS = 3;
const OPEN_END = /^(?:(?:many|various|several|some|all|any) )?(?:other|similar)(?:s\b|\s)/;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** A list-shaped run: items joined by commas and a final "and"/"or". */
const LIST_RUN = /(?:[A-Za-z][\w'’-]*\s+){0,4}[A-Za-z][\w'’-]*(?:,\s+(?:[A-Za-z][\w'’-]*\s+){0,4}[A-Za-z][\w'’-]*)+,?\s+(?:and|or)\s+(?:[A-Za-z][\w'’-]*\s*){1,5}/g;

// A passive participle before "by" ("run by", "owned by", "led by"); not a noun ("a house by the sea").
// (A noun of that shape, "shed", "seed", "garden", "lawn", is none: "-ed" after three letters at least and not "-eed"/"-bed",
// and only the "-en"/"-wn" participles listed.)
const PARTICIPLE = /^(?:(?![a-z]*(?:eed|bed)$|hundred$)[a-z]{3,}ed|written|driven|taken|given|chosen|stolen|broken|eaten|beaten|hidden|frozen|woven|forgotten|shown|known|grown|drawn|thrown|flown|sewn|sown|blown|run|made|built|held|led|set|kept|paid|sold|taught|brought|bought|won|struck|sent|told|found|ruled|governed)$/;

/** Cut an item to its noun phrase: from the right for the first item, from the left for the last. */
function trimItem(raw: string, position: "first" | "middle" | "last"): string | null {
  let ws = words(raw);
  if (position === "first") {
    let i = ws.length - 1;
    while (i > 0 && !BOUNDARY.has(ws[i - 1]!.toLowerCase()) && !DETERMINER.test(ws[i]!) && ws.length - i < MAX_WORDS + 1) i--;
    ws = ws.slice(i);
  } else if (position === "last") {
    const cut = ws.findIndex((w, i) => i > 0 && BOUNDARY.has(w.toLowerCase()));
    // "a government run by the governor": the word before "by" is the participle of a passive said of the member, not
    // a word of its name.
    // (Not a noun of that shape right after its determiner: "a garden by the river", "a town by the lake" are the member.)
    if (cut > 1 && ws[cut]!.toLowerCase() === "by" && PARTICIPLE.test(ws[cut - 1]!) && !DETERMINER.test(ws[cut - 2]!)) ws = ws.slice(0, cut - 1);
    else if (cut > 0) ws = ws.slice(0, cut);
  }
  const content = ws.filter((w) => !DETERMINER.test(w));
  if (content.length === 0 || content.length > MAX_WORDS) return null;
  // "silk, porcelain and other goods": the last piece says the list goes on, and names nothing; asked "Name one of the
  // three", it would accept "other goods" (a judge failed it). Such a list ("and others", "and many other goods", "and
  // similar tools") is left open, and not asked as a list. (Lower case only: "The Other Boleyn Girl" is a title.)
  if (position === "last" && OPEN_END.test(content.join(" "))) return null;
  if (ws.some((w, i) => BOUNDARY.has(w.toLowerCase()) || /\d/.test(w) || (i > 0 && DETERMINER.test(w)))) return null;
  return ws.join(" ");
}

/** Lists of three or more short noun phrases in each sentence. */
export function findLists(sentences: Sentence[]): TermList[] {
  const out: TermList[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.text.length > LONGEST_READ_SENTENCE) return;
    // The sentence is tagged once, when its first list is checked, not once per member of each list.
    let doc: ReturnType<typeof nlp> | undefined;
    const tagged = () => (doc ??= tagWithoutChunks(sentence.text));
    LIST_RUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LIST_RUN.exec(sentence.text))) {
      let run = m[0].replace(/[\s.,;:!?]+$/, "");
      let pieces = run.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/);
      // "The council sets fees, …": the first piece holds the clause's subject and verb; the member starts after the verb.
      // (Tagging costs a millisecond a sentence: only where the plain cut leaves no member or more than one word.)
      const plainFirst = /\s/.test(pieces[0]!) ? trimItem(pieces[0]!, "first") : "";
      if ((plainFirst === null || /\s/.test(plainFirst)) && mayHoldVerb(pieces[0]!)) pieces[0] = afterVerb(pieces[0]!, tagged());
      let trimmed = pieces.map((p, i) => trimItem(p, i === 0 ? "first" : i === pieces.length - 1 ? "last" : "middle"));
      // "a, b and c, and the bulk of it …": the run took the next clause as a member (a list has one "and").
      // Cut there, when what is left still ends in its own "and"/"or".
      const clause = /,\s+(?:and|or)\s+[^,]*$/.exec(run);
      if (clause && pieces.length > 3 && /\s(?:and|or)\s+\S+(?:\s+\S+){0,3}$/.test(run.slice(0, clause.index))) {
        run = run.slice(0, clause.index);
        pieces = pieces.slice(0, -1);
        trimmed = pieces.map((p, i) => trimItem(p, i === 0 ? "first" : i === pieces.length - 1 ? "last" : "middle"));
      }
      // Refused, the run may have started too early ("Along the route it crosses the a, the b and the c"; "At the
      // fair, the guild sold a, b and c"): the search goes on after its first comma.
      const comma = m[0].indexOf(",");
      if (comma >= 0) LIST_RUN.lastIndex = m.index + comma + 1;
      if (pieces.length < 3 || trimmed.some((t) => t === null)) continue;
      // "a, b, and c and d": the last member is itself a pair, or the "and" joins clauses; no list of single members.
      if (/,\s+(?:and|or)\s+\S+(?:\s+\S+){0,3}\s+(?:and|or)\s/.test(run)) continue;
      const items: ListItem[] = [];
      let cursor = m.index + run.indexOf(trimmed[0]!);
      const lead = sentence.text.slice(0, cursor).trim();
      for (const t of trimmed as string[]) {
        const at = sentence.text.indexOf(t, cursor);
        if (at < 0) break;
        const bare = t.replace(/^(?:the|a|an)\s+/i, "");
        const start = sentence.start + at + (t.length - bare.length);
        items.push({ text: bare, start, end: start + bare.length });
        cursor = at + t.length;
      }
      if (items.length !== trimmed.length) continue;
      // "the same hours, seed or water": "same" is said of every member, as "the" is; the first keeps only its noun.
      const shared = /^same\s+/i.exec(items[0]!.text);
      const beforeFirst = sentence.text.slice(0, items[0]!.start - sentence.start);
      if (shared && items.length > 1 && /\bthe\s+$/i.test(beforeFirst) && items.slice(1).every((i) => !/^same\b/i.test(i.text))) {
        items[0] = { text: items[0]!.text.slice(shared[0].length), start: items[0]!.start + shared[0].length, end: items[0]!.end };
      }
      // Members of one kind look alike: all with an article or none, all capitalised or none.
      const withArticle = (trimmed as string[]).map((t) => /^(?:the|a|an)\s/i.test(t));
      const capital = items.map((i) => /^[A-Z]/.test(i.text));
      if (new Set(capital).size > 1) continue;
      // "the heart, lungs and kidneys": one article before the first member serves them all.
      if (new Set(withArticle.slice(1)).size > 1 || (withArticle[0] === false && withArticle.some(Boolean))) continue;
      if (new Set(items.map((i) => i.text.toLowerCase())).size !== items.length) continue;
      if (items.some((i, at) => isVerbal(tagged(), i.text, at === 0))) continue;
      // "the early, middle and late stages": describing words sharing the last member's noun, no members alone.
      const lastWords = items.at(-1)!.text.split(" ");
      const describing = (word: string) => tagged().match(word).has("#Adjective");
      if (lastWords.length === 2 && describing(lastWords[0]!) && items.slice(0, -1).every((i) => !/\s/.test(i.text)) && items.slice(0, -1).some((i) => describing(i.text))) continue;
      // Alternatives only where the sentence says so: a shared "same", "any" or "either" before the members, and "or" before
      // the last ("the same hours, seed or water"). A plain "or" list may be a classification ("a herbivore, a carnivore or
      // an omnivore"), whose members are the fairest options for each other.
      const offered = (shared !== null || /\b(?:any|either)\s+$/i.test(beforeFirst)) && /,?\s+or\s+(?:the\s+|a\s+|an\s+)?\S+(?:\s+\S+){0,4}$/.test(run) && !/\sand\s+\S+(?:\s+\S+){0,4}$/.test(run);
      out.push({ items, sentenceIndex, lead, ...(offered ? { alternatives: true as const } : {}) });
      // Found, the search goes on after the list.
      LIST_RUN.lastIndex = Math.max(LIST_RUN.lastIndex, m.index + m[0].length);
    }
  });
  return out;
}

// The tagger's word list: a word listed only as a noun or adjective, with no -ed/-s ending, is never the clause's verb.
const VERB_TAG = /Verb|Tense|Infinitive|Participle|Gerund|Modal|Copula|Auxiliary/;

/** Whether a word before the first piece's last could be a verb: by the word list, or by an -ed/-s ending ("sets" and "received" are listed as a plural and an adjective). */
function mayHoldVerb(piece: string): boolean {
  return words(piece)
    .slice(0, -1)
    .some((w) => {
      const word = w.toLowerCase().replace(/[^\w'’-]/g, "");
      const tag = LEXICON[word];
      return (tag !== undefined && VERB_TAG.test(tag)) || /(?:ed|s)$/.test(word);
    });
}

// A verb's particle ("carried home", "took away", "picked up"): it belongs to the verb, not to the first member.
const PARTICLE = /^(?:home|back|away|abroad|ashore|aboard|overseas|along|together|off|out|up|down|forth)$/i;

/** The words of a first piece after the last one the sentence uses as a verb ("Lind designed footbridges" -> "footbridges"). */
function afterVerb(first: string, sentence: ReturnType<typeof nlp>): string {
  const ws = words(first);
  // (Past the verb's particle only where a member still follows it.)
  const rest = (i: number) => ws.slice(i + 1 + (i + 2 < ws.length && PARTICLE.test(ws[i + 1]!) ? 1 : 0)).join(" ");
  for (let i = ws.length - 2; i >= 0; i--) {
    const word = ws[i]!.replace(/[^\w'’-]/g, "");
    if (word && !DETERMINER.test(word) && sentence.match(word).has("#Verb")) return rest(i);
    // "in return received glassware": a past form the tagger reads as an adjective, yet right after a noun it is the verb.
    const before = ws[i - 1]?.replace(/[^\w'’-]/g, "");
    if (/[a-z]ed$/.test(word) && before && !DETERMINER.test(before) && sentence.match(before).has("#Noun")) return rest(i);
  }
  return first;
}

/** A member that reads as an action ("saw fierce combat", "the way cars move") is no thing to ask about. */
function isVerbal(sentence: ReturnType<typeof nlp>, item: string, first: boolean): boolean {
  const pattern = item.replace(/[^\w\s'’-]/g, "").trim();
  // A later one-word member between commas is a noun the tagger may misread ("couches", "saws"): only a past
  // form reads as an action there (a lone "-ing" word between commas is a noun: "clothing", "farming"). The first
  // member and longer ones may have swallowed the clause's verb.
  if (!first && !/\s/.test(pattern)) return sentence.match(pattern).has("#PastTense");
  return sentence.match(pattern).has("(#Verb|#Adverb)");
}
