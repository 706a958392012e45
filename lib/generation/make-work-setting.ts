import type { DistractorContext } from "./distractors";
import { makeFillBlank, makeMultipleChoice } from "./make-cloze";
import { followsWork, namesOtherWork, workNamed } from "./make-work-statements";
import type { GeneratedQuestion, Sentence, Span, SpanType } from "./types";

/**
 * Where and when a retold work is set ("It is set in the 1840s on a whaling island …"). A study guide says it in the
 * opening paragraph, right after a sentence that names the work, its author and the year it came out; the "it" then
 * reads as the work to any student, but the sentence before names other things too (the author's country, the year),
 * so no general rule may write the work in for it. "Is set in" is said only of a story, though: in an article whose
 * title and first sentence name the work, its "It is set in …" is the work. Asked as the other blanks are (the place or
 * the time typed, or among options), with the work's name in the stem; no other maker's reading of the sentence changes.
 */

// "It is set in …", "It was set among …", "It takes place in …": the work's setting, said of "it".
const SET_IN = /^It (?:is|was) set (?:in|among|on|at|during)\b|^It takes place (?:in|among|on|at|during)\b/;
// The setting's own kinds: a place, or a time.
const SETTING_TYPES = new Set<SpanType>(["COUNTRY", "CITY", "PLACE", "DECADE", "CENTURY", "YEAR"]);
const TIME_TYPES = new Set<SpanType>(["DECADE", "CENTURY", "YEAR"]);

/** The blanks of a story article's "It is set in …" sentence, with the work named for its "It". */
export function makeWorkSetting(sentences: Sentence[], spansBySentence: Span[][], title: string, ctx: DistractorContext, random: () => number, articleText: string): { question: GeneratedQuestion; sentenceIndex: number; weight: number }[] {
  const work = workNamed(title, sentences[0]?.text);
  if (!work) return [];
  const out: { question: GeneratedQuestion; sentenceIndex: number; weight: number }[] = [];
  sentences.forEach((sentence, i) => {
    // (A sentence whose "It" some rule already wrote out is asked by every maker as it is.)
    if (i === 0 || sentence.subject || !SET_IN.test(sentence.text)) return;
    // After a sentence on something else ("Her mother grew up in a port town."), "It is set in Wales" may be that
    // place's; but only a story is set in a time, so a decade or a year is still the work's, unless another work was
    // just named (a film, a sequel), whose setting it may be.
    const afterWork = followsWork(sentences, i, title);
    if (!afterWork && namesOtherWork(sentences[i - 1]!.text)) return;
    // Only the setting's own words: up to its first comma (what follows is a scene or an aside, not where or when).
    const comma = sentence.text.indexOf(", ");
    const end = sentence.start + (comma < 0 ? sentence.text.length : comma);
    const named: Sentence = { ...sentence, subject: work, opener: "It" };
    for (const span of spansBySentence[i] ?? []) {
      if (!SETTING_TYPES.has(span.type) || span.end > end || span.typedOnly || (!afterWork && !TIME_TYPES.has(span.type))) continue;
      out.push(...[makeMultipleChoice(named, span, ctx, random, 1), makeFillBlank(named, span, 1, articleText)].filter((q): q is GeneratedQuestion => q !== null).map((question) => ({ question, sentenceIndex: i, weight: question.type === "FILL_BLANK" ? 0.9 : 1 })));
    }
  });
  return out;
}
