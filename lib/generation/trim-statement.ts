import { boundedMemo } from "./article-memo";
import { openingAndSideClauseOnly, SET_ORDINALS } from "./check-stems";
import { escapeRegExp, NUMBER_WORDS } from "./find-spans";
import { MONTHS } from "./months";
import { hasFiniteVerb, IRREGULAR_PAST } from "./finite-verb";
import { SIDE_CLAUSE_OPENER } from "./falsify-statement";
import { keepsCapital } from "./clause-order";
import { SUBORDINATE_OPENING, TIME_TOLD_BEFORE } from "./clause-stems";
import { capitalise } from "./question-parts";
import { isExpletiveIt, namesNearerReferent } from "./resolve-pointers";
import { DROPPABLE_LINKS } from "./linking-words";
import { innerLinkGap } from "./drop-inserted-link";
import { dangles, HANGING_JOIN, ofOtherSex, personFor, resolvePerson, tagged } from "./question-stems";
import { seenWordTags } from "./seen-word-tags";
import { dropSequenceAdverb } from "./sequence-adverb";
import { verbGroups } from "./verb-groups";
import { verbForms } from "./reporting-verbs";
import type { Sentence } from "./types";

/**
 * A sentence cut to its main clause, so a true statement reads in one breath and
 * is not the article's sentence copied whole: bracketed asides, an opening
 * phrase that only sets the scene, an appositive after the subject and a
 * trailing participle or relative clause go; the subject and its verb stay.
 * Returns null when the sentence cannot stand alone as a statement.
 */

