import { acceptedAliases } from "./aliases";
import { singularOf } from "./singular-of";
import type { GeneratedQuestion } from "./types";

/**
 * One id for the keys of a quiz's candidates that name one thing: a person's full name and the surname or first name the
 * article uses for them ("William Shakespeare", "Shakespeare"), the other forms the typed answers accept (`acceptedAliases`,
 * which already refuses a short form that names someone else in the article), and a term's case and plural ("Oxygen",
 * "oxygen"; "glacier", "glaciers"). Selection asks each such thing once. `keyOf` gives a candidate's key in lower case (or
 * null), `shownKey` the same key as the question holds it (its case, for reading names).
 */
export function keyIdentities(
  candidates: GeneratedQuestion[],
  keyOf: (q: GeneratedQuestion) => string | null,
  shownKey: (q: GeneratedQuestion) => string,
  articleText: string,
): (key: string) => string {
  const forms = new Map<string, Set<string>>();
  const plain = new Map<string, string>();
  for (const q of candidates) {
    const key = keyOf(q);
    if (!key || forms.has(key)) continue;
    // Only a term has a plural to read ("Louis" is no plural of "Loui").
    const term = q.spanType === "TERM";
    plain.set(key, term ? singular(key) : key);
    const own = new Set([key, plain.get(key)!]);
    // Dates and numbers have their forms compared already (keyForms); a name's and a term's are read here.
    if (!DATED.test(q.spanType)) {
      for (const alias of acceptedAliases({ text: shownKey(q), type: q.spanType, start: 0, end: 0 }, articleText)) {
        const lower = alias.toLowerCase();
        own.add(term ? singular(lower) : lower);
      }
    }
    forms.set(key, own);
  }
  // Two keys are one when either is among the other's forms (not when they merely share one: "Marie Curie" and "Pierre
  // Curie" both shorten to "Curie").
  const keys = [...forms.keys()];
  const parent = new Map(keys.map((k) => [k, k]));
  const root = (k: string): string => {
    const up = parent.get(k) ?? k;
    return up === k ? k : root(up);
  };
  keys.forEach((a, i) => {
    for (const b of keys.slice(i + 1)) {
      if (forms.get(a)!.has(plain.get(b)!) || forms.get(b)!.has(plain.get(a)!)) parent.set(root(b), root(a));
    }
  });
  return (key) => (forms.has(key) ? root(key) : key);
}

const DATED = /^(?:FULL_DATE|YEAR|MONTH_YEAR|DECADE|CENTURY|NUMBER)$/;

/** A term's singular, read on its last word ("ice sheets" -> "ice sheet"). */
function singular(key: string): string {
  const words = key.split(" ");
  const last = words.at(-1)!;
  if (!/^[a-z]{4,}$/.test(last)) return key;
  return [...words.slice(0, -1), singularOf(last)].join(" ");
}
