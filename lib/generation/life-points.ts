import { PART_WITHOUT_WHOLE, pointsOutside } from "./check-stems";
import { escapeRegExp } from "./find-spans";
import { grantedClaim } from "./granted-claims";
import { CLOSE_KIN, GRANDCHILDREN, GRANDPARENTS, HALF_SIBLINGS, kinAlternation, NEPHEWS_AND_COUSINS, SPOUSES, STEPCHILDREN, STEPPARENTS } from "./kin-words";
import { listCutShort } from "./list-cut-short";
import { vagueness } from "./make-cloze";
import { negateStatement, unsettledByArticle, vagueObject } from "./negate-statement";
import { capitalise, sourceIn, statementQuestion } from "./question-parts";
import { dropsCondition, evaluativeClaim, leansOnSentenceBefore } from "./statement-claims";
import { trimClause } from "./trim-statement";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * What stood in the way of the person an article's life is about (barred as a woman, refused for the colour of their skin,
 * born poor, unable to walk, blind, in debt, in exile), stated true and denied. Judges listed the obstacle as a main idea of
 * nearly every biography, and it was left unasked most often of all a life's ideas after its deeds: the sentence rarely
 * holds a name or a date to blank, it is seldom among the most central sentences that get a main statement, and its point
 * is often in a clause after the first ("…, and within a year she had lost her sight"). Each clause that tells the obstacle is
 * cut and read by the same rules as a main statement, so a pronoun is written out only where the sentence's "he" or "she"
 * surely means the person (resolve-person-pronouns), and nothing is made when unsure.
 */

// What held the person back, or what they suffered, in the words biographies use.
const OBSTACLE =
  /\b(?:(?:was|were) not (?:allowed|permitted|admitted|invited)|(?:was|were) (?:barred|banned|excluded|refused|rejected|forbidden|turned down|mocked|shunned)|(?:was|were) (?:rarely|never|seldom) (?:given credit|credited|accepted|paid)|treated as an outsider|because (?:he|she) was (?:a woman|a girl|black|poor|blind|deaf|a slave|a foreigner|disabled)|(?:faced|suffered|endured) (?:racial |open )?(?:discrimination|prejudice|racism|poverty|hardship)|could not (?:walk|see|hear|speak|afford)|(?:was|became) (?:completely |almost |totally |nearly )?(?:blind|deaf|paralysed|paralyzed|bankrupt)|(?:lived|grew up) in poverty|(?:left|died|was|were) (?:deeply |heavily )?in debt|(?:spent|lived) [a-z ]{0,20}in exile|(?:family|parents) (?:was|were) (?:very )?poor|had (?:almost |very )?(?:no|little) (?:formal )?(?:training|schooling|education)|never (?:went to school|completed|finished|attended)|lost (?:his|her) (?:scholarship|sight|hearing))\b/i;
