import { tagged } from "./question-stems";

/**
 * A statement cut out of a list. Two shapes:
 * - cut before the list's own "and": "Its themes include pride, the cost of greed." where the sentence goes on
 *   ", and the pull of home" (a list of two with a comma and no "and" is no sentence, and half the claim is gone);
 * - cut after the list's first member: "The Tarvi were neighbours." where the sentence goes on ", rivals and allies of
 *   the Osk" (the "of" that every member needs is cut away with the rest, and the denial of the fragment means nothing).
 * Either way the statement must keep the whole list or not be made.
 */
export function listCutShort(statement: string, sentenceText: string): boolean {
  const body = statement.replace(/[.!?]$/, "");
  const tail = /(?:\S+\s+){0,2}\S+$/.exec(body)?.[0];
  if (!tail) return false;
  const at = sentenceText.lastIndexOf(tail);
  if (at < 0) return false;
  const rest = sentenceText.slice(at + tail.length);
  if (/^,? (?:and|or) /.test(rest)) return cutBeforeItsAnd(body);
  const run = /^, ([^,;:.()]{1,50}?)(?:, [^,;:.()]{1,50}?)*,? (?:and|or) /.exec(rest);
  return run !== null && nounRunAfterNoun(body, run[1]!);
}

// A clause that opens on a condition or a time ("When the mill opened, …") has its comma before the main clause, not in a list.
// (So does one after a short opening phrase, with its main clause after it: "In 1790, when the miller fell ill, the guild …".)
const SUBORDINATE_OPENING =
  /^(?:When|While|After|Before|As|If|Because|Although|Though|Since|Once|Until|Unless|Whenever|Where)\b|^[^,;:]{2,40}, (?:when|while|after|before|if|because|although|though|since|once|until|unless|whenever)\b[^,;:]*, /;

function cutBeforeItsAnd(body: string): boolean {
  const lastComma = body.lastIndexOf(", ");
  if (lastComma < 0 || SUBORDINATE_OPENING.test(body)) return false;
  const terms = tagged(body);
  // The comma must come after the statement's verb ("By 1900, the town had grown" has its comma in the opening phrase),
  // and what follows it must not open on a verb ("The tomb, found in 1922, held gold": the comma closes an aside), unless
  // it is the only comma: then it is a series of deeds ("She crossed the hills, sailed to Orlen").
  let offset = 0;
  let verbBefore = false;
  for (const [i, term] of terms.entries()) {
    offset = body.indexOf(term.text, offset);
    if (offset > lastComma) {
      const deeds = term.tags?.includes("Verb") ?? false;
      if (!verbBefore || (deeds && body.indexOf(", ") !== lastComma)) return false;
      // "searching for Varn, the last hill fort": a name and what it is, no list.
      // "in Dayton, Oreland": a town and its land. ", until his death", ", where …": a phrase or clause added, no member.
      if (/[A-Z][\w'’-]*$/.test(body.slice(0, lastComma)) && (/^(?:the|a|an)$/i.test(term.text) || /^[A-Z]/.test(term.text))) return false;
      if (term.tags?.some((t) => /^(?:Preposition|Conjunction|Adverb|QuestionWord|Pronoun)$/.test(t))) return false;
      // An "and" or "or" after the last comma closes the list ("units of 10, 100 and 1,000 men"); a series of deeds only
      // with one more deed ("paid the men and left", not "sailed to Orlen and Vess").
      const rest = terms.slice(i);
      return !rest.some((t, j) => /^(?:and|or)$/i.test(t.text) && (!deeds || (rest[j + 1]?.tags?.includes("Verb") ?? false)));
    }
    if (term.tags?.includes("Verb") && !term.tags.includes("Participle")) verbBefore = true;
    offset += term.text.length;
  }
  return false;
}

function nounRunAfterNoun(body: string, firstMember: string): boolean {
  const last = tagged(body).at(-1);
  if (!last?.tags?.includes("Noun") || last.tags.includes("ProperNoun")) return false;
  const member = tagged(firstMember);
  // ", which had walls and towers", ", then sold the mill": a clause or a deed goes on, not one more member of a list.
  return member.length > 0 && member.every((t) => !t.tags?.some((tag) => /^(?:Verb|QuestionWord|Conjunction|Preposition|Pronoun|Adverb|Copula)$/.test(tag)));
}
