import { capitalise, choiceQuestion, sourceIn } from "./question-parts";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";

/**
 * What each symbol of a work stands for: "The broken bell stands for the town's lost pride." -> "What does the broken
 * bell stand for?", with what the article's other symbols stand for as options. A study guide names a work's symbols
 * (or an allegory's figures, "The fox represents the old king") one to a sentence, and the same-kind options are the
 * other meanings it gives: asked only where it gives three such pairs at least, each symbol and each meaning once.
 */

// "X stands for Y." as a whole sentence (an aside on X may sit between: "Salt, which kills the crops, stands for grief.").
const SYMBOL = /^(?:In (?:the|this) (?:novel|play|story|book|poem|tale|film),? )?((?:The|the|A|An) [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:, (?:which|who|whose) [^,;:"“”]{3,60},)? (stands for|represents|symboli[sz]es|is a symbol of) ([^,;:"“”()]{3,70})\.$/;
const ASKED: Record<string, string> = { "stands for": "stand for", represents: "represent", symbolises: "symbolise", symbolizes: "symbolize" };
// Words that point outside the sentence: the pair would not stand alone.
const POINTER = /\b(?:it|its|they|them|their|this|these|those|he|she|him|her|his|also|too|both|each|other)\b/i;

interface Pair {
  /** Fit to ask or offer: no word in it points outside the sentence ("The lark also stands for …", "It represents …"). */
  fit: boolean;
  sentenceIndex: number;
  symbol: string;
  verb: string;
  meaning: string;
  at: number;
}

function pairOf(sentence: Sentence, sentenceIndex: number, articleText: string): Pair | null {
  const m = SYMBOL.exec(sentence.text);
  if (!m) return null;
  const fit = !POINTER.test(m[1]!) && !POINTER.test(m[3]!);
  // (A common word capitalised only as the sentence's first, "Salt stands for …", is lower case inside the stem; a name is not.)
  const word = /^[A-Z][a-z]+$/.test(m[1]!) && new RegExp(`\\b${m[1]!.toLowerCase()}\\b`).test(articleText) ? m[1]!.toLowerCase() : m[1]!;
  // ("The lark also stands for …": the lark's second meaning, the same symbol as the lark's first.)
  const symbol = word.replace(/^(?:The|A|An) /, (w) => w.toLowerCase()).replace(/ (?:also|too|again)$/, "");
  // (The meaning runs to the sentence's closing stop.)
  return { fit, sentenceIndex, symbol, verb: m[2]!, meaning: m[3]!, at: m[0].length - 1 - m[3]!.length };
}

const bare = (text: string) => ` ${text.toLowerCase().replace(/^(?:the|a|an) /, "")} `;
const same = (a: string, b: string) => bare(a) === bare(b);
// One meaning held in the other ("lost freedom", "lost freedom in the last chapter"): a student may take either for both.
const overlap = (a: string, b: string) => bare(a).includes(bare(b)) || bare(b).includes(bare(a));
// "It also stands for …", "This represents …": the sentence before's symbol, told a second meaning.
const PRONOUN = /^(?:it|this|that|they|these|those)$/i;

/** One "What does <symbol> stand for?" on each symbol a work's article explains, among the other symbols' meanings. */
export function makeSymbolQuestions(sentences: Sentence[], articleText: string, random: () => number): { question: GeneratedQuestion; sentenceIndex: number }[] {
  const told = sentences.map((s, i) => pairOf(s, i, articleText)).filter((p): p is Pair => p !== null);
  for (const p of told) {
    const before = told.find((o) => o.sentenceIndex === p.sentenceIndex - 1);
    if (PRONOUN.test(p.symbol.replace(/ .*$/, "")) && before) p.symbol = before.symbol;
  }
  // (Each symbol and each meaning once, counting the pairs too loose to ask: "the sea" told as two things, or two symbols
  // of one meaning, has two right answers.)
  const once = told.filter((p) => p.fit && told.filter((o) => same(o.symbol, p.symbol) || overlap(o.meaning, p.meaning)).length === 1);
  if (once.length < 3) return [];
  return once.map((p) => {
    const stem = p.verb === "is a symbol of" ? `What is ${p.symbol} a symbol of?` : `What does ${p.symbol} ${ASKED[p.verb]}?`;
    const others = shuffle(once.filter((o) => o !== p), random).slice(0, 3).map((o) => capitalise(o.meaning));
    const key = capitalise(p.meaning);
    const { options, answerKey } = choiceQuestion(key, others, random);
    const sentence = sentences[p.sentenceIndex]!;
    const start = sentence.start + p.at;
    return {
      sentenceIndex: p.sentenceIndex,
      question: {
        type: "MULTIPLE_CHOICE",
        prompt: stem,
        options,
        answerKey,
        answerText: key,
        source: sourceIn(sentence, { start, end: start + p.meaning.length }),
        spanType: "TERM",
        keyKind: "definition",
        score: 1,
        confidence: 0.78,
      },
    };
  });
}
