import { tagged } from "./question-stems";
import { NOT_A_TERM_START } from "./which-glossary-lines";

/**
 * A bulleted line that names one member of a list, then says what it is in an appositive: "- Mira Stone, a quiet
 * shepherd who keeps the village's goats;", "- the Bell Gate, a stone arch that faces the harbour;". The name is the
 * label and the noun phrase after the comma its description, read beside make-label-questions' "Label: …" lines, so the
 * list's members are matched to what the article says of each and asked for by it, the other members as options. A
 * prose sentence of that shape ("Mira Stone, a shepherd, kept goats") is not such a line: only list items are read.
 */

// A proper name of up to six words: capitalised words, the particles names carry between them, a nickname in quotes; a
// "the" may open it ("the Bell Gate").
const NAME = String.raw`(?:[Tt]he )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|["“][A-Z][\w'’-]*["”]|of|the|ibn|al|de|da|del|van|von|bin|la|le)){0,5}`;
const APPOSITIVE_LINE = new RegExp(String.raw`^(${NAME}), ((?:a|an) [A-Za-z].*?)[;.]?$`);
// A first word that is a time, place or pointer word opens no name ("Later, a storm …", "Then, an …").
// (Nor a linking adverb or a preposition written with a capital at a line's start: "Meanwhile, a storm broke.", "Today, a
// museum stands …", "Like Orrin, a carter …" are sentences.)
const NOT_A_NAME_START = new RegExp(
  `^(?:${NOT_A_TERM_START}|meanwhile|today|tonight|yesterday|tomorrow|nowadays|afterwards|eventually|finally|however|instead|suddenly|luckily|sadly|fortunately|unfortunately|overall|together|nearby|elsewhere|perhaps|maybe|yet|thus|therefore|indeed|otherwise|nevertheless|like|unlike|despite|although|though|because|since|until|while|when|where|with|without|within|under|over|through|throughout|across|along|around|among|between|behind|beside|besides|beyond|near|against|upon|toward|towards)$`,
  "i",
);
// A second member joined to the first ("…, a stern judge, and his son Tobin"): the line names two, and the description
// would fit neither alone.
const SECOND_MEMBER = /,\s+(?:and|or)\s/;
// A description holding a word that leans on another line cannot be asked alone. ("a former sailor" leans on nothing: only
// "the former" and "the latter" point at lines.)
const LEANS_ON_ANOTHER = /\b(?:also|too|likewise|the former|the latter|another|other|same)\b/i;
// "an aunt who raised him", "a nurse who tends her in the tower": an object pronoun in a line names someone the list's lead
// or another line names (the king the advisers serve), never the member itself, and shown alone it names no one.
const OBJECT_PERSON = /\bhim\b|\bher(?= (?:after|in|at|to|from|with|by|for|on|when|while|and|until|before|as|through)\b|[.;,]?$)/i;

// Words that may stand between a comma and the verb of a main clause ("…, a shepherd, later became the mayor").
const BEFORE_VERB = /^(?:later|then|soon|once|also|still|often|first|finally)$/i;

/**
 * "Kell Brask, a carpenter, built the market hall": a verb with its object after a comma makes the line a sentence whose
 * subject is the name, not a name and what it is. (A participle with its phrase, "a farmer, known for his pigs", "a
 * fisherman, loved by all", still describes.)
 */
function goesOnAsSentence(description: string): boolean {
  if (!description.includes(",")) return false;
  const terms = tagged(description);
  return terms.some((t, i) => {
    if (!(t.post ?? "").includes(",")) return false;
    let j = i + 1;
    while (j < terms.length && BEFORE_VERB.test(terms[j]!.text)) j++;
    const verb = terms[j]?.tags ?? [];
    const next = terms[j + 1]?.tags ?? [];
    return verb.includes("Verb") && !verb.includes("Adjective") && !verb.includes("Gerund") && terms[j + 1] !== undefined && !next.includes("Preposition");
  });
}

/** The name and description an appositive list line gives, or null when the line is no such line. */
export function appositiveLine(text: string): { label: string; description: string } | null {
  const m = APPOSITIVE_LINE.exec(text);
  if (!m) return null;
  const [label, description] = [m[1]!, m[2]!.trim()];
  if (NOT_A_NAME_START.test(label.split(" ")[0]!) && !/^[Tt]he [A-Z]/.test(label)) return null;
  if (SECOND_MEMBER.test(description) || LEANS_ON_ANOTHER.test(description) || OBJECT_PERSON.test(description) || goesOnAsSentence(description)) return null;
  return { label, description };
}
