import { contentWords } from "./confidence";
import { isPeopleWord } from "./demonyms";
import { vagueness } from "./make-cloze";

/**
 * Claims anyone would grant without reading the article, weak as true statements (a reader answers "True" on trust):
 * commonplaces of effect and change, how people felt, a teaser whose point was cut away. One list, each entry with the
 * cause it handles; the last two need the sentence the statement was cut from.
 */
const COMMONPLACES: RegExp[] = [
  // A teaser that withholds its point: "was not really X at all".
  /\bnot\b[^.]*\bat all\b/i,
  // Progress or change with nothing said of what.
  /\bmade (?:early|some|little|slow|rapid|real|good|great|steady) progress\b|\b(?:had|has|have) changed\.$/i,
  // Effects and sizes true of any subject: "brought great suffering", "can happen", "in many ways", "shaped …".
  /\b(?:a great deal|can (?:happen|occur|change)|in (?:some|many|several) (?:[a-z-]+ )?ways|enormous|great (?:suffering|change|impact)|many (?:challenges|changes|problems)|shaped|affected|influenced)\b/i,
  // A broad effect of any upheaval, with nothing after it: "brought economic and political turmoil".
  /\b(?:caused|brought|led to|created|meant) (?:great |widespread |serious |major |much )?(?:social|economic|political|cultural)(?:,? (?:and )?(?:social|economic|political|cultural))* (?:disruption|upheaval|turmoil|change|changes|problems|consequences|effects|hardship|instability|damage)\.$/i,
];

// How people felt, with a people as the whole object ("the tale touched listeners", "inspired Athenians"): a tribute. Not
// "inspired Athenians to build a fleet", whose object goes on into what they did, a fact of the article.
const FELT = /\b(?:touched|inspired|captivated|fascinated|delighted|amazed|won over|won the hearts of) (?:many |the |a |whole |countless |ordinary )?([A-Za-z]+)(?=\s*(?:[.,;:!?]|$)|\s+(?:and|but|alike|everywhere|across|around|all over|of all ages|for generations)\b)/;
const PEOPLE = /^(?:people|public|nation|country|world|generations?|audiences?|readers|viewers|listeners|fans|visitors|millions|thousands|locals|residents|citizens|villagers|townsfolk|crowds)$/;

// "was more than a market" with its point ("; it was a vote of thanks") cut away. "more than a mile long" is a measure.
const MORE_THAN = /\b(?:is|was|are|were) (?:much |far |something )?more than (?:a|an|just|simply|merely|only) ([a-z]+)[^,;]*\.$/;
const MEASURE_WORD = /^(?:hundred|thousand|million|billion|dozen|score|mile|kilometre|kilometer|metre|meter|foot|yard|inch|year|century|decade|day|week|month|hour|minute|ton|tonne|pound|litre|liter|half|quarter|third|fifth|tenth)s?$/;
// The sentence goes on past the statement (so words were cut) with the point itself: "; it was …", ": …", "— …", ", it was …".
const POINT_FOLLOWS = /^\s*(?:[;:—–]|,\s+(?:but\s+|and\s+)?(?:it|they|this|he|she)\b)/;

// "matters because …", "mattered greatly": why the subject matters. "matter" as a verb only ("dark matter greatly outweighs" is a noun).
const MATTERS = /(?:\b(?:it|this|that|they|still|really|does|do|did|will|would) matter\b|\bmatter(?:s|ed)\b) (?:because\b(.*)|(?:so much|greatly|a great deal|to (?:us|everyone|people))(?=\s*(?:[.,;]|$)))/;

/** A statement anyone would grant; `sentence` is the article's sentence it was cut from, `title` the article's title. */
export function grantedClaim(statement: string, sentence: string, title = ""): boolean {
  if (COMMONPLACES.some((re) => re.test(statement))) return true;
  const felt = FELT.exec(statement)?.[1];
  if (felt && (PEOPLE.test(felt) || isPeopleWord(felt))) return true;
  const teaser = MORE_THAN.exec(statement);
  if (teaser && !MEASURE_WORD.test(teaser[1]!)) {
    // (Found by its last words: an opening pronoun may have been named.)
    const tail = statement.replace(/\.$/, "").split(" ").slice(-4).join(" ");
    const at = sentence.indexOf(tail);
    if (at >= 0 && POINT_FOLLOWS.test(sentence.slice(at + tail.length))) return true;
  }
  const matters = MATTERS.exec(statement);
  if (!matters) return false;
  // "mattered because it ended the blockade" gives a fact only the article gives; "because it is important" gives none,
  // and why the article's own subject matters is its framing ("The reed guild matters because it trains the cutters" in an article on the guild),
  // granted by anyone who opened it.
  const titleWords = new Set(contentWords(title));
  const ofSubject = contentWords(statement.slice(0, matters.index)).some((w) => titleWords.has(w));
  return matters[1] === undefined || ofSubject || vagueBecause(matters[1]);
}

function vagueBecause(clause: string): boolean {
  return COMMONPLACES.some((re) => re.test(clause)) || vagueness(clause) < 1 || /^\s*(?:of (?:this|that|it)|it (?:does|did|is|was))\s*\.?$/.test(clause);
}
