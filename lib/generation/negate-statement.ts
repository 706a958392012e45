import { escapeRegExp } from "./find-spans";
import { MEASURE } from "./check-passing-details";
import { contentWords } from "./confidence";
import { rootOf } from "./make-function-questions";
import { HEDGE } from "./trim-statement";
import { POINTER } from "./make-denial-statements";
import { infinitiveOf, LEXICON, tagged, type TaggedTerm } from "./question-stems";
import { verbsAs } from "./verb-forms";
import { SAME_IN_PAST } from "./known-base-form";
import { baseOfPast, isPastOnly, pastOrBase } from "./past-forms";
import { boundedMemo } from "./article-memo";
import { verbForms } from "./reporting-verbs";

/**
 * A central statement turned false by denying its main verb: "The rebels stormed the fortress." -> "The rebels did not
 * storm the fortress."; "The wall was built to keep out raiders." -> "The wall was not built …". It asks the same point
 * as the true copy, so a quiz can hold true and false statements on its main ideas alike, where a swapped detail would
 * make a claim a student rejects without reading.
 *
 * Only where the denial is plainly false by the article and reads as plain English: a statement with one verb group
 * after a subject of a few words (an opening phrase and its comma allowed), and none of the words that change what a
 * "not" denies. A quantity ("most", "all", "three people"), a modal or hedge ("can", "about"), a second negative, a
 * reason or condition ("because", "if"), a bound in time ("until", "before") or a second verb joined by "and" each
 * leave a denial open to two readings, one of which may be true, or make it awkward.
 */

// Words that change what a "not" denies, or make the statement say less than a fact.
const OPEN_TO_TWO_READINGS =
  /\b(?:not|no|never|nor|neither|none|nobody|nothing|cannot|without|only|just|also|even|still|again|all|every|each|both|either|or|some|many|most|much|several|few|any|always|often|usually|sometimes|rarely|seldom|hardly|barely|scarcely|little|mostly|mainly|partly|fairly|quite|somewhat|relatively|about|around|almost|nearly|roughly|approximately|perhaps|probably|possibly|likely|may|might|can|could|should|would|must|will|shall|because|since|as|although|though|but|while|whereas|unless|if|until|till|before|after|once|instead|rather|like|unlike|however|therefore|thus|meanwhile|believed|thought|said|claimed|say|says|suggests?|seems?|appears?|according|more than|less than|fewer than|at least|up to|over|under)\b|n['’]t\b/i;
const PRONOUN = /\b(?:it|its|itself|they|them|their|themselves|he|him|his|himself|she|her|herself|this|these|those|there|here)\b(?! (?:is|are|was|were)\b)/i;
// A count in the subject ("three ships sank", "billions of people"): denied, it reads as "three did not" (others may have).
const COUNT = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|scores|half)\b/i;
// An indefinite subject ("A person spoke …": denied, "some person did not" may be true), or a clause of place or time
// before the subject ("Where rivers meet the sea, …": its verb would be the one denied). (Openings that point to the
// sentence before, "The other plates", "The family", are refused for the true copy too: check-stems' pointsOutside and
// PART_WITHOUT_WHOLE. Other subordinators are refused by OPEN_TO_TWO_READINGS.)
const UNSETTLED_OPENING = /^(?:A|An|Where|Wherever|When|Whenever)\b/;
// Words of place that open an inverted clause ("Beside the pyramid lies the Sphinx": "… does not lie the Sphinx" is no English).
// ("Around", "before" and "after" are refused sooner, by OPEN_TO_TWO_READINGS.)
const PLACE_WORD = /^(?:beside|between|among|above|below|behind|inside|outside|near|beneath|beyond|along|across|opposite|within|atop|underneath|amid)$/;
// Verbs that already deny ("lack", "refuse"): denied again, a double negative few students read right.
const NEGATIVE_VERB = /^(?:lack|lacks|lacked|refuse|refuses|refused|fail|fails|failed|deny|denies|denied|reject|rejects|rejected|prevent|prevents|prevented|forbid|forbids|forbade|ban|bans|banned|avoid|avoids|avoided|lose|loses|lost|oppose|opposes|opposed|abolish|abolishes|abolished|stop|stops|stopped|cease|ceases|ceased|resist|resists|resisted)$/;
// Verbs of saying and naming.
const REPORTING = new RegExp(`^(?:${verbForms("say note report state write argue claim call name term describe consider believe think know")})$`);
// (Not a measure: "one metre thick" is a size.)
// A complement that names a class or a place, not the thing itself: "one of", "a kind of", "an example of", "among",
// "where"; or a class with a clause of its own ("a ruler who …": denied, the "not" may be read as the clause's).
const CLASS_COMPLEMENT = new RegExp(
  `^(?:one\\b(?! (?:[a-z]+ )?${MEASURE.source.slice(1, -1)}\\b)|among\\b|amongst\\b|some\\b|part of\\b|where\\b|what\\b|how\\b|why\\b|when\\b|(?:a|an) (?:[a-z-]+ ){0,2}(?:kind|type|sort|form|example|instance|member|variety|case|method|way|means|branch|category|class|family|group|version|piece|part) of\\b|(?:a|an) [^,]*\\b(?:who|which|that|whose)\\b)`,
  "i",
);
// An amount of no sure size: "a range of", "a number of", "a large part of", "various", "numerous".
const VAGUE_AMOUNT = /\b(?:(?:a|an) (?:(?:wide|broad|whole|large|great|huge|vast|small|good|fair|big|growing|certain|significant|major) )?(?:range|number|variety|lot|host|handful|couple|array|mix|mixture|amount|deal|part|portion|share|proportion|majority|minority|multitude|wealth) of|lots of|plenty of|various|varied|numerous|countless|multiple|several|diverse|(?<!\b(?:a|an|the|each|every|one|no|any) )(?:different|other|certain)|others|(?:a|an) (?:[a-z]+ )?(?:kind|type|sort) of)\b/i;
// How much, or in how many ways, with no measure: "many", "much", "a lot", "greatly", "in many ways".
const VAGUE_DEGREE = /\b(?:many|much|some|a lot|in (?:many|several|various|different|other|new|important) ways|greatly|deeply|hugely|enormously|dramatically|profoundly|considerably)\b/i;
// A count of kinds ending the claim, named only by the sentences after it: "depends on two measurements.", "has three main parts."
const ANNOUNCED_COUNT = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[a-z]+ )?(?:measurements|parts|stages|steps|types|kinds|sorts|forms|layers|phases|groups|categories|factors|reasons|ways|methods|features|components|elements|principles|ideas|things|causes|effects|rules|sections|periods|levels|functions|jobs|roles|tasks|aims|goals|purposes)\.$/i;
// A word that opens a clause of its own inside the object ("a nucleus that holds …").
const RELATIVE_WORD = /^(?:that|which|who|whom|whose|where|when|what|how|why)$/;

