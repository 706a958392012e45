import { JUDGING } from "./check-trivia";
import { MONTHS } from "./months";
import { TIME_BOUND_WORDS } from "./negate-statement";
import { POINTS_BACK, tokens } from "./trim-statement";
/**
 * What a central statement claims, read before it is asked true or false. A true/false question tests a fact only when
 * the statement is a fact the article states, about something of a sure size and kind, and true as it stands: not a
 * judgement anyone would call true without reading, not a point leaning on the sentence before it, and not a claim whose
 * condition was cut away.
 */

// Words of praise and blame after "one of the" or "among the": "one of the greatest …", "among the best-known …".
const WORTH = "greatest|finest|best|best-known|best known|worst|most (?:famous|admired|celebrated|important|influential|respected|beloved|brilliant|successful|remarkable|significant|notable|impressive|inspiring|iconic|loved|popular|gifted|talented|revered|honou?red|renowned|infamous|notorious|hated)|great|famous|well-known|celebrated|renowned|legendary|iconic|remarkable";
// The fields a person is "the father of" as praise (a father of three children, or of a named king, is a fact).
const FIELD = "nation|country|republic|science|history|medicine|nursing|surgery|physics|chemistry|biology|astronomy|geology|economics|music|art|poetry|literature|computing|democracy|independence|psychology|philosophy|engineering|photography|film|cinema|genetics|evolution";
// Lessons a story is said to prove: virtues and sayings, not events.
const LESSON = "wisdom|patience|courage|bravery|kindness|honesty|determination|perseverance|persistence|hard work|faith|hope|love|friendship|unity|teamwork|cooperation|compassion|generosity|humility|greed|pride|ambition|curiosity|imagination|dedication|resilience|sacrifice|loyalty|trust|peace|justice|truth|ordinary people|anyone|one person|a single person|nothing is impossible|anything is possible|no one";

/**
 * A judgement of worth, not a fact: praise or blame ("the father of modern chemistry", "one of the greatest generals", "a
 * national hero", "was widely admired"), a reputation reported ("is seen as", "is considered", "is remembered as"), or a
 * lesson drawn from a story ("proved that patience and wisdom …"). Asked True, it is guessed without reading; asked False,
 * the key is an opinion.
 */
const EVALUATIVE = new RegExp(
  [
    `\\b(?:father|mother|godfather|founding father) of (?:the |a |his |her |its |their )?(?:[a-z]+ ){0,2}(?:${FIELD})\\b`,
    // (A report of a decision, "was considered by the council", "considered for the prize", is no reputation.)
    `\\b(?:is|are|was|were|be|been|being)\\s+(?:(?:often|widely|generally|commonly|now|also|still|sometimes|usually|rightly|long|later|today) )*(?:considered(?! (?:by|for)\\b)|seen as|regarded as|viewed as|thought of as|hailed as|acclaimed as|looked upon as)\\b`,
    `\\b(?:is|are|was|were|be|been|became|become|becomes|remains?|remained) (?:(?:still|now|often|widely) )?(?:a |an |the )?(?:(?:national|true|real|great|popular|folk|local|tragic|genuine|much-loved|beloved) )?(?:hero|heroes|heroine|heroines|legend|legends|icon|genius|visionary|role model|inspiration|martyr|villain|traitor)\\b`,
    // (Not a sentence passed, "condemned to death", nor a body's act, "condemned by the United Nations".)
    `\\b(?:is|are|was|were|been|be) (?:(?:widely|often|much|highly|greatly|heavily|sharply|rightly|still|deeply) )?(?:praised|admired|acclaimed|revered|criticised|criticized|condemned(?! to\\b| by (?:the )?[A-Z]))\\b`,
  ].join("|"),
  "i",
);
// "one of the greatest …": read with case, so a name's capital ("one of the Great Lakes") is no praise.
const ONE_OF_WORTH = new RegExp(`\\b(?:[Oo]ne of|[Aa]mong) (?:the |his |her |its |their |(?:the )?(?:[\\w-]+ ){0,3}[\\w-]+(?:'s|’s) )(?:(?:very|all-time|true) )?(?:${WORTH})\\b`);
// A lesson drawn ("proved that patience wins"): only where what follows "that" tells no event (no past verb, no year).
// "The letters proved that talks had begun in 1943" reports a finding.
const LESSON_DRAWN = new RegExp(`\\b(?:proved|proves|prove|showed|shows|show|demonstrated|demonstrates|taught|teaches) (?:[a-z]+ )?(?:that|how) (?:(?:true|real|great|simple|quiet|honest) )?(?:${LESSON})\\b.*$`, "i");
const EVENT_TOLD = /\b(?:\d{3,4}|[a-z]{3,}ed|had|was|were|did|began|came|went|made|took|found|grew|won|lost|left|fell|rose)\b/i;

