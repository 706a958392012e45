import { eraYears } from "./check-framing-eras";
import { namesTitle, titleStems } from "./title-words";

/**
 * A century keyed where it is not the sentence's point ("The mill, which the monks had rebuilt in the _____, was sold in
 * 1602", "Like many mills of the _____, it used a wooden wheel", "… dates from the _____ and has a thatched roof"): the
 * stem still prints what the sentence says, and only its era is asked. Judges on unseen articles failed such blanks as
 * trivia. The century stays the point where it dates the main clause's own event and nothing follows it ("Gunpowder
 * reached Europe in the 13th century."), and where it dates the making of the article's own subject ("Built in the 12th
 * century, Vardzia is …", "The mill of Harlow was built in the 13th century, and …"), unless another date follows.
 * (Framing eras that open or close a sentence, or sit between commas, are read in check-framing-eras.)
 */

/** "12th century", "the 1800s", "12th century BC": an era of a hundred years (eraYears reads a decade too). */
function isCenturyKey(key: string): boolean {
  const era = eraYears(key);
  return era !== null && era.to - era.from >= 99;
}

// A verb whose event the era dates, right before it: "was built in the", "reached Europe during the late", "dates from the".
const DATED_BEFORE =
  /\b(?:[a-z]{3,}ed|built|begun|began|made|written|won|fought|laid|set|struck|sold|taken|given|drawn|dug|rose|grew|spread|came|became|reached|arrived|appeared|emerged|flourished|lived|ruled|reigned|wrote|took|brought|carved|founded|(?:date|dates|dated|dating|go|goes|went|going)(?: back)?)(?: [\w'’-]+){0,4}? (?:in|during|around|about|from|to) (?:the )?(?:early |mid-|middle |late )?$/;
// Of the making of a thing: the date the article's subject came to be.
const MADE_BEFORE =
  /\b(?:built|rebuilt|begun|began|started|founded|established|erected|constructed|carved|dug|raised|completed|finished|made|written|composed|painted|settled|laid out|(?:date|dates|dated|dating|go|goes|went)(?: back)?)(?: [a-z]+ly)? (?:in|during|around|about|from|to) (?:the )?(?:early |mid-|middle |late )?$/i;
// The era describes a noun or bounds a state: "mills of the _____", "since the _____", "like those of the _____".
const MODIFIER_BEFORE = /\b(?:of|since|until|till|through|throughout|by|like|unlike|for) (?:the )?(?:early |mid-|middle |late )?$/;
// A clause set off by a comma that is not the sentence's main one ("…, which the monks had rebuilt in the _____").
const SUBORDINATE = /^\s*(?:which|who|whom|whose|where|when|while|although|though|after|before|as|once|having|because|since|until)\b/i;
// After the era, the sentence goes on to another point: a second clause or predicate, or a second date.
const MORE_AFTER = /^(?:\s*(?:BCE?|AD|CE)\b)?\s*(?:[,;:]\s*\S|(?:and|but|while|when|where|so) \S)/;
// (A date, not a count: "in 1602", "on 4 May 1602", "the 15th century"; "holds 600 rooms" is none.)
const DATE_AFTER = /\b(?:in|on|by|until|till|from|since|after|before) (?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{3,4}\b(?! ?[a-z])|\b\d{1,2}(?:st|nd|rd|th)[\s-]century\b/;

// Words for a site that stand for the one the article is about ("the bridge" may be another than the title's mill).
const THE_SITE = /^(?:It|(?:the|this) (?:site|monument|ruins|complex))\b/i;

/** The words name the article's subject, or stand for the site it is about (an empty title cannot tell: they do). */
function aboutTheSubject(words: string, title: string): boolean {
  const stems = titleStems(title);
  return stems.size === 0 || THE_SITE.test(words) || namesTitle(words, stems);
}

// An opening participle of making, with its date right after it: "Built in the _____, Vardzia is …" ("Then the chapel was
// built …", "Often …", "First …" end in the same letters and open no such phrase).
const OPENING_PARTICIPLE = /^[A-Z][a-z]+(?:ed|en|t) (?:in|during|around|about|from|by|after|before|on|at)\b/;
// Between the subject and the verb of making: "was", "had been", "first", "originally".
const AUX_TAIL = /(?:\s+(?:was|were|is|are|be|been|being|has|had|have|first|originally|later|then|also|[a-z]+ly))+\s*$/;
const RELATIVE_TAIL = /,?\s*(?:which|that|who)\s*$/i;
const OPENS_PHRASE = /^(?:in|on|at|by|during|after|before|from|under|with|near|beside|like|for)\b/i;
// A phrase after the head noun says where or whose it is ("The bakery beside the mill", "The town of Harlow"): the head
// alone is the subject.
const AFTER_HEAD = /\s+(?:of|beside|near|by|at|in|on|behind|across|above|below|next to|opposite|outside|inside|within|from|with|that|which|who|is|was)\b.*$/s;

/**
 * The head of a clause's subject: the words before its verb, in the last comma-part that is no opening phrase, with a
 * possessive before the head ("Harlow's first bakery") and any phrase after it taken off. Matching the title against the
 * whole text before the blank took "The bakery beside the mill" for the mill.
 */
function subjectHead(words: string): string {
  const clause = words.replace(AUX_TAIL, "").replace(RELATIVE_TAIL, "");
  const parts = clause.split(",").map((p) => p.trim()).filter(Boolean);
  const part = [...parts].reverse().find((p) => !OPENS_PHRASE.test(p)) ?? parts[parts.length - 1] ?? "";
  return part.replace(/^(?:(?:the|a|an) )?(?:\S+['’]s\s+)+/i, "").replace(AFTER_HEAD, "");
}

/** The era asked sits beside the sentence's point rather than making it (see above). */
export function centuryBesideThePoint(sentence: string, start: number, end: number, key: string, title: string): boolean {
  if (!isCenturyKey(key)) return false;
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  // The making of the article's own subject, told anywhere in the sentence: its date is a main fact of the article.
  // ("Built in the _____, Vardzia is …": after an opening participle, the subject follows the comma.)
  // ("Work on the monument began in the _____": the work's subject is the monument.)
  const made = MADE_BEFORE.exec(before);
  if (made && !DATE_AFTER.test(after)) {
    const opening = OPENING_PARTICIPLE.test(before) ? (after.split(",")[1] ?? "").trim().split(/\s+/).slice(0, 5).join(" ") : "";
    const subject = subjectHead(opening || before.slice(0, made.index).replace(/^(?:Building|Construction|Work|Carving|Digging)(?: work)? (?:on|of) /, ""));
    if (aboutTheSubject(subject, title)) return false;
  }
  const comma = before.lastIndexOf(",");
  if (comma >= 0 && SUBORDINATE.test(before.slice(comma + 1))) return true;
  if (MODIFIER_BEFORE.test(before) || !DATED_BEFORE.test(before)) return true;
  return MORE_AFTER.test(after);
}
