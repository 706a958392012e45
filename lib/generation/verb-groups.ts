import type { TaggedTerm } from "./question-stems";

const has = (t: TaggedTerm | undefined, tag: string) => t?.tags?.includes(tag) === true;
// The verbs that lead a verb group ("was founded", "had been hired", "did not sell").
const leads = (t: TaggedTerm) => has(t, "Auxiliary") || has(t, "Copula") || has(t, "Modal");

/**
 * How many verb groups the words hold, as the tagger reads them: a run of verbs, through adverbs and "not", is one ("would
 * not fail" one, "reported the dam would fail" two, "ordered the army to attack" two). `strict` (the headless-clause
 * check): a verb straight after a finite verb that leads nothing starts a group of its own ("the guild founded met there"
 * two), and "to" with a plain form goes on a group ("began to grow" one), as do a gerund and a participle.
 */
export function verbGroups(terms: TaggedTerm[], { strict = false }: { strict?: boolean } = {}): number {
  let groups = 0;
  let last: TaggedTerm | null = null;
  terms.forEach((t, i) => {
    const isVerb = has(t, "Verb") && !(strict && has(t, "Particle"));
    const goesOn = last !== null && (!strict || leads(last) || has(t, "Gerund") || (has(t, "Infinitive") && /^to$/i.test(terms[i - 1]?.text ?? "")) || (has(t, "Participle") && !has(t, "PastTense")));
    if (isVerb && !goesOn) groups++;
    if (isVerb) last = t;
    else if (!has(t, "Adverb") && !has(t, "Negative") && !(strict && /^to$/i.test(t.text) && last !== null)) last = null;
  });
  return groups;
}
