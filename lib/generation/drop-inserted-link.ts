import { DROPPABLE_LINKS } from "./linking-words";

// "_____, however, did not …", "On _____, however, a crew …", "…, however.": a link to the sentence before, set inside the
// stem, that carries no fact (the claim is as true without it) and leaves the stem leaning on a sentence it does not show.
const LINKS_INSIDE = DROPPABLE_LINKS.map((w) => w.toLowerCase()).join("|");
const INSERTED_LINK = new RegExp(`, (?:${LINKS_INSIDE}),(?= (\\S+))|, (?:${LINKS_INSIDE})(?=[.!?]$)`, "g");

// An opening phrase ("On 4 March", "After the war ended", "Slowly") is set off from the clause it opens by a comma, whatever
// word comes next; a subject is not ("Some towns never joined", whatever its verb).
const OPENING_PHRASE =
  /^(?:on|in|at|by|after|before|during|over|under|from|since|until|within|throughout|across|through|with|without|despite|for|when|while|as|although|though|because|if|once|unlike|like|later|soon|then|today|now|eventually|finally|around|near|beyond|along|among|between|towards?|following|having|being)\b|^[a-z]+ly\b/i;
// A clause that is whole before the link ("The port was small, however, its fleet …"): the link joins it to a second clause.
const WHOLE_CLAUSE = /\b(?:(?:was|were|is|are|had|has|did|could|would|will)\s+\S|[a-z]{3,}ed\b)/;
const CLAUSE_SUBJECT = /^(?:it|its|he|she|they|his|her|their|the|a|an|this|these|those|there|we)$/;
const NEW_CLAUSE = /^(?:and|but|or|so|yet)\b/;

/** What stands where the link was: the comma an opening phrase or an aside needs, a semicolon between two clauses, or nothing. */
function gapFor(before: string, next: string): string {
  if (NEW_CLAUSE.test(next)) return ",";
  const parts = before.split(/[,;:] /).map((p) => p.trim().replace(/^["“]/, ""));
  const last = parts[parts.length - 1]!;
  if (OPENING_PHRASE.test(last)) return ",";
  // (Not a second clause's "and Kesh, however, refused": the link stands after that clause's subject.)
  if (NEW_CLAUSE.test(last)) return "";
  if (CLAUSE_SUBJECT.test(next) && WHOLE_CLAUSE.test(last)) return ";";
  // "Their leader, Osric Vale, however, refused": the aside after the subject keeps its closing comma.
  return parts.length > 1 && !OPENING_PHRASE.test(parts[parts.length - 2]!) ? "," : "";
}

/**
 * What takes the place of a link set off by commas at `at` in `text` (", however,", ", for example,"): the gap its place
 * needs. One inside a quotation stays, as the words were said. (The one reading of this: statements and cut stems use it too.)
 */
export function innerLinkGap(text: string, at: number, link: string): string {
  const before = text.slice(0, at);
  if ((before.match(/["“”]/g)?.length ?? 0) % 2 === 1) return link;
  const next = /^\s*(\S+)/.exec(text.slice(at + link.length))?.[1];
  return next === undefined || /^[.!?]/.test(next) ? "" : gapFor(before, next);
}

/** The stem without a linking word set inside it. */
export function withoutInsertedLink(stem: string): string {
  return stem.replace(INSERTED_LINK, (link: string, _next: string | undefined, at: number) => innerLinkGap(stem, at, link));
}
