import { articleMemo } from "./article-memo";
import { escapeRegExp } from "./find-spans";

/**
 * An article that retells a work (a novel, a play, a poem) names people of two worlds: the characters its plot acts on,
 * and real people round the work (who wrote it, a poet its title quotes, a historian, an actor). An option from the other
 * world is ruled out at a glance ("American writer" among ranch jobs, a ranch hand's name beside the author's), so each
 * person's options come from their own world. Elsewhere everyone named is of one world, and nothing is told apart.
 */

// Roles of the real world round a work: who wrote, studied, played or published it.
export const CREATOR = /^(?:writer|author|novelist|poet|playwright|dramatist|essayist|journalist|historian|critic|scholar|director|actor|actress|composer|illustrator|publisher|editor|biographer|filmmaker|screenwriter|translator)s?$/i;
// What a retold work has that an account of the world does not.
const FICTION_CUE = /\b(?:characters?|plot|narrator|protagonist|novel|novella|fable|fairy tale|tragedy|tragedies|comedy|comedies)\b/;
const WORK = /\b(?:novel|novella|play|poem|story|tale|book|film|opera|fable|epic|musical|ballet|comic|drama|sonnet|ballad|saga)s?\b|\b(?:tragedy|tragedies|comedy|comedies)\b/i;
const NAME = "[A-Z][\\w'’.-]*(?: (?:de |van |von )?[A-Z][\\w'’-]*)*";
// "a novel by the American writer Ada Vell", "a poem by Tam Orr": the maker after "by" in a sentence naming a work.
const BY = new RegExp(`\\bby (?:the )?(?:[a-z][\\w-]* ){0,3}(${NAME})`, "g");
// "Ada Vell's best-known plays": the maker's name owning a work.
const OWNS = new RegExp(`(${NAME})['’]s (?:[\\w-]+ ){0,3}(?:${WORK.source})`, "g");
// "Ada Vell wrote …", "Ada Vell later published …".
const MADE = new RegExp(`(${NAME}),? (?:(?:also|later|first|once) )?(?:wrote|published|composed|directed|penned)\\b`, "g");
// "the poet Tam Orr", "the Scottish writer Tam Orr".
const ROLE_BEFORE = new RegExp(`\\b(?:the|a|an) (?:[A-Z]?[a-z]+ )?([a-z]+) (${NAME})`, "g");

const creatorsOf = articleMemo<Set<string> | null>();

/** The article's real people round its work, by full name and by surname; null when it retells no work. */
function creators(articleText: string): Set<string> | null {
  return creatorsOf(articleText, "", () => {
    if (!FICTION_CUE.test(articleText)) return null;
    const names = new Set<string>();
    const add = (name: string) => names.add(name).add(name.split(" ").at(-1)!);
    let madeWork = false;
    for (const sentence of articleText.split(/(?<=[.!?])\s+/)) {
      // (Only in a sentence naming a work: "Ada wrote a letter" in the plot makes no one its author.)
      const makers = WORK.test(sentence) ? [...sentence.matchAll(BY), ...sentence.matchAll(MADE), ...sentence.matchAll(OWNS)] : [];
      for (const m of makers) add(m[1]!);
      madeWork ||= makers.length > 0;
      for (const m of sentence.matchAll(ROLE_BEFORE)) if (CREATOR.test(m[1]!)) add(m[2]!);
    }
    return madeWork ? names : null;
  });
}

/**
 * "story" for a character of the retold work, "real" for a person round it (or one the article never names: a
 * gazetteer's figure); undefined when the article retells no work.
 */
export function worldOfPerson(name: string, articleText: string): "story" | "real" | undefined {
  const real = creators(articleText);
  if (!real) return undefined;
  return worlds(articleText, name, () => worldIn(name, real, articleText));
}

const worlds = articleMemo<"story" | "real">();

function worldIn(name: string, real: Set<string>, articleText: string): "story" | "real" {
  if (!new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`).test(articleText)) return "real";
  return real.has(name) || real.has(name.split(/\s+/).at(-1)!) ? "real" : "story";
}
