import { articleMemo } from "./article-memo";
import { LEADING_WORD, sameName } from "./find-siblings";
import { escapeRegExp } from "./find-spans";
import { lookupEntry } from "./gazetteer";
import { CLOSE_KIN, kinAlternation, NEPHEWS_AND_COUSINS, SPOUSES, STEPCHILDREN } from "./kin-words";
import { NAME_PARTICLE } from "./titles";

/**
 * An article that retells a work (a novel, a play, a poem) names people of two worlds: the work's characters and real
 * people round it (who wrote it, a poet its title quotes, a historian, a ruler it stands for). An option from the other
 * world is ruled out at a glance ("American writer" among ranch jobs, a ranch hand's name beside the author's), so each
 * person's options come from their own world. The article counts as a retelling only where its opening says so ("X is a
 * novel by Y", "Y's play X"); a person is real on the article's or the gazetteer's word, a character where the article
 * retells a work and marks the person as nothing else, and of no known world where the evidence is weak (a role word
 * before the name, a title, a year beside it). Elsewhere, and for a person of no known world, nothing is told apart.
 */

// Roles of the real world round a work: who wrote, studied, played or published it.
export const CREATOR = /^(?:writer|author|novelist|poet|playwright|dramatist|essayist|journalist|historian|critic|scholar|director|actor|actress|composer|illustrator|publisher|editor|biographer|filmmaker|screenwriter|translator)s?$/i;
const WORK = "(?:novel|novella|play|poem|story|short story|tale|fable|epic|tragedy|comedy|drama|sonnet|ballad|saga|opera|musical)s?|tragedies|comedies";
// A name, its initials too ("J. R. R. Tolkien", "J.R.R. Tolkien", "F. Scott Fitzgerald"); never a sentence's full stop.
const NAME = "(?:[A-Z]\\.(?: ?[A-Z]\\.)* )?[A-Z][\\w'’-]+(?: (?:de |van |von )?[A-Z][\\w'’-]+)*";
// "a novel by Y", "a 1937 novella written by American author Y", "a tragedy by the English playwright Y": a work named right
// before its maker. (A "by" after anything else, "narrated by", "murdered by", "taken in by", names no maker.)
// A short phrase of what the work is may stand between them: "a play in three acts by Y", "a novel for young readers by Y".
const ROLE = CREATOR.source.slice(1, -1);
const WORK_PHRASE = "(?: (?:in|for|about|of) [a-z]+(?: [a-z]+){0,2})?";
const MADE_BY = new RegExp(`\\b(?:${WORK})${WORK_PHRASE},? (?:(?:written|composed|directed|penned) )?by (?:the )?(?:(?:[A-Z][a-z]+ )?${ROLE} )?(${NAME})`, "g");
// "Y's novel X", "Y's best-known tragedies": the maker's name owning a work (only in the opening: see creators).
const OWNS = new RegExp(`(${NAME})['’]s (?:[\\w-]+ ){0,2}(?:${WORK})\\b`, "g");
// "X is a novel …", "X is one of Y's …": the opening says what the article's subject is.
const IS_A_WORK = new RegExp(`\\b(?:is|was|are)\\b (?:a|an|the|one of)\\b[^.;]{0,80}?\\b(?:${WORK})\\b`);
// "X is an old folk tale …", "X is an epic poem …": the opening sentence itself says the subject is a work, near its start.
const ANONYMOUS_WORK = new RegExp(`^[^.;]{0,60}?\\b(?:is|was)\\b (?:a|an)\\b(?: [\\w-]+){0,4}? (?:folk ?tale|${WORK})\\b`);
// "The Old Sailor's story is …": a work some owner made, named or described.
const OWNED_WORK = new RegExp(`['’]s (?:[\\w-]+ ){0,2}(?:${WORK})\\b`);
// "his stepson Lloyd", "Y's wife Ada", "her husband, Joss Vell" (a comma before the name too): one of the author's own people.
const KIN = new RegExp(
  `\\b(?:his|her|their|[A-Z][\\w-]+['’]s) (?:[a-z]+ )?(?:${kinAlternation(CLOSE_KIN, SPOUSES, STEPCHILDREN, NEPHEWS_AND_COUSINS, ["friend", "publisher", "editor", "agent", "patron", "tutor", "teacher"])}),? (${NAME})`,
  "g",
);
// "Ada Vell (1801–1864)", "Ada Vell (born 1801)": a historical figure named with dates.
const DATED = new RegExp(`(${NAME}) \\((?:c\\. |born |b\\. )?\\d{3,4}`, "g");
// Weak signs of the real world, too weak to sort on: a role or a ruler's title before the name, a year beside it.
const TITLE = "(?:King|Queen|Emperor|Empress|Tsar|Pope|President|Prime Minister|Sultan|Pharaoh|Chancellor|General|Sir|Lord|Lady)";
const WEAK_BEFORE = new RegExp(`\\b(?:the|a|an) (?:[A-Z]?[a-z]+ )?(?:${ROLE}) $|\\b${TITLE} $`);
const TITLED = new RegExp(`^${TITLE} `);