// "There, although …, he …": a pointing place word before a concession that opens the clause.
const THERE_BEFORE_CONCESSION = /^There, (?=(?:although|though|even though)\b)/;
// Someone of the person's life named by their tie to them ("her mother", "his rival"): their hardship is not the person's.
const OTHER_PERSON = new RegExp(`\\b(?:${kinAlternation(CLOSE_KIN, SPOUSES, GRANDPARENTS, GRANDCHILDREN, HALF_SIBLINGS, NEPHEWS_AND_COUSINS, STEPCHILDREN, STEPPARENTS)}|friend|rival|teacher|mentor|master|partner|pupil|colleague|patron|employer)s?\\b`, "i");
// A subject that is someone of the person's: "Ada Vell's friend …", "his elder brother …".
const RELATIVE_SUBJECT = new RegExp(`(?:['’]s|\\b(?:his|her)) (?:[a-z-]+ )?${OTHER_PERSON.source}`, "i");
// A name inside an "of" phrase ("poets of Ada Vell's rank"): not the subject.
const OF_NAME = /\bof (?:[A-Z][\w'’-]*(?:\s|$))+/g;
// A clause whose subject is only "he" or "she".
const PRONOUN_SUBJECT = /^(?:he|she)\b/i;
// A clause's edge inside the sentence: a joining word after a comma, a concession after one ("…, even though he had no
// training"), or a semicolon.
const CLAUSE_EDGE = /,\s(?:and|but|so|yet|even though|although|though)\s|;\s/g;
/** How a true statement of the obstacle ranks against a main statement of the same sentence's rank. */
const TRUE_WEIGHT = 1.0;
const FALSE_WEIGHT = 0.95;
const CONFIDENCE = 0.72;

export interface LifeStatement {
  question: GeneratedQuestion;
  sentenceIndex: number;
  weight: number;
}

/** Whether a sentence or statement tells what held the person back. */
export function tellsObstacle(text: string): boolean {
  return OBSTACLE.test(text);
}

/** The sentence's clauses, each from its start or a joining word to the next edge (the first keeps its opening phrase), with where each starts. */
function clausesOf(text: string): { clause: string; at: number }[] {
  const body = text.replace(/[.!?]$/, "");
  // (An edge after a word or two is an opening's, "There, although …": no clause stands before it.)
  const edges = [...body.matchAll(CLAUSE_EDGE)].map((m) => ({ at: m.index, after: m.index + m[0].length })).filter((e) => body.slice(0, e.at).split(/\s+/).length >= 3);
  const starts = [0, ...edges.map((e) => e.after)];
  const ends = [...edges.map((e) => e.at), body.length];
  return starts.map((s, i) => ({ clause: body.slice(s, ends[i]).trim(), at: s }));
}

/** True statements of the obstacles a life's sentences tell, and their denials, about the article's title person only. */
export function makeLifeStatements(sentences: Sentence[], title: string): LifeStatement[] {
  const out: LifeStatement[] = [];
  sentences.forEach((sentence, index) => {
    const person = sentence.titlePerson;
    // (One sentence's obstacle per life, the first told: a second is most often the same hardship said again, "had no
    // training" and "never took a degree", and two statements of it crowded out another main idea.)
    if (!person || out.length > 0 || !OBSTACLE.test(sentence.text)) return;
    const nameWords = person.name.split(/\s+/).filter((w) => w.length > 2);
    if (nameWords.length === 0) return;
    // (One pattern per sentence that tells an obstacle, not one per name word and clause.)
    const nameWord = new RegExp(`(?<![\\w'’-])(?:${nameWords.map(escapeRegExp).join("|")})(?![\\w-])`);
    const others = sentences.filter((s) => s !== sentence).map((s) => s.text);
    for (const { clause, at } of clausesOf(sentence.text)) {
      if (!OBSTACLE.test(clause)) continue;
      // ("Her mother kept the shop alone, and she was deeply in debt": a later clause's "he" or "she" may well be the one
      // named before it in the same sentence, which the clause cut alone no longer shows; unsure, so nothing is made.)
      if (at > 0 && PRONOUN_SUBJECT.test(clause) && OTHER_PERSON.test(sentence.text.slice(0, at))) continue;
      // ("There, though she led her class, she was barred …": the place word points to the sentence before; the concession after it
      // is cut as any opening is, and the obstacle itself holds wherever it was.)
      const own = clause.replace(THERE_BEFORE_CONCESSION, "");
      // (A reason after it that names the person again, "… because he was …", is refused by the pronoun rules: the obstacle is then
      // stated without its reason, which stays true.)
      const trim = (clauseText: string) => trimClause(sentence, `${capitalise(clauseText)}.`, undefined, undefined, { keepHedge: true });
      const reason = own.search(/ because (?:he|she)\b/);
      const trimmed = trim(own) ?? (reason > 0 ? trim(own.slice(0, reason)) : null);
      if (!trimmed || trimmed.attributed || !trimmed.cut || !OBSTACLE.test(trimmed.text)) continue;
      const text = trimmed.text;
      // About the person, named (never a sibling's or a rival's hardship told beside theirs), before the obstacle and not inside
      // a group's phrase: "Women were barred from the guild of Ada Vell's town" and "Poets of Ada Vell's rank were barred" tell
      // a group's bar, with the person's name in it only through a possessive.
      const before = text.slice(0, OBSTACLE.exec(text)?.index ?? 0).replace(OF_NAME, " ");
      // The obstacle's subject (the words before it, after the last opening phrase) is the person: named, or their own "he" or
      // "she" after an opening that names them. ("Under Ada Vell's rule, beggars were banned" is a bar the person laid on others.)
      const subject = before.split(/,\s/).pop()!;
      if (!nameWord.test(subject) && !(subject.trim().toLowerCase() === person.pronoun && nameWord.test(before))) continue;
      // ("Ada Vell's friend Greta Lind was barred", "Ada Vell's wife was in debt": the subject is another person of theirs.)
      if (RELATIVE_SUBJECT.test(subject)) continue;
      if (grantedClaim(text, sentence.text, title) || vagueness(text) < 1 || pointsOutside(text, title) || listCutShort(text, sentence.text) || PART_WITHOUT_WHOLE.test(text)) continue;
      if (evaluativeClaim(text) || vagueObject(text) || leansOnSentenceBefore(text, sentence.text) || dropsCondition(text, sentence.text)) continue;
      const source = sourceIn(sentence, { start: sentence.start, end: sentence.end });
      const point = `${index}:${text}`;
      out.push({ sentenceIndex: index, weight: TRUE_WEIGHT, question: { ...statementQuestion({ statement: text, isTrue: true, source, keyKind: "statement", confidence: CONFIDENCE }), mainPoint: true, point } });
      const denied = negateStatement(text);
      if (denied && !unsettledByArticle(text, sentence.text, others)) {
        out.push({ sentenceIndex: index, weight: FALSE_WEIGHT, question: { ...statementQuestion({ statement: denied, isTrue: false, source, keyKind: "statement", confidence: CONFIDENCE }), mainPoint: true, point } });
      }
      break;
    }
  });
  return out;
}
