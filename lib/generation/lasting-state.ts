import { hasFiniteVerb } from "./finite-verb";

/**
 * Whether a date in a statement dates a lasting state ("In 1858, the capital was Calcutta", "The town had two mills in
 * 1790", "She lived in Lyon in 1862"), not an event. A state said at one date claims nothing about another: the article
 * leaves it open whether it still held then, so swapping the date makes no statement the article settles as false.
 * "Became", "was born", "had built" and "was the first to" are events, kept.
 */
export function datesLastingState(said: string, date: string): boolean {
  // A comma inside a number ("5,000") is no clause break.
  const statement = said.replace(/(\d),(?=\d{3}\b)/g, "$1\u2009");
  const at = statement.indexOf(date);
  if (at < 0) return false;
  // The clause the date belongs to: after an opening that holds it ("In 1858, …", "Later that year, on 3 May 1858, …"), the
  // clause that follows; else the words from the last clause break before the date up to it and the clause's rest (a date
  // in a first clause that is no opening phrase, "The war ended in 1945, and …", dates that clause).
  return LASTING_STATE.test(clauseAfterOpening(statement, at) ?? ownClause(statement, at));
}

/**
 * The clause after the opening phrases that hold the date, or null when the date is in no opening. The opening is the
 * phrases before the first clause, each closed by a comma: any words with no finite verb ("Three years later in 1858",
 * "Under the harbour laws of 1861", "Later that year, on 3 May 1858"), and a first phrase opened by a preposition even
 * where the tagger finds a verb in it ("After the treaty was signed in 1858"): a wrong reading there only refuses a swap,
 * never keys one wrongly. A plural is no verb here ("city walls"): taken for one, it ended the opening early, so the
 * date was read as dating an event and its swap keyed False. An aside after the date ("the town, which grew fast, had
 * …") is passed over: the clause the date belongs to is the main one after it.
 */
function clauseAfterOpening(statement: string, at: number): string | null {
  let start = 0;
  const parts = statement.split(/(?<=[,;])/);
  for (const [i, part] of parts.entries()) {
    const words = part.replace(/[,;]$/, "").trim();
    const closed = part.endsWith(",") && i < parts.length - 1;
    // (The month "May" in a date, "on 3 May 1871", is no modal verb.)
    const opening = closed && ((i === 0 && OPENING_PREPOSITION.test(words)) || !hasFiniteVerb(words.replace(MONTH_MAY, "month"), { plurals: false }));
    const asideAfterDate = closed && start > at && RELATIVE_ASIDE.test(words);
    if (!opening && !asideAfterDate) return start > at ? words : null;
    start += part.length;
  }
  return null;
}

/** The words from the last clause break before the date up to the next one after it. */
function ownClause(statement: string, at: number): string {
  const start = Math.max(statement.lastIndexOf(",", at), statement.lastIndexOf(";", at)) + 1;
  const end = statement.slice(at).search(/[;,]/);
  return statement.slice(start, end < 0 ? undefined : at + end);
}

const MONTH_MAY = /(?<=\d )May\b|\bMay(?= \d)/g;
// A preposition opening a sentence's first phrase (of time, place or manner): also read by find-definitions.
export const OPENING_PREPOSITION =
  /^(?:In|On|By|From|During|Around|At|Between|Until|Before|After|Since|Through|Throughout|Under|Within|Without|With|Despite|Amid|Amidst|Among|Like|Unlike|For|Following|Upon|Against|Beyond|Across|Along|Inside|Outside|Near|Beside|Over|Towards?|Of)\b/;
// A relative clause set off by commas: said of a noun, it is not the clause a date before it belongs to.
const RELATIVE_ASIDE = /^(?:which|who|whom|whose|where)\b/;

// A copula before what the subject is ("was the capital", "were part of", "was 5,000", "was under … rule", "was in ruins",
// "was known as"), not before a participle ("was built") or a date ("was in 1066"), or a
// verb of having, living, holding an office, employing, belonging or lying ("had two mills", "ruled the valley",
// "employed 400 men", "lay in ruins"), not a perfect ("had built") or a duty ("had to pay").
const LASTING_STATE = /\b(?:(?:was|were|is|are|remained|stayed)\s+(?:still\s+|then\s+|already\s+)?(?:(?:the|a|an)\s+(?!first\b|last\b|only\b)|his\b|her\b|its\b|their\b|home\b|part\b|capital\b|[A-Z][a-z]+\b|\d[\d,.]*\b|(?:under|known\s+as|still)\b|(?:in|at)\s+(?!\d)\S)|belong(?:s|ed)?\s+to\b|(?:had|has|have|lived|ruled|reigned|served|owned|governed|numbered|housed|held|employ(?:s|ed)?|contain(?:s|ed)?|lay|lies|stood|remained)\b(?!\s+(?:to\b|(?:been\s+)?(?:[a-z]+(?:ed|en)|built|made|won|lost|begun|done|gone|fought|sold|left|sent|brought|found|held|led|kept|become|come|met|paid|set|put|run|struck|taught|thought|told|wrote)\b)))/;