// Words of praise or blame a label pins on someone or something, in lower case: "a tyrant", "a traitor", "a betrayal".
const LABEL_NOUN = "tyrant|despot|traitor|villain|hero|heroine|coward|fool|madman|monster|butcher|liar|fraud|hypocrite|heretic|martyr|genius|visionary|saviou?r|radical|extremist|fanatic|troublemaker|agitator|usurper|puppet|failure|disaster|disgrace|betrayal|masterpiece|triumph|blunder|mistake|scandal|sham|farce|outrage";
// "called a tyrant", "branded him a traitor", "dubbed the treaty a betrayal": what some said of it, which the article
// reports but does not settle. (A name given, "called a reed", or a body summoned, "called a council", is no such word.)
const LABELLED = new RegExp(
  `\\b(?:[Cc]alled|[Nn]amed|[Bb]randed|[Dd]ubbed|[Ll]abell?ed) (?:(?:him|her|them|it|(?:the|his|her|their|its) [a-z]+(?: [a-z]+)?|[A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*)*) )?(?:a|an) (?:[a-z-]+ )?(?:${LABEL_NOUN})s?\\b`,
);

export function evaluativeClaim(statement: string): boolean {
  const lesson = LESSON_DRAWN.exec(statement);
  // (check-trivia's JUDGING, "is remembered as", "a turning point", is read with the rest.)
  return JUDGING.test(statement) || EVALUATIVE.test(statement) || LABELLED.test(statement) || ONE_OF_WORTH.test(statement) || (lesson !== null && !EVENT_TOLD.test(lesson[0].replace(/^\S+/, "")));
}

/**
 * A word that sets the statement against the sentence before it: "however", "even so", "instead", "also", "too", "by
 * contrast", "still" as "all the same" ("There are still two councils."). Cut from its paragraph, the statement
 * answers a point the reader is not shown. ("Still" of what goes on, "is still used today", is no contrast.)
 */
// (trim-statement's POINTS_BACK, "also", "too", "instead", "likewise", is read with it.)
const LEANS_ON_BEFORE =
  /\b(?:however|even so|nevertheless|nonetheless|all the same|by contrast|in contrast(?! (?:to|with)\b)|on the other hand|despite this|in spite of this)\b|^Still\b|\b(?:there|it) (?:is|are|was|were) still\b|, still,/i;

// The source's own concession ("Even so, the dyke did not always hold"), which the trimmer cuts before the statement is
// read: the point is granted against the sentence before. (Not "However," nor ", though": judges accepted statements cut
// from those, a contrast the statement still makes plainly.)
const CONCEDES = /^(?:Even so|Still|Nevertheless|Nonetheless|All the same|Despite this|In spite of this)\b|, (?:even so|still|nevertheless|nonetheless|all the same),/;

// "Traders had another reason to sail": the next of a row of reasons, causes or steps whose first the statement does not
// show (it was in a cut clause or an earlier sentence). Denied, it says nothing at all; kept, it is true of any row.
// (Not where the statement names the first itself: "One cause was X; another cause was Y".)
const NEXT_OF_A_ROW =
  /\b(?:another|yet another|a second|a third|a further|one more|an additional|other)\s+(?:(?:important|major|key|main|big|serious|powerful|strong|good|possible|common|new|likely)\s+)?(?:reasons?|causes?|factors?|problems?|threats?|blows?|advantages?|benefits?|motives?|steps?|examples?|sources?|challenges?|setbacks?|explanations?|consequences?|dangers?|weaknesses?|strengths?|aims?|goals?)\b/i;
const FIRST_OF_THE_ROW = /\b(?:one|first|firstly|the main|the chief)\b/i;