/** The tagger's words, with the empty word it splits off a possessive ("country's" + "") folded back into the one before. */
function readTerms(statement: string): TaggedTerm[] {
  const out: TaggedTerm[] = [];
  for (const t of tagged(statement)) {
    if (t.text === "" && out.length) out[out.length - 1] = { ...out[out.length - 1]!, post: `${out[out.length - 1]!.post ?? ""}${t.post ?? ""}` };
    else if (t.text !== "") out.push(t);
  }
  return out;
}

const has = (t: TaggedTerm | undefined, tag: string) => t?.tags?.includes(tag) === true;
const word = (t: TaggedTerm | undefined) => (t?.text ?? "").toLowerCase().replace(/[^a-z'’-]/g, "");

/** A statement denied, or why it was not. */
export type Denial = { text: string; refused?: undefined } | { text: null; refused: string };
const refuse = (why: string): Denial => ({ text: null, refused: why });

/** The statement with its main verb denied, or null where a denial could be read two ways or would not read as English. */
export function negateStatement(statement: string): string | null {
  return denyStatement(statement).text;
}

/** negateStatement, with the reason a statement was refused. */
export function denyStatement(statement: string): Denial {
  if (!/^[A-Z][^;:?!()"“”]*\.$/.test(statement)) return refuse("form");
  const open = OPEN_TO_TWO_READINGS.exec(withoutRoleAs(withoutMonth(statement)));
  if (open) return refuse(`word:${open[0].toLowerCase()}`);
  if (UNSETTLED_OPENING.test(statement)) return refuse("unsettled-opening");
  // ("had" is read as no verb where it could open a condition, "had he known …": before a noun phrase in a statement it is the
  // verb, "Ada had the bridge rebuilt".)
  const read = readTerms(statement).map((t, i, all) => (has(t, "Condition") && word(t) === "had" && i > 0 && !has(all[i + 1], "Pronoun") ? { ...t, tags: ["Verb", "PastTense"] } : t));
  if (read.length < 4 || read.length > 28) return refuse("length");
  // An opening phrase ("In 1928, …") ends at the first comma; the subject runs from there to the first verb.
  const opener = read.findIndex((t) => /,/.test(t.post ?? ""));
  const subjectStart = opener >= 0 && has(read[0], "Preposition") && !read.slice(0, opener + 1).some((t) => has(t, "Verb")) ? opener + 1 : datedOpening(read);
  const terms = subjectWordsAsNouns(read, subjectStart);
  const verbAt = terms.findIndex((t, i) => i >= subjectStart && has(t, "Verb"));
  if (verbAt <= subjectStart || verbAt - subjectStart > 8) return refuse("subject-span");
  const subject = terms.slice(subjectStart, verbAt);
  // (A pronoun may lean on words the statement left out: the denial would be of something unnamed. Even a "his", "her",
  // "its" or "their" that looks like the subject's own may stand for someone or something in the sentence before.)
  if (PRONOUN.test(statement)) return refuse("pronoun");
  // An opening phrase with no comma, other than a date's: the clause may be inverted ("Between the chambers are flaps
  // called valves": the subject follows the verb, and "… are not flaps" is no English), and where it is not, the
  // subject cannot be told from the opening ("On the third night a gale …").
  // (The tagger reads some such words as others: "Beside the gate stands a well" opens on a place all the same.)
  if (subjectStart === 0 && (has(read[0], "Preposition") || PLACE_WORD.test(word(read[0])))) return refuse("opening-without-comma");
  // The subject is a noun phrase: no comma in it (an aside may hold a verb of its own), no pronoun standing for something unnamed, no count.
  if (subject.some((t) => /,/.test(t.post ?? "") || has(t, "Adverb")) || subject.some((t) => has(t, "Pronoun") && !has(t, "There"))) return refuse("subject-aside-or-pronoun");
  // A plural word inside the subject with a noun after it may be the real verb ("The guide shows visitors …").
  if (subject.some((t, i) => i < subject.length - 1 && has(t, "Plural") && has(subject[i + 1], "Noun") && word(subject[i + 1]) !== "of")) return refuse("subject-plural-noun");
  // (The same after an opening with no comma: "On the third night a gale flooded …".)
  if (subject.some((t, i) => /^(?:a|an)$/.test(word(t)) && !has(subject[i - 1], "Preposition"))) return refuse("indefinite-subject");
  // The general backstop for any misreading that puts the main verb inside the subject (the "had" retag above mends one): a
  // form of "have", "be" or "do" there is the real verb, and the participle taken for the verb is not.
  if (subject.some((t) => /^(?:had|has|have|was|were|is|are|did|does|do)$/.test(word(t)))) return refuse("verb-in-subject");
  const subjectText = subject.map((t) => t.text).join(" ");
  if (POINTER.test(subjectText) && !has(subject[0], "There")) return refuse("subject-points");
  if (COUNT.test(subjectText) || /^part\b/i.test(subjectText) || !(has(subject.at(-1), "Noun") || has(subject.at(-1), "There"))) return refuse("subject-count-or-not-noun");
  // An aside after the verb ("…, the first school to do so", "…, making it …") would say the opposite of the denial.
  if (/, (?:the|a|an|which|who|whom|whose|where|when|born|known|built|made|led|held|[a-z]+ing|[a-z]+ed)\b/.test(terms.slice(verbAt).map((t) => t.text + (t.post ?? " ")).join(""))) return refuse("aside-after-verb");
  const verb = terms[verbAt]!;
  const next = terms[verbAt + 1];
  // One verb group: a later finite verb is one of a clause opened by "that", "which", "who" … in the object ("a nucleus that
  // holds …"), or the statement's verb was not the main one ("The farms he seized had to send …": the main verb is "had"),
  // or a second verb joined on ("came from X and raided Y": denied, only the first half reads as denied).
  const rest = terms.slice(verbAt + 1);
  // (A past form between a noun and a preposition describes the noun: "a wall made of stone".)
  // (So does a word of naming after a noun: "a schooner called the Gull", "a process known as …".)
  // (And one straight after a main verb of its own, before a noun: "wore padded jackets", "crossed walled towns".)
  const describes = (i: number) =>
    (has(rest[i - 1], "Noun") && (has(rest[i + 1], "Preposition") || /^(?:called|named|known|termed|dubbed|nicknamed|titled)$/.test(word(rest[i])))) ||
    (i === 0 && /ed$/.test(word(rest[i])) && has(rest[i + 1], "Noun") && !has(rest[i + 1], "Verb") && !has(verb, "Auxiliary") && !has(verb, "Copula"));
  // (A word after a preposition or a determiner is no verb, whatever its tag: "through cracks", "in barges", "the fines".)
  const misread = (i: number) => (has(rest[i - 1], "Preposition") && word(rest[i - 1]) !== "to") || has(rest[i - 1], "Determiner") || has(rest[i - 1], "Possessive");
  // (A plain form straight after a noun is a verb all the same: "a cannon fired during the play set the roof alight".)
  // (Straight after it: after a list's comma, "shallow pools, warm wind", a word the lexicon holds as describing is no verb.)
  const bareAfterNoun = (t: TaggedTerm, i: number) => has(t, "Infinitive") && !has(t, "PhrasalVerb") && has(rest[i - 1], "Noun") && !has(rest[i - 1], "Pronoun") && !/[,;]/.test(rest[i - 1]?.post ?? "") && LEXICON[word(t)] !== "Adjective";
  const finiteLater = (t: TaggedTerm, i: number) => has(t, "Verb") && !misread(i) && !has(t, "Particle") && (!has(t, "Infinitive") || bareAfterNoun(t, i)) && !(has(t, "PastTense") && describes(i)) && !has(t, "Gerund") && !(has(t, "Participle") && !has(t, "PastTense")) && !(i === 0 && (has(t, "Participle") || has(t, "Particle") || has(verb, "Auxiliary") || has(verb, "Copula")));
  // (One clause opened by "that", "who" … holds one verb: a second after it is the main verb's again.)
  const relatives = rest.filter((r) => RELATIVE_WORD.test(word(r))).length;
  const joined = rest.filter((t, i) => finiteLater(t, i)).length > relatives || rest.some((t, i) => finiteLater(t, i) && !rest.slice(Math.max(0, i - 5), i).some((r) => RELATIVE_WORD.test(word(r))) && !(has(t, "Participle") && !/^(?:and|then)$/.test(word(rest[i - 1]))));
  // (A plain present after "and" is tagged as an infinitive: "Bees collect nectar and make honey" has two verbs all the same.)
  const afterConjunction = rest.some((t, i) => i > 0 && has(t, "Verb") && !has(t, "Particle") && /^(?:and|or|then)$/.test(word(rest[i - 1])));
  if (joined || afterConjunction) return refuse("second-verb");
  const v = word(verb);
  // What someone says, notes or calls a thing: denied, it says nothing of the fact ("X does not note that …").
  if (REPORTING.test(v) || NEGATIVE_VERB.test(v) || word(next) === "that") return refuse("reporting-or-negative-verb");
  // "is now in …" (denied, the adverb lands oddly), "was to rule" (a plan, not a fact): left alone.
  if ((has(verb, "Copula") || /^(?:is|are|was|were)$/.test(v)) && (has(next, "Adverb") || /^(?:to|now|then|already|later|today)$/.test(word(next)))) return refuse("copula-adverb-or-plan");
  // A verb straight after the verb is the tagger reading a noun as one ("Y grounds face …").
  // (Not a describing word in -ed before a noun: "wore padded jackets".)
  const describingNext = /ed$/.test(word(next)) && has(terms[verbAt + 2], "Noun") && !has(terms[verbAt + 2], "Verb");
  if (next && has(next, "Verb") && !describingNext && !has(next, "Particle") && !has(next, "Participle") && !has(next, "Copula") && !has(verb, "Copula") && !has(verb, "Auxiliary") && word(next) !== "to") return refuse("verb-after-verb");
  let denied: string;
  // "There is not evidence …" is no English: only a count or a determiner after "There is/was" ("There were not seven …").
  // (Also after an opening without its comma: "At first there were not talks …".)
  const there = subject.some((t) => has(t, "There") || word(t) === "there");
  if (there && !(has(next, "Value") || has(next, "Determiner"))) return refuse("there-without-determiner");
  const predicate = terms.slice(verbAt + 1).map((t) => t.text + (t.post ?? " ")).join("");
  // "X is not one of the Y", "X was not a kind of Y", "X is not where …": a class or place denied reads as a riddle, and
  // says nothing sure (X may be another of the Ys, or a Y all the same).
  // (So after the verbs that link a thing to its class as "is" does: "became one of", "ranks among", "counts among", and
  // "belonged to a group called …".)
  const linking = has(verb, "Copula") || /^(?:is|are|was|were|becomes?|became|remains?|remained|ranks?|ranked|counts?|counted)$/.test(v);
  if (!there && ((linking && CLASS_COMPLEMENT.test(predicate)) || (/^belong(?:s|ed)?$/.test(v) && /^to (?:a|an|one|some)\b/i.test(predicate)))) return refuse("class-denied");
  // "The new port was not given a range of roles": an object of no sure size or number is a denial about nothing sure.
  if (VAGUE_AMOUNT.test(predicate)) return refuse("vague-object");
  // "Life did not change in many ways", "The model does not depend on two measurements": a claim of no sure size, or a count
  // of kinds the sentence does not name (the sentences after it do), denied says nothing a reader can check.
  if (VAGUE_DEGREE.test(predicate) || ANNOUNCED_COUNT.test(predicate)) return refuse("vague-object");
  // "… did not become a landmark in 1990, and parts of the town.": a clause joined after a comma is a second claim (or
  // a fragment of one), of which the "not" denies only the first. (A list's last comma, "A, B, and C", has one before it.)
  if (/, and\b/.test(predicate) && !/,[^,]*, and\b/.test(predicate)) return refuse("joined-after-comma");
  // "… was not guarded by the walls and by a chain": two phrases joined, two claims, and the "not" may be read as either's.
  if (/\band (?:by|in|on|at|to|from|with|through|for|into|across)\b/i.test(predicate)) return refuse("two-phrases-joined");
  if (has(verb, "Copula") || /^(?:is|are|was|were|am)$/.test(v)) {
    denied = `${verb.text} not`;
  } else if (/^(?:had|has|have)$/.test(v) && next && has(next, "Verb") && (has(next, "Participle") || has(next, "PastTense"))) {
    denied = `${verb.text} not`;
  } else if (has(verb, "Auxiliary") || has(verb, "Modal") || has(verb, "Gerund")) {
    return refuse("auxiliary-or-modal");
  } else if (has(verb, "PastTense")) {
    const infinitive = v === "had" ? "have" : baseOfPast(v);
    if (!infinitive || /\s/.test(infinitive) || (infinitive === v && !SAME_IN_PAST.has(v))) return refuse("past-form-unread");
    denied = `did not ${infinitive}`;
  } else if (has(verb, "PresentTense")) {
    // A bare form after a singular subject is a past tense the tagger took for a present ("Fox set out"), or no verb at all.
    const plural = has(subject.at(-1), "Plural") || subject.some((t) => word(t) === "and") || /^(?:people|cells|bacteria|mitochondria|children|men|women)$/.test(word(subject.at(-1)));
    // (After a plural subject, "set" may be past or present, and "found" may be either of two verbs: the tense cannot be read.)
    if (plural && pastOrBase(v)) return refuse("plural-same-in-past");
    // A past form the tagger took for a present after a plural subject ("The rebels drew swords"): denied as past, "did not
    // draw", never "do not drew".
    if (plural && isPastOnly(v)) {
      const base = baseOfPast(v);
      return base && base !== v ? finish(terms, verbAt, `did not ${base}`) : refuse("past-form-unread");
    }
    if (!/s$/.test(v) && !plural) {
      if (!SAME_IN_PAST.has(v)) return refuse("bare-form-singular");
      denied = `did not ${v}`;
      return finish(terms, verbAt, denied);
    }
    const infinitive = /^(?:has)$/.test(v) ? "have" : /s$/.test(v) ? infinitiveOf(v) : v;
    // ("do/does not" takes a base form the tagger knows as one: a word it cannot turn is refused, not guessed.)
    if (!infinitive || /\s/.test(infinitive) || (/s$/.test(v) && infinitive === v) || isPastOnly(infinitive) || (infinitive === v && infinitiveOf(v) !== v)) return refuse("present-form-unread");
    denied = `${/s$/.test(v) ? "does" : "do"} not ${infinitive}`;
  } else {
    return refuse("no-tense");
  }
  return finish(terms, verbAt, denied);
}

/**
 * What the statement's main verb takes, of no sure size or kind: "The port took on a range of duties", "The guild did
 * various things". Its denial is refused (`denyStatement`), and its true copy tests nothing sure either. Read from the first
 * verb after the subject to the first phrase of place, time or manner ("searched the valley for several years" takes the
 * valley: how long is a side detail).
 */
export function vagueObject(statement: string): boolean {
  const terms = readTerms(statement);
  const isVerb = (t: TaggedTerm, i: number) => i > 0 && has(t, "Verb") && !has(terms[i - 1], "Determiner");
  let verbAt = terms.findIndex(isVerb);
  // (A verb in a clause inside the subject is not the statement's: "The man who owned several farms built the church".)
  if (verbAt > 0 && terms.slice(0, verbAt).some((t) => RELATIVE_WORD.test(word(t)))) verbAt = terms.findIndex((t, i) => i > verbAt + 1 && has(terms[i - 1], "Noun") && isVerb(t, i));
  if (verbAt < 0) return false;
  const rest = terms.slice(verbAt + 1);
  // (Nor a clause of its own inside the object: "the looting that many other sites suffered" is of a sure kind. The object
  // ends at "to" too: "carried spices to various ports" carried spices.)
  const end = rest.findIndex((t) => (has(t, "Preposition") && word(t) !== "of") || word(t) === "to" || RELATIVE_WORD.test(word(t)));
  const object = rest.slice(0, end < 0 ? rest.length : end).map((t) => t.text + (t.post ?? " ")).join("");
  // (A kind the statement goes on to name, "a hard kind of rock called slate", and a majority of a whole the
  // statement names, "a majority of the votes" (more than half), and "the others" of a set named before, are of a sure kind
  // and size.)
  // (Nor a part of a named whole, "a large part of northern Vellmark": a stretch of a place the statement names.)
  return VAGUE_AMOUNT.test(object.replace(/\b(?:a|an) (?:[a-z]+ )?(?:part|portion|share) of (?:the )?(?:[a-z]+ )?[A-Z]\S*/g, "").replace(/\b(?:a|an) (?:[a-z]+ )?(?:kind|type|sort) of [^,]*\b(?:called|named|known as)\b.*$|\ba (?:majority|minority) of the\b|\bthe others\b/gi, ""));
}

// Words after a "not" that make it mean "not yet", "not at all" or "not for a while": said without the "not", the statement
// makes another claim, not the opposite one ("did not find anything" -> "found anything", "did not return for ten years"
// -> "returned for ten years", "was not yet finished" -> "was yet finished"), or one the article may say later.
// (TIME_BOUND_WORDS are the words that bound a negative in time wherever they stand; statement-claims' opening check reads
// them too, so the true copy and the affirmation cannot drift apart.)
export const TIME_BOUND_WORDS = "until|till|before|after|since|at first|later|afterwards|eventually|thereafter";
const NOT_UNTIL = new RegExp(
  `\\b(?:any\\w*|yet|ever|anymore|${TIME_BOUND_WORDS}|again|long(?:er)?|still|even|(?:for|in|within|during) (?:[\\w-]+ ){0,2}(?:years?|months?|weeks?|days?|decades?|centuries|hours?|generations?|ages|a while|long))\\b`,
  "i",
);
// What follows an object (a time, a place, a manner), where a "not" may deny only that: left for a plainer statement.
const AFTER_OBJECT = /\b(?:for|in|during|within|by|at|on|from|through|throughout|without|with|into|to|across|over|under|near|until|since|because|when|while|as|than|that|which|who|where|and|or|but)\b/i;

/**
 * A statement that denies, said the other way: "Halvard did not build the chapel." -> "Halvard built the chapel."; "Not
 * every cell has a wall." -> "Every cell has a wall." It is false by the article as plainly as a denial, and asks the same
 * point. Only the plainest shape: a past "did not" or "was/were not" main clause with a short object and nothing after it
 * (no time, place or "any"/"yet"/"ever" that would make the "not" mean "not until" or "not at all"), and only where the
 * affirmation, denied again, gives back the statement word for word (so it passed every check a denial must pass: no
 * "always", "all", "only" or second verb that would give the "not" two readings). The caller must also ask `saidElsewhere`:
 * a negative is often undone later ("did not sign … In 1563 he signed it").
 */
export function affirmStatement(statement: string): string | null {
  // "Not every cell has a wall." is the plain denial of "Every cell has a wall." (one clause, no second negative).
  const notAll = /^Not (every|all) ([^,;:]+\.)$/.exec(statement);
  if (notAll) {
    const restOf = notAll[2]!;
    if (/\b(?:not|no|never|nor|only|some|most|many)\b|n['’]t\b/i.test(restOf) || OPEN_TO_TWO_READINGS.test(restOf) || NOT_UNTIL.test(restOf)) return null;
    return `${notAll[1]!.charAt(0).toUpperCase()}${notAll[1]!.slice(1)} ${restOf}`;
  }
  const m = /^([A-Z][^,;:]*?) (did|was|were) not ([a-z][\w'’-]*)((?: [\w'’-]+){0,5})\.$/.exec(statement);
  if (!m) return null;
  const [, subject, verb, next, rest] = m;
  if (NOT_UNTIL.test(`${next}${rest}`) || AFTER_OBJECT.test(`${next}${rest}`) || OPEN_TO_TWO_READINGS.test(`${next}${rest}`)) return null;
  let positive: string;
  if (verb === "did") {
    const past = verbsAs(`they ${next}`, "past").replace(/^they /, "");
    if (!past || /\s/.test(past) || past === next) return null;
    positive = `${subject} ${past}${rest}.`;
  } else positive = `${subject} ${verb} ${next}${rest}.`;
  return denyStatement(positive).text === statement ? positive : null;
}

/**
 * Whether a negative statement cut from its sentence says the sentence's whole negative claim: its last words end the
 * sentence or a clause before a semicolon ("X did not write the tale first; he took it from …"), and nothing in the clause
 * bounds the "not" in time ("At first, the king did not …", "…, until his advisers …"). An opening of another kind may be
 * left out ("And despite the pictures, …").
 */
export function negativeKeptWhole(statement: string, sentence: string): boolean {
  const last = statement.replace(/\.$/, "").split(/\s+/).slice(-2).map(escapeRegExp).join("\\s+");
  const end = new RegExp(`${last}\\s*(?:[.;]|$)`).exec(sentence);
  if (!end) return false;
  return !NOT_UNTIL.test(sentence.slice(0, end.index + end[0].length));
}

/**
 * Whether another sentence of the article may say the positive of an affirmed negative. A later sentence that undoes a
 * negative rarely repeats its subject: it uses a pronoun or the passive ("King Orm did not sign the pact. … Two years later,
 * he signed it", "The mine was not profitable. … By 1890 it had become profitable again"). So the subject's words do not
 * count: any other sentence holding the root of the positive's verb, or after "was/were" any content word of the
 * complement ("a royal residence": "… made it his residence"), may undo the negative. Where the positive has no verb of
 * its own (a copula or none), most of its root words are enough too. A denial is safe
 * where the article says the positive (that is what makes it false); an affirmation is made wrong by it.
 */
export function saidElsewhere(positive: string, otherSentences: string[]): boolean {
  const words = [...new Set(lemmaWords(positive))];
  if (words.length === 0) return true;
  const terms = readTerms(positive);
  const verbs = terms.filter((t) => has(t, "Verb")).flatMap((t) => lemmaWords(t.text));
  const copula = terms.findIndex((t) => has(t, "Copula"));
  const complement = copula < 0 ? [] : terms.slice(copula + 1).flatMap((t) => lemmaWords(t.text));
  const marks = new Set(verbs.length > 0 ? verbs : complement);
  const needed = Math.max(2, Math.ceil(words.length * 0.6));
  return otherSentences.some((text) => {
    const there = new Set(lemmaWords(text));
    if ([...marks].some((v) => there.has(v))) return true;
    return verbs.length === 0 && words.filter((w) => there.has(w)).length >= Math.min(needed, words.length);
  });
}

// Words that doubt, deny or correct a claim: a sentence holding one, on the statement's point, unsettles the denial's key.
const DOUBTS = /\b(?:not|never|no|nor|neither|cannot|doubts?|doubted|disputed?|uncertain|unclear|unknown|myths?|legends?|legendary|may|might|perhaps|probably|possibly|whether|claims?|claimed|believed?|thought|actually|in fact|however|although|though|rather|instead|wrong(?:ly)?|false(?:ly)?|mistaken(?:ly)?|reportedly|supposedly|said to|according to)\b|n['’]t\b/i;
// Words that make the statement's own sentence say less than a fact: trim-statement's HEDGE ("Legend says …",
// "probably"), and words that doubt the point (", but some historians doubt this").
const DOUBTED = /\b(?:doubts?|doubted|disputed?|myths?|legendary|whether|supposedly|or so)\b/i;

// "served as the capital", "began as a small group", "was crowned as the king": an "as" that names a role or a first form
// after the verb, no "as" of reason or time ("as the river rose"), nor of comparison ("as tall as", "the same day as").
// (The "as" straight after the verb, or one adverb on: with a phrase between, "served in the Iron Age as the capital", the
// denial reads as denying the phrase, and "began on the same day as" is a comparison.)
const ROLE_AS = /\b((?:serve[sd]?|began|begins?|started|starts?|worked|works?|acted|acts?|chosen|elected|crowned|appointed|founded|established|trained|employed|hired)(?: [a-z]+ly)?) as (?=(?:a|an|the|[A-Z][a-z]+)\b)/g;
/** The text with each "as" of a role left out (it gives a denial no second reading). */
const withoutRoleAs = (text: string) => text.replace(ROLE_AS, "$1 ");

/** The text with the month "May" left out (it is no "may" of possibility): a capital May inside a sentence. */
const withoutMonth = (text: string) => text.replace(/(?<=\S\s+)May\b/g, "");

/**
 * The content words of a text by their root forms, so a denial's bare verb meets the statement's past ("did not close"
 * and "closed", "build" and "built") and a plural its singular.
 */
// The same sentences are read for every denial of an article (bounded).
const lemmas = boundedMemo<string[]>(4000);
function lemmaWords(text: string): string[] {
  // (The stop words go before the words are cut to their roots: a root may look like no stop word, "those" -> "thos".)
  return lemmas(text, () => text.split(/[^A-Za-z0-9]+/).filter((w) => contentWords(w).length > 0).map((w) => rootOf(w.toLowerCase())));
}

/** Whether a sentence doubts, denies or corrects something (only such a sentence can unsettle a denial). */
export function doubts(text: string): boolean {
  return DOUBTS.test(withoutMonth(text));
}

/**
 * Whether the article unsettles a denial of the statement: its own sentence hedges it, or another sentence on the same
 * point (most of the statement's words) doubts, denies or corrects it ("… although some say the fort was older",
 * "The mill did not in fact close that year"). There the key False may be wrong, or argued.
 */
export function unsettledByArticle(statement: string, sourceText: string, otherSentences: string[]): boolean {
  const words = [...new Set(lemmaWords(statement))];
  if (words.length === 0) return true;
  // The source's own hedge counts anywhere in the clause that holds the point, before it or after it (", but some
  // historians doubt this", ", according to a local legend"): only a clause after a semicolon is another claim
  // ("…; writers claimed the gold weighed tons" hedges the gold only).
  const source = withoutMonth(sourceText);
  const lower = source.toLowerCase();
  const reach = Math.max(0, ...statement.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2).map((w) => lower.lastIndexOf(w) + w.length));
  const semicolon = lower.indexOf(";", reach);
  const clause = source.slice(0, semicolon >= 0 ? semicolon : source.length);
  if (HEDGE.test(clause) || DOUBTED.test(clause)) return true;
  const needed = Math.max(3, Math.ceil(words.length * 0.6));
  return otherSentences.some((text) => {
    if (!doubts(text)) return false;
    const there = new Set(lemmaWords(text));
    return words.filter((w) => there.has(w)).length >= Math.min(needed, words.length);
  });
}

/**
 * The subject's first words as the tagger should have read them. A statement's subject never opens with its verb, so a
 * first word tagged as one is a noun ("Boats entered …", "Ferrymen rowed …": a plural) or a describing word ("Flooded
 * fields lay …"), or a name's first word ("Mount Hollin rises …"); and a past form between a determiner and a noun
 * describes it ("The besieged garrison surrendered"). Each only where a verb follows later for the subject to have.
 */
function subjectWordsAsNouns(terms: TaggedTerm[], start: number): TaggedTerm[] {
  const laterVerb = (i: number) => terms.slice(i + 1).some((t) => has(t, "Verb") && !has(t, "Particle"));
  return terms.map((t, i) => {
    if (!has(t, "Verb") || has(t, "Auxiliary") || has(t, "Copula") || !laterVerb(i)) return t;
    const next = terms[i + 1];
    if (i === start) {
      if (has(t, "PastTense") && (has(next, "Noun") || has(next, "Adjective")) && !has(next, "Verb")) return { ...t, tags: ["Adjective"] };
      if (has(t, "Infinitive") && has(next, "ProperNoun") && /^[A-Z]/.test(t.text)) return { ...t, tags: ["Noun", "Singular", "ProperNoun"] };
      if (has(t, "PresentTense") && /[^s]s$/.test(t.text) && has(next, "Verb")) return { ...t, tags: ["Noun", "Plural"] };
      return t;
    }
    if (i === start + 1 && has(terms[start], "Determiner") && has(t, "PastTense") && has(next, "Noun") && !has(next, "Verb")) return { ...t, tags: ["Adjective"] };
    return t;
  });
}

/**
 * "In 1904 Ilse moved to Lyon": a date opening with no comma after it ("In", "On" and the date's own words). The
 * subject starts after it, where a name or a determiner follows; otherwise at the first word.
 */
function datedOpening(terms: TaggedTerm[]): number {
  // (Not "By": "By 1900 the line did not reach the coast" reads as "had stopped reaching".)
  if (!/^(?:in|on)$/.test(word(terms[0]))) return 0;
  let i = 1;
  while (i < terms.length && (has(terms[i], "Date") || has(terms[i], "Value")) && !/,/.test(terms[i - 1]?.post ?? "")) i++;
  if (i === 1 || !terms.slice(1, i).some((t) => /^\d{3,4}$/.test(t.text))) return 0;
  return has(terms[i], "ProperNoun") || has(terms[i], "Determiner") ? i : 0;
}

function finish(terms: TaggedTerm[], verbAt: number, denied: string): Denial {
  const before = terms.slice(0, verbAt).map((t) => t.text + (t.post ?? " ")).join("");
  const after = terms.slice(verbAt + 1).map((t, i, all) => t.text + (i < all.length - 1 ? (t.post ?? " ") : "")).join("");
  const text = `${before}${denied}${terms[verbAt]!.post ?? " "}${after}`.replace(/\s+/g, " ").trim();
  return { text: /\.$/.test(text) ? text : `${text}.` };
}
