import type { TermList } from "./find-lists";
import { NUMBER_WORDS } from "./find-spans";
import { infinitiveOf, lowerArticle, tagged } from "./question-stems";
import { termVariants } from "./make-term-questions";
import { mentions } from "./whole-words";
import { choiceQuestion, sourceIn } from "./question-parts";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";
import { verbsAs } from "./verb-forms";

/**
 * A list the article gives as what someone or something did ("A cart carried a goat, a hen and a pig.",
 * "The guild kept ledgers, charters and seals.") asked as a whole, whatever kind word it lacks:
 * - "Which of these did the guild NOT keep?" with three members and one outsider, a member of another list of the
 *   article that belongs to another owner (so the article itself settles each option);
 * - typed "What did the guild keep? (Name one of the three the article gives.)", accepting every member.
 * The frame must be a plain clause (a subject, one verb, at most a short object or preposition) so the question can
 * be said without the list; anything else stays with the makers that blank one member.
 */

export interface ListFrame {
  list: TermList;
  /** "Which of these did the guild not keep, according to the article?" */
  notStem: string;
  /** "What did the guild keep? (Name one of the three the article gives.)" */
  typedStem: string;
  /** Who does it and what they do ("guild", "keep"), to tell lists of one kind: "" for an example list. */
  owner: string;
  action: string;
  /** The subject as the question says it ("merchants"), for a second list of the same sentence. */
  who: string;
  /**
   * The doer is the article's person and nothing after the verb narrows the deed ("What did Ada study?"): what that person
   * did elsewhere in the article ("she turned to medicine") answers too, so "one of the four" names no set the student can tell.
   */
  openToLife?: boolean;
}

// A subject the question can name alone: a noun phrase of at most four words, or a name; never a pronoun or pointer.
const POINTER = /\b(?:it|its|they|their|them|this|these|that|those|there|then|he|she|his|her|such|here)\b/i;
// An opening phrase ("At the fair that spring, …") is kept after the question's clause unless it points elsewhere.
const OPENING = /^((?:In|At|On|During|By|Under|Throughout|Across|For) [^,;:]{2,40}), (.+)$/;
// An opening that only points back to a place or time ("From there, …", "After that, …") is dropped: the clause stays true.
const BACK_OPENING = /^(?:From there|After that|Soon after|Later|Then|There), /;
// Words between subject and verb that add nothing to what was done ("also", "later", "often").
const IDLE_ADVERB = / (?:also|later|often|soon|then|still|usually|mainly|chiefly) /;
// A linking word before the clause ("instead, officials kept …") carries no fact of the list.
const LINK = /^(?:instead|also|later|meanwhile|then|in turn|in return|by contrast|at first)\s*,?\s+/i;
// After the list: the sentence ends, or one short place/goal phrase before the end.
// Another clause may follow after a semicolon or comma ("…, with people …"; "…; all three landed …"): the list ends its own.
const TAIL = /^(?: ((?:to|from|in|on|at|for|across|into|along|around|throughout|between) [^,;:.()]{2,40}))?(?:\.$|;|, )/;
// A preposition or object that may close the frame ("kept records of", "traded in", "worked on").
const CLOSER = /^(?:(?:[a-z]+ ){0,2}(?:of|in|on|for|with|to|about|from|into))$/;

