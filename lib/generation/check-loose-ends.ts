import { LEXICON } from "./tag-without-chunks";

/**
 * Statements and stems cut so that a word is left measuring against, or placed inside, something the sentence before
 * named: "The chalk crumbles faster." (faster than what?), "The air inside cools …" (inside what?). Read
 * alone, the first cannot be settled true or false and the second points at a thing the student never sees.
 */

// Comparatives that are no comparison with a thing left out: "no longer", "later" (a time), "further" (more), "former".
const NOT_A_COMPARISON = /^(?:later|longer|earlier|further|farther|former|latter|other|over|under|never|ever|either|neither|rather|whether)$/;
// A change told with a comparative ("grew colder", "became harder", "made it stronger") compares a thing with itself before.
// So does a rise or a climb ("climbs higher"), and a figure measures one ("40% shorter", "twice as").
const CHANGE_VERB = /^(?:grow|grows|grew|grown|growing|become|becomes|became|becoming|get|gets|got|gotten|getting|turn|turns|turned|turning|make|makes|made|making|keep|keeps|kept|climb|climbs|climbed|rise|rises|rose|risen|go|goes|went|gone|twice|times|half|\d.*)$/;
// "a shorter, faster flight": a comparative before its noun, the comma one between describing words.
const DETERMINER = /^(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those)$/;
// "When the heat goes up, the gas moves faster": a condition's change is what the comparative measures against.
const CONDITION = /(?:^|, )(?:when|whenever|if|as|once|the more|the less)\b/i;

function isComparative(word: string): boolean {
  return LEXICON[word] === "Comparative" && !NOT_A_COMPARISON.test(word);
}

/**
 * The comparative that ends a clause with nothing to compare against ("crumbles faster."), or null. A stem with "than"
 * anywhere, "the …-er, the …-er", a change ("grows colder") or "faster and faster" has its comparison and stands.
 */
export function bareComparative(stem: string): string | null {
  if (/\bthan\b/i.test(stem) || /^The (?:more|less|fewer|[a-z]+er)\b[^,]*, the\b/.test(stem)) return null;
  // The condition's change measures what comes after it, never the condition itself: "If the lift is greater, the kite
  // climbs" leaves "greater" than what to the sentence before.
  const condition = CONDITION.exec(stem);
  const conditionEnd = condition ? stem.indexOf(",", condition.index + condition[0].length) : -1;
  const words = stem.split(/\s+/);
  let offset = 0;
  for (let i = 1; i < words.length; i++) {
    offset = stem.indexOf(words[i]!, offset + 1);
    const m = /^([a-z]+)[.,;?!]$/.exec(words[i]!);
    if (!m) continue;
    if (condition && !(conditionEnd >= 0 && offset + words[i]!.length - 1 === conditionEnd)) continue;
    const word = m[1]!;
    const before = words[i - 1]!.toLowerCase().replace(/[^a-z]/g, "");
    const comparative = isComparative(word) || (/^(?:more|less)$/.test(before) && /(?:ly|ful|ous|ive|ant|ent|able|ible)$/.test(word));
    if (!comparative) continue;
    const plain = (w: string | undefined) => (w ?? "").toLowerCase().replace(/[^a-z0-9]/g, "");
    const head = /^(?:more|less)$/.test(before) ? plain(words[i - 2]) : before;
    if (DETERMINER.test(head) || head === word || /^(?:and|or)$/.test(head)) continue;
    // The verb of a change may stand a word or two back ("became roughly 40% shorter", "grew much colder").
    if (words.slice(Math.max(0, i - 4), i).some((w) => CHANGE_VERB.test(plain(w)))) continue;
    return word;
  }
  return null;
}

// "The air inside cools", "The crowd outside waited": a place word standing for "inside the <thing named before>",
// the verb straight after it ("The boat inside the harbour …", "The inn within walking distance …" say where).
const BARE_PLACE_WORD = /^The (?:[a-z]+ ){1,2}(inside|outside|within|beneath|underneath)(?=[,;]| (?:is|are|was|were|has|had|have|can|could|will|would|may|might|must|does|did|do|[a-z]+(?:s|ed))\b)/;