function nextOfAnUnshownRow(statement: string): boolean {
  const m = NEXT_OF_A_ROW.exec(statement);
  // ("salt, grain and other goods": the row is in the statement.)
  return m !== null && !FIRST_OF_THE_ROW.test(statement.slice(0, m.index)) && !/(?:\band|\bor|,) $/i.test(statement.slice(0, m.index));
}

/** The statement, or the sentence it was cut from (before trimming), answers a point made in the sentence before. */
export function leansOnSentenceBefore(statement: string, sourceSentence = ""): boolean {
  return LEANS_ON_BEFORE.test(statement.replace(/\.$/, "")) || POINTS_BACK.test(statement) || CONCEDES.test(sourceSentence) || nextOfAnUnshownRow(statement);
}

// An opening that bounds the whole sentence: a condition ("If …", "When heated", "Unless …"), a case ("In most cases",
// "In pure water", "In this case"), a state ("Under pressure", "At sea level", "Without oxygen"), or how often ("Usually").
const CONDITION_OPENING =
  /^(?:(?:Only )?(?:If|Unless|When|Whenever|Once|Provided|As long as|Without|Except|Given)\b|Under (?:(?:high|low|great|normal|extreme|enough) )?(?:pressure|heat|load|stress|tension|water|ice)\b|In (?:most|many|some|rare|certain|normal|pure|general|practice|theory|principle|this|that|such|these|those|each|every|either|any|cold|hot|warm|dry|wet)\b|At (?:sea level|high|low|room|normal|very|extreme)\b|(?:Usually|Normally|Typically|Generally|Often|Sometimes|Mostly|Occasionally)\b)[^,;]{0,80}(?=,)/;
