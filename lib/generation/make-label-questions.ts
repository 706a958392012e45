import { escapeRegExp, NUMBER_WORDS } from "./find-spans";
import { saysOwnPlace } from "./order-words";
import { mentions } from "./whole-words";
import { shuffle } from "./random";
import { buildOrdering } from "./make-steps";
import { tagged } from "./question-stems";
import { opensListLine } from "./make-reason-list-statements";
import { capitalise, choiceQuestion, sourceIn } from "./question-parts";
import type { GeneratedQuestion, ParsedArticle, Sentence } from "./types";
import { namedKind, NOT_A_TERM_START, whichLine, whichPrompt } from "./which-glossary-lines";
import { appositiveLine } from "./appositive-lines";

/**
 * Labelled lines under a heading that names their kind: a study guide's
 * "Characters" (each line "Name: what the character is like") or
 * "Themes" (each line "Theme: what the article says about it"). The labels are
 * the article's own set of one kind, so they are each other's fair options:
 * three or more are matched to what the article says about each; a character
 * is asked for by what the guide says of them ("Which character is …?"),
 * typed, or among the other characters when there are four or more.
 */

export interface LabelledLine {
  sentenceIndex: number;
  label: string;
  /** What the line says about the label, cut at its first ";" and without asides in brackets. */
  description: string;
  /** The line says when the labelled thing happens ("scouring, when …"): asked "What is it called when …?". */
  when?: boolean;
  /** The line says what the labelled kind does ("flint tools, which cut hides"): asked "Which tools cut hides?" (which-glossary-lines). */
  which?: boolean;
}

// The plural endings of a kind word ("stages", "stories", "boxes"; a word in -ss, -is or -us is no plural).
const PLURAL = "(?:ies|[^siu]s|ses|xes|ches|shes)";

// "The characters", "Important themes", "The three causes": a heading whose last word is a plural noun names the lines' kind.
const KIND_HEADING = new RegExp(`^(?:(?:the|main|key|major|important|central|other|some|three|four|five|six) )*([a-z]+${PLURAL})$`, "i");
const PERSON_KINDS = /^(?:character|figure|person|player|hero|heroine)$/;
const ABSTRACT_KINDS = /^(?:theme|idea|message|lesson|moral|motif|value)$/;
const LABEL = /^([A-Z][\w'’-]*(?: [\w'’-]+){0,4}): (\S.*)$/;
const MAX_DESCRIPTION_WORDS = 22;
// A line that opens by pointing at its own stage, then says what happens in it ("… add this stage, in which …").
const OWN_STAGE_CLAUSE = /^[^,;]*\b(?:this|that) (?:stage|step|phase), (?:in which|during which|when) /i;
// A main clause, then a comma and what results from it.
const RESULT_CLAUSE = /^([^,]+(?:,[^,]+)?), so(?: that)? \S/;
// A glossary line in lower case that names a term, then when it happens ("- scouring, when sand in the wind wears the
// rock;"): the term is the label, the clause after "when" its description.
// (A time or a place is no term: "in spring, when …", "later, when …", "the next day, when …"; nor is an adverb, "usually, when …".)
const WHEN_LABEL = new RegExp(String.raw`^((?!(?:${NOT_A_TERM_START})\b)[a-z][a-z-]+(?: [a-z-]+){0,2}), when (\S.*?)[;.]?$`);
// A description opening on a pointer leans on the line before and cannot be asked alone.
const POINTS_BACK_START = /^(?:it|its|they|their|this|these|those|he|she|such)\b/i;

