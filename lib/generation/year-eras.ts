import { articleMemo } from "./article-memo";

/**
 * Years marked with their era ("246 BCE", "44 B.C.", "AD 79", "632 CE"). A year before the common era is asked as its
 * figure with the era printed by the blank ("in _____ BCE"), as "1479 BC" always was: the span holds the figure alone and
 * is flagged `bc`, so every check that reads years as numbers of the common era can refuse it (BC years count down).
 */

/**
 * The marks of a year before the common era, as written after it. A bare "BC" between "the <modern year>" and a
 * capitalised noun names British Columbia ("the 2010 BC Games", "the 1994 BC Book Prize"), not the era; "in 44 BC Caesar
 * …" and "the 490 BC Persian raid" keep it.
 */
export const BC_MARK = String.raw`(?:BCE\b|BC\b(?! [A-Z](?<=\b[Tt]he (?:19|20)\d\d ?BC [A-Z]))|B\.C\.(?:E\.)?)`;
/** The marks of a year of the common era. */
export const CE_MARK = String.raw`(?:CE\b|AD\b|A\.D\.)`;

const BC_AFTER = new RegExp(`^ ?${BC_MARK}`);
// (Sticky, read in the whole text at the year's end, so BC_MARK can look back at the words before the year.)
const BC_AT = new RegExp(` ?${BC_MARK}`, "y");
const ERA_AT = new RegExp(` ?(${BC_MARK}|${CE_MARK})`, "y");

/** Whether the text right after a year (ending at `end`) marks it as before the common era ("… BCE", " B.C."). */
export function markedBC(text: string, end: number): boolean {
  BC_AT.lastIndex = end;
  return BC_AT.test(text);
}

/** The era mark written right after a year ending at `end` ("BCE", "B.C.", "AD"), or undefined. */
export function eraMarkAfter(text: string, end: number): string | undefined {
  ERA_AT.lastIndex = end;
  return ERA_AT.exec(text)?.[1];
}

/**
 * Every way a student may type a year whose era the stem prints: "221", "221 BCE", "221 BC", "221 B.C." (the era written
 * either way means the same year). `mark` is the era as the article writes it.
 */
export function yearWithEraForms(figure: string, mark: string): string[] {
  const bc = BC_AFTER.test(` ${mark}`);
  const marks = bc ? ["BCE", "BC", "B.C.", "B.C.E."] : ["CE", "AD", "A.D."];
  return [...new Set([mark, ...marks])].flatMap((m) => (bc || /^C/.test(m) ? [`${figure} ${m}`] : [`${figure} ${m}`, `${m} ${figure}`]));
}

// Every figure of a range that ends in BC is BC ("from 271 to 236 BCE", "c.304 – 232 BCE").
const BC_FIGURES = new RegExp(String.raw`(?<![\d,.])(\d{1,4})(?:\s*(?:and|to|or|-|–)\s*(?:c\. ?)?(\d{1,4}))? ?${BC_MARK}`, "g");
const FIGURE = /(?<![\d,.])\d{1,4}(?![\d,.]?\d)/g;

/** The figures an article writes as years before the common era, and those it writes any other way (a year of the era or a count). */
const figureEras = articleMemo<{ bc: Set<string>; other: Set<string> }>();
function erasOfFigures(articleText: string): { bc: Set<string>; other: Set<string> } {
  return figureEras(articleText, "", () => {
    const bc = new Set<string>();
    for (const m of articleText.matchAll(BC_FIGURES)) for (const f of [m[1], m[2]]) if (f) bc.add(f);
    const other = new Set(articleText.replace(BC_FIGURES, " ").match(FIGURE) ?? []);
    return { bc, other };
  });
}

/**
 * A year option the article writes in the other era than the key's: "202" offered for a key of 1974 where the article's
 * 202 is BCE, or "1974" offered for "_____ BCE". A made-up figure the article never writes is of no era but the key's.
 */
export function writtenInOtherEra(key: { bc?: boolean }, candidate: string, articleText: string): boolean {
  if (!/^\d{1,4}$/.test(candidate)) return false;
  const { bc, other } = erasOfFigures(articleText);
  return key.bc ? other.has(candidate) && !bc.has(candidate) : bc.has(candidate);
}