// An opening that bounds a negative in time ("While his father lived, Edwy did not hold land", "Until 1890, the town had no
// school"): cut away, the negative says never, and the article may say the opposite of a later time in other words. (A
// positive keeps its truth without it: "Before he was king, Ashoka was governor of Ujjain" -> "Ashoka was governor …".
// An "After …", "Since …", "By 1900", "In 1862" or "Later" opening bounds it too: the article may say otherwise of
// another time. So do a first state, "Initially" or "At the time", an early or later stretch, "In the early years", and a
// month or a day, "In March 1890" or "On 3 May 1890".)
const TIME_BOUND_OPENING = new RegExp(
  `^(?:(?:While|Whilst|Throughout|During|For|From|By|Soon|In (?:the )?\\d+s?|Initially|Originally|At (?:the|that) time|In (?:the|its|his|her|their) (?:early|first|later|last|final) years|(?:In|On) (?:\\d{1,2} )?(?:${MONTHS}) \\d+)|(?:${TIME_BOUND_WORDS.replace(/\b[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`)}))\\b[^,;]{0,80}(?=,)`,
);
// An opening that says the state changed after it ("Until 1890, …", "At first, …", "Originally, …"): denied without it, the
// statement says the later state, which may be true.
const CHANGE_WORD = /^(?:Until|Till|Before|At first|Originally|Initially|Formerly|At one time|In the beginning)\b/;
const CHANGE_OPENING = new RegExp(`${CHANGE_WORD.source}[^,;]{0,80}(?=,)`);
// A bound on a span of time, not a point in it ("By 1900", "Since the war", "During the siege"; not "In 1862" or "Later").
const SPAN_BOUND = /^(?:By|Until|Till|Before|After|Since|From|Throughout|During|While|Whilst|For)\b/;

/**
 * Whether a time-bound opening is a condition of the statement. A true statement: when it is negative (cut away, its
 * negative says never). A false one (a denial or a swap) is false at any time only when the article's sentence is
 * positive and nothing in the bound was swapped: it is bound when the sentence is negative (its affirmation may be true
 * after the bound), when it denies a state the opening says changed, or when it is a positive made from an opening that
 * bounds a span (a swap there may stay within the span).
 */
function timeBoundHolds(statement: string, sentence: string, opening: string, keyedFalse: boolean): boolean {
  const negative = NEGATIVE.test(statement);
  if (!keyedFalse) return negative;
  return NEGATIVE.test(sentence) || (negative ? CHANGE_WORD.test(opening) : SPAN_BOUND.test(opening));
}
// "When the crew opened …", "When Ada arrived …": a subject and a past verb ("When heated" has no subject and is a condition;
// "When the water is heated" is present, a rule).
const PAST_EVENT_WHEN = /^When (?![^,]*\b(?:is|are|am|does|do|can|will|gets?|becomes?)\b)(?:(?:the|a|an|his|her|their|its|he|she|they|[A-Z][\w'’-]+)\b)(?: [\w'’-]+){0,5}? (?:[a-z]{3,}ed|was|were|had|did|came|went|saw|took|made|began|broke|fell|rose|met|won|lost|left|heard|found)\b/;
const NEGATIVE = /\b(?:not|never|no longer|no|none|nobody|nothing|neither|nor)\b|n['’]t\b/i;
// A limit said after the clause: ", but only when …", ", unless …", ", at least at sea level", ", in most cases", and a
// time bound that undoes a negative (", until his advisers persuaded him": he did sign, later). (trim-statement's
// CONDITION_AFTER reads a whole sentence "A when B."; this reads what follows a cut.)
const LIMIT = /(?:only (?:if|when|whenever|while|in|at|on|under|with|after|before|during|for)|if|unless|until|till|whenever|provided|as long as|except|at least|in most cases|in some cases|under (?:high |low )?(?:pressure|heat)|at sea level|when (?:heated|cooled|frozen|boiled|mixed|dissolved|burned|dry|wet|cold|hot))\b/;
const LIMIT_AFTER = new RegExp(`^,?\\s*(?:(?:but|and|though) )?${LIMIT.source}`, "i");
// (A limit after the statement's words stands after a space or a comma: a sentence with no limit word anywhere has none
// there, and the search for those words, a pattern new to the engine for each statement, costs a millisecond to build.)
const LIMIT_ANYWHERE = new RegExp(`\\b${LIMIT.source}`, "i");

/**
 * The statement was cut away from the condition that makes it true: the sentence opens with a condition or case the
 * statement does not keep (in its place or said after the clause), or a limit follows straight after the words the
 * statement ends on. "In pure water, the pH is balanced" said as "The pH is balanced" is wider than the article.
 */
export function dropsCondition(statement: string, sentence: string, keyedFalse = false): boolean {
  const found = CONDITION_OPENING.exec(sentence);
  // "When the crew opened the valve, …": one past event, a time and not a condition. A true positive statement stays true
  // without it, as one cut from "Before he was king, …" does (a negative or a False one still keeps it).
  const condition = found && !keyedFalse && PAST_EVENT_WHEN.test(found[0]) && !NEGATIVE.test(statement) ? null : found;
  const bound = condition ? null : (TIME_BOUND_OPENING.exec(sentence) ?? (keyedFalse ? CHANGE_OPENING.exec(sentence) : null));
  const opening = condition ?? (bound && timeBoundHolds(statement, sentence, bound[0], keyedFalse) ? bound : null);
  if (opening) {
    // (Kept when its words, all but the opening word, are in the statement: "… when it is heated" for "When heated, …".)
    const kept = tokens(opening[0]).slice(1);
    const said = new Set(tokens(statement));
    const missing = kept.filter((w) => !said.has(w)).length;
    // (Even keyed False, every word must be kept: a detail swapped inside a condition or case makes a claim about another
    // case, which the article leaves open ("in most hill villages" for "in most marsh villages" may well be true too).)
    if (kept.length === 0 || missing > 0) return true;
  }
  const own = tokens(statement);
  const tail = own.slice(-2);
  if (tail.length < 2 || !LIMIT_ANYWHERE.test(sentence)) return false;
  // Where the statement's last two words stand in the sentence, and what follows them there.
  const at = new RegExp(`${tail.map((w) => w.replace(/['’]/g, "['’]")).join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "giu");
  let after: string | null = null;
  for (const m of sentence.matchAll(at)) after = sentence.slice(m.index + m[0].length);
  if (after === null || !LIMIT_AFTER.test(after)) return false;
  // (Not when the statement says the limit itself, before its clause: "Whenever fog came, the bell rang" for "The bell rang whenever fog came".)
  const limit = tokens(after.split(/[,;]/).find((part) => part.trim()) ?? "");
  const said = new Set(own);
  return !limit.every((w) => said.has(w));
}