// The kind's singular by PLURAL's endings alone. (Not singular-of's singularOf: its word rules read "heroes", "crises" and a
// four-letter "pies" otherwise, "hero", "crisis", "pie", and would change the kinds these questions name.)
function singular(plural: string): string {
  const word = plural.toLowerCase();
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

// "Melting." opening a list item, then what happens in it: a named stage.
const NAME_ONLY = /^([A-Z][a-z]+(?:[ -][a-z]+){0,2})\.$/;
// An opening that ties the line to the one before ("Next, …"): cut, since the lines are shown apart.
const LINKING_OPENER = /^(?:At the same time|Then|Next|First|Finally|Meanwhile|After that|Afterwards|Here|Now),\s*/;
// "The main characters include:", "Its best-known sights include:": the list completes a clause on its kind.
// (Not a plural in an "of" phrase after a noun: "The winners of the two prizes were:" lists winners, not prizes; "made of
// four parts" and "the names of the three parts" still count parts.)
const IN_OF_PHRASE = "(?<!\\b(?!(?:made|consist|consists|consisted|consisting|composed|built|formed|up|out|names|kinds|types|sorts)\\b)[a-z]+ of (?:the |its |their |his |her |these |those )?(?:[a-z]+ )?)";
const KIND_INCLUDED = new RegExp(`${IN_OF_PHRASE}\\b([a-z]+${PLURAL}) (?:include|includes|included|are|were):$`);
// "… works in four stages:" names the kind of the list that follows.
const KIND_INTRO = new RegExp(`\\b([a-z]+${PLURAL}):$`);
// "… share several parts, and each one does its own task:": a sentence introducing the lines counts them by
// their kind ("several parts", "three main types") even when another word ends it. (Only a counting word before the plural:
// "each one does its own task" says nothing of the kind.)
const COUNTED_KIND = new RegExp(`${IN_OF_PHRASE}\\b(?:several|many|some|various|a few|${NUMBER_WORDS.slice(0, 9).join("|")}|\\d+)(?: (?:main|key|important|different|major|basic|separate))? ([a-z]+${PLURAL})\\b(?! of\\b)`);
// (The counted plural nearest the colon: "over many years millers learned that a mill has four main parts, and …:" counts parts.)
const lastCounted = (text: string) => [...text.matchAll(new RegExp(COUNTED_KIND, "g"))].pop() ?? null;
// "Parts found in both kinds of cell", "Layers of the rainforest": a heading that opens on its plural noun, then says where or of what.
const KIND_HEADING_LEAD = new RegExp(`^(?:(?:the|main|key|major|important|other) )*([A-Za-z][a-z]+${PLURAL}) (?:of|in|inside|within|found|shared|used|that|which|for)\\b`);
// Plurals whose singular is no count noun of its own, or no plural at all ("goods", "means", "species").
const NO_SINGULAR = /^(?:goods|means|species|series|news|clothes|arms|thanks|riches|remains|headquarters|crossroads|physics|mathematics|economics|politics|ethics)$/i;
const ORDERED_KINDS = /^(?:stage|step|phase)$/;
// An introducing line that points back to what the sentence before counted ("Pickers remember their order …:").
const INTRO_POINTS_BACK = /\b(?:them|their|these|they|those)\b/i;
// "Stage 2", "Phase 3": a label that is its kind and its place, one of the same kind's numbered lines.
const NUMBERED_STAGE = /^(Stage|Step|Phase) \d{1,2}$/;

export interface LabelledSet {
  kind: string;
  lines: LabelledLine[];
  /** Numbered in the article ("1. …", "2. …"): the labels' order is the article's own. */
  numbered: boolean;
}

/** The label and description a paragraph opens with, "Label: what it is" or "Label." followed by a sentence on it. */
function labelOf(sentences: Sentence[], sentenceIndex: number, paragraphStarts: Set<number>): LabelledLine | null {
  const sentence = sentences[sentenceIndex]!;
  const named = NAME_ONLY.exec(sentence.text);
  const next = sentences[sentenceIndex + 1];
  let label: string;
  let raw: string;
  // A glossary line of the "term, when …" kind (see WHEN_LABEL); a "Label." line is capitalised, so never one.
  let when = false;
  let which = false;
  if (named && next && next.section === sentence.section && !paragraphStarts.has(next.start)) {
    label = named[1]!;
    raw = next.text.replace(LINKING_OPENER, "");
    raw = raw.charAt(0).toLowerCase() + raw.slice(1);
    if (POINTS_BACK_START.test(raw)) return null;
  } else {
    const m = LABEL.exec(sentence.text);
    const whenLine = m ? null : WHEN_LABEL.exec(sentence.text);
    const whichOne = m || whenLine ? null : whichLine(sentence.text);
    // "- Mira Stone, a quiet shepherd who …": a list item naming a member, then what it is (appositive-lines).
    const appositive = m || whenLine || whichOne || !sentence.listItem ? null : appositiveLine(sentence.text);
    if (!m && !whenLine && !whichOne && !appositive) return null;
    if (appositive) [label, raw] = [appositive.label, appositive.description];
    else if (whichOne) {
      [label, raw] = [whichOne.label, whichOne.description];
      which = true;
    } else if (whenLine) {
      // "attrition, when those stones …": a description pointing at the line before cannot be asked alone.
      if (POINTS_BACK_START.test(whenLine[2]!)) return null;
      [label, raw] = [whenLine[1]!, whenLine[2]!];
      when = true;
    } else [label, raw] = [m![1]!, m![2]!];
  }
  // (A figure is no label, "1990: …", save a stage's own number, "Stage 2: …": the set keeps it only under its own kind.)
  if ((/\d/.test(label) && !NUMBERED_STAGE.test(label)) || /^(?:It|This|That|These|They|He|She|Note|Example|Answer|Question)\b/.test(label)) return null;
  let description = raw
    // "a few books keep this step, during which the dough rests": what happens in the stage is the clause after its own pointer.
    .replace(OWN_STAGE_CLAUSE, "")
    .replace(/;\s.*$/, "")
    .replace(/ \([^()]*\)/g, "")
    .replace(/[.!]$/, "")
    .trim();
  // An over-long line whose main clause comes first, then what follows from it ("the strands coil up, so that …"):
  // the main clause describes the label alone.
  const head = RESULT_CLAUSE.exec(description)?.[1];
  if (description.split(/\s+/).length > MAX_DESCRIPTION_WORDS && head && head.split(/\s+/).length >= 5) description = head;
  const n = description.split(/\s+/).length;
  // ("some add this stage, in which …": a description pointing at its own line reads as no description once matched or asked.)
  if (n > MAX_DESCRIPTION_WORDS || n < 3 || /["“”]/.test(description) || /\b(?:this|that) (?:stage|step|phase)\b/i.test(description)) return null;
  // "usually, when the river floods, the farmers move": a main clause after the comma makes the line a sentence, not a
  // gloss; and a label the tagger reads as an adverb is no term.
  if (when && (/, (?:the|a|an|it|its|they|their|we|he|she|there)\b/i.test(description) || tagged(label).some((t) => t.tags?.includes("Adverb")))) return null;
  if (which) return { sentenceIndex, label, description, which: true };
  return when ? { sentenceIndex, label, description, when: true } : { sentenceIndex, label, description };
}

const FILLER = /^(?:the|a|an|of|to|in|on|at|by|for|with|and|or|its|their|is|are|it|that|which|when)$/;
const contentWords = (text: string) => new Set(text.toLowerCase().split(/[^a-z'’-]+/).filter((w) => w.length > 1 && !FILLER.test(w)));

/** Whether one description's content words all stand in the other's. */
function nested(a: string, b: string): boolean {
  const [x, y] = [contentWords(a), contentWords(b)];
  const within = (p: Set<string>, q: Set<string>) => p.size > 0 && [...p].every((w) => q.has(w));
  return within(x, y) || within(y, x);
}

/** The labelled lines of each section, two or more to a section, with the kind its heading or an introducing "…:" names. */
export function findLabelledLines(article: ParsedArticle, text = ""): LabelledSet[] {
  const paragraphStarts = new Set(article.sections.flatMap((s) => s.paragraphs.map((p) => p.start)));
  // One set per section and introducing "…:" line: a second list in the same section ("… in three seasons:") is a kind of
  // its own, and merging them would offer seasons as ways a river wears its bed.
  const bySection = new Map<string, { kind: string | null; lines: LabelledLine[]; numbered: boolean }>();
  const introAt = new Map<number, number>();
  const listOpen = new Set<number>();
  // Sentence sections count the opening summary as 0, as the parser's unfiltered list does; headings are read by that index.
  const headings = headingsBySentenceSection(article);
  const sentences = article.sentences;
  sentences.forEach((sentence, sentenceIndex) => {
    if (sentence.text.endsWith(":")) introAt.set(sentence.section, sentenceIndex);
    if (!paragraphStarts.has(sentence.start)) return;
    // A plain paragraph after the list's bulleted lines ends the list: label-like lines after it ("Mitosis has three
    // purposes: …") are no items of the kind its introducing line named.
    if (opensListLine(sentence, text)) listOpen.add(sentence.section);
    else if (listOpen.delete(sentence.section)) introAt.set(sentence.section, -2 - sentenceIndex);
    const line = labelOf(sentences, sentenceIndex, paragraphStarts);
    if (!line) return;
    const key = `${sentence.section}:${introAt.get(sentence.section) ?? -1}`;
    let entry = bySection.get(key);
    if (!entry) {
      const heading = headings.get(sentence.section);
      const previous = sentences[sentenceIndex - 1];
      const fromHeading = heading ? (KIND_HEADING.exec(heading.trim()) ?? KIND_INTRO.exec(heading.trim()) ?? KIND_HEADING_LEAD.exec(heading.trim()))?.[1] : undefined;
      const intro = previous && previous.section === sentence.section && previous.text.endsWith(":") ? previous.text : undefined;
      // "… runs in three main steps. Pupils learn their order by a rhyme:": an introducing line that names no kind
      // takes it from the sentence before it in its paragraph, when that one counts stages, steps or phases.
      const before = sentences[sentenceIndex - 2];
      // (Only an introducing line that points back to them, "… learn their order", "… remember them": "Pupils learn what to
      // pack:" after a count of stages lists no stages.)
      const pointsBack = intro !== undefined && INTRO_POINTS_BACK.test(intro);
      const lead = pointsBack && before && before.section === sentence.section && !paragraphStarts.has(previous!.start) ? before.text : undefined;
      const fromIntro = intro ? (KIND_INTRO.exec(intro) ?? lastCounted(intro))?.[1] : undefined;
      // (Only stages, steps or phases: "The town has 200 buildings. Its best sights:" lists no buildings.)
      const counted = lead ? lastCounted(lead)?.[1] : undefined;
      const fromLead = counted && ORDERED_KINDS.test(singular(counted)) ? counted : undefined;
      // "The main characters include:", "Its best-known sights include:": the plural the list completes names its kind
      // (read last, so a set another cue already names keeps its kind).
      const fromInclude = intro ? KIND_INCLUDED.exec(intro)?.[1] : undefined;
      const found = fromIntro ?? fromHeading ?? fromInclude ?? fromLead;
      const kindWord = found && !NO_SINGULAR.test(found) ? found.toLowerCase() : undefined;
      entry = { kind: kindWord ? singular(kindWord) : null, lines: [], numbered: !Number.isNaN(numberOfLine(text, sentence.start)) };
      bySection.set(key, entry);
    }
    entry.lines.push(line);
  });
  const out: LabelledSet[] = [];
  for (const { kind, lines: all, numbered } of bySection.values()) {
    if (!kind || all.length < 2) continue;
    // "Stage 2" labels belong to a set of stages; under another kind ("The rules:") the figure is no label of that kind.
    if (all.some((l) => {
      const stage = NUMBERED_STAGE.exec(l.label)?.[1];
      return stage !== undefined && stage.toLowerCase() !== kind;
    })) continue;
    // A description naming a label (its own or another's) would match itself: that line is left out ("… before the next
    // dark phase"), and the set is asked on the rest when three or more remain; a set of two asks only whole.
    // Two descriptions whose words one holds all of the other's fit both labels ("grind against the bed" and "… against the
    // bed and the banks"): both lines are left out.
    const lines = all.filter((l) => !all.some((o) => mentions(l.description, o.label) || (o !== l && nested(l.description, o.description))));
    if (lines.length < (lines.length === all.length ? 2 : 3)) continue;
    // "There are several main kinds:" over "- flint tools, which …" lines: the kind is named by the labels' own noun.
    const named = lines.every((l) => l.which) ? namedKind(kind, lines.map((l) => l.label)) : kind;
    out.push({ kind: named, lines, numbered });
  }
  return out;
}

// A numbered line that is only a name, or a name and an aside it opens with a comma ("New moon, when the near side is dark").
// (A comma before anything else may be a series: "Rolling, twisting and breaking the leaves" is not the stage "Rolling".)
const BARE_NAME = /^([A-Z][a-z]+(?:[ -][a-z]+){0,3})(?:,\s(?:when|where|which|while|also|as|or|in which|during which)\b.*)?\.?$/;
// A name ending on its number ("Phase two", "Stage III") says its place.
const NUMBERED_NAME = /\s(?:one|two|three|four|five|six|seven|eight|nine|ten|[IVX]+|\d+)$/;
// The line before says the names follow one another ("divided into", "passes through", "the cycle") …
// ("The heating happens in four steps:": a thing that happens or works in steps goes through them in turn.)
const SEQUENCE_CUE = /\b(?:divided into|passes? through|goes? through|went through|cycle|process|life|begins?|starts?|follows?|in (?:this |that )?order|in turn|one after another|happens|happened|takes place|took place|works|occurs|occurred)\b/i;
// … and never that they may come in any order or side by side ("in any order", "separate phases", "three ways").
const NO_SEQUENCE = /\b(?:any|no particular|random|either|different|separate|alternative|other|simple|ways?|or)\b/i;

/** "The work happens in three stages:" -> "stage": a line ending on a kind of ordered item, saying they follow one another. */
export function orderedKindOf(intro: string | undefined): string | undefined {
  const kindWord = intro ? KIND_INTRO.exec(intro)?.[1] : undefined;
  if (!kindWord || !ORDERED_KINDS.test(singular(kindWord)) || !SEQUENCE_CUE.test(intro!) || NO_SEQUENCE.test(intro!)) return undefined;
  return singular(kindWord);
}

/** The number a list line opens with ("3. …" -> 3), or NaN. */
export function numberOfLine(text: string, start: number): number {
  return Number(/^\s*(\d+)[.)]\s+$/.exec(text.slice(text.lastIndexOf("\n", start - 1) + 1, start))?.[1]);
}

/**
 * Each numbered list's first line ("1. …"), with what introduces the list: the sentence before it in its section, or the
 * section's heading (one that ends on "…:"). The named stages and the numbered steps read their kind from it.
 */
export function numberedListOpenings(article: ParsedArticle, text: string): { first: Sentence; firstIndex: number; intro: string | undefined }[] {
  const sentences = article.sentences;
  const headings = headingsBySentenceSection(article);
  const out: { first: Sentence; firstIndex: number; intro: string | undefined }[] = [];
  sentences.forEach((first, firstIndex) => {
    if (numberOfLine(text, first.start) !== 1) return;
    const previous = sentences[firstIndex - 1];
    out.push({ first, firstIndex, intro: previous && previous.section === first.section ? previous.text : headings.get(first.section) });
  });
  return out;
}

/**
 * A numbered list of bare names after a sentence or a line that introduces them as stages, steps or phases in sequence
 * ("The cycle is divided into four phases:", then "1. Budding", "2. Flowering, when …", …): the names are the labels,
 * in the article's order, with nothing said of each on its line. Only lines numbered 1, 2, 3, … in a row, three at
 * least, all distinct, none a sentence of its own.
 */
export function findNamedStages(article: ParsedArticle, text: string): LabelledSet[] {
  const sentences = article.sentences;
  const out: LabelledSet[] = [];
  numberedListOpenings(article, text).forEach(({ first, firstIndex, intro }) => {
    const kind = orderedKindOf(intro);
    if (!kind) return;
    const lines: LabelledLine[] = [];
    for (let i = firstIndex; i < sentences.length; i++) {
      const item = sentences[i]!;
      const label = BARE_NAME.exec(item.text)?.[1];
      if (item.section !== first.section || numberOfLine(text, item.start) !== lines.length + 1) break;
      // A line that is no bare name (a sentence, a series) makes the list something else than names.
      if (!label || SAYS_WHAT_HAPPENED.test(label)) return;
      lines.push({ sentenceIndex: i, label, description: "" });
    }
    if (new Set(lines.map((l) => l.label.toLowerCase())).size !== lines.length) return;
    // A name that says its own place ("First quarter", "Late decline", "Phase two") would give the order away: the others are asked.
    const asked = lines.filter((l) => !saysOwnPlace(l.label) && !NUMBERED_NAME.test(l.label));
    if (asked.length >= 3) out.push({ kind, lines: asked, numbered: true });
  });
  return out;
}

// "Prices rose", "Banks failed": a short line with a verb in the past tense tells an event, and is no name.
const SAYS_WHAT_HAPPENED = /\s(?:[a-z]+ed|rose|fell|grew|began|became|came|went|made|took|broke|won|lost|spread|sank|left)$/;

/** "Put these stages in order": the labels of a numbered list of stages, steps or phases, in the article's order. */
export function makeLabelOrdering(set: LabelledSet, sentences: Sentence[], random: () => number, maxItems: number): GeneratedQuestion | null {
  // (Labels that carry their own number, "Stage 1", "Stage 2", give their order away.)
  if (!set.numbered || !ORDERED_KINDS.test(set.kind) || set.lines.length < 3 || set.lines.some((l) => NUMBERED_STAGE.test(l.label))) return null;
  return buildOrdering(`Put these ${set.kind}s in the order the article gives them, first to last.`, set.lines.map((l) => l.label), set.lines.map((l) => sentences[l.sentenceIndex]!), random, maxItems, 0.76);
}

export function headingsBySentenceSection(article: ParsedArticle): Map<number, string> {
  // parseArticle drops empty sections from `sections` but numbers sentences by the unfiltered list: map by the sentences' own offsets.
  const out = new Map<number, string>();
  for (const section of article.sections) {
    const first = section.paragraphs[0];
    if (!first || section.heading === null) continue;
    const sentence = article.sentences.find((s) => s.start >= first.start && s.start < first.end);
    if (sentence) out.set(sentence.section, section.heading);
  }
  return out;
}

// "a monk who keeps the library": a description saying "who" describes a person, whatever the kind ("advisers", "builders").
const WHO = /^(?:a|an|the) [^,]*?\bwho\b/i;

/** Match three or four labels of one kind to what the article says about each. */
export function makeLabelMatching(kind: string, lines: LabelledLine[], sentences: Sentence[], random: () => number): GeneratedQuestion | null {
  if (lines.length < 3) return null;
  const chosen = shuffle(lines, random).slice(0, 4);
  const inOrder = [...chosen].sort((a, b) => a.sentenceIndex - b.sentenceIndex);
  const left = inOrder.map((l, i) => ({ id: `l${i + 1}`, text: l.label, side: "left" as const }));
  const right = shuffle(
    inOrder.map((l, i) => ({ id: `r${i + 1}`, text: capitalise(l.description), side: "right" as const })),
    random,
  );
  const first = sentences[inOrder[0]!.sentenceIndex]!;
  const labelAt = first.start + first.text.indexOf(inOrder[0]!.label);
  return {
    type: "MATCHING",
    prompt: `Match each ${kind} to what the article says about ${PERSON_KINDS.test(kind) || inOrder.every((l) => WHO.test(l.description)) ? "them" : "it"}.`,
    options: [...left, ...right],
    answerKey: { kind: "match", pairs: Object.fromEntries(left.map((l, i) => [l.id, `r${i + 1}`])) },
    answerText: inOrder.map((l) => `${l.label} — ${l.description}`).join("; "),
    source: sourceIn(first, { start: labelAt, end: labelAt + inOrder[0]!.label.length }),
    sources: inOrder.map((l) => ({ sentence: sentences[l.sentenceIndex]!.text, start: sentences[l.sentenceIndex]!.start, end: sentences[l.sentenceIndex]!.end })),
    spanType: "TERM",
    keyKind: "term",
    score: 1,
    confidence: 0.78,
  };
}

/** A description that reads after "is": an adjective or a noun phrase, not a clause or a verb. */
function readsAfterIs(description: string): boolean {
  if (/^(?:a|an|the)\s/i.test(description)) return true;
  const first = tagged(description)[0];
  return Boolean(first?.tags?.includes("Adjective")) && !first?.tags?.includes("Verb");
}

const RELATIVE = /^(?:that|which|who|whom|whose|where|when)$/i;

/**
 * "a thin skin wrapped round the whole cell", "the seat the rider sits on": a singular noun phrase, read after "is" for any
 * kind ("Which part is a thin layer …?"). A plural head ("small structures where …") or a clause ("the cousins save the load")
 * is not: its first verb comes straight after its subject instead of after a relative word.
 */
function singularNounPhrase(description: string): boolean {
  if (!/^(?:a|an|the) /i.test(description)) return false;
  const terms = tagged(description);
  const word = (k: number) => (terms[k]?.text ?? "").toLowerCase().replace(/[^a-z-]/g, "");
  // Where the noun phrase ends: its first preposition, relative word or verb.
  let end = 1;
  while (end < terms.length && !terms[end]!.tags?.includes("Preposition") && !RELATIVE.test(word(end)) && !terms[end]!.tags?.includes("Verb")) end++;
  const nouns = terms.slice(1, end).filter((t) => t.tags?.includes("Noun"));
  if (!nouns.length || nouns[nouns.length - 1]!.tags?.includes("Plural")) return false;
  // A verb straight after the noun phrase makes it a clause's subject ("the cousins save the load"); so does one after its
  // prepositional phrases ("a thin strip of bark peels"), before any relative word ("a tower with a window that faces …").
  for (let k = end; k < terms.length && !RELATIVE.test(word(k)); k++) if (terms[k]!.tags?.includes("Verb")) return false;
  return true;
}

/**
 * One labelled line asked on its own: a character by what the guide says of them ("Which character is gentle and
 * thoughtful, …?"), typed or among three other characters; any other kind (a theme, a stage) among its fellow labels
 * ("Which stage does the article describe as follows: …?"), since a long label is no answer to type.
 */
export function makeLabelQuestion(kind: string, line: LabelledLine, lines: LabelledLine[], sentences: Sentence[], articleText: string, random: () => number): GeneratedQuestion | null {
  const person = PERSON_KINDS.test(kind);
  if (person && !readsAfterIs(line.description)) return null;
  // A theme's line says what its name means ("Greed: wanting more than one needs"): asked alone, the description gives the
  // name away.
  if (ABSTRACT_KINDS.test(kind)) return null;
  const prompt = line.which
    ? whichPrompt(kind, line.label, line.description, lines.map((l) => l.label))
    : line.when
    ? `What is it called when ${line.description}?`
    : person || singularNounPhrase(line.description)
      ? `Which ${kind} is ${line.description}?`
      : `Which ${kind} does the article describe as follows: ${line.description}?`;
  if (!prompt || lines.some((l) => mentions(prompt, l.label))) return null;
  const sentence = sentences[line.sentenceIndex]!;
  const at = sentence.start + sentence.text.indexOf(line.label);
  const source = sourceIn(sentence, { start: at, end: at + line.label.length });
  const others = lines.filter((l) => l !== line).map((l) => l.label);
  if (others.length >= 3 || (!person && others.length >= 2)) {
    const spanType = person ? "PERSON" : "TERM";
    // The other people of the list are the one cast the list introduces as its kind ("The main characters include:"): names
    // among the same cast, as make-deed-questions' options are, not names drawn from anywhere.
    const cast = person ? { castOptions: true } : {};
    return { type: "MULTIPLE_CHOICE", prompt, ...choiceQuestion(line.label, shuffle(others, random).slice(0, 3), random), answerText: line.label, source, spanType, keyKind: person ? "name" : "term", score: 1, confidence: 0.74, ...cast };
  }
  if (!person) return null;
  // The label is how the guide names the character; the full name the article gives is accepted too ("Ada" and "Ada Brenn").
  const fuller = new RegExp(`\\b${escapeRegExp(line.label)}(?: [A-Z][a-z]+){1,2}\\b`).exec(articleText)?.[0];
  return {
    type: "FILL_BLANK",
    prompt,
    options: [],
    answerKey: { kind: "text", accepted: fuller ? [line.label, fuller] : [line.label] },
    answerText: line.label,
    source,
    spanType: "PERSON",
    keyKind: "name",
    score: 1,
    confidence: 0.78,
  };
}
