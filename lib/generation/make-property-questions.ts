import { REVIEW_THRESHOLD } from "./confidence";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * A property the article states of a thing with a predicate whose parse is sure:
 * what it is made of ("The hull is made up of oak planks", "The reef consists of
 * coral"), what it is known for ("Tull is famous for its salt pans") and what
 * lives there ("The marsh is home to herons"). Explanatory articles state many of
 * their facts this way, with no name, date or number to blank.
 *
 * Asked typed ("What is the hull made up of?"): the things a thing is made of or
 * known for have no fellow phrases of the same kind in the article often enough
 * to make fair options. The key is the predicate's object noun phrase; the reader
 * may type it whole, without its quantity word, by its head noun alone, by the
 * name the article gives it after "or", or (for "sheets of ice") by its stuff.
 *
 * The subject must be one the question can stand on: a capitalised name, or a
 * noun phrase whose last word the title names or three sentences of the article
 * repeat (the term a paragraph is about). Pronouns, "this …", and nouns that only
 * point back ("the site", "the other") are refused.
 */

interface Predicate {
  re: RegExp;
  question: (m: RegExpExecArray, subject: string) => string;
}

const DO: Record<string, string> = { consists: "does", consist: "do", consisted: "did" };
const PREDICATE_FORMS: Predicate[] = [
  { re: /^(is|are|was|were) (made up|composed|formed|made|built) (of|from) /, question: (m, s) => `What ${m[1]} ${s} ${m[2]} ${m[3]}?` },
  { re: /^(consists|consist|consisted) of /, question: (m, s) => `What ${DO[m[1]!]} ${s} consist of?` },
  { re: /^(is|are|was|were) (?:(best|widely|most) )?(famous|known|noted|renowned|celebrated|remembered) for /, question: (m, s) => `What ${m[1]} ${s} ${m[2] ? `${m[2]} ` : ""}${m[3]} for?` },
  { re: /^(is|are|was|were) (?:also )?home to /, question: (m, s) => `What ${m[1]} ${s} home to?` },
];

// An opening that reports the claim: "Divers report that …".
const REPORTED = /^(?:[A-Z][a-z]+s|Many [a-z]+s|Most [a-z]+s) (?:believe|think|know|agree|say|report|have found|have shown) that /;
// The whole subject: a name ("Lake Orr", "The Tull Reef"), or a noun phrase of up to three lower-case words after "the" or a name's possessive.
const SUBJECT = /^(?:(?:The )?[A-Z][\w'’-]*(?: (?:of |the )?[A-Z][\w'’-]*)*|(?:[Tt]he |[A-Z][a-z]+['’]s )?(?:[a-z][\w-]* ){0,2}[a-z][\w-]*)$/;
const POINTS_BACK = /^(?:it|they|this|that|these|those|he|she|we|you|one|other|others|latter|former|rest|site|place|area|event|thing|way|case|idea|first|second|last|same)$/i;
const NOT_A_HEAD = /^(?:is|are|was|were|has|have|had|also|which|that|and|or|but|the|a|an)$/i;
// A quantity word before the object's noun: "several sheets of ice" may be typed "sheets of ice".
const QUANTITY = /^(?:many|several|some|a few|few|numerous|countless|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of|millions of|its|their|his|her|a|an|the) /i;
// Words for a portion of some stuff: "sheets of ice" may be typed "ice".
const PORTION = /^(?:pieces|piece|slabs|blocks|bits|layers|sheets|grains|chunks|fragments|strips|plates|lumps|particles|bands|threads|fibres|fibers) of ([a-z][\w-]*)$/i;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z'’-]+/g) ?? [];
}

/** The object noun phrase: up to a clause boundary, a relative word, or a second "for"/"of" phrase. */
function objectPhrase(rest: string): { phrase: string; alias: string | null; more: string[]; whole: string } | null {
  const clause = rest.split(/[;:()]|\.$/)[0]!;
  // "sand, clay and silt": a list, which the list makers ask; its first member alone is no answer.
  if (/^[^,]+, [^,]+(?:, [^,]+)*,? (?:and|or) /.test(clause) && !/^[^,]+, or /.test(clause)) return null;
  const cut = clause.split(/, (?!or )| (?:which|that|who|where|while|because|so|when|as|but|until|though|although)\b/)[0]!.trim();
  // Two things, each with its own article or preposition ("its frescoes and for its layout"), either may be typed;
  // "oak and iron" is one answer.
  const [first, ...others] = cut.split(/ and (?:for |of |to )?(?=(?:a|an|the|its|their|his|her|many|some) )| and (?:for|of|to) /);
  const alias = /, or ([a-z][\w -]{1,30})$/.exec(clause)?.[1]?.trim() ?? null;
  const phrase = first!.replace(/, or .*$/, "").trim();
  // A pronoun ("them", "it") stands for something named elsewhere: no answer a reader could type.
  if (!phrase || /\d/.test(phrase) || words(phrase).length > 6 || words(phrase).length === 0 || /^(?:it|them|this|that|these|those|him|us|one|both|all)\b/i.test(phrase)) return null;
  // A phrase with a verb-like word inside is a clause, not a noun phrase.
  const clauseLike = (p: string) => /\b(?:is|are|was|were|has|have|had|can|will|would|do|does|did)\b/.test(p);
  if (clauseLike(phrase)) return null;
  const more = others.map((o) => o.trim()).filter((o) => o && words(o).length <= 6 && !clauseLike(o));
  // A second thing joined by "and" is part of the answer: the key shows both, and either may be typed.
  if (more.length !== others.length) return null;
  return { phrase, alias, more, whole: more.length ? cut.replace(/, or [^,]*$/, "") : phrase };
}

function typedForms(phrase: string): string[] {
  let bare = phrase;
  while (QUANTITY.test(bare)) bare = bare.replace(QUANTITY, "");
  const forms = [phrase, bare];
  const portion = PORTION.exec(bare);
  if (portion) forms.push(portion[1]!);
  // The head noun alone, when nothing after it says which ("oak planks" -> "planks"; not "sheets of ice" -> "sheets").
  if (!/ (?:of|and|or) /.test(bare)) forms.push(bare.split(" ").pop()!);
  return forms;
}

const NAMED = /^(?:The )?[A-Z][\w'’-]*(?: (?:of |the )?[A-Z][\w'’-]*)*$/;
const NAME = "[A-Z][\\w'’-]*(?: (?:of |the )?[A-Z][\\w'’-]*)*";
const OWNED = /^(?:this|these|those|that|it|its|their|his|her|our|your|other|another|such)$/i;

/**
 * The question on one clause, "<subject> <predicate> <object>", or null. `given` is the subject when the
 * clause's own is "it" standing for it; `at` is where the clause's body starts in the article.
 */
function readClause(body: string, given: string | undefined, at: number, isTerm: (subject: string) => boolean): GeneratedQuestion | null {
  for (const form of PREDICATE_FORMS) {
    // The predicate's first place in the clause; the subject is everything before it.
    const found = given ? form.re.exec(body) : new RegExp(` ${form.re.source.slice(1)}`).exec(body);
    if (!found) continue;
    const subject = given ?? body.slice(0, found.index);
    if (!SUBJECT.test(subject)) return null;
    const head = subject.split(" ").pop()!;
    if (NOT_A_HEAD.test(head) || POINTS_BACK.test(head) || subject.split(" ").some((w) => OWNED.test(w))) return null;
    const named = NAMED.test(subject) && subject !== "The";
    if (!named && !isTerm(head)) return null;
    const objectAt = found.index + found[0].length;
    const object = objectPhrase(body.slice(objectAt));
    if (!object) return null;
    const m = given ? found : form.re.exec(found[0].slice(1))!;
    const prompt = form.question(m, /^The /.test(subject) && !named ? `the ${subject.slice(4)}` : subject);
    const accepted = [...new Set([...typedForms(object.phrase), ...(object.alias ? [object.alias] : []), ...object.more.flatMap(typedForms)])];
    // No accepted form may stand in the question.
    const shown = words(prompt).join(" ");
    if (accepted.some((a) => a.length > 3 && shown.includes(a.toLowerCase()))) return null;
    const start = at + objectAt;
    return {
      type: "FILL_BLANK",
      prompt,
      options: [],
      answerKey: { kind: "text", accepted },
      answerText: object.whole,
      source: { sentence: "", start: 0, end: 0, answer: { start, end: start + object.whole.length } },
      spanType: "TERM",
      keyKind: "property",
      score: 1,
      confidence: 0.72,
    };
  }
  return null;
}

export function makePropertyQuestions(sentences: Sentence[], title: string): { question: GeneratedQuestion; sentenceIndex: number }[] {
  const uses = new Map<string, number>();
  for (const s of sentences) for (const w of new Set(words(s.text))) uses.set(w, (uses.get(w) ?? 0) + 1);
  const titleWords = new Set(words(title));
  // The term a paragraph is about: the title names it, or three sentences do.
  const isTerm = (head: string) => titleWords.has(head.toLowerCase()) || (uses.get(head.toLowerCase()) ?? 0) >= 3;
  const out: { question: GeneratedQuestion; sentenceIndex: number }[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const reported = REPORTED.exec(sentence.text)?.[0] ?? "";
    const clauses: { body: string; at: number; subject?: string }[] = [{ body: sentence.text.slice(reported.length), at: reported.length }];
    // "Tull stands on a cliff; it is famous for its salt pans.": "it" opening a clause after a semicolon is the name opening the sentence.
    const opening = new RegExp(`^(${NAME}) (?!and\\b|or\\b)[a-z]+\\b[^;]*; it `).exec(sentence.text);
    if (opening) clauses.push({ body: sentence.text.slice(opening[0].length), at: opening[0].length, subject: opening[1]! });
    for (const clause of clauses) {
      const question = readClause(clause.body, clause.subject, sentence.start + clause.at, isTerm);
      if (question) {
        out.push({ sentenceIndex, question: { ...question, source: { ...question.source, sentence: sentence.text, start: sentence.start, end: sentence.end } } });
        return;
      }
    }
  });
  return out;
}

/**
 * A property question whose key another sure question shows as its context ("… made of sheets of ice, or floes.
 * What are these sheets called?") would be answered by reading that stem: the two cannot share a
 * quiz, and the term the next sentence names is the article's point, not the description before it. It gives way.
 */
export function givesWayToTerm(q: GeneratedQuestion, others: GeneratedQuestion[]): boolean {
  if (q.keyKind !== "property") return false;
  const key = q.answerText.toLowerCase();
  return others.some((o) => o !== q && o.keyKind === "definition" && o.confidence >= REVIEW_THRESHOLD && o.prompt.toLowerCase().includes(key));
}