// A word that opens a description of someone, not a name: "The Narrator", "the old sailor", "His Father". (Not "A"/"An":
// "An Lushan" is a name, and "a poet" is refused by its lower-case word.)
const DESCRIPTION_OPENER = /^(?:the|this|that|these|those|his|her|its|their|our|my|your)\s/i;
// A name's words: capitalised (initials too), a particle a name carries (the one list of them: "Ada de Vell", "Abu Zayd
// ibn Rashid"), or a byname's "of"/"the" ("Alfred the Great").
const NAME_WORD = new RegExp(`^(?:[A-Z][\\w'’.-]*|${NAME_PARTICLE}|of|the|(?:al|el)-[\\w'’-]+)$`);

/**
 * A person's name, not a description of one ("the narrator", "The Old Sailor", "a poet"): a description alone names no
 * one, so it makes no author, no real person and no character.
 */
export function isPersonName(text: string): boolean {
  const name = text.trim();
  return /^[A-Z]/.test(name) && !DESCRIPTION_OPENER.test(name) && name.split(/\s+/).every((w) => NAME_WORD.test(w));
}

/** A sentence split that keeps initials together ("J. R. R. Tolkien"): a stop ends a sentence only after a small letter or a digit. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[a-z0-9)’'”"][.!?])\s+(?=[A-Z"“])/);
}

interface Worlds {
  real: string[];
  weak: string[];
}

const worldsOf = articleMemo<Worlds | null>();

/** The article's real people and its people of no known world; null when its opening retells no work. */
function readWorlds(articleText: string): Worlds | null {
  return worldsOf(articleText, "", () => {
    const lines = articleText.trim().split("\n");
    const title = lines[0]!.trim();
    const body = lines.slice(1).join("\n").trim();
    const sentences = body.split(/\n\s*\n/).flatMap(sentencesOf).map((s) => s.replace(/\s+/g, " ").trim()).filter(Boolean);
    const opening = [title, sentences[0] ?? ""];
    // ("a story by The Narrator", "The Old Sailor's tale": a description is no maker.)
    const named = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => m[1]!).filter(isPersonName);
    const makers = (text: string) => [...named(text.matchAll(MADE_BY)), ...named(text.matchAll(OWNS))];
    const authors = opening.flatMap((text) => (text === title || IS_A_WORK.test(text) || new RegExp(OWNS.source).test(text) ? makers(text) : []));
    const real = authors.filter((a) => !lookupEntry(a) || lookupEntry(a)!.type === "PERSON");
    // A work of no named maker ("X is an old folk tale of the hill country …") is retold all the same: its people are its characters.
    // (Not one whose maker is a description, "a story by The Narrator", "The Old Sailor's story": who is real there is unsure.)
    if (real.length === 0 && (!ANONYMOUS_WORK.test(opening[1]!) || /\bby\b/.test(opening[1]!) || OWNED_WORK.test(opening[1]!))) return null;
    const weak: string[] = [];
    for (const s of sentences) {
      // A work named right before its maker anywhere ("its title comes from a poem by …").
      real.push(...named(s.matchAll(MADE_BY)), ...named(s.matchAll(DATED)));
      // The author's own people, in a sentence that names the author.
      if (real.some((a) => wordRe(a.split(" ").at(-1)!).test(s))) real.push(...named(s.matchAll(KIN)));
      for (const m of s.matchAll(new RegExp(NAME, "g"))) {
        const name = m[0].replace(LEADING_WORD, "");
        // (A word that opens the sentence, "In" or "The", is no name.)
        if (LEADING_WORD.test(`${name} `) || name.length < 3) continue;
        if (TITLED.test(name) || WEAK_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index)) || /\b1\d{3}\b/.test(s)) weak.push(name);
      }
    }
    return { real, weak };
  });
}

const wordRe = (word: string) => new RegExp(`(?<![\\w-])${escapeRegExp(word)}(?![\\w-])`);

/**
 * "story" for a character of the retold work, "real" for a person round it (or a gazetteer's figure the article never
 * names); undefined when the article retells no work, the person's world is not sure, or `name` is a description.
 */
export function worldOfPerson(name: string, articleText: string): "story" | "real" | undefined {
  const worlds = readWorlds(articleText);
  if (!worlds || !isPersonName(name)) return undefined;
  return personWorlds(articleText, name, () => worldIn(name.replace(/\.$/, ""), worlds, articleText));
}

/** Two people sure to be of two worlds: never options or swaps for each other. Unsure of either, they may be. */
export function ofOtherWorlds(a: string, b: string, articleText: string): boolean {
  const wa = worldOfPerson(a, articleText);
  const wb = worldOfPerson(b, articleText);
  return wa !== undefined && wb !== undefined && wa !== wb;
}

const personWorlds = articleMemo<"story" | "real" | undefined>();

function worldIn(name: string, worlds: Worlds, articleText: string): "story" | "real" | undefined {
  const entry = lookupEntry(name);
  if (entry?.type === "PERSON") return "real";
  if (!wordRe(name).test(articleText)) return entry ? undefined : "real";
  const one = (list: string[]) => list.some((other) => sameName(name, other.replace(/\.$/, ""), articleText));
  if (one(worlds.real)) return "real";
  if (one(worlds.weak)) return undefined;
  return "story";
}
