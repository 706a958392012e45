import { singularOf } from "./singular-of";
import { namesTitle, titleStems } from "./title-words";

/**
 * "_____ boys were fishing off the pier when …", "The captain sailed with _____ sailors", "the youngest of _____
 * brothers": how many people stand in a scene of a story, or in a list of its characters. Judges on unseen articles
 * failed such counts as trivia: the scene's point is what happens in it, and the count is recall. The count is the
 * point where the sentence tells of deaths or survivors (the toll of an event), where the title counts or names the
 * group ("The Three Sisters", "The First Women Students"), where the group founds what the title names, or where the
 * article states the same count of the same people again.
 */

const SMALL_COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|[2-9]|1[0-9]|20)$/i;
// People a story counts: the young, kin, a crew, a band, a household, a class.
const PEOPLE =
  "boys|girls|children|kids|youths|friends|brothers|sisters|siblings|sons|daughters|cousins|wives|husbands|orphans|men|women|sailors|seamen|fishermen|hunters|travell?ers|pilgrims|knights|guards|servants|maids|monks|nuns|farmers|shepherds|strangers|thieves|robbers|pirates|dwarfs|dwarves|giants|witches|princes|princesses|companions|scouts|riders|warriors|villagers|musicians|dancers|players|pupils|students|passengers|crewmen|survivors|soldiers|guests";
// After the key: up to two describing words, then the people ("seven young monks", "two older sisters").
const PEOPLE_AFTER = new RegExp(`^\\s+(?:[a-z-]+ ){0,2}?(${PEOPLE})\\b`);
// A toll: the count of the dead or the saved is the event's own figure.
const TOLL = /\b(?:killed|died|dead|deaths?|drowned|perished|lost (?:their|his|her) lives|wounded|injured|executed|murdered|massacred|survived|survivors?|casualties)\b/i;
// The group founds or forms something (of the title's, checked below).
const FOUNDING = /\b(?:founded|formed|set up|established|started|created|began)\b/i;

// The plurals of people the shared reader's regular endings miss: "women", "children", "wives", "thieves".
const IRREGULAR_ENDINGS: [RegExp, string][] = [[/men$/, "man"], [/ren$/, ""], [/ives$/, "ife"], [/ves$/, "f"]];

/** One of the people ("boys" boy, "thieves" thief, "women" woman): the title may name one of the group ("The Boy Who …"). */
function oneOf(people: string): string {
  for (const [plural, one] of IRREGULAR_ENDINGS) if (plural.test(people)) return people.replace(plural, one);
  return singularOf(people);
}

/** The count of people in a scene or a cast (see above): a side detail, unless the count is the article's point. */
export function countOfPeopleInAScene(sentence: string, end: number, key: string, articleText: string, title: string): boolean {
  if (!SMALL_COUNT.test(key.trim())) return false;
  const people = PEOPLE_AFTER.exec(sentence.slice(end))?.[1];
  if (!people) return false;
  if (TOLL.test(sentence)) return false;
  const stems = titleStems(title);
  // The title counts the group or names its people ("Three Sisters", "the First Female Students").
  if (namesTitle(`${key} ${people} ${oneOf(people)}`, stems)) return false;
  if (FOUNDING.test(sentence) && namesTitle(sentence, stems)) return false;
  // The article tells the same count of the same people twice: it means the reader to keep it.
  const told = articleText.match(new RegExp(`\\b${key.trim()} (?:[a-z-]+ ){0,2}?${people}\\b`, "gi"))?.length ?? 0;
  return told < 2;
}