// "Inside, the walls were painted …", "Here the river slows …": an opening place word whose place was the sentence before's.
// ("Inside the fort, …" names its place; "Here is …" and "There were …" are no places.)
// "Inside were two clocks …", "Below lay the old town": the place word opens an inverted sentence, its verb straight after.
const BARE_OPENING_PLACE =
  /^(?:(?:Inside|Outside|Nearby|Below|Above|Beyond|Beneath|Underneath|Inland|Offshore|Downstream|Upstream|Overhead|Elsewhere|Opposite|Alongside)(?:,|(?= (?:was|were|is|are|lay|lies|stood|stands|sat|sits|hung|hangs|rose|rises|came|comes)\b))|Here,?(?! (?:is|are|was|were)\b))\s/;

/** The place word a statement's subject carries, or that opens it, with its thing left in the sentence before ("inside"), or null. */
export function bareSubjectPlace(stem: string): string | null {
  return BARE_PLACE_WORD.exec(stem)?.[1] ?? BARE_OPENING_PLACE.exec(stem)?.[0].replace(/[,\s]+$/, "").toLowerCase() ?? null;
}

// "Its two harbours are Vellmouth, which …, and Orrin Quay …" cut to "Tarn's two harbours are Vellmouth.": a
// counted set ("two", "three", "both") said to be one thing, its other members cut away with the clause that followed.
// (The member is named: a name or a noun phrase after the verb, never "were built by …" or "are tidal".)
const COUNTED_SET = /\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Bb]oth)\s+(?:[a-z]+\s+){0,3}?[a-z]+s\s+(?:are|were|include|included)(?:\s+not)?\s+((?:the|an?)\s[^]+?|[A-Z][^]*?)[.?!]?$/;

/** A statement whose counted set ("the two branches are …") names only one member; false when it names them all. */
export function countedSetOfOne(statement: string, sentence: string): boolean {
  if (statement === sentence) return false;
  const m = COUNTED_SET.exec(statement);
  return m !== null && !/,|\band\b|\bor\b|\bboth\b/.test(m[1]!);
}

// A place's kind word used for a place named only before ("the town" for the port the sentence before named).
// (The kind word alone, closing its phrase: not "the harbour town of …", "the port city", nor "the harbour, the Golden Horn".)
const PLACE_KIND = /\b[Tt]he (town|city|village|port|fort|fortress|castle|island|colony|settlement|harbour|stronghold)(?=[.;]| (?:in|on|at|and|but|for|from|to|by|with|after|before|during|until|again|was|were|had|fell)\b)/;

/**
 * "The raiders retook the town in 1648." after "… the rebels captured Vessa in 1641.": a place's kind word that stands
 * for a name the sentence before gives, in an article that seldom says it (`uses` counts the kind word), and that the
 * title and the stem never name, where the article calls a named place by that word. Returns the kind word, or null.
 */
export function placeNamedBefore(stem: string, previous: string | undefined, title: string, uses: (noun: string) => number, articleText: string): string | null {
  const m = PLACE_KIND.exec(stem);
  if (!m || !previous || uses(m[1]!) >= 4 || new RegExp(`\\b${m[1]}\\b`, "i").test(title)) return null;
  // The article calls a named place by this kind word ("the walled port of Sarrow"): the word is that name's short form.
  if (!new RegExp(`\\b${m[1]} of [A-Z]`).test(articleText)) return null;
  // A name inside the stem (past its opening subject) may be the place it means ("passed through Cairo … in the city").
  if (/(?<=[a-z,] )[A-Z][a-z]{2,}/.test(stem.replace(/^(?:(?:The|A|An) )?\S+/, ""))) return null;
  // A name in the sentence before, not its opening word, that the stem does not repeat: what the kind word stands for.
  const names = [...previous.matchAll(/(?<=[a-z,] )[A-Z][a-z]{2,}\b/g)].map((n) => n[0]);
  return names.some((n) => !stem.includes(n)) ? m[1]! : null;
}
