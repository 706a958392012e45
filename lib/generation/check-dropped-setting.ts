/**
 * A true/false statement cut loose from the case it was said of. "If the loop is cut." is an opening condition with its
 * main clause gone: it claims nothing. "The pump stops." from "When the tank is empty, the pump stops." drops the condition
 * that makes it true. And "The load is split between the lamps." said just after "In a chain circuit, the lamps stand
 * in a row." holds only in the case the sentence before set: in another case the article may say the opposite.
 */

// An opening clause of condition or time, which needs a main clause after its comma.
const OPENING_CONDITION = /^(?:If|When|Whenever|Unless|Once|While|Although|Though|Because|Since|As soon as)\s/;
// An opening phrase that sets a case: a condition clause, or "In a/an/this/such a …," (a kind of case, not a place or a date).
const SETTING = /^(?:(?:If|When|Whenever|Unless)\s[^,]{3,60}|In (?:a|an|this|that|such a|each|every) [a-z][a-z -]{2,40}),\s/;
const PAST = /\b(?:was|were|had|did|[a-z]{3,}ed)\b/;
// Words that carry no part of the case ("in a", "when the").
const FILLER = /^(?:if|when|whenever|unless|in|a|an|the|this|that|such|each|every|is|are|was|were|be|of|to)$/;

/** The words of a setting phrase that name its case ("series circuit", "switch open"). */
function caseWords(setting: string): string[] {
  return setting.toLowerCase().split(/[^a-z-]+/).filter((w) => w.length > 2 && !FILLER.test(w));
}

/** Every word of the case is said in the statement: the case is kept. */
function keepsCase(statement: string, setting: string): boolean {
  const said = new Set(statement.toLowerCase().split(/[^a-z-]+/));
  const words = caseWords(setting);
  return words.length > 0 && words.every((w) => said.has(w));
}

// An opening time frame that bounds a state or a habit to a past that ended ("For most of history, …", "Until the
// railways came, …", "Traditionally, …"): the claim without it reads as true now, which the article may deny.
const BOUNDING_FRAME =
  /^(?:For (?:most of [^,]{2,40}|centuries|decades|generations|millennia|thousands of years|hundreds of years|many years|a long time)|Until [^,]{2,40}|Traditionally|Originally|At first|In the past|Long ago|In (?:ancient|earlier|early|medieval|former|those) (?:times|days|years)|Back then|In those days|Once),\s/;

/** The statement drops an opening time frame of its sentence that bounds its claim to a past that ended. */
export function dropsTimeFrame(statement: string, sentence: string): boolean {
  const frame = BOUNDING_FRAME.exec(sentence)?.[0];
  return Boolean(frame) && !statement.toLowerCase().includes(frame!.replace(/,\s$/, "").toLowerCase());
}

/** The statement is only the opening condition of its sentence ("If the loop is cut."), its main clause cut away. */
export function onlyOpeningCondition(statement: string, sentence: string): boolean {
  const kept = statement.replace(/[.!?]$/, "");
  return OPENING_CONDITION.test(kept) && !kept.includes(",") && sentence.startsWith(`${kept},`);
}

/**
 * The statement drops the case its sentence, or the sentence before it in the same paragraph, opens with. `text` and `start`:
 * the article and where the sentence starts in it.
 */
export function dropsSetting(statement: string, sentence: string, text = "", start = text.length): boolean {
  if (dropsTimeFrame(statement, sentence)) return true;
  const own = SETTING.exec(sentence)?.[0];
  // ("When he was twelve, he …" sets a time in a life, not a case the claim holds in: its claim stands without it.)
  if (own && !(/^When/.test(own) && PAST.test(own))) return !keepsCase(statement, own);
  // (A sentence that opens a case of its own, or a new paragraph, starts afresh.)
  if (/^(?:In|If|When|Whenever|Unless)\b/.test(sentence)) return false;
  // (Only the paragraph's last few hundred characters are read, not the whole article before it: this runs for every statement.)
  const from = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 400);
  const paragraph = text.slice(from, start);
  const previous = /(?:^|[.!?]["'”’]?\s+)([A-Z][^.!?]*[.!?]["'”’]?)\s*$/.exec(paragraph)?.[1];
  const setting = previous && /^In (?:a|an) [a-z][a-z -]{2,40},\s/.exec(previous)?.[0];
  return Boolean(setting) && !keepsCase(statement, setting!);
}
