import { BLANK } from "./blank";
import { isPlural } from "./check-options";
import type { GeneratedQuestion } from "./types";

/**
 * Options whose shape sets them apart from the key, so a student picks the key by its look: "the" on the key and not
 * on the others ("the Second Boer War" among "First World War"), a capital on the key and not on the others (a name
 * among common words, or the reverse), or a plural among singulars. Each such option is refused; the question keeps
 * its others, and one left with fewer than two wrong options goes (to typed, or out).
 */

const THE = /^the /i;
// Names said with "the" as part of them whatever the stem ("the First World War", "the Black Death").
const EVENT_HEAD = /\b(?:War|Wars|Revolution|Rebellion|Rising|Uprising|Crusade|Reformation|Renaissance|Depression|Plague|Death|Treaty|Act|Siege|Battle|Blitz|Armistice|Conquest|Migration|Exodus|Raid|Mutiny|Massacre|Crisis|Age)$/;

// The world wars' names in this form take no "the", yet stand where "the Korean War" does: their fellow events keep theirs.
const THELESS_EVENT = /^World War (?:I|II|One|Two|1|2)$/;

/** A common word's number by its ending; null where the ending does not tell ("bacteria", "algae", "fungi", "data"). */
function numberOf(phrase: string): "one" | "many" | null {
  const last = phrase.toLowerCase().split(/\s+/).pop() ?? "";
  if (/(?:a|ae|i)$/.test(last)) return null;
  return isPlural(phrase) ? "many" : "one";
}

function isFigure(text: string): boolean {
  return /^[\d£$€]/.test(text);
}

/** The options of another shape than the key (their ids). */
export function optionsOfAnotherShape(q: GeneratedQuestion): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || !["name", "term", "event", "definition", "category"].includes(q.keyKind)) return [];
  const at = q.prompt.indexOf(BLANK);
  if (at < 0) return [];
  const key = q.answerText;
  if (isFigure(key) || key.split(/\s+/).length > 5) return [];
  // A blank opening a sentence takes a capital whatever the word is: case tells nothing there.
  const opensSentence = /(?:^|[.!?:]\s+)$/.test(q.prompt.slice(0, at));
  const keyThe = THE.test(key);
  const keyCapital = /^\p{Lu}/u.test(key.replace(THE, ""));
  const keyNumber = keyCapital ? null : numberOf(key);
  return q.options
    .filter((o) => {
      if (o.text === key || isFigure(o.text)) return false;
      const bare = o.text.replace(THE, "");
      if (THE.test(o.text) !== keyThe && !(THELESS_EVENT.test(key) && EVENT_HEAD.test(o.text))) return true;
      if (!opensSentence && /^\p{Lu}/u.test(bare) !== keyCapital && !/^\p{Lu}{2}/u.test(bare)) return true;
      // (Among names a plural is part of a name, "the Netherlands"; only common words are read for number.)
      const number = keyNumber && !/^\p{Lu}/u.test(bare) ? numberOf(bare) : null;
      return number !== null && number !== keyNumber;
    })
    .map((o) => o.id);
}

/**
 * "the Second Boer War" keyed, "First World War" offered: an event's name takes "the" as readily as the key does, so it
 * is given one (a country or a person's name is not, and the shape check refuses it instead). So is one offered beside
 * "World War I", which needs none: "In Korean War" is no English a student would take for an answer.
 */
export function giveEventsTheirThe(q: GeneratedQuestion): void {
  if (q.type !== "MULTIPLE_CHOICE" || !(THE.test(q.answerText) || THELESS_EVENT.test(q.answerText))) return;
  const texts = new Set(q.options.map((o) => o.text.toLowerCase()));
  q.options = q.options.map((o) => {
    if (o.text === q.answerText || THE.test(o.text) || !/^[A-Z]/.test(o.text) || !EVENT_HEAD.test(o.text)) return o;
    const text = `the ${o.text}`;
    return texts.has(text.toLowerCase()) ? o : { ...o, text };
  });
}
