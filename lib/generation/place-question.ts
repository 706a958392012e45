import nlp from "compromise";
import { dangles, resolvePerson } from "./question-stems";
import type { Sentence, Span } from "./types";
import { PARTICIPLE_AFTER_BE } from "./question-stems";
import { verbsAs } from "./verb-forms";
import { boundedMemo } from "./article-memo";

const PASSIVE_CLAUSE = new RegExp(`^((?:(?:The|the|A|a|An|an) [a-z][\\w'’-]*|[A-Z][\\w'’.-]*)(?: [\\w'’.-]+){0,5}?) (was|were) ${PARTICIPLE_AFTER_BE}$`);

/**
 * "Where …?" when a place opens the sentence ("In Kell, the guild built a
 * hall.") or closes its plain clause ("The guild built a hall in Kell."):
 * "Where did the guild build a hall?". A region named after the place ("Kell,
 * Norland") moves into the question ("Where in Norland …?"), so it is no option.
 * Only a clause whose subject and past-tense verb parse surely.
 */

const PLACE_TYPES = new Set<Span["type"]>(["PLACE", "CITY", "COUNTRY"]);
const PRONOUN_SUBJECT = /^(?:It|This|That|These|Those|They|He|She|There|Here|Its|His|Her|Their)\b/;

/** "the guild built a hall" -> "did the guild build a hall"; "the hall was built" -> "was the hall built". */
function inverted(full: string): string | null {
  // "Ida Brun, a young sailor from Kell, set out …": the description between commas is left out.
  const clause = full.replace(/^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}), (?:a|an|the) [^,;:]{3,100}, (?=[a-z])/, "$1 ");
  if (/[,;:()"“”]/.test(clause) || clause.split(/\s+/).length > 20 || PRONOUN_SUBJECT.test(clause)) return null;
  // Another named place in the clause ("… at the Villa Diodati near Lake Geneva in Switzerland") is another right answer to "Where".
  if (/\b(?:in|at|near|on|from|to|into|across|outside|inside|by) (?:the )?[A-Z]/.test(clause)) return null;
  const passive = PASSIVE_CLAUSE.exec(clause);
  if (passive) return `${passive[2]} ${lower(passive[1]!)} ${passive[3]}`;
  const terms = (nlp(clause).json() as { terms: { text: string; tags?: string[] }[] }[]).flatMap((s) => s.terms);
  const verbAt = terms.findIndex((t) => t.tags?.includes("PastTense"));
  if (verbAt < 1 || verbAt > 6 || terms.slice(0, verbAt).some((t) => t.tags?.includes("Verb") || t.tags?.includes("Pronoun"))) return null;
  const subject = terms.slice(0, verbAt).map((t) => t.text).join(" ");
  if (!clause.startsWith(`${subject} `) || /^(?:The|A|An)$/i.test(subject)) return null;
  const verb = terms[verbAt]!.text;
  const infinitive = verbsAs(`they ${verb}`, "infinitive");
  // ("Where did Ada be a chemist …?" is not English: a "was" is no deed done in a place.)
  if (!infinitive || infinitive === verb || /\s/.test(infinitive) || !/^[a-z]+$/.test(infinitive) || infinitive === "be") return null;
  const rest = clause.slice(subject.length + 1 + verb.length).trim();
  return `did ${lower(subject)} ${infinitive}${rest ? ` ${rest}` : ""}`;
}

function lower(subject: string): string {
  return subject.replace(/^(The|A|An) /, (a) => a.toLowerCase());
}

// The multiple-choice and the typed question on one span ask for the same stem: parsed once.
const asked = boundedMemo<string | null>(2000);

export function placeQuestion(sentence: Sentence, span: Span): string | null {
  if (!PLACE_TYPES.has(span.type) || sentence.subject) return null;
  const key = `${span.start}\u0000${span.text}\u0000${sentence.person?.name ?? ""}\u0000${sentence.text}`;
  return asked(key, () => askWhere(sentence, span));
}

function askWhere(sentence: Sentence, span: Span): string | null {
  const text = resolvePerson(sentence.text, sentence);
  const at = text.indexOf(span.text);
  if (at < 0) return null;
  const before = text.slice(0, at);
  const after = text.slice(at + span.text.length);
  const region = /^, ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=[,.])/.exec(after);
  const where = region ? `Where in ${region[1]}` : "Where";
  const tail = region ? after.slice(region[0].length) : after;
  // "Located in Kell, Norland, the Tull Guild built …" -> "Where in Norland is the Tull Guild located?"
  const located = /^(Located|Based|Situated|Set) in $/.exec(before);
  if (located && /^, /.test(tail)) {
    const subject = /^((?:[Tt]he )?\p{Lu}[\p{L}\p{M}'’.&-]*(?: (?:of |the |for )?\p{Lu}[\p{L}\p{M}'’.&-]*)*) [a-z]/u.exec(tail.slice(2))?.[1];
    return subject ? `${where} is ${subject.replace(/^The /, "the ")} ${located[1]!.toLowerCase()}?` : null;
  }
  let clause: string | null = null;
  let prefix = where;
  // "In Kell, the guild built a hall." / "In Kell, Norland, the guild built a hall."
  if (/^(?:In|At) $/.test(before) && /^, /.test(tail)) clause = tail.slice(2).replace(/\.$/, "");
  // "The guild built a hall in Kell." / "Ida set out from Kell, Norland."
  const end = /^(.+) (in|at|from) $/.exec(before);
  if (!clause && end && /^\.$/.test(tail)) {
    clause = end[1]!;
    if (end[2] === "from") prefix = region ? `From where in ${region[1]}` : "From where";
  }
  if (!clause || !/\.$/.test(text)) return null;
  const body = inverted(clause);
  if (!body) return null;
  const stem = `${prefix} ${body}?`;
  return dangles(stem) ? null : stem;
}