// A claim the article only reports or hedges, or someone's words: no ground for True or False.
// "would have closed", "could have won": a counterfactual, not what happened ("a village could pay" is a plain claim and stays).
// ("may" is in MODAL_MAY below: the month is told apart from the modal by its capital, which this case-blind pattern cannot see.)
const HEDGE_WORDS = /\b(?:might|(?:would|could)(?: not)? have|perhaps|possibly|probably|likely|believed?|believes|think(?!s? (?:about|of)\b)|thinks(?! (?:about|of)\b)|said|says|wrote|writes|recorded|thought to|said to|suggests?|argues?|claims?|some historians|some sources|according to|legends?|reportedly|estimated|unclear|uncertain|seems?|appears? to)\b/i;
// The modal "may" is written in lower case ("3,000 may have lived there", "200 and 300 may have drowned": a figure before it
// is no day). The month May is capitalised, and is no hedge after a day or a word that dates, or before a day or year
// ("on 9 May", "in early May", "mid-May", "May 1840"); a capitalised "May" elsewhere opens a sentence as the modal.
const MAY_DATED_AFTER = ["in", "of", "early", "late", "mid", "by", "until", "till", "since", "from", "last", "next", "each", "every", "to", "during"]
  .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`)
  .join("|");
const MODAL_MAY = new RegExp(`\\bmay\\b|\\bMay\\b(?![ ,]*\\d)(?<!\\b\\d{1,2}(?:st|nd|rd|th)?[ ,]*May)(?<!\\b(?:${MAY_DATED_AFTER})[ -]May)`);
/** A figure or date said to be only possible ("3,000 may have lived there"): another one put in its place is not false. */
export const modalHedged = (text: string): boolean => MODAL_MAY.test(text) || /\bmight\b/i.test(text);
/** A claim the article only reports or hedges, or someone's words. */
export const HEDGE = { test: (text: string): boolean => HEDGE_WORDS.test(text) || MODAL_MAY.test(text) };
// A hedge the statement keeps on its own claim, so that it is true just as the article words it: a named group's belief ("Many
// sailors believed that the reef was cursed"), an adverb of likelihood ("The mill probably burned in a storm"), or a report
// on the subject ("The abbot is said to have walked there"). Not an unnamed or partial holder ("It is thought …", "Some
// say …", "They think …"), a possibility ("might", "may", "could have"), a legend, a source's words or an estimate: those
// leave the claim open, and a statement of it would be argued either way.
const HELD_BELIEF = new RegExp(
  String.raw`^(?!(?:It|This|That|These|Those|There|He|She|They|We|You|Some|Others|One|Legend|Tradition)\b)([A-Z][\w'’-]*(?: [\w'’-]+){0,7}?) (?:${verbForms("believe think", ["base", "past"])}) that (?=[A-Za-z])`,
);
const LIKELIHOOD = /\b(?:probably|possibly|perhaps|(?:is|are|was|were) (?:most |very )?likely to)\b|\b(?:is|are|was|were) (?:said|thought|believed) to (?!have been (?:made|written|built) by\b)/g;
// (The same, for a test: a global pattern's test would carry its lastIndex from one call to the next.)
const LIKELIHOOD_ONE = new RegExp(LIKELIHOOD.source);
const UNSAID_WHOLE = /\bthe (?:cause|reason|source|origin|culprit|explanation|answer|result|outcome)\.$/;
/** A statement whose only hedges are ones it keeps on its own claim (see LIKELIHOOD): true as said, and asked only as said. */
export function keptHedge(text: string): boolean {
  const held = HELD_BELIEF.exec(text);
  if (held && /\b(?:some|certain|a few)\b/i.test(held[1]!)) return false;
  // "A bad well is thought to be the cause.": the cause of what, the sentence before said; a statement of it stands on nothing.
  if (UNSAID_WHOLE.test(text)) return false;
  // (One hedge only: a belief that is itself "probably" so is left open twice over.)
  if (held) return !HEDGE.test(`${held[1]} ${text.slice(held[0].length)}`) && !LIKELIHOOD_ONE.test(text);
  const rest = text.replace(LIKELIHOOD, "");
  return rest.length < text.length && !HEDGE.test(rest);
}
// An aside after a clause that reports or qualifies it rather than adding a claim: ", it was said", ", or was thought to be",
// ", so it was believed", ", at least it was in name", ", some writers have argued".
const REPORTING_ASIDE = /^, (?:or|so|at least|it (?:is|was)|[a-z]+ (?:have|had) (?:argued|claimed|said))\b|\b(?:claimed|argued|alleged|rumoured|told)\b/;
// An aside that only says who holds or tells the claim around it: "The queen, the sailors believed, walked …", "The abbot, according
// to the monks, …", "…, according to a later chronicle". Cut away, it leaves a belief or a report keyed as plain fact.
const HOLDER_ASIDE = new RegExp(
  String.raw`^(?:according to\b.*|(?:[\w'’-]+ ){0,4}(?:${verbForms("say believe think claim")}|${verbForms("fear", ["s", "past"])}|` +
    String.raw`${verbForms("report suppose suggest argue write insist", ["past"])})(?: at the time| then| later| now| today)?)$`,
  "i",
);
// A clause that casts doubt on the claim before it: "…, but this story is probably a legend", "…, though the date is
// uncertain", "…, and the tale was invented later", "…, but historians doubt it". Cut away, it leaves the claim as plain fact.
const DOUBTS_CLAIM = /\b(?:this|which|the (?:story|tale|account|claim|date|report|figure|tradition|idea|year|number))\b[^;]*\b(?:unlikely|uncertain|unclear|doubt(?:s|ed|ful)?|untrue|wrong|false|legend|myth|invented|disputed|exaggerated|unproven)\b|\b(?:doubt|dispute|question)(?:s|ed)? (?:this|it|that|the)\b/i;
// "What makes it remarkable is …", "Not only …": a sentence built for emphasis, not a plain claim.
// An example or a supposition ("For instance, …", "Imagine …") illustrates a main idea rather than stating one;
// "The two …", "Both …", "again" lean on the sentence before. (Whole words: "However, …" is no "How …".)
const EMPHATIC = /^It (?:is|was)\b[^,]*\b(?:that|who|to)\b|^(?:(?:What|How|Why|Whether|Not only|Not just|There is no|For (?:instance|example)|Imagine|Suppose|The two|Both|The latter|The former|The same|Such)\b|\()|\bnot (?:just|only|merely)\b|\bagain\b/;
const QUOTE = /["“”]|(?:^|\s)['‘][^'’]{3,}['’](?=[\s,.;])/;
// A name in quotation marks ("the "Space Race"", "known as "Iron Duke""): one to three capitalised words after "the" or a
// naming word, no one's words ("shouted "Never Again"" is).
const QUOTED_NAME = /(?<=\b(?:the|a|an|as|called|named|nicknamed|dubbed) )["“]((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})["”]/g;
// Time words with no anchor in the statement itself ("the next year", "that day", "then").
const RELATIVE_TIME = new RegExp(`\\b(?:the (?:next|following|previous|same) (?:year|day|month|week|decade|century|morning|night)|${TIME_TOLD_BEFORE})\\b`, "i");
// "… an empire that had flourished a thousand years earlier": a counted time inside a "that"/"which"/"who" clause is counted
// from the statement's own main clause, which it hangs on, not from a sentence the reader is not shown.
const COUNTED_IN_RELATIVE = /(\b(?:that|which|who)\s[^,;]*?\b(?:(?:more|less) than |about |some |over |nearly |almost )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|\d[\d,]*)(?: (?:hundred|thousand))? (?:years?|decades?|centuries|months?|weeks?|days?)) (?:earlier|later)\b/gi;
// An opening phrase that sets the scene: a preposition, a subordinator or a participle, up to its comma.
const OPENING = /^(?:(?:In|On|At|During|After|Before|By|Over|Within|Throughout|Following|Despite|Although|Though|While|Wherever|Whenever|Because|Since|With|Without|Through|Upon|Across|Along|Unlike|Like|Under|From|For|Amid|Among|Beyond|Also|Having|Being|[A-Z][a-z]+(?:ing|ed))\b[^,;:]{0,100}|(?:However|Meanwhile|Instead|Eventually|Ultimately|Later|Soon|Then|Thus|Therefore|Moreover|Still|Indeed|Nevertheless|Finally|First|Today|Nowadays|Consequently|Even so|In fact|As a result|Strangely|Surprisingly|Interestingly|Remarkably|Ironically|Oddly|Curiously|Sadly|Tragically|Fortunately|Unfortunately|Luckily)), /;
// "In 1913," "On 3 March 1721,": a date the statement is about; it stays.
const DATED_OPENING = /^(?:In|On|By|During|Around) (?:the )?(?:(?:early|late|mid-?)\s?)?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:[A-Z][a-z]+ )?(?:\d{1,2}, )?\d{3,4}(?:s| BCE?| CE| AD)?$/;
// A subject phrase (a name, or a determiner and one or two words), then an aside between commas, then the verb.
// (A name may end on the common noun it names, "The Han dynasty", "The Rhine valley": not on a verb, "Ada sailed".)
const APPOSITIVE = /^((?:(?:The|A|An) )?[A-Z][\w'’.-]*(?: (?:of |the |de |van |von |al-)?[A-Z][\w'’.-]*){0,4}(?: (?![a-z]+(?:ed|ly)\b)(?:dynasty|empire|kingdom|army|navy|family|river|valley|church|government|council|party|company|people|court|state|republic|league|guild|union|movement|expedition|treaty|war|age|period|era))?|(?:The|A|An|His|Her|Its|Their) [a-z][\w-]*(?: [a-z][\w-]*)?), (?!(?:and|or|but|then)\b)(?:a|an|the|who|which|whose|also|one|now|known|born|once|then|later|often|sometimes|[a-z]+ed|[a-z]+ing)\b[^,;:()]{1,110}, (?=[a-z]+\b)(?![a-z]+ing\b|(?:and|or|but|the|a|an)\b)/;
const ORDINAL_SUBJECT = new RegExp(`^(?:The|A|An|Its|Their|His|Her) (?:${SET_ORDINALS}) [a-z]+, (?:the|a|an) `);
// A clause hung on the end: "…, which …", "…, one that …", "…, leaving …", "…, although …".
// Also an appositive noun phrase with its own relative clause ("…, a busy market town that …"), "…, each of which …",
// and examples hung on the end ("…, for example …").
const TRAILING = /,\s(?:which|who|where|while|whereas|whether|although|though|one that|an? (?:[a-z-]+ ){1,3}(?:that|which|who|whose)|an? [a-z]+(?: [a-z]+)? (?:in|of|for)|(?:each|many|some|most|all|both|none|one) of (?:which|whom)|for (?:example|instance)|thereby|thus|such as|with (?:[a-z]+ ){0,3}[a-z]+ing|[a-z]{3,}ing)\b[^;]*$/;
// A verb in a stretch of words (a clause, not a noun phrase between commas).
const VERB_LIKE = /\b(?:is|are|was|were|has|had|have|became|began|set|led|won|took|made|went|came|gave|held|ran|saw|grew|fell|rose|left|kept|[a-z]{3,}ed|[a-z]{3,}s(?<!ss|us|is))\b/;
// A verb of action in the past: the sentence tells of an event, not a state or a general rule ("was", "had" are states).
const PAST_VERB = /\b(?:[a-z]{2,}ed|became|began|built|came|fell|fought|gave|grew|held|kept|led|left|lost|made|met|ran|rose|sent|set|spent|stood|took|went|won|wrote|brought|found|saw|told|paid|sold|spread|struck|drove|broke|chose|flew|drew|spoke|sank|sat|shot|taught|threw|wore)\b/;
// A pronoun for a thing or a group: the statement cannot say what it means …
const THING_PRONOUN = /\b(?:it|they|them)\b/i;
// … unless it opens a clause inside a statement whose subject is one named thing ("The mill closed when it flooded").
const INNER_IT = /\b(?:when|because|as|after|before|until|since|that|so|and|but|where|while|if|once) it\b/g;
const NAMED_SUBJECT = /^(?:The [a-z]+(?: [a-z]+)?|(?:The )?[A-Z][\p{L}'’-]*(?: (?:of )?[A-Z][\p{L}'’-]*)*) (?!and\b)[a-z]+/u;
// A word that adds to or contrasts with a sentence the statement does not show ("too", "as well", "either", "though", "also").
// ("cannot also": one thing ruling out another is the claim itself, not a pointer to an earlier sentence.)
export const POINTS_BACK = /\b(?:too|(?<!\b(?:cannot|can't|could not|couldn't) )also|likewise|similarly|otherwise|instead|as well(?! as))\b|\bthose (?!who\b|which\b|that\b|of\b)[a-z]+|\bsuch (?!as\b)[a-z]+|\beither\b(?![^.]*\bor\b)|,\s*though\b|\bthough[,.]/i;
// "The change formed part of …", "The move …": a general noun standing for something said before.
// (Also after a short opening that bounds it, "By the spring of 1850 the situation …", and "the other half", "the rest".)
const GENERIC_SUBJECT = /^(?:(?:In|On|By|During|After|Before|Around|From|At|Within|Over|Under) [^,]{1,40}?,? )?[Tt]he (?:change|event|decision|move|step|idea|effort|plan|result|outcome|development|situation|process|act|action|shift|attempt|episode|incident|other|rest|latter|former)\b/;
const INSERTED_LINK = /, (?:however|by contrast|in contrast|on the other hand|in turn|therefore|moreover|meanwhile|as a result|thus|nevertheless),(?= [a-z])/g;
// (Not "However" with no comma: it is then "in whatever way", "However the vote went, …", and its clause says no fact.)
const LINK_WITHOUT_COMMA = new RegExp(`^(?:${DROPPABLE_LINKS.filter((w) => w !== "However").join("|")}) (?=(?:the|a|an|[A-Z][a-z]+)\\b)`);
const LONG_TRAILING = /,\s(?:(?:partly|mainly|largely|chiefly|probably) )?(?:because|until|so that|as a result|even though|although|though)\b[^;]*$/;
// An opening that can follow its clause with the same meaning: a place, a time or a case. Not one that negates, bounds or
// contrasts ("Without …", "Before …", "Unlike …", "On paper …"), whose scope could change at the end.
const MOVABLE = /^(?:In|On|At|Within|Under|During|Among|Across|Along|Amid|Throughout|Over|Around) (?!(?:paper|theory|principle|contrast|fact|short|turn|addition|particular|general|practice|return|response|first|last|least|once|other|this|that|these|those|the (?:same|end|meantime|other|process|way|past)|doing)\b)[^,]{2,60}$/;
const SUBJECT_PRONOUN = /^(He|She|It|They|His|Her|Its|Their)\b/;
// "Tide pools shrink when they dry out": a "they" opening a clause inside a statement whose subject is one plural noun stands for it.
const INNER_THEY = /\b(?:when|because|as|after|before|until|since|so|where|while|if|once|unless) they\b/g;
const PLURAL_SUBJECT = /^(?:(?:The|Most|Many|All|Some|Both) )?(?:[A-Za-z][a-z-]+ ){0,2}[A-Za-z][a-z]{2,}s(?<!ss|us|is)(?: [a-z]+ly)? (?!(?:and|or|when|because|as|after|before|until|since|so|where|while|if|once|unless|in|on|at|of|to|for|with|by|from|that|which|who)\b)[a-z]+(?<!s)\b/;


