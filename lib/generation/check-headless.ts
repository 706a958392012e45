import { isPastOnly } from "./past-forms";
import { tagged, type TaggedTerm } from "./question-stems";
import { verbGroups } from "./verb-groups";

/**
 * "A society that met in a warehouse near the fish market.": a noun phrase with only a clause of its own ("that met …")
 * and no main verb. It reads as a sentence, since the clause has a verb, but it claims nothing to be true or false (an
 * appositive or a caption cut loose from what it named). The check for an aside after a comma ("A short book, which sold
 * well.") does not see it: there is no comma, and any verb counts as the statement's.
 */

const RELATIVE = /^(?:that|which|who|whom|whose|where)$/i;
// One thing and its relative word within a few words of the start: "A society that …", "The old mill where …".
const OPENING = /^(?:A|An|The|One|Another|Each|Every) (?:[\w'’-]+ ){0,4}(?:that|which|who|whom|whose|where) /;
const has = (t: TaggedTerm | undefined, tag: string) => t?.tags?.includes(tag) === true;
// A word straight after a noun or a describing word that may be a main verb the tagger took for a noun: a form in -s or
// -ed, or a past ("The house where Ada was born still stands", "… near the docks built …").
const MAYBE_VERB = /^(?:[a-z]{2,}[^s\W]s|[a-z]{2,}ed)$/;

/**
 * A statement that is a noun phrase and its relative clause, with no main verb (see above). Only after one singular thing
 * ("A society", "The old mill"): its main verb would show as one ("stands", "met", "is"), where after a plural one a plain
 * form ("Ships that carry grain need …") reads like a noun to the tagger.
 */
export function headlessRelative(statement: string): boolean {
  // (Looked for before the tagger is asked: most statements have no such opening.)
  if (!OPENING.test(statement)) return false;
  const terms = tagged(statement.replace(/[.!?]$/, ""));
  const at = terms.findIndex((t, i) => i > 0 && RELATIVE.test(t.text));
  // (The phrase before the clause is a few words with no verb: one with a verb is the main clause, "The guild met in a hall that …".)
  if (at < 2 || at > 6 || terms.slice(0, at).some((t) => has(t, "Verb") || /[,;:]/.test(t.post ?? ""))) return false;
  const head = terms[at - 1]!;
  if (!/^(?:a|an|the|one|another|each|every)$/i.test(terms[0]!.text) || !has(head, "Noun") || has(head, "Plural")) return false;
  // (The word after "whose" is its noun, whatever its tag: "whose boats sold well".)
  const clause = terms.slice(at + (/^whose$/i.test(terms[at]!.text) ? 2 : 1));
  const verb = clause.findIndex((t) => has(t, "Verb"));
  if (verb < 0 || verbGroups(clause, { strict: true }) > 1) return false;
  const word = (t: TaggedTerm | undefined) => (t?.text ?? "").toLowerCase();
  return !clause.some((t, i) => i > verb && (has(clause[i - 1], "Noun") || has(clause[i - 1], "Adjective") || has(clause[i - 1], "Adverb")) && (MAYBE_VERB.test(word(t)) || isPastOnly(word(t))));
}
