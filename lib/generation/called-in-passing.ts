import { tagged } from "./question-stems";

// "…, so they built a machine called a spinning frame, which spun cotton into thread." A thing brought in with "a"/"an", given its
// name by "called"/"named"/"known as", and then said to do something in a relative clause that ends the sentence or its
// clause. The kind is one to three lower-case words; the name, up to three lower-case words, ends at the comma before the
// clause. (A capitalised name, "a cat named Tib", is a name the article introduces: findIntroducedNames asks it, typed.)
const CALLED_THEN_DEED = /\b(?:a|an) ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*) (?:called|named|known as) ((?:the |a |an )?[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}), (?:which|that) ([a-z][\w-]*) ([^,;:()"“”]{8,90}?)(?:, (?:and|but|so) |;|\.$)/;
// A deed that points outside its own words ("which it used", "that he built") is no description to ask by.
const POINTER = /\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those|we|you|our)\b/i;
// Kinds too empty to ask by ("a thing called …", "a man named …" is a person, asked by the names' own builders).
const EMPTY_KIND = /\b(?:thing|one|something|man|woman|boy|girl|person|people|child|king|queen|friend)$/;

export interface CalledInPassing {
  term: string;
  /** Where the name starts in the text. */
  at: number;
  question: string;
}

/**
 * A name given in passing to a thing the sentence brings in, with what the thing does: "…, so they designed a device called
 * a float valve, which kept the water level." -> "What was the device called that kept the water level?". The deed tells
 * the thing apart, so the question stands without the rest of the sentence (whose subject may be a pronoun). The verb's
 * tense sets "was" or "is"; a verb read as neither past nor present leaves the sentence unasked. Null when no such naming.
 */
export function calledInPassing(text: string): CalledInPassing | null {
  const m = CALLED_THEN_DEED.exec(text);
  if (!m) return null;
  const [, kind, name, verb, rest] = m as unknown as [string, string, string, string, string];
  if (EMPTY_KIND.test(kind) || POINTER.test(rest) || POINTER.test(kind)) return null;
  // "a bag called a poke or a sack called a bushel, which held …": the deed may be both things', so it tells neither apart.
  if (/\b(?:called|named|known as)\b/.test(text.slice(0, m.index).split(/[.;]/).pop()!)) return null;
  // (Read in its clause: alone, "twisted" is tagged an adjective.)
  const tags = tagged(`It ${verb} ${rest}.`)[1]?.tags ?? [];
  const tense = tags.includes("PastTense") ? "was" : tags.includes("PresentTense") ? "is" : null;
  if (!tense) return null;
  return { term: name, at: m.index + m[0].indexOf(` ${name}, `) + 1, question: `What ${tense} the ${kind} called that ${verb} ${rest}?` };
}
