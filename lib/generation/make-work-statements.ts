import { escapeRegExp, tagWords } from "./find-spans";
import { sourceIn, statementQuestion } from "./question-parts";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * What an article about a novel, play or poem says of the work as a whole: its main themes, its message, where its
 * title comes from. A study guide states these in one sentence near its end ("Its main themes include loneliness and
 * greed.", "The play's message is that …", "The title comes from a hymn by …"), and a teacher tests them; but the
 * sentence names the work only as "its" or "the play", so no other maker could ask it standing alone, and its list has
 * no name, date or term to blank. Here the work's own name is written in ("The main themes of <work> include …") and
 * the sentence is asked as a true statement: its whole list as the article gives it, so the key cannot be wrong. No
 * false version is made: a theme the article does not name may still be one of the work's, and a reader would be right
 * to say so.
 */

// The kinds of work a story article retells, as its first sentence names them ("X is a short novel by …").
const WORK_KIND = String.raw`(?:novel|novella|play|tragedy|comedy|poem|epic|story|fable|book|musical|opera|film)`;
// How a theme sentence names the work: "Its", "The novel's", "The play's", or the work's own name (filled in per article).
// (Never "The film's": in an article on a novel or play, a film is an adaptation, whose themes may be its own.)
const WORK_WORD = String.raw`(?:Its|The (?:novel|novella|play|tragedy|comedy|poem|epic|story|fable|book)['’]s)`;
// "main themes include", "central themes are", "themes include": the qualifier kept as the article writes it.
const THEMES = String.raw`(?:(main|central|key|chief|major|principal|most important) )?(themes) (include|are) `;
// "message is that …", "central message is that …": only a "that" clause, a claim the article states whole.
const MESSAGE = String.raw`(?:(main|central|key|chief) )?(message|moral|lesson) (is) that `;
// "The novel explores themes of …", "The play deals with the idea of …": the work named as the doer, its theme words kept.
// ("The play warns that …", "The novel suggests that …": the work's message, said of the work as the doer.)
const EXPLORES = String.raw`((?:(?:explores|examines|deals with|is about|focuses on|raises|addresses) (?:the )?(?:(?:main|central|key|big) )?(?:themes?|ideas?|questions?) (?:of|such as|including|about|like)|(?:warns|suggests|shows|argues|teaches) that) .+)`;
const WORK_SUBJECT = String.raw`The (?:novel|novella|play|tragedy|comedy|poem|epic|story|fable|book)`;
/** The work as a sentence's subject, as a pattern's source: "It", its kind ("The novel") or its name, quoted or not. */
function workAsSubject(name: string): string {
  return String.raw`(?:It|${WORK_SUBJECT}|["“]?${escapeRegExp(name)}["”]?)`;
}
// A sentence naming an adaptation or a sequel: an "Its" right after it may be that work's.
const SOURCE_WORK = /\b(?:poem|poems|song|songs|hymn|ballad|rhyme|verse|line|lines|book|books|story|stories|play|plays|novel|novels)\b/i;
// (Or another book of the author's, "a memoir, Salt Days", "a sequel", or a setting to music: "It explores …" after it is that one's.)
const OTHER_VERSION = /\b(?:film|films|movie|adaptation|adapted|musical|opera|sequel|prequel|series|version|remake|memoirs?|autobiography|biography|diary|essays?|collection|set to music|composer|recording|ballet)\b/i;
// The words that name one work: a novel is also "the book" or "the story", a tragedy "the play". "The poem warns …" in an
// article on a novel is a poem in its plot, not the novel.
const KIND_CALLED = /^The (novel|novella|play|tragedy|comedy|poem|epic|story|fable|book)(['’]s)? /;
// "Major themes in the novel include …", "The main themes of the play are …": the work named by its kind after the themes.
const THEMES_OF_KIND = /^(?:The )?(?:[A-Za-z]+ )?[Tt]hemes (?:in|of) the (novel|novella|play|tragedy|comedy|poem|epic|story|fable|book)\b/;
const KIND_GROUPS = [["novel", "novella", "book", "story", "fable"], ["play", "tragedy", "comedy"], ["poem", "epic"]];
// "The title comes from an old ballad by …", "Its title is taken from a line in …": the source, up to an aside, a colon or
// the end (a source's name may hold a quotation or initials, "by W. H. Orme").
const TITLE = /^(?:Its|The) title (comes|is taken|was taken|is drawn|was drawn|came) from (an? [a-z].{6,100}?)(?=, (?:which|where|who|in which)\b|[:;]|\.$)/;
// The author the first sentence names ("a novel by the Welsh writer Ann Bryn, published …"): a message may be theirs ("Bryn's message is that …").
const AUTHOR = /\bby (?:the (?:[A-Za-z-]+ ){0,3}(?:writer|author|novelist|playwright|dramatist|poet) )?((?:[A-Z][a-z]+ )*([A-Z][a-z]+))\b/;

const THEME_WEIGHT = 1.3;
const TITLE_WEIGHT = 0.85;

/** The work an article retells: the title's name, where the first sentence calls that name a novel, play or poem. */
export function workNamed(title: string, first: string | undefined): string | null {
  return namedWork(title, first)?.name ?? null;
}

/** The work's name and the kind its first sentence gives it ("novel", "play"). */
function namedWork(title: string, first: string | undefined): { name: string; kind: string } | null {
  const name = title.split(/:\s/)[0]!.trim().replace(/^["“](.*)["”]$/, "$1");
  if (!name || !first || name.split(/\s+/).length > 6) return null;
  const opens = new RegExp(String.raw`^["“]?${escapeRegExp(name)}["”]? (?:is|was) (?:an? |one of the )(?:[A-Za-z0-9][\w-]*,? ){0,3}(${WORK_KIND})s?\b`);
  const kind = opens.exec(first)?.[1];
  return kind ? { name, kind } : null;
}

/**
 * For each sentence i: whether it, naming the work only as "It", "Its", "The novel" or "The novel's" (or not at all: "The title
 * comes from …", "Bryn's message is that …"), may be speaking of another
 * work: one its kind word cannot be ("The poem …" in an article on a novel), or one named just before it: a film, a
 * sequel or a memoir, or another work of its kind ("Her second novel, …, failed. It deals with …. The novel teaches
 * …": the chain of "It" and "the novel" back to that sentence is that novel's), or for "It" a poem or a song right
 * before ("The title comes from a hymn …"). The first sentence, and one opening on the work's name, are the work's.
 */
function otherWorkGuard(sentences: Sentence[], name: string, kind: string, author?: string): (i: number) => boolean {
  // (Built once per article: the guard is asked of every sentence.)
  const group = KIND_GROUPS.find((g) => g.includes(kind)) ?? [kind];
  const sameKind = new RegExp(String.raw`\b(?:${group.join("|")})s?\b`, "i");
  const pointer = new RegExp(String.raw`^(?:Its?|The (?:${group.join("|")})(?:['’]s)?)\b`);
  const byName = new RegExp(String.raw`^["“]?${escapeRegExp(name)}\b`);
  const byAuthor = author === undefined ? null : new RegExp(String.raw`^${escapeRegExp(author)}['’]s `);
  return (i) => {
    const text = sentences[i]!.text;
    const called = KIND_CALLED.exec(text) ?? THEMES_OF_KIND.exec(text);
    if (called && !group.includes(called[1]!)) return true;
    // ("Bryn's message is that …" names the author, not the work: it may be said of any of her books.)
    // ("The title comes from …" names no work either: after a film or a sequel, the title is that one's.)
    if (!called && !byAuthor?.test(text) && !/^(?:Its?|The title)\b/.test(text)) return false;
    for (let j = i - 1; j >= 1; j--) {
      const prev = sentences[j]!.text;
      if (OTHER_VERSION.test(prev)) return true;
      if (byName.test(prev)) return false;
      if (pointer.test(prev)) continue;
      return sameKind.test(prev) || (j === i - 1 && /^It\b/.test(text) && SOURCE_WORK.test(prev));
    }
    return false;
  };
}

/** Whether a sentence names a work other than a study guide's own: a film, a sequel, a memoir, a poem, a book. */
export function namesOtherWork(text: string): boolean {
  return OTHER_VERSION.test(text) || SOURCE_WORK.test(text);
}

/**
 * Whether sentence i's "It" follows a sentence said of the work: the first sentence, or one opening on the work's name,
 * "It" or "The novel" that names no film, sequel or memoir. After "Her mother grew up in a port town." or "The film
 * was shot in Wales.", an "It is set in …" may be the town's or the film's.
 */
export function followsWork(sentences: Sentence[], i: number, title: string): boolean {
  const named = namedWork(title, sentences[0]?.text);
  if (!named || otherWorkGuard(sentences, named.name, named.kind)(i)) return false;
  const prev = sentences[i - 1]?.text ?? "";
  return i === 1 || new RegExp(String.raw`^["“]?${escapeRegExp(named.name)}\b`).test(prev) || /^Its?\b/.test(prev) || KIND_CALLED.test(prev);
}

/** A statement on the work as a whole; `theme` where it states the work's themes or message (not its title's source). */
export interface WorkStatement {
  question: GeneratedQuestion;
  sentenceIndex: number;
  weight: number;
  theme: boolean;
}

/** The true statements of what a story article says of its work's themes, message and title. */
export function makeWorkStatements(sentences: Sentence[], title: string): WorkStatement[] {
  const named = namedWork(title, sentences[0]?.text);
  if (!named) return [];
  const { name, kind } = named;
  // ("The main themes of Of Mice …" reads as a slip: a name opening on "of" or "in" is quoted after "of" or "in".)
  const work = /^(?:of|in)\b/i.test(name) ? `"${name}"` : name;
  const owner = String.raw`(?:${WORK_WORD}|["“]?${escapeRegExp(name)}["”]?['’]s)`;
  // ("Major themes in the novel include …": the work named after the themes.)
  const themesIn = new RegExp(String.raw`^(?:The )?(?:([Mm]ain|[Mm]ajor|[Cc]entral|[Kk]ey|[Cc]hief|[Ii]mportant) )?([Tt]hemes) (?:in|of) (?:${WORK_SUBJECT.replace("The", "the")}|["“]?${escapeRegExp(name)}["”]?) (include|are) (.+)\.$`);
  const themes = new RegExp(String.raw`^${owner} ${THEMES}(.+)\.$`);
  const message = new RegExp(String.raw`^${owner} ${MESSAGE}(.+)\.$`);
  // The author's message, by their surname: said as theirs, in this work.
  const author = AUTHOR.exec(sentences[0]!.text)?.[2];
  const authors = author ? new RegExp(String.raw`^${escapeRegExp(author)}['’]s ${MESSAGE}(.+)\.$`) : null;
  const out: WorkStatement[] = [];
  // ("It explores themes of …": said only of a work, and in an article on one, of that work; see otherWork.)
  const explores = new RegExp(String.raw`^${workAsSubject(name)} ${EXPLORES}\.$`);
  // (A bare "It" after a sentence naming a poem or a song, "The title comes from a hymn …", may be that one: see otherWorkGuard.)
  // (Asked once per sentence: the theme points and the title statements below both read it.)
  const otherWork = otherWorkGuard(sentences, name, kind, author);
  const others = sentences.map((_, i) => otherWork(i));
  // ("The novel deals with a number of themes." before "The most important is that …": the themes the sentence before announced.)
  const announces = new RegExp(String.raw`^${workAsSubject(name)} (?:explores|examines|deals with|raises|has) (?:several|many|a number of|two|three|four|five) (?:(?:main|important|key|big|central) )?themes\.$`);
  const points = sentences.map((sentence, i) =>
    others[i]
      ? null
      : (themeStatement(sentence.text, themes, work) ??
        themeStatement(sentence.text, themesIn, work) ??
        themeStatement(sentence.text, message, work) ??
        (authors && themeStatement(sentence.text, authors, work, author)) ??
        exploresStatement(sentence.text, explores, work) ??
        (i > 0 && announces.test(sentences[i - 1]!.text) ? rankedTheme(sentence.text, work) : null)),
  );
  sentences.forEach((sentence, i) => {
    const point = points[i];
    if (others[i]) return;
    // (The title's source beside the themes, in one passage on the work as a whole: the themes only. A quiz asks that
    // passage once, and its point is the themes.)
    const statement = point ?? (points[i - 1] || points[i + 1] ? null : titleStatement(sentence.text, work));
    if (!statement) return;
    const question = statementQuestion({ statement: statement.text, isTrue: true, source: sourceIn(sentence, { start: sentence.start + statement.at, end: sentence.start + statement.at + statement.said.length }), keyKind: "statement", confidence: 0.7 });
    // A work's themes or message are what a class studies it for; where its title comes from is a detail beside them.
    // (One a critic is said to hold, or the article hedges, is still true as written, but no main point of the article's own.)
    out.push({ question, sentenceIndex: i, weight: point ? THEME_WEIGHT : TITLE_WEIGHT, theme: !!point && !HEDGED.test(point.said) });
  });
  return out;
}

/** "Its main themes include A, B and C." -> "The main themes of <work> include A, B and C." */
function themeStatement(text: string, pattern: RegExp, work: string, author?: string): { text: string; at: number; said: string } | null {
  const m = pattern.exec(text);
  if (!m) return null;
  const [, qualifier, noun, verb, said] = m as unknown as [string, string | undefined, string, string, string];
  // A list or clause long enough to be a point of its own, with no pronoun pointing outside it ("this", "these").
  if (said.split(/\s+/).length < 3 || /\b(?:this|these|those|it|they|them)\b/i.test(said)) return null;
  const what = (qualifier ? `${qualifier} ${noun}` : noun).toLowerCase();
  const lead = author ? `${author}'s ${what} in ${work} is that` : verb === "is" ? `The ${what} of ${work} is that` : `The ${what} of ${work} ${verb}`;
  return { text: `${lead} ${said}.`, at: text.length - 1 - said.length, said };
}

// Words that make a theme someone's opinion or the article's guess: "…, according to some critics", "…, says Ana Puig", "probably".
const HEDGED = /,? (?:according to|as (?:some|many) (?:critics|readers|scholars)\b)|, (?:(?:some|many|most) )?(?:critics|readers|scholars) (?:say|argue|believe|claim)\b|, (?:says|said|argues|argued|writes|wrote|claims|claimed) [A-Z ]|, (?:says|said|argues|writes|claims) the\b|\b(?:perhaps|arguably|probably|possibly|maybe)\b/;

// "The most important is that …", "The first is that …": one of the themes the sentence before announced, up to a semicolon.
const RANKED_THEME = /^The (most important|main|central|chief|first|biggest|greatest)(?: one)? is that ([^;]+?)(?:;.*|\.)$/;

/** "The most important is that A." after "It deals with a number of themes." -> "The most important theme of <work> is that A." */
function rankedTheme(text: string, work: string): { text: string; at: number; said: string } | null {
  const m = RANKED_THEME.exec(text);
  const said = m?.[2];
  if (!m || !said || said.split(/\s+/).length < 4 || /\b(?:this|these|those|it)\b/i.test(said)) return null;
  // ("… is that land cannot be owned, according to some critics.": a ranking someone else makes, not the article's.)
  if (HEDGED.test(said)) return null;
  // ("… the rival crews are closer than they think": a "they" after the clause's own plural is that plural's.)
  const they = /\b(?:they|them)\b/i.exec(said);
  if (they && !/\b(?:people|[a-z]{3,}s)\b/.test(said.slice(0, they.index))) return null;
  // ("… is that people who lose their land; others …": cut at the semicolon, the words may be a noun and its clause, no statement.)
  if (!hasMainVerb(said)) return null;
  return { text: `The ${m[1]} theme of ${work} is that ${said}.`, at: m[0].indexOf(said, m[1]!.length), said };
}

/**
 * A verb of the clause's own, not only one of a clause on a noun: "anger is never the answer", not "people who lose their
 * land" (nor "those who stay and fight", the second verb still the relative clause's).
 */
function hasMainVerb(clause: string): boolean {
  const words = tagWords(clause);
  return words.some((w, i) => w.tags.includes("Verb") && (i === 0 || !/^(?:who|whom|which|that|and|or)$/i.test(clause.slice(words[i - 1]!.start, words[i - 1]!.end))));
}

/** "The novel explores themes of A and B." -> "<work> explores themes of A and B." */
function exploresStatement(text: string, pattern: RegExp, work: string): { text: string; at: number; said: string } | null {
  const said = pattern.exec(text)?.[1];
  if (!said || /\b(?:this|these|those|it|they|them)\b/i.test(said)) return null;
  // (A quoted name opens the statement as written: the slip "of Of" needs no quotes here.)
  return { text: `${work.replace(/^"(.*)"$/, "$1")} ${said}.`, at: text.length - 1 - said.length, said };
}

/** "The title comes from a hymn by A, which …" -> "The title of <work> comes from a hymn by A." */
function titleStatement(text: string, work: string): { text: string; at: number; said: string } | null {
  const m = TITLE.exec(text);
  if (!m) return null;
  const [, verb, said] = m as unknown as [string, string, string];
  // The source must be named ("by a poet", "from an old song" says nothing to know).
  if (!/\bby [A-Z]|["“]|\b[A-Z][a-z]+ [A-Z]/.test(said)) return null;
  return { text: `The title of ${work} ${verb} from ${said}.`, at: m.index + m[0].length - said.length, said };
}

// The leads makeWorkStatements writes, and the article's words after them.
const RESTATED =
  /^(?:(.+?)(?= (?:explores|examines|deals with|is about|focuses on|raises|addresses|warns that|suggests that|shows that|argues that|teaches that) )|The (?:[a-z]+ ){0,2}(?:themes?|message|moral|lesson) of (.+?) (?:include|are|is that)|[A-Z][a-z]+['’]s (?:[a-z]+ ){0,2}(?:message|moral|lesson) in (.+?) is that|The title of (.+?) (?:comes|is taken|was taken|is drawn|was drawn|came) from) (.+)\.$/;
const OWNER_SAID = /\b(?:themes (?:(?:in|of) [^,;:]{3,60} )?(?:include|are)|(?:message|moral|lesson) is that|title (?:comes|is taken|was taken|is drawn|was drawn|came) from) $|^The (?:most important|main|central|chief|first|biggest|greatest)(?: one)? is that $/;

/**
 * For the gates: a statement with the work's name written in for "its" or "the play's" is still true when all it says
 * after its lead is the sentence's own words, right after the sentence's theme, message or title words, and the work
 * it names is one the article names.
 */
export function restatesWork(statement: string, sentence: string, articleText: string): boolean {
  const m = RESTATED.exec(statement);
  if (!m) return false;
  const work = (m[1] ?? m[2] ?? m[3] ?? m[4]!).replace(/^"(.*)"$/, "$1");
  const said = m[5]!;
  const at = sentence.indexOf(said);
  // (Said of the work as the doer, the sentence's subject is the work's kind or its name, and the rest its own words.)
  if (m[1] !== undefined) return articleText.includes(work) && at > 0 && at + said.length === sentence.length - 1 && new RegExp(String.raw`^${workAsSubject(work)} $`).test(sentence.slice(0, at));
  return articleText.includes(work) && at > 0 && OWNER_SAID.test(sentence.slice(0, at));
}