export const MAX_STATEMENT_WORDS = 25;
// A time phrase opening the sentence, then the thing's "it" as the clause's subject. The phrase is words of time and count
// only ("the mid-14th century", "many thousands of years", "March 1850"): one with a clause or a thing in it ("By the time the
// old mill closed in 1850 it …") may hold what the "it" stands for.
const TIME_WORD = String.raw`\d{3,4}s?|century|centuries|decades?|years|months|weeks|generations|ages`;
const TIME_PART = String.raw`(?:(?:early|late|mid)-?)?(?:\d{1,4}(?:st|nd|rd|th|s)?|the|a|an|its|each|every|some|several|many|few|more|than|nearly|almost|about|over|of|early|late|mid|middle|first|second|third|last|final|half|quarter|hundreds|thousands|one|${NUMBER_WORDS.join("|")}|thousand|${MONTHS}|${TIME_WORD})`;
const TIME_THEN_IT = new RegExp(String.raw`^((?:In|During|Over|Within|Throughout|By|Around|For) (?:${TIME_PART} ){0,6}(?:${TIME_WORD}))( it )(?=[a-z]{2,} )`);
// A gerund, "draining", "building": not a time of day or year ("By morning", "By spring") or a time named by one ("By closing
// time"), which bounds the clause like any other.
const GERUND = String.raw`(?!(?:morning|evening|spring|midmorning)\b)[a-z]+ing\b(?! time\b)`;
// An opening with no finite verb of its own: a gerund after "By"/"After"/"On"/"Without" ("By draining the marsh, …"), or
// "Having …": its understood subject is the clause's.
const NONFINITE_OPENING = new RegExp(String.raw`^(?:(?:By|After|Before|On|Upon|Without|Through) ${GERUND}|Having\b)`);
// "By weakening the guilds, …": a means, not a time bound.
const BY_MEANS = new RegExp(String.raw`^By ${GERUND}`);
// "X is a series of walls, towers and forts that were …": what a thing is (a copula and "a"/"an"), then a relative clause.
// (What X is ends before a second clause: ", and the monks who were …" is no part of it.)
const CLASSIFIED = /^([A-Z][^,;]*? (?:is|are|was|were) (?:a|an) (?:(?!, (?:and|but|or|yet|while)\b)[^;])*?) (?:that|which|who) (?:is|are|was|were|had|has|have)\b[^;]*\.$/;
// A run-on past this many words is no one-breath claim, and the trailing-clause pattern reads it in quadratic time.
const LONGEST_TRIMMED_WORDS = 80;

