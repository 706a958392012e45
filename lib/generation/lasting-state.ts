/**
 * Whether a date in a statement dates a lasting state ("In 1858, the capital was Calcutta", "The town had two mills in
 * 1790", "She lived in Lyon in 1862"), not an event. A state said at one date claims nothing about another: the article
 * leaves it open whether it still held then, so swapping the date makes no statement the article settles as false.
 * "Became", "was born", "had built" and "was the first to" are events, kept.
 */
export function datesLastingState(statement: string, date: string): boolean {
  const at = statement.indexOf(date);
  if (at < 0) return false;
  const firstComma = statement.indexOf(",");
  // The clause the date belongs to: after an opening that holds it ("In 1858, …"), the clause that follows; else the
  // words from the last clause break before the date up to it and the clause's rest.
  let clause: string;
  if (firstComma > at) clause = statement.slice(firstComma + 1).split(/[;,]/)[0] ?? "";
  else {
    const start = Math.max(statement.lastIndexOf(",", at), statement.lastIndexOf(";", at)) + 1;
    const end = statement.slice(at).search(/[;,]/);
    clause = statement.slice(start, end < 0 ? undefined : at + end);
  }
  return LASTING_STATE.test(clause);
}

// A copula before what the subject is ("was the capital", "were part of"), not before a participle ("was built"), or a
// verb of having, living or holding an office ("had two mills", "ruled the valley"), not a perfect ("had built") or a duty ("had to pay").
const LASTING_STATE = /\b(?:(?:was|were|is|are|remained|stayed)\s+(?:still\s+|then\s+|already\s+)?(?:(?:the|a|an)\s+(?!first\b|last\b|only\b)|his\b|her\b|its\b|their\b|home\b|part\b|capital\b|[A-Z][a-z]+\b)|(?:had|has|have|lived|ruled|reigned|served|owned|governed|numbered|housed|held)\b(?!\s+(?:to\b|(?:been\s+)?(?:[a-z]+(?:ed|en)|built|made|won|lost|begun|done|gone|fought|sold|left|sent|brought|found|held|led|kept|become|come|met|paid|set|put|run|struck|taught|thought|told|wrote)\b)))/;