/** The list's sentence as a plain frame (subject, verb, list, short tail), or null when the clause is no sure parse. */
export function listFrame(list: TermList, sentence: Sentence): ListFrame | null {
  const last = list.items.at(-1)!;
  const tailMatch = TAIL.exec(sentence.text.slice(last.end - sentence.start));
  if (!tailMatch) return null;
  const tail = tailMatch[1] ?? "";
  let lead = list.lead.replace(/^.*;\s*/, "").replace(LINK, "").replace(BACK_OPENING, "").replace(IDLE_ADVERB, " ");
  // "It also spurred …": the pronoun opening stands for what the sentence before names, when that is settled.
  if (sentence.subject && sentence.opener && lead.startsWith(`${sentence.opener} `)) lead = `${sentence.subject}${lead.slice(sentence.opener.length)}`;
  let opening = "";
  const open = OPENING.exec(lead);
  if (open) {
    opening = open[1]!;
    lead = open[2]!;
  }
  // "Her firm built …", "she designed …" in an article about one person: the person.
  const person = sentence.person;
  let personal = false;
  if (person && new RegExp(`^${person.pronoun === "she" ? "Her" : "His"} [a-z]`).test(lead)) lead = `${person.name}'s${lead.slice(3)}`;
  else if (person && new RegExp(`^${person.pronoun === "she" ? "[Ss]he" : "[Hh]e"} [a-z]`).test(lead)) [lead, personal] = [`${person.name}${lead.slice(person.pronoun.length)}`, true];
  if (POINTER.test(opening) || POINTER.test(tail) || /[,;:()"“”]/.test(lead)) return null;
  const terms = tagged(lead);
  const verbAt = terms.findIndex((t) => t.tags?.includes("PastTense") || t.tags?.includes("PresentTense"));
  if (verbAt < 1 || verbAt > 4) return null;
  const subjectTerms = terms.slice(0, verbAt);
  if (subjectTerms.some((t) => t.tags?.includes("Verb") || t.tags?.includes("Pronoun") || t.tags?.includes("Adverb"))) return null;
  const subject = subjectTerms.map((t) => t.text).join(" ");
  if (POINTER.test(subject) || !/^(?:(?:The|A|An) )?[\w'’-]+(?: [\w'’-]+){0,3}$/.test(subject)) return null;
  const verb = terms[verbAt]!;
  const rest = terms
    .slice(verbAt + 1)
    .map((t) => t.text)
    .join(" ");
  if (rest && !CLOSER.test(rest)) return null;
  // A verb of being or having ("were", "has") says what a thing is, not what someone did: no question to ask of it.
  if (/^(?:is|are|was|were|has|have|had|be|been|include|includes|included)$/i.test(verb.text)) return null;
  const past = verb.tags?.includes("PastTense");
  const infinitive = infinitiveOf(verb.text);
  if (!infinitive || /\s/.test(infinitive) || (past && infinitive === verb.text)) return null;
  const plural = /s$/.test(subjectTerms.at(-1)!.text) || subjectTerms.some((t) => t.tags?.includes("Plural"));
  const aux = past ? "did" : plural ? "do" : "does";
  // A common noun capitalised only because it opens the sentence ("Governments need …") is written small.
  const opensSentence = sentence.text.startsWith(subject);
  const common = opensSentence && subjectTerms.length === 1 && !subjectTerms[0]!.tags?.includes("ProperNoun") && /s$/.test(subject);
  const who = common ? subject.toLowerCase() : lowerArticle(subject, sentence.titlePerson?.name ?? sentence.person?.name);
  // "keep records of on quipus" reads badly: a frame closed by its preposition keeps nothing after it.
  const closed = / (?:of|in|on|for|with|to|about|from|into)$/.test(` ${rest}`);
  const after = [rest, !closed && tail, !closed && opening && lowerOpening(opening)].filter(Boolean).join(" ");
  const asked = `${aux} ${who} ${infinitive}${after ? ` ${after}` : ""}`;
  const negated = `${aux} ${who} not ${infinitive}${after ? ` ${after}` : ""}`;
  return {
    list,
    notStem: `Which of these ${negated}, according to the article?`,
    typedStem: `What ${asked}? (Name one of the ${countWord(list)} the article gives.)`,
    // The owner's head word: "Lind" and "Tessa Lind" are one owner, "the town council" is the council.
    owner: subject.toLowerCase().split(" ").at(-1)!,
    action: infinitive.toLowerCase(),
    who,
    openToLife: !after && (personal || [person?.name, sentence.titlePerson?.name].some((n) => !!n && (n === subject || n.split(" ").includes(subject)))),
  };
}

// "useful resources, such as a, b and c": the kind the examples belong to, as the article names it (two to four words,
// no pointer, no clause); the whole phrase must be the object or the end of a clause, which the comma before "such as" shows.
const SUCH_AS = /(?:^|[\s(])((?:[a-zA-Z][\w'’-]* ){0,2}[a-zA-Z][\w'’-]*s),? such as$/;
const NOT_KIND = /^(?:the|a|an|and|or|of|in|on|to|for|with|by|from|that|which|who|many|some|other|others|things|ways|cases|examples|people)$/;

/** "What examples of useful resources does the article give? (Name one of the four.)" */
export function suchAsFrame(list: TermList, sentence: Sentence): ListFrame | null {
  const m = SUCH_AS.exec(list.lead);
  if (!m) return null;
  // "Pollinators, such as …" opens its sentence; a capital inside the phrase ("the Old Towns") names something, and
  // its head word then matches no lower-case word below.
  const words = m[1]!.replace(/^[A-Z]/, (c) => c.toLowerCase()).split(" ");
  // Cut from the left to the words that name the kind ("goods that a household buys" is no kind phrase).
  // (And from the clause's verb: "included famous figures, such as …" names the kind "famous figures".)
  const tags = tagged(list.lead);
  const isVerb = (w: string) => tags.findLast((t) => t.text.toLowerCase() === w.toLowerCase())?.tags?.some((g) => g === "Verb" || g === "PastTense") ?? false;
  while (words.length > 1 && (NOT_KIND.test(words[0]!) || isVerb(words[0]!))) words.shift();
  if (words.some((w) => NOT_KIND.test(w)) || POINTER.test(words.join(" "))) return null;
  const kind = words.join(" ");
  // The kind ends in a plural noun ("resources"), never a verb ("a household buys, such as …").
  const head = tags.findLast((t) => t.text.toLowerCase() === words.at(-1));
  if (!head?.tags?.includes("Plural") || head.tags.includes("Verb")) return null;
  if (!TAIL.test(sentence.text.slice(list.items.at(-1)!.end - sentence.start))) return null;
  return {
    list,
    notStem: `Which of these is not one of the examples of ${kind} that the article gives?`,
    typedStem: `What examples of ${kind} does the article give? (Name one of the ${countWord(list)}.)`,
    owner: "",
    action: "",
    who: "",
  };
}

function countWord(list: TermList): string {
  return NUMBER_WORDS[list.items.length - 2] ?? String(list.items.length);
}

function lowerOpening(opening: string): string {
  return opening.charAt(0).toLowerCase() + opening.slice(1);
}

const plainPlural = (text: string) => /[^s]s$/.test(text.split(" ").at(-1)!);

/**
 * "merchants shipped a, b and c to Rome, and in return received d, e and f": the second list has the first one's
 * subject and its own verb, a past form the sentence shares.
 */
export function sequelFrame(list: TermList, previous: ListFrame, sentence: Sentence): ListFrame | null {
  if (!previous.who || previous.list.sentenceIndex !== list.sentenceIndex) return null;
  const between = sentence.text.slice(previous.list.items.at(-1)!.end - sentence.start, list.items[0]!.start - sentence.start);
  const m = /^(?: [^,;:()]{0,40})?, and (?:in return |also |then |later )?([a-z]+ed) (?:the )?$/.exec(between);
  if (!m || !TAIL.test(sentence.text.slice(list.items.at(-1)!.end - sentence.start))) return null;
  // Alone, a past form may not read as a verb to the tagger; in a short clause it does.
  const infinitive = infinitiveOf(m[1]!) || verbsAs(`They ${m[1]} it.`, "infinitive");
  if (!infinitive || infinitive === m[1] || /\s/.test(infinitive)) return null;
  const back = /in return /.test(between) ? " in return" : "";
  return {
    list,
    notStem: `Which of these did ${previous.who} not ${infinitive}${back}, according to the article?`,
    typedStem: `What did ${previous.who} ${infinitive}${back}? (Name one of the ${countWord(list)} the article gives.)`,
    owner: previous.owner,
    action: infinitive.toLowerCase(),
    who: previous.who,
  };
}

/**
 * Members of other lists that can stand beside this list's members: from a list of the same kind by its frame (the
 * same owner, as "merchants shipped … and received …", or the same action, as "Rome exported … Carthage exported …";
 * lists of unlike things make the outsider easy to spot), written alike (capital or not, plural or not), sharing no
 * member (an overlapping list names the same set, and its members may belong here too), and said nowhere beside this
 * list's members but in their own list's sentence.
 */
export function outsidersOf(frame: ListFrame, frames: ListFrame[], sentences: Sentence[]): string[] {
  const list = frame.list;
  const own = list.items.map((i) => i.text.toLowerCase());
  const capital = /^[A-Z]/.test(list.items[0]!.text);
  const plural = list.items.filter((i) => plainPlural(i.text)).length;
  const pluralShape = plural === list.items.length ? true : plural === 0 ? false : null;
  const out: string[] = [];
  for (const { list: other, owner, action } of frames) {
    if (other === list || !frame.owner || (owner !== frame.owner && action !== frame.action)) continue;
    // The same doer doing the same thing elsewhere ("In 1400 the guild kept …; by 1500 the guild kept …"): its members
    // are things this doer did too, never an outsider.
    if (owner === frame.owner && action === frame.action) continue;
    if (other.items.some((i) => own.some((o) => mentions(o, i.text) || mentions(i.text, o)))) continue;
    for (const item of other.items) {
      if (/^[A-Z]/.test(item.text) !== capital) continue;
      if (pluralShape !== null && plainPlural(item.text) !== pluralShape) continue;
      // Said anywhere beside a member of this list or beside this list's doer (outside its own list's sentence), it may
      // belong to both: "Rome exported gold to Egypt" makes gold no outsider of what Rome exported.
      const together = sentences.some(
        (s, i) => i !== other.sentenceIndex && mentions(s.text, item.text) && (own.some((o) => mentions(s.text, o)) || mentions(s.text, frame.owner) || (!!s.subject && mentions(s.subject, frame.owner))),
      );
      if (!together) out.push(item.text);
    }
  }
  return [...new Set(out)];
}

/** Every list that reads as a plain frame, in the article's order. */
export function listFrames(sentences: Sentence[], lists: TermList[]): ListFrame[] {
  const frames: ListFrame[] = [];
  for (const list of lists) {
    const sentence = sentences[list.sentenceIndex]!;
    const previous = frames.at(-1);
    const frame = listFrame(list, sentence) ?? suchAsFrame(list, sentence) ?? (previous ? sequelFrame(list, previous, sentence) : null);
    if (frame) frames.push(frame);
  }
  return frames;
}

export function makeListFrameQuestions(sentences: Sentence[], lists: TermList[], random: () => number): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  const frames = listFrames(sentences, lists);
  for (const frame of frames) {
    const list = frame.list;
    const sentence = sentences[list.sentenceIndex]!;
    const source = sourceIn(sentence, { start: list.items[0]!.start, end: list.items.at(-1)!.end });
    const members = list.items.map((i) => i.text);
    const outsider = shuffle(outsidersOf(frame, frames, sentences), random)[0];
    if (outsider && members.length >= 3) {
      const shown = shuffle(members, random).slice(0, 3);
      out.push({
        type: "MULTIPLE_CHOICE",
        prompt: frame.notStem,
        ...choiceQuestion(outsider, shown, random),
        answerText: outsider,
        source,
        spanType: "TERM",
        keyKind: "category",
        outsiderByFrame: true,
        score: 1,
        // Every option is the article's and settled by it; a list of one frame's kind keeps the outsider hard to spot.
        confidence: 0.74,
      });
    }
    if (frame.openToLife) continue;
    out.push({
      type: "FILL_BLANK",
      prompt: frame.typedStem,
      options: [],
      answerKey: { kind: "text", accepted: [...new Set(members.flatMap((m) => termVariants(m, /[^s]s$/.test(m))))] },
      // The gate reads the shown answer at its place in the article: the first member stands for all of them.
      answerText: members[0]!,
      source: { ...source, answer: { start: list.items[0]!.start, end: list.items[0]!.end } },
      spanType: "TERM",
      keyKind: "category",
      score: 1,
      confidence: 0.7,
    });
  }
  return out;
}