export interface TrimmedStatement {
  text: string;
  /** The opening pronoun was replaced by the name it stands for. */
  resolved: boolean;
  /** Words were left out of the sentence (it is not a verbatim copy). */
  cut: boolean;
  /** Cut to what its subject is ("X is a …"): its denial is trivially false, and reads oddly next to the article. */
  classified?: boolean;
  /** Keeps a hedge on its own claim (a named group's belief, "probably", "is said to"): true as the article says it, but a
   * detail changed may be what was also possible, and its denial is argued. Asked as a true statement only. */
  attributed?: boolean;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * @param itMeans what an "it" opening the main clause stands for, when the caller
 * knows (the thing the article is about, named in the sentence before).
 * @param itsMeans what an opening "Its" stands for, given only where it is sure (the sentence before is about the thing and
 * names no other thing after its verb).
 */
// "From 1820 he printed the Orla Book, a set of …": an "opening" after a plain preposition that holds a subject pronoun and
// its past verb is the main clause itself, and what follows its comma is only an appositive. (Not a time clause inside it,
// "On the day he died, …", "By the time they came, …": the pronoun there follows its noun.)
const PREPOSITION_OPENING = /^(?:In|On|At|During|Over|Within|Throughout|Despite|With|Without|Through|Upon|Across|Along|Under|From|For|Amid|Among|Beyond|By)\b/;
const PRONOUN_AND_VERB = new RegExp(`(?<!\\b(?:time|times|day|days|year|years|moment|night|morning|week|month|hour|that|which|where|when|whom|as|if) )\\b(?:he|she|they|we) (?:[a-z]+ly )?(?:${IRREGULAR_PAST}|[a-z]{3,}ed)\\b`);

// A date in a phrase or clause: a year or a month. A dated opening moved behind a clause that holds a date of its own would seem
// to date that one ("… would leave by June 1960 in March 1958").
const DATE_IN = new RegExp(`\\b(?:\\d{3,4}|${MONTHS})\\b`);
const HEADLESS_APPOSITIVE = /^(?:a|an) (?:[a-z-]+ ){0,2}[a-z-]+ (?:that|which|who) /;

/** What a caller takes besides plain claims. `keepHedge`: a statement that keeps a hedge on its own claim (see keptHedge), which
 * the caller asks only as said; others refuse every hedged statement. */
export interface TrimOptions {
  keepHedge?: boolean;
}

export function trimToMainClause(sentence: Sentence, itMeans?: string, itsMeans?: string, options: TrimOptions = {}): TrimmedStatement | null {
  if (wordCount(sentence.text) > LONGEST_TRIMMED_WORDS) return null;
  const whole = trimClause(sentence, sentence.text, itMeans, itsMeans, options);
  // The first of two joined main clauses ("The toll spread along the Kellby roads, and in 1721 …"), when the whole
  // cannot stand alone or is more than one breath.
  const joined = /^(.{30,}?), (?:and|but) (?!(?:the|a|an) [a-z]+,)/.exec(sentence.text);
  if (whole && (!joined || whole.text.split(/\s+/).length <= 16)) return whole;
  // (Not when the first clause ends inside a "which" aside and the ", and" goes on with the series the aside sits in, "hailed
  // him as lord of Arn, which he was, and as the next king": the cut would keep only its first item. "…, which they renamed
  // Arn, and then built …" is a clause of its own, and is cut.)
  const aside = joined && /, (?:who|which|whose)\b[^,;]*$/.exec(joined[1]!);
  const goesOn = joined && /^(as|to|in|at|for|with|from|by|on|of)\s/.exec(sentence.text.slice(joined[0].length))?.[1];
  if (aside && goesOn && joined[1]!.slice(0, aside.index).split(/[,;]/).pop()!.split(/\s+/).includes(goesOn)) return whole;
  // "The town was poor, grain was scarce, and many went hungry": a series of clauses; its first is the first clause, not all
  // before the "and" (that would join two clauses with a bare comma).
  // (The first clause has a verb of its own and no comma, and opens with no subordinator: "When the order came, the boycott
  // ended" is one clause in two parts.)
  const series = joined && /^(?!(?:When|Whenever|If|After|Before|As|Because|Since|While|Although|Though|Once|Until|Unless)\b)([^,]*?\b(?:is|are|was|were|had|has)\b[^,]*), (?!(?:which|who|whose|that|where|when|while|as|if|because|since|though|although|may|might|can|could|will|would|should|must|do|does|did)\b)(?:[A-Za-z][\w'’-]* ){1,3}(?:is|are|was|were|has|have|had)\b/.exec(joined[1]!);
  // (Nor a subordinator anywhere before the first clause's verb: "Long after the war was over, …" opens on an adverb, and its
  // first clause is still a side clause.)
  const firstClause = series && series[1]!.slice(0, series[1]!.search(/\b(?:is|are|was|were|had|has)\b/));
  // (Nor when what the cut drops is no claim of its own but a report or a hedge on the first clause, "…, it was said at court,
  // and …", "…, or was thought to be, and …", "…, at least it was in name, and …": the first clause alone would drop the
  // hedge and be keyed as a plain fact. The sentence only reports the claim, and is refused.)
  const dropped = series && joined![1]!.slice(series[1]!.length);
  if (dropped && (HEDGE.test(dropped) || REPORTING_ASIDE.test(dropped))) return null;
  const cut = series && !SIDE_CLAUSE_OPENER.test(firstClause!) ? series[1] : joined?.[1];
  // "The Line of Vell, at about 40 degrees south, and the Line of Orr, …, mark …": two subjects joined before their one verb;
  // the first alone has none and claims nothing.
  if (cut && !hasFiniteVerb(mainPartOf(cut))) return whole;
  // (Not a side clause alone, "Although the fort fell in 1790, and the garrison fled, the town held out": the ", and" joins two
  // side clauses, and what comes before it is no claim. With a comma or a second verb it has its main clause: "When …, the
  // town …, and …", "If the river rises the meadows flood, and …".)
  if (cut && SUBORDINATE_OPENING.test(cut) && !cut.includes(",") && verbGroups(tagged(cut)) < 2) return whole;
  // (Nor when what is cut away doubts the clause kept, "…, but the date is probably wrong": that clause alone is no fact.)
  if (cut && DOUBTS_CLAIM.test(sentence.text.slice(cut.length))) return whole;
  return (joined ? trimClause(sentence, `${cut}.`, itMeans, itsMeans, options) : null) ?? whole;
}

// The day a dated article is about, pointed to ("On this day", "On that date").
const ARTICLE_DAY = /^On (?:this|that) (?:day|date)$/;
// A subject that is a count ("two companies", "40 chiefs", "thousands of settlers").
const COUNTED_SUBJECT = new RegExp(`^(?:${NUMBER_WORDS.join("|")}|dozens|hundreds|thousands|millions|\\d[\\d,]*) `);

/**
 * The clause after the article's day ("On this day, …") opens on a subject with no determiner: a count or a bare plural noun
 * ("two companies met …", "delegates signed …"). Cut there as after "the …": otherwise the pointing opening stays, and the
 * article's first sentence, its title event, makes no statement at all. (Only after that opening: after a means or a place,
 * "Using charts, sailors …", the opening is often the point, and was kept before.)
 */
function countedOrPluralSubject(rest: string): boolean {
  if (COUNTED_SUBJECT.test(rest)) return true;
  if (!/^[a-z]+s /.test(rest)) return false;
  const [first] = tagged(rest.split(" ").slice(0, 4).join(" "));
  return Boolean(first?.tags?.includes("Plural") && first.tags.includes("Noun") && !first.tags.includes("Verb"));
}

// (One expression per owner's name, not one per statement trimmed.)
const openingName = boundedMemo<RegExp>(64);
function opensWithName(text: string, name: string): boolean {
  const surname = name.split(/\s+/).pop()!;
  return openingName(name, () => new RegExp(`^(?:${escapeRegExp(name)}|${escapeRegExp(surname)})\\b(?!['’])`)).test(text);
}

/**
 * "Ada Vell left her seat and …": a statement whose subject is the person the sentence is about (the article's title person,
 * or the one its opening pronoun was settled to), with only that person's own possessive after it. The name opens the
 * statement, so no name stands after a space before the pronoun; the possessive is still the subject's. An object pronoun
 * ("Ada thanked him") or one of the other sex means someone else, and is refused as before.
 */
function ownPossessives(text: string, sentence: Sentence): boolean {
  const owner = sentence.titlePerson ?? sentence.person;
  if (!owner) return false;
  if (!opensWithName(text, owner.name)) return false;
  const own = owner.pronoun === "he" ? /^his$/i : /^her$/i;
  const pronouns = text.match(/\b(?:he|she|him|her|his|hers)\b/gi) ?? [];
  // ("her" may be an object as well: "Ada met her" is someone else. Only before a word, as a possessive, "her seat".)
  const objectHer = owner.pronoun === "she" && /\bher\b(?=\s*(?:[,.;]|$|\s(?:to|and|or|but|in|on|at|with|for|from|by|as|that|when|after|before)\b))/i.test(text);
  return pronouns.length > 0 && pronouns.every((p) => own.test(p)) && !objectHer;
}

// "On 6 June, the morning after the fleet landed, Ada …": the time said again in other words, after a time opening.
const TIME_ASIDE = /^(?:the|a|an|one) (?:[a-z]+ )?(?:morning|day|night|evening|afternoon|week|month|year|season|spring|summer|autumn|winter)\b[^,;:]{0,80}, (?=[A-Z]|(?:the|his|her|its|their|he|she|it|they) )/;

/** An opening phrase with a time aside after it ("On 6 June, the morning after …, "): the aside is part of the opening. */
function withTimeAside(opening: RegExpExecArray | null, text: string): [string] | null {
  if (!opening) return null;
  const aside = /^(?:In|On|At|During|By|Around)\b/.test(opening[0]) ? TIME_ASIDE.exec(text.slice(opening[0].length)) : null;
  return [aside ? opening[0] + aside[0] : opening[0]];
}

/**
 * The statement without the times its own words anchor: a counted time inside a relative clause (COUNTED_IN_RELATIVE), and
 * a "later" or "then" after "and"/"or" ("joined a gliding club and later became a pilot", "carts and later cars"), which
 * counts from the deed or thing before it in the same statement.
 */
function anchoredTimesOut(text: string): string {
  return text.replace(COUNTED_IN_RELATIVE, "$1").replace(/(?<=\S.*\b(?:and|or)) (?:later|then)\b/g, "");
}

/** A clause without its relative clauses ("a short book, which sold well" -> "a short book"): where its own verb must be. */
export function mainPartOf(text: string): string {
  return text.replace(/,\s(?:which|who|whose|whom|that)\b[^,;]*/g, "");
}

/** The sentence without an opening "And"/"But" that only joins it to the sentence before (see trimClause). */
function stripJoiningWord(text: string): string {
  return text.replace(/^(?:And|But) (?=(?:the|a|an|this|these|those|his|her|its|their|he|she|it|they|we|many|most|some|[A-Z][a-z]+)\b|(?:despite|in|on|at|after|during|by|with|within)\b[^,;]{1,60}, (?:the|a|an|his|her|its|their|he|she|it|they|[A-Z][a-z]+)\b)(?!(?:For|Then|So|Also|Yet|Another|More|Again|Not|Only)\b)([a-zA-Z])/, (_, first: string) => first.toUpperCase());
}

// An opening clause with no comma yet ("If the gate is opened anywhere"): an example cut after it leaves the comma that ends it.
const OPENING_CLAUSE = /^(?:If|When|Whenever|Once|Although|Though|While|Because|Unless|After|Before|Until|Since)\b[^,]*$/;
// A whole example set off by commas (", for example by a gust of wind,"), not one whose closing comma goes on with a list
// (", for example wheat, barley and oats,"): see trimClause.
const EXAMPLE_ASIDE = /, for (?:example|instance) [^,;:]{1,80},(?= )(?!(?: [^,;:\s]+){1,3},| [^,;:]{0,60}\b(?:and|or)\b[^,;:]{0,60},)/g;

/** One clause of the sentence (`source`, a sentence of its own) cut and checked as a statement, like the main clause. */
export function trimClause(sentence: Sentence, source: string, itMeans?: string, itsMeans?: string, options: TrimOptions = {}): TrimmedStatement | null {
  // (A hedge is looked for in what is left: one in a clause the cut takes away, after a semicolon or in a trailing "which
  // was probably …", does not hedge the main clause.)
  // "And despite …, X did not …", "But the guild refused": the joining word only ties the claim to the sentence before, and
  // the claim is as true without it. ("So many …", "Or …", "Nor …" are kept out: there the word is part of what is said.)
  // Only a coordinating "And"/"But" before a clause with a subject of its own (or an opening phrase and then one): "But for the
  // wall, the town would flood" is a condition ("without the wall"), and "Yet another war", "Yet more settlers" use the word as
  // an adverb that points back; there it is part of what is said, and the sentence is refused as before.
  // (A clause cut from inside a sentence comes lower-case, "and the millers …": its join is read as at a sentence's start.)
  // A bullet's verb phrase under its lead-in's doer ("founded a school;" under "He also:") is the doer's claim: written out
  // whole, as its stems are (see lead-in-doers).
  if (sentence.opener === "" && sentence.subject && source === sentence.text) source = `${sentence.subject} ${source.replace(/;$/, ".")}`;
  source = stripJoiningWord(source.replace(/^(?:and|but|or|yet|so|nor)\b/, (w) => capitalise(w)));
  // (A colon between digits is a clock time, "at 11:30", not a clause that introduces what follows.)
  if (/[?!]|:(?!\d)/.test(source) || QUOTE.test(source.replace(QUOTED_NAME, "$1")) || EMPHATIC.test(source) || /^(?:And|But|Or|Yet|So|Nor)\b/.test(source)) return null;
  // (", for example," inside a clause marks its words as an example and says nothing itself: it goes like a bracket. So
  // does a whole example set off by commas, ", for example by a gust of wind,": the clause reads the same without it. Not
  // when the text after its closing comma goes on with a list, ", for example wheat, barley and oats,": the cut would stop
  // inside the list and leave its tail in the clause.)
  // (Either way, one after an opening clause, "When the gate opens, for example, geese …", leaves the comma that closes that clause.)
  // (So does a linking word set off inside the clause, ", however," or ", by contrast,": it ties the claim to the sentence
  // before, and the claim reads the same without it.)
  // (A linking word that only ties the claim to the sentence before, "Meanwhile the guild …", "…, however.", goes too: the claim is
  // as true without it. One with a comma after it is the OPENING cut's.)
  source = capitalise(source.replace(LINK_WITHOUT_COMMA, "").replace(/, however(?=\.$)/, ""));
  let text = source.replace(/\s\([^()]{1,160}\)(?=[\s,.;])/g, "").replace(/, for (?:example|instance),(?= )/g, (_, at: number, all: string) => (OPENING_CLAUSE.test(all.slice(0, at)) ? "," : "")).replace(EXAMPLE_ASIDE, (_, at: number, all: string) => (OPENING_CLAUSE.test(all.slice(0, at)) ? "," : "")).replace(INSERTED_LINK, (link: string, at: number, all: string) => innerLinkGap(all, at, link)).replace(/;\s.*$/, ".").replace(/\.$/, "");
  // "In the late 16th century it spread …", "Over six centuries it grew …": a time phrase before the thing's "it" opens the clause
  // with or without its comma (a time is no thing the "it" could stand for).
  // ("In 1820 it rained …": an "it" that stands for nothing is left alone.)
  const timedAt = itMeans && !sentence.subject ? TIME_THEN_IT.exec(text) : null;
  const timed = timedAt && !isExpletiveIt(text.slice(timedAt[1]!.length + 1)) ? timedAt : null;
  if (timed) text = `${timed[1]}, ${text.slice(timed[1]!.length + 1)}`;
  let moved = "";
  // How many characters an opening cut takes from before the clause's subject (moved after it, they still come after an
  // opening pronoun), and the clause they were cut from.
  let cutBefore = 0;
  const uncut = text;
  const opening = withTimeAside(OPENING.exec(text), text);
  // "According to legend, the king hid …": an opening that hedges the clause goes with the whole statement, not alone.
  if (opening && HEDGE.test(opening[0])) return null;
  if (opening) {
    const phrase = opening[0].slice(0, -2);
    const rest = text.slice(opening[0].length);
    // A short dated opening is the statement's point and stays; a long scene-setting one goes.
    // A place or case that limits a general claim ("In the tropics, rain falls daily") must stay: without it the claim is wider than the
    // article's. Only a past event ("In Kell, the guild built …") or a concession ("Although …") loses its opening.
    // "Before the war, the town was small": a time bound on a state stays too.
    // "Without the dam, the valley flooded", "On paper, the guild ruled the town": an opening that negates or qualifies the clause
    // stays, or the statement says the opposite of the article.
    // ("By weakening the guilds, …" is a means, not a time bound: the claim holds without it.)
    const bounds = /^(?:Before|Until|Since|By|Without|Unlike|Except|On paper|In theory|In principle|Nominally)\b/.test(phrase) && !BY_MEANS.test(phrase);
    // ("On this day, …" opening a dated article's account of a past event names the article's own date: the event's time,
    // however far into the clause its verb stands.)
    const articleDay = ARTICLE_DAY.test(phrase) && PAST_VERB.test(rest);
    const limits = bounds || (/^(?!In fact$)(?:In|On|At|Within|Under|For|From|Over|Through|With|Without|Among|Across|Along|Beyond|Like|Unlike|Amid|During|After)\b/.test(phrase) && !articleDay && !PAST_VERB.test(rest.split(/\s+/).slice(0, 8).join(" ")));
    if (!limits && !(DATED_OPENING.test(phrase) && wordCount(rest) <= MAX_STATEMENT_WORDS - 3) && (/^(?:[A-Z]|(?:the|a|an|his|her|its|their|he|she|it|they|there|many|most|few|some|all|each|every|both) )/.test(rest) || (articleDay && countedOrPluralSubject(rest)))) {
      // "In Kell, Norland, the guild …", "Aimed at the keep, the guild's last stronghold, the raid …": a short aside of the opening follows it.
      // (Not when a "who …" follows: then the short words are the subject, and the relative clause is about them.)
      // (Not after a linking word: "However, its first fair, watched by …, was …" has its subject there, not an aside.)
      const aside = /^[A-Z][a-z]+$/.test(phrase) && !/(?:ing|ed)$/.test(phrase) ? null : /^([^,;]{1,50}), (?=[A-Za-z])(?!(?:who|which|whose)\b)/.exec(rest);
      const kept = aside && aside[1]!.split(/\s+/).length <= 5 && !VERB_LIKE.test(aside[1]!) ? rest.slice(aside[0].length) : rest;
      // "In 1895 she wed Tomas Venn, a chemist, and the two …": an "opening" that holds the main clause itself leaves only a
      // clause joined on with "and", which says nothing alone; nothing is cut.
      if (/^(?:and|but|or|so|yet|nor)\b/i.test(kept)) return null;
      // "In 1851 the guild printed its charter, a short book, which sold well": an "opening" that runs to the first comma may
      // be the main clause itself; what follows it is then only an appositive and its relative clause, with no verb of its own.
      if (!hasFiniteVerb(mainPartOf(kept))) return null;
      if (PREPOSITION_OPENING.test(phrase) && PRONOUN_AND_VERB.test(phrase)) return null;
      // ("In front of the hall stands a yard paved with slate, a design that …": an inverted main clause in the "opening",
      // and an appositive whose only verb is its relative clause's.)
      if (HEADLESS_APPOSITIVE.test(kept) && (hasFiniteVerb(phrase, { plurals: false }) || /\b(?:lies|stands|sits|rises|lay|stood|sat|rose)\b/.test(phrase))) return null;
      cutBefore = text.length - kept.length;
      text = kept;
    } else if (MOVABLE.test(phrase) && !VERB_LIKE.test(phrase) && /^(?:[A-Z]|(?:the|a|an|there) )/.test(rest) && !/[,;]/.test(rest) && !(DATE_IN.test(phrase) && DATE_IN.test(rest)) && hasFiniteVerb(rest)) {
      // A kept place, time or case ("In shallow water, X grows …") goes after the clause: the claim and its limit are the
      // article's, and the statement reads as said again rather than copied (a copied sentence is too easy to spot). Only after
      // a clause with no comma: after an aside or a list the phrase would seem to belong to its last words. And only before a
      // clause: "In 1760 the town built a bridge, a stone arch" has its main clause in the "opening" (an irregular past verb the
      // verb list misses), and moved behind the appositive it would read "A stone arch in 1760 the town built a bridge".
      moved = phrase.charAt(0).toLowerCase() + phrase.slice(1);
      cutBefore = opening[0].length;
      text = rest;
    }
  }
  // A kept opening before the thing's "it" ("In the late 16th century, it …", "By 1890, it …"): the "it" written out where it
  // stands, unless the opening names another thing it could stand for.
  let namedIt = false;
  const keptBeforeIt = opening && !cutBefore && !moved && text.startsWith(opening[0]) && /^it [a-z]/.test(text.slice(opening[0].length)) && !isExpletiveIt(text.slice(opening[0].length));
  if (keptBeforeIt && itMeans && !sentence.subject && (timed || NONFINITE_OPENING.test(opening[0]) || !namesNearerReferent(uncut, opening[0].length, false))) {
    text = `${opening[0]}${itMeans.replace(/^(?:The|A|An) /, (w) => w.toLowerCase())}${text.slice(opening[0].length + 2)}`;
    namedIt = true;
  }
  text = capitalise(text);
  // "The second part, the slow guard, was smaller": a subject that only counts its place in a list is named by its
  // appositive, which stays.
  const counted = ORDINAL_SUBJECT.test(text);
  if (!counted) {
    const appositive = APPOSITIVE.exec(text);
    if (appositive && HOLDER_ASIDE.test(appositive[0].slice(appositive[1]!.length + 2, -2))) return null;
    text = text.replace(APPOSITIVE, "$1 ");
  }
  // A clause hung on the end is looked for after a kept appositive ("…, the slow guard, was led by Ada, who …"): the
  // appositive itself may read as one ("…, a voyage that failed, …") and hide the real one behind it.
  const kept = counted ? (/^[^,]+,[^,]+,/.exec(text)?.[0].length ?? 0) : 0;
  const found = TRAILING.exec(text.slice(kept));
  const trailing = found && { index: kept + found.index };
  if (trailing && (HOLDER_ASIDE.test(text.slice(trailing.index + 2)) || DOUBTS_CLAIM.test(text.slice(trailing.index)))) return null;
  // ("Ada reached the hut first and, having rested, lit a fire": an aside inside the predicate, after its joining word, is no
  // clause hung on the end; cut there, the statement would end on "and".)
  // ("In 705, when she was ill, a group of lords forced …": what stands before ", a group of" is an opening and its side clause,
  // with the main clause still to come; cut there, no claim is left.)
  if (trailing && wordCount(text.slice(0, trailing.index)) >= 6 && !HANGING_JOIN.test(text.slice(0, trailing.index)) && !openingAndSideClauseOnly(text.slice(0, trailing.index))) {
    // An aside between the subject and its verb ("After the party won, apartheid, a system of …, was written into law") is no
    // trailing clause: cutting it would take the main verb with it and leave a subject with nothing said of it.
    const after = text.slice(trailing.index + 1);
    if (/, (?:is|are|was|were|has|had|have|will|would|can|could|became|remained)\b/.test(after)) return null;
    // The same for a list of examples after the subject of a clause ("and the towns, such as Arn and Kell, trade …"): the verb after
    // the list is the clause's own, and cutting at the list leaves its subject with nothing said of it.
    // (A verb as read in its place: "such as moulds, yeasts and mildews" goes on with more of the list, not a verb.)
    if (/^\s(?:including|such as)\b/.test(after)) {
      const terms = tagged(after.split(";")[0]!);
      if (terms.some((t, i) => i > 0 && /,/.test(terms[i - 1]!.post ?? "") && t.tags?.includes("Verb") && !t.tags.includes("Noun"))) return null;
    }
    // The same with a main verb of its own after a "who …" or "which …" aside ("its crew, who were new to it, kept a steady pace").
    if (/^\s(?:who|which|whose)\b/.test(after) && [...after.matchAll(/, ([a-z]+)\b/g)].some((m) => PAST_VERB.test(m[1]!))) return null;
    // A "which …" aside inside a series ("hailed him as lord of Arn, which he was, as lord of Bree, and as the next king"): the
    // series goes on after it with the same word, and cutting there keeps only its first, least telling item.
    // (The word that goes on after the aside must be one the item before it opened with: the series repeats it.)
    const seriesWord = /^\s(?:who|which|whose)\b[^,;]*,\s(?:and\s|or\s)?(as|to|in|at|for|with|from|by|on|of)\s/.exec(after)?.[1];
    if (seriesWord && text.slice(0, trailing.index).split(/[,;]/).pop()!.split(/\s+/).includes(seriesWord)) return null;
    // A list of examples in the middle of the clause ("moves substances, including drugs and ions, from the blood into the liquid")
    // goes on its own: what the clause says after it is its point, and cutting there left "moves substances" and nothing about where.
    const inner = /^\s(?:including|such as)\b[^,;]*, (?=(?:from|into|to|onto|in|on|at|for|with|by|across|through|towards?|down|up|out of)\b)/.exec(after);
    // But "certain substances", "some goods" say nothing without their list: then the list stays.
    const vague = /\b(?:certain|some|various|several|other)\s+[a-z]+$/.test(text.slice(0, trailing.index));
    text = inner && vague ? text : inner ? `${text.slice(0, trailing.index)} ${after.slice(inner[0].length)}` : text.slice(0, trailing.index);
  }
  // A reason, a limit or a concession hung on the end ("…, partly because …", "…, until …", "…, even though …") goes only when the statement would be too long
  // with it, or would be the sentence copied whole: otherwise the reason is part of the claim.
  const reason = LONG_TRAILING.exec(text);
  const whole = !moved && text === sentence.text.replace(/\.$/, "");
  // (Not after a joining word, "arrived late and, because the path was icy, slept in the barn": the cut would end on "and".)
  if (reason && (whole || wordCount(text) > MAX_STATEMENT_WORDS + 3) && wordCount(text.slice(0, reason.index)) >= 6 && !HANGING_JOIN.test(text.slice(0, reason.index))) {
    if (DOUBTS_CLAIM.test(text.slice(reason.index))) return null;
    text = text.slice(0, reason.index);
  }
  let resolved = namedIt;
  // "Because the estuary floor is soft mud, it shifts …": an opening pronoun after an opening that names a thing of its number
  // stands for that thing first, never for what the sentence before or the title names (which the caller's referent is).
  const pointer = /^(?:(It|Its)|(They|Their))\s/.exec(text);
  // (Not after an opening with no verb of its own, "By weakening the guilds, it …", "Having crossed the pass, it …": the
  // opening's understood subject is the clause's, and the things it names are what that subject acted on.)
  if (pointer && cutBefore && !NONFINITE_OPENING.test(uncut) && namesNearerReferent(uncut, cutBefore, Boolean(pointer[2]))) return null;
  // An opening the article's sentence before settles ("They …", "This process …"), written out.
  const opener = sentence.subject ? (sentence.opener ?? "It") : null;
  // (Writing it out cuts nothing: a statement that is its whole sentence with the opening written out is still a copy.)
  let copied = stripJoiningWord(sentence.text);
  if (opener && sentence.subject && text.startsWith(`${opener} `)) {
    text = sentence.subject + text.slice(opener.length);
    if (copied.startsWith(`${opener} `)) copied = sentence.subject + copied.slice(opener.length);
    resolved = true;
  }
  const pronoun = SUBJECT_PRONOUN.exec(text)?.[1];
  if (pronoun) {
    const person = personFor(text, sentence);
    if (person && /^(?:He|His)$/.test(pronoun) === (person.pronoun === "he") && /^(?:He|She|His|Her)$/.test(pronoun)) {
      text = (/^(?:His|Her)$/.test(pronoun) ? `${person.name}'s` : person.name) + text.slice(pronoun.length);
      resolved = true;
    } else if (pronoun === "It" && itMeans && !sentence.subject) {
      text = itMeans + text.slice(2);
      resolved = true;
    } else if (pronoun === "Its" && itsMeans && !/s$/.test(itsMeans) && !sentence.subject) {
      // ("Its" usually means the nearest thing named before, "struck a reef. Its sharp edges …": only the caller's sure referent.
      // Not after a name ending in "s": "Mount Vesuvius' crater" reads wrong.)
      text = `${itsMeans}'s${text.slice(3)}`;
      resolved = true;
    } else return null;
  }
  // "The plague also caused …": "also" points to a sentence the statement does not show.
  // A list item closing on ";" ends with a full stop when it reads as a sentence (opens with a capital); else the ";" stays and the stem check refuses it.
  text = `${text.replace(/[,\s]+$/, "").replace(/;$/, /^["“‘(]?[A-Z0-9]/.test(text) ? "" : ";").replace(/^([^,]{2,60}?)(?<!\b(?:cannot|can't|could not|couldn't)) also (?=[a-z]+\b)/, "$1 ")}${moved ? ` ${moved}` : ""}.`;
  // In an article about one person, a "his" after other names only ("The mines of X lay inside his lands") is theirs, written out
  // as the stems do (resolvePerson); left, it reads as the other name's.
  if (sentence.person) {
    const named = resolvePerson(text, sentence);
    if (named !== text) [text, resolved] = [named, true];
  }
  // "There is evidence that she …": a personal pronoun needs a name before it in the statement itself.
  const personal = /\b(?:he|she|him|her|his|hers)\b/i.exec(text);
  if (personal && !/\s[A-Z][a-z]/.test(text.slice(0, personal.index)) && !ownPossessives(text, sentence)) return null;
  // Too long for one breath, "X is a long chain of dykes and locks that were dug, widened and linked over …" says first
  // what X is: the kind it is put in stays true without the clause that tells how it came about.
  const kindOf = wordCount(text) > MAX_STATEMENT_WORDS + 3 ? CLASSIFIED.exec(text) : null;
  const classified = Boolean(kindOf && wordCount(kindOf[1]!) >= 6);
  if (classified) text = `${kindOf![1]}.`;
  // A cut that ends inside a second clause ("X became a park in 1990, and parts beside Y.") leaves that clause's subject with no verb.
  // (A list's last item, "wool, cloth, and salt", follows a bare noun, not a clause with a verb of its own.)
  const last = /(?:^|, )([^,]*), (?:and|but) ([^,]*)\.$/.exec(text);
  if (last && VERB_LIKE.test(last[1]!) && !hasFiniteVerb(last[2]!)) return null;
  // "Ada founded a school, built a mill.": a list of what one subject did, its "and …" cut away, joins two claims with a
  // bare comma. ("…, so in a cave.": a cut inside a clause leaves a joining word with no verb after it.)
  const afterJoin = CUT_AFTER_JOIN.exec(text);
  if (clippedList(text) || (afterJoin && !hasFiniteVerb(afterJoin[1]!))) return null;
  // "Ada later became mayor": the bare "later" goes, and the claim stands alone (see dropSequenceAdverb).
  text = dropSequenceAdverb(text);
  const words = wordCount(text);
  // Whatever the cut, a statement never ends on a joining word ("… first and."): it was cut inside a clause.
  if (HANGING_JOIN.test(text.replace(/\.$/, ""))) return null;
  const hedged = HEDGE.test(text);
  const attributed = hedged && Boolean(options.keepHedge) && keptHedge(text);
  if (words < 6 || words > MAX_STATEMENT_WORDS + 3 || (hedged && !attributed) || RELATIVE_TIME.test(anchoredTimesOut(text)) || THING_PRONOUN.test(innerPronounsOut(text)) || GENERIC_SUBJECT.test(text) || POINTS_BACK.test(text) || dangles(text)) return null;
  return { text, resolved, cut: text !== copied, ...(classified ? { classified } : {}), ...(attributed ? { attributed } : {}) };
}

// A verb that may open a clause's predicate: a past form, or a form of "have" or "be", with an object or complement after it
// (any word but a preposition or a conjunction: "planted wheat", "sank twelve ships").
const PREDICATE_VERB = /^(?:had|has|have|was|were|is|are)$/;
const WHOLE_PAST_VERB = new RegExp(`^${PAST_VERB.source}$`);
const NOT_AN_OBJECT = /^(?:in|on|at|to|from|by|with|for|of|into|onto|over|under|through|across|after|before|during|since|until|and|or|but|so|because|while|when|as|than|if)$/;
function opensPredicate(words: string): boolean {
  const parts = /^([a-z]+)(?: (?:up|out|down|off|on))? ([\w'’-]+)/.exec(words);
  if (!parts || NOT_AN_OBJECT.test(parts[2]!)) return false;
  return PREDICATE_VERB.test(parts[1]!) || WHOLE_PAST_VERB.test(parts[1]!);
}

/**
 * Whether a statement lists two things its subject did with a bare comma and no "and" or "or" after: "Ada founded the guild,
 * set up a school." (its first part has a verb of its own, so the second is no aside on the subject). "A, B and C", with no
 * comma before its "and", is an ordinary list.
 */
export function clippedList(text: string): boolean {
  const parts = text.replace(/\.$/, "").split(/, /);
  if (parts.length < 2 || /\b(?:and|or)\b/.test(parts.at(-1)!)) return false;
  return PAST_VERB.test(parts[0]!) && parts.slice(1).some((p) => opensPredicate(p));
}

// A clause's joining word with only a phrase after it, and no verb, at the end: "…, so in a cave." (cut before its clause).
// (Only "so" and "because", which always join a clause: "while still young", "because of the war" are whole.)
const CUT_AFTER_JOIN = /, (?:so|because) (?!(?:of|that|as|far|much|many|long|well)\b)([^,;]+)\.$/;

/** The statement without the pronouns that plainly stand for its own subject, named at its start. */
function innerPronounsOut(text: string): string {
  // "makes it hard to …", "found it easier to …": a dummy "it" that only holds the place of what follows stands for nothing.
  const withoutDummyIt = text.replace(/\b(?:make|makes|made|making|find|finds|found|keep|keeps|kept) it (?:[a-z]+ )?(?:hard|harder|easy|easier|difficult|possible|impossible|cheap|cheaper|safe|safer|necessary|likely)\b(?= (?:to|for)\b)/gi, "");
  const its = NAMED_SUBJECT.test(withoutDummyIt) ? withoutDummyIt.replace(INNER_IT, "") : withoutDummyIt;
  return PLURAL_SUBJECT.test(its) ? its.replace(INNER_THEY, "") : its;
}

export const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];

/**
 * The statement is the sentence with words left out (and perhaps its opening
 * pronoun named): every word of it appears in the sentence, in order. What a
 * true statement must be, as the article has it. Given the article, a pronoun
 * inside the sentence is taken as named only by a name the article holds (see
 * namesInnerPronoun).
 */
export function isCutFrom(statement: string, sentence: string, articleText?: string): boolean {
  const from = tokens(sentence);
  const words = tokens(statement);
  const subsequence = (ws: string[]) => {
    let i = 0;
    for (const w of from) if (i < ws.length && w === ws[i]) i++;
    return i === ws.length;
  };
  if (subsequence(words)) return true;
  // The opening phrase said after the clause (the trimmer's restatement): the same words, the opening last.
  const opening = /^([^,]{2,70}), (.+)$/.exec(sentence.replace(/\.$/, ""));
  if (opening) {
    const rotated = tokens(`${opening[2]} ${opening[1]}`);
    let i = 0;
    for (const w of rotated) if (i < words.length && w === words[i]) i++;
    if (i === words.length && tokens(opening[1]!).every((w, k, all) => words[words.length - all.length + k] === w)) return true;
  }
  // A clause and its condition said the other way round ("When B, A." for "A when B."): the same words, two parts swapped.
  for (let k = 1; k < from.length && from.length === words.length; k++) {
    if (from.slice(k).concat(from.slice(0, k)).every((w, i) => w === words[i])) return true;
  }
  return namesOpeningPronoun(statement, sentence) || namesInnerPronoun(statement, sentence, articleText);
}

const PERSONAL_PRONOUNS = ["he", "she", "him", "her"];
const POSSESSIVE_PRONOUNS = ["his", "her"];
const OBJECT_FOLLOWER = /^(?:a|an|the|to|in|on|at|by|for|with|from|into|of|as|and|or|but|that|when|while|after|before|because|until|if|so|[,;:])/i;

/**
 * "As a girl Ada Venn was hit by …" from "As a girl she was hit by …", "The empire Osric ruled …" from "The empire he
 * ruled …", "Over six centuries the Saltmere Canal carried …" from "Over six centuries it carried …": a person's pronoun
 * inside the sentence written as their name, as the stems write it (resolvePerson), or the article's thing written for its
 * "it" (trimClause's `itMeans`); the rest the sentence's words in order. One pronoun, one name of one to five capitalised
 * words ("Ada Venn's" for "her"; a thing's name may open with "the"). An opening name for a person's pronoun is
 * namesOpeningPronoun's (only where the pronoun opened the sentence or its main clause).
 * Given the article, the name must be one it holds, not one the sentence spells (it is someone else there: "The chart she
 * drew for Tom Venn …" is no chart Tom Venn drew), nor one of the other sex than the pronoun's.
 */
function namesInnerPronoun(statement: string, sentence: string, articleText?: string): boolean {
  const raw = statement.replace(/[.!?]$/, "").split(/\s+/);
  const from: string[] = tokens(sentence);
  const thing = from.includes("it") || from.includes("its");
  if (!thing && !from.some((w) => PERSONAL_PRONOUNS.includes(w) || POSSESSIVE_PRONOUNS.includes(w))) return false;
  for (let i = 0; i < raw.length; i++) {
    for (let k = 1; k <= 5 && i + k <= raw.length; k++) {
      const name = raw.slice(i, i + k);
      const leadingThe = /^[Tt]he$/.test(name[0]!);
      if (!name.every((w, j) => /^[A-Z][\p{L}'’-]*,?$/u.test(w) || (j === 0 && leadingThe) || (j > 0 && j < k - 1 && /^(?:of|de|van|von)$/.test(w)))) break;
      if (leadingThe && k === 1) continue;
      const possessive = /['’]s,?$/.test(name[k - 1]!);
      // ("her" stands for a plain name only as an object, before a preposition, a determiner or the end: before a noun it is
      // "her name", a possessive.)
      const objectSlot = i + k === raw.length || OBJECT_FOLLOWER.test(raw[i + k]!);
      const personal: string[] = i > 0 && !leadingThe ? (possessive ? POSSESSIVE_PRONOUNS : PERSONAL_PRONOUNS.filter((p) => p !== "her" || objectSlot)) : [];
      const pronouns = thing ? [...personal, possessive ? "its" : "it"] : personal;
      for (const pronoun of pronouns) {
        const words = tokens([...raw.slice(0, i), pronoun, ...raw.slice(i + k)].join(" "));
        let at = 0;
        for (const w of from) if (at < words.length && w === words[at]) at++;
        if (at === words.length && (articleText === undefined || mayStandFor(name, pronoun, sentence, articleText))) return true;
      }
    }
  }
  return false;
}

/** A name the article holds and the sentence does not spell, not of the other sex than a person's pronoun. */
function mayStandFor(name: string[], pronoun: string, sentence: string, articleText: string): boolean {
  const core = name.join(" ").replace(/^[Tt]he /, "").replace(/(?:['’]s)?,?$/, "");
  if (new RegExp(`\\b${escapeRegExp(core)}\\b`, "i").test(sentence) || !new RegExp(`\\b${escapeRegExp(core)}\\b`).test(articleText)) return false;
  if (pronoun === "it" || pronoun === "its") return true;
  // (The article's reading of the first name where the tagger met it there, else the word list's.)
  const first = core.split(" ")[0]!;
  return !ofOtherSex(first, pronoun, seenWordTags(first) ?? tagged(first)[0]?.tags);
}

// "A when B", "A because B": a condition, a time or a reason after the main clause, with nothing before it to lean on.
// (Not after a preposition or an adverb that makes the word part of a phrase: "at once", "even if", "only when", "just before".)
const CONDITION_AFTER = /^([^,;:]{12,}?)(?<!\b(?:at|even|only|just|as|long|soon|since|right|shortly|than)) (when|whenever|if|because|until|unless|after|before) ([^,;:]+)\.$/;
const CONDITION_POINTS = /\b(?:it|its|they|them|their|he|she|him|her|his|this|these|those|there)\b/i;
// A main clause that holds a clause of its own ("testing whether the pumps ran", "said the army would march", "planned to
// close the port"): a condition after it may belong to that inner clause, and put first it would govern the whole.
const EMBEDS_CLAUSE = new RegExp(
  String.raw`\b(?:whether|if|how|what|whatever|where|why|to [a-z]+ (?:the|a|an|his|her|their|its|our|some|all|every)|` +
    String.raw`(?:say|said|says|tell|told|think|thought|believe[ds]?|know|knew|knows|fear(?:ed|s)?|hope[ds]?|ask(?:ed|s)?|wonder(?:ed|s)?|` +
    String.raw`decide[ds]?|agree[ds]?|promise[ds]?|warn(?:ed|s)?|claim(?:ed|s)?|argue[ds]?|expect(?:ed|s)?|test(?:ed|ing|s)?|check(?:ed|ing|s)?|show(?:ed|n|s)?|prove[ds]?|learn(?:ed|t|s)?|reali[sz]e[ds]?|` +
    String.raw`report(?:ed|s)?|rule[ds]?|order(?:ed|s)?|found|finds?|want(?:ed|s)?|announce[ds]?|wr[io]te|writes|insist(?:ed|s)?|threaten(?:ed|s)?|declare[ds]?))\b`,
  "i",
);

/**
 * A sentence kept whole said again with its condition first ("Prices rise when demand grows." -> "When demand grows,
 * prices rise."), so a true statement is not the article's sentence copied. Only where the condition names everything
 * itself (a pronoun in it would come before what it stands for) and both parts have three words or more; the main
 * clause's first word keeps its capital when the article writes it so mid-sentence (a name).
 */
export function restateCondition(statement: TrimmedStatement, articleText: string): TrimmedStatement | null {
  if (statement.cut) return null;
  const m = CONDITION_AFTER.exec(statement.text);
  // A main clause with a clause of its own inside ("X is something that …") would read as broken with a condition before it.
  // "… was named after the first keeper": after, before and until open a condition only with a verb of its own.
  if (m && /^(?:after|before|until)$/.test(m[2]!) && !hasFiniteVerb(m[3]!)) return null;
  // "E not because A but because B", "E because A or because B": moved in front, the second reason and the "not" are left
  // stranded ("Because A but because B, E not"), and the article may deny the first.
  if (m && (/\bnot$/.test(m[1]!) || new RegExp(`\\b${m[2]}\\b`).test(m[3]!))) return null;
  if (!m || CONDITION_POINTS.test(m[3]!) || /\b(?:that|which|who|whom|whose|and|or|but)\b/.test(m[1]!) || EMBEDS_CLAUSE.test(m[1]!) || wordCount(m[1]!) < 3 || wordCount(m[3]!) < 3) return null;
  // A condition moved in front of a clause with two verb groups may govern the one it never qualified ("If the river rose,
  // the engineers reported …" claims the report was conditional).
  if (verbGroups(tagged(m[1]!)) > 1) return null;
  const [first = "", ...rest] = m[1]!.split(" ");
  // (A count or a determiner is never a name: "the Two Rivers inn" elsewhere makes no "Two boys" one.)
  const main = [keepsCapital(first, articleText) ? first : first.toLowerCase(), ...rest].join(" ");
  return { text: `${capitalise(m[2]!)} ${m[3]}, ${main}.`, resolved: statement.resolved, cut: true, ...(statement.attributed ? { attributed: true } : {}) };
}

/**
 * "Fox launched …" from "He launched …", "After the war, he launched …": the named subject stands for a pronoun
 * that opens the sentence or its main clause, as the trimmer writes it. The words before it must be a name ("Wren
 * Halloway", "Wren Halloway's" for "her", "The survey" for "it"), with no number in them, and the rest must follow
 * that pronoun word for word: a changed word anywhere else in the opening is a False statement, never a cut.
 */
function namesOpeningPronoun(statement: string, sentence: string): boolean {
  const plain = sentence.replace(/\s\([^()]{1,160}\)(?=[\s,.;])/g, "");
  const raw = statement.split(/\s+/);
  // (And "They …", "Their …", "This process …", "These rules …", "Such a tax …", which `resolvePointers` writes out.)
  // (After a colon or semicolon as well: "It brought harm: it sped up …", a later clause split-clauses takes with the same "it".)
  for (const opening of plain.matchAll(/(?:^|[,:;] )(he|she|it|his|her|its|they|their|(?:this|these|that|those|such(?: an?)?) [a-z]+)(?![\w'’-])/gi)) {
    const possessive = /^(?:his|her|its|their)$/i.test(opening[1]!);
    const after = tokens(plain.slice(opening.index + opening[0].length));
    for (let k = 1; k <= 5 && k < raw.length; k++) {
      const name = raw.slice(0, k);
      if (!isNameLike(name) || /['’]s?$/.test(name[k - 1]!) !== possessive) continue;
      const rest = tokens(raw.slice(k).join(" "));
      // ("It also caused …" -> "The plague caused …": the pointing "also" after the pronoun is one the trimmer cuts.)
      if (rest[0] !== after[0] && !(after[0] === "also" && rest[0] === after[1])) continue;
      let i = 0;
      for (const w of after) if (i < rest.length && w === rest[i]) i++;
      if (i === rest.length) return true;
    }
  }
  return false;
}

// A person's name ("Wren Halloway", "Jan van Rijn") or a thing named with "The" ("The survey", "The Salt Road").
function isNameLike(words: string[]): boolean {
  // (A name holds no verb and no denial: "The Charter did not" is a subject and more, never the pronoun's referent alone.)
  if (words.some((w) => /\d/.test(w) || /^(?:not|never|no|did|does|do|was|were|is|are|had|has|have)$/i.test(w))) return false;
  if (/^The$/.test(words[0]!) && words.length > 1) return true;
  // A plural or a term that opens the sentence with a capital only there ("House bees", "Evaporation").
  if (words.length <= 3 && /^[A-Z][a-z]+$/.test(words[0]!) && words.slice(1).every((w) => /^[a-z]+['’]?$/.test(w))) return true;
  return words.every((w, i) => /^[A-Z]/.test(w) || (i > 0 && /^(?:of|the|de|van|von|al-\S+)$/.test(w)));
}
