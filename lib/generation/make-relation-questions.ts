import { acceptedAliases } from "./aliases";
import type { GeneratedQuestion, Sentence, Span } from "./types";
import { sourceIn } from "./question-parts";

/**
 * In an article about one person, the people the article names by their tie
 * to that person ("Osric II was her father", "his grandfather was Bram",
 * "Her tutor, Ada Vell, left …", "his chief minister, Bram Tolle,": a post only one holds), asked as "Who was Queen Ilse's
 * father?", typed: the article rarely names enough people of the same sex and
 * standing for a fair set of options.
 */

// A post one person holds at a time: asked only where the article names one holder of it.
const POST = "chief minister|prime minister|grand vizier|chancellor|regent|heir|co-ruler|second-in-command";
const RELATION = `father|mother|son|daughter|husband|wife|brother|sister|grandfather|grandmother|grandson|granddaughter|uncle|aunt|nephew|niece|stepmother|stepfather|stepson|stepdaughter|half-brother|half-sister|owner|master|teacher|tutor|mentor|successor|predecessor|rival|guardian|${POST}`;
const NAME = "[A-Z][\\w'’-]+(?: (?:[A-Z][\\w'’-]+|I{1,3}|IV|VI{0,3}|IX|X))*";
const PATTERNS = [
  // "Osric II was her father." / "Bram Tolle was both her husband and …"
  new RegExp(`^(${NAME}) (was|is) (?:both |also )?(his|her) (${RELATION})\\b`),
  // "… and his grandfather was Chandra, the founder …"; "His father, however, was Aldric …" (an aside is skipped).
  // Case matters after the pronoun: a name starts with a capital (with /i, "however" read as the name and became the key).
  new RegExp(`\\b([Hh]is|[Hh]er) (${RELATION})(?:, [a-z]+(?: [a-z]+)?,)? (was|is) (${NAME})\\b`),
  // "Her tutor, Ada Vell, left the court in 1410."
  new RegExp(`(?:^|\\s)([Hh]is|[Hh]er) (${RELATION}), (${NAME}),`),
];

/** A PATTERNS match (pattern `p`) read as its name, verb, pronoun and relation: each pattern holds them in its own order. */
function matchParts(p: number, m: RegExpExecArray): [name: string, verb: string, pronoun: string, relation: string] {
  return p === 0 ? [m[1]!, m[2]!, m[3]!, m[4]!] : p === 1 ? [m[4]!, m[3]!, m[1]!, m[2]!] : [m[3]!, "was", m[1]!, m[2]!];
}

// "his new chancellor", "her former regent": the article knows more than one holder.
const IS_POST = new RegExp(`^(?:${POST})$`);
const HELD_IN_TURN = new RegExp(`\\b(?:his|her) (?:first|second|new|next|former|later|last) (${POST})\\b`, "gi");

/** The posts whose holder the article changes: two different names for one post, or a "new"/"former" holder. */
function postsHeldInTurn(sentences: Sentence[], articleText: string): Set<string> {
  const holders = new Map<string, string[]>();
  const out = new Set([...articleText.matchAll(HELD_IN_TURN)].map((m) => m[1]!.toLowerCase()));
  for (const sentence of sentences) {
    for (const [p, re] of PATTERNS.entries()) {
      const m = re.exec(sentence.text);
      if (!m) continue;
      const [name, , , relation] = matchParts(p, m);
      const post = relation.toLowerCase();
      if (!IS_POST.test(post)) continue;
      const words = name.split(/\s+/);
      const seen = holders.get(post) ?? [];
      // ("Olt" is "Bram Olt" again.)
      if (seen.some((other) => !words.every((w) => other.split(/\s+/).includes(w)) && !other.split(/\s+/).every((w) => words.includes(w)))) out.add(post);
      holders.set(post, [...seen, name]);
    }
  }
  return out;
}

// A style many share, no part of one person's name ("King Odo", "King Aldric").
const STYLE = /^(?:I{1,3}|King|Queen|Emperor|Empress|Prince|Princess|Sultan|Pharaoh|Lord|Lady|Sir|Saint|Tsar|Shah)$/;

function possessive(name: string): string {
  return /s$/.test(name) ? `${name}'` : `${name}'s`;
}

export function makeRelationQuestions(sentences: Sentence[], articleText: string, namedBySentence: Span[][] = []): { question: GeneratedQuestion; sentenceIndex: number }[] {
  const out: { question: GeneratedQuestion; sentenceIndex: number }[] = [];
  if (!sentences.some((s) => s.titlePerson)) return out;
  const asked = postsHeldInTurn(sentences, articleText);
  sentences.forEach((sentence, sentenceIndex) => {
    const person = sentence.titlePerson;
    if (!person) return;
    // Another person of their sex named anywhere in the sentence, by one name too ("… while Aldo was at sea"), may be whose "his" it is.
    const titleWords = person.name.split(/\s+/).filter((w) => !STYLE.test(w));
    const others = (namedBySentence[sentenceIndex] ?? []).filter((s) => s.type === "PERSON" && !person.ofOtherSex?.includes(s.text) && !s.text.split(/\s+/).some((w) => titleWords.includes(w)));
    for (const [p, re] of PATTERNS.entries()) {
      const m = re.exec(sentence.text);
      if (!m) continue;
      const [name, verb, pronoun, relation] = matchParts(p, m);
      // "his" must be the person the article is about, and the name someone else.
      const pronounIsTheirs = person.pronoun === "he" ? /^his$/i.test(pronoun) : /^her$/i.test(pronoun);
      // (A shared title is no shared name: King Odo's father may be King Aldric.)
      if (!pronounIsTheirs || person.name.split(/\s+/).some((w) => name.split(/\s+/).includes(w) && !STYLE.test(w))) continue;
      // Another person named before the pronoun (outside the answer) could be whose relative this is.
      const beforePronoun = sentence.text.slice(0, m.index + m[0].toLowerCase().indexOf(`${pronoun.toLowerCase()} `));
      if (beforePronoun.replace(name, "").match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/)) continue;
      if (others.some((s) => !name.includes(s.text) && !s.text.includes(name))) continue;
      const lower = relation.toLowerCase();
      // For a post, so may one the sentence before names ("Odo's brother Aldo … His regent, …"): a household has posts too.
      if (asked.has(lower) || (person.othersBefore && IS_POST.test(lower))) continue;
      asked.add(lower);
      const at = sentence.text.indexOf(name, p === 0 ? 0 : m.index);
      if (at < 0) continue;
      const start = sentence.start + at;
      const span = { text: name, start, end: start + name.length, type: "PERSON" as const };
      out.push({
        sentenceIndex,
        question: {
          type: "FILL_BLANK",
          prompt: `Who ${verb === "is" ? "is" : "was"} ${possessive(person.name)} ${lower}?`,
          options: [],
          answerKey: { kind: "text", accepted: acceptedAliases(span, articleText) },
          answerText: name,
          source: sourceIn(sentence, { start, end: span.end }),
          spanType: "PERSON",
          keyKind: "name",
          score: 1,
          confidence: 0.78,
        },
      });
    }
  });
  return out;
}
