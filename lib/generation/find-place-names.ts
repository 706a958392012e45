import type { Span } from "./types";
import { MONTH_NAMES } from "./months";

/**
 * Names the NLP lexicon does not know, where the sentence's shape says they
 * name a place or a people's land: after "in", "at", "from", "to", "of",
 * "conquered", "capital was" …, and followed by a full stop, a comma or a
 * function word ("its capital was Pataliputra.", "a revolt in Takshashila,
 * and …", "dedicated the city to Christ."). Typed only: their type is a guess,
 * so their hint says "a name" and they get no options from outside the article.
 */

const BEFORE = /(?:\b(?:in|at|from|to|into|near|of|across|conquered|invaded|captured|reached|founded|ruled|governed|govern|visited|entered|left|settled|was|were|became)) $/;
const AFTER = /^(?:[.,;:]|\s(?:and|or|in|on|at|to|from|where|which|who|during|after|before|until|for|with|by|as|following|near)\b)/;
// Capitalised words that are no place name, wherever they stand.
const NOT_NAMES = new Set([
  ..."The A An In On At By Of And But Or If When While After Before During Since Until As For With From Into Through It This That These Those There Here He She They We You I His Her Their Its Our Who What Which Where Why How Some Many Most All Each Every Both One Two Three First Second Third Last Later Then Next Finally Also Even Only Such Other Another North South East West Northern Southern Eastern Western Central Upper Lower Earth Sun Moon Heaven God Europeans Africans Asians Americans English French German Latin Greek Spanish Dutch Chinese Japanese Indian British Roman Egyptian Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" "),
  ...MONTH_NAMES,
]);

// A name after the word for its kind: "the bacterium Yersinia pestis", "the liner Kaiser", "the novel Emma".
// (A two-word name with a lower-case second word is a living thing's, after "bacterium", "species" …: "the river Tane that
// was built …" names the river "Tane" only.)
const KIND_BEFORE = /\b(?:[Tt]he|[Aa]) (?:bacterium|virus|parasite|species|ship|liner|steamer|vessel|frigate|schooner|aircraft|airship|plane|spacecraft|rocket|novel|poem|play|opera|newspaper|treaty|river|island|city|town|village|port|fortress|castle|temple|monastery) ((?:(?<=(?:bacterium|virus|parasite|species) )\p{Lu}[\p{Ll}\p{M}]+ [\p{Ll}]{3,}(?= (?:is|was|were|are|has|had|caused|spread)\b))|\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}'’-])/gu;

export function findPlaceNames(text: string, sentences: { start: number; end: number }[], known: Span[]): Span[] {
  const out: Span[] = [];
  // Known names by the position of each of their characters' words: one lookup per candidate, not a scan of all names.
  const knownAt = new Set<number>();
  for (const k of known) for (let i = k.start; i < k.end; i++) knownAt.add(i);
  const taken = (start: number, end: number) => knownAt.has(start) || knownAt.has(end - 1);
  for (const s of sentences) {
    const part = text.slice(s.start, s.end);
    for (const m of part.matchAll(KIND_BEFORE)) {
      const start = s.start + m.index! + m[0].length - m[1]!.length;
      if (!taken(start, start + m[1]!.length) && !NOT_NAMES.has(m[1]!.split(" ")[0]!)) out.push({ type: "PLACE", text: m[1]!, start, end: start + m[1]!.length, guessed: true, typedOnly: true });
    }
    for (const m of part.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{Ll}\p{M}]{2,}(?: \p{Lu}[\p{Ll}\p{M}]{2,})?(?![\p{L}'’-])/gu)) {
      const name = m[0];
      const at = m.index!;
      if (at === 0 || name.split(" ").some((w) => NOT_NAMES.has(w))) continue;
      const before = part.slice(Math.max(0, at - 20), at);
      const after = part.slice(at + name.length, at + name.length + 12);
      // "the government of Rhodesia put …": after "of", a past-tense verb may follow (the name ends its noun phrase).
      const verbAfter = / of $/.test(before) && /^ (?:[a-z]+ed|put|led|won|took|made|built|set|sent|gave|held|kept|began|fought|ruled)\b/.test(after);
      if (!BEFORE.test(before) || !(AFTER.test(after) || verbAfter)) continue;
      // "the Levant": a name with "the" before it is usually part of a longer phrase; left to the lexicon.
      if (/\bthe $/i.test(part.slice(Math.max(0, at - 4), at))) continue;
      // "Foremost of Noble Ladies", "Bank of Tull": the end of a longer capitalised name, which would be split.
      // (A capitalised first word of the sentence is no such name: "Located in Sendai, …".)
      // Only the last words matter: a bounded look-back keeps a long sentence linear.
      const from = Math.max(0, at - 60);
      const longer = /(\p{Lu}[\p{L}\p{M}'’-]*) (?:of|in|at|to) $/u.exec(part.slice(from, at));
      if (longer && from + longer.index > 0) continue;
      const start = s.start + at;
      if (taken(start, start + name.length)) continue;
      out.push({ type: "PLACE", text: name, start, end: start + name.length, guessed: true, typedOnly: true });
    }
  }
  return out;
}
