import { dangles } from "./question-stems";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";
import { capitalise, choiceQuestion, sourceOfSpan } from "./question-parts";

/**
 * Which of the article's numbered concepts an example illustrates: an article
 * that names three or more "first/second/third <law|stage|…>" and gives an
 * example ("for example", "for instance") in a paragraph naming exactly one of
 * them asks "Which law does this example illustrate?" with the others as options.
 */

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"];
const CONCEPT = /\b(first|second|third|fourth|fifth|sixth) (law|stage|principle|rule|step|phase|type|kind|level|amendment|branch|class|condition)\b/gi;
// The same, without the global flag, for a yes/no test (a global test would carry lastIndex to the next sentence).
const NAMES_CONCEPT = new RegExp(CONCEPT.source, "i");
const EXAMPLE = /(?:,\s*(?:for example|for instance|e\.g\.),|^(?:For example|For instance),\s*)/;

function paragraphOf(text: string, sentences: Sentence[], i: number): Sentence[] {
  const inPara = (a: Sentence, b: Sentence) => a.section === b.section && !/\n\s*\n/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
  let from = i;
  while (from > 0 && inPara(sentences[from - 1]!, sentences[i]!)) from--;
  let to = i;
  while (to < sentences.length - 1 && inPara(sentences[to + 1]!, sentences[i]!)) to++;
  return sentences.slice(from, to + 1);
}

export function makeExampleQuestions(sentences: Sentence[], text: string, random: () => number): GeneratedQuestion[] {
  const byNoun = new Map<string, Set<string>>();
  for (const m of text.matchAll(CONCEPT)) {
    const noun = m[2]!.toLowerCase();
    if (!byNoun.has(noun)) byNoun.set(noun, new Set());
    byNoun.get(noun)!.add(m[1]!.toLowerCase());
  }
  const out: GeneratedQuestion[] = [];
  for (const [noun, ordinals] of byNoun) {
    if (ordinals.size < 3) continue;
    const concepts = ORDINALS.filter((o) => ordinals.has(o)).map((o) => `the ${o} ${noun}`);
    sentences.forEach((sentence, i) => {
      const marker = EXAMPLE.exec(sentence.text);
      if (!marker) return;
      // The paragraph's concept: the one numbered concept it names (in the example's sentence or before it).
      const named = new Set(
        paragraphOf(text, sentences, i)
          .filter((s) => s.start <= sentence.start)
          .flatMap((s) => [...s.text.matchAll(CONCEPT)].filter((m) => m[2]!.toLowerCase() === noun).map((m) => `the ${m[1]!.toLowerCase()} ${noun}`)),
      );
      if (named.size !== 1) return;
      const key = [...named][0]!;
      let example = sentence.text.replace(EXAMPLE, "");
      example = capitalise(example);
      if (dangles(example) || NAMES_CONCEPT.test(example) || example.split(/\s+/).length < 5) return;
      const others = shuffle(
        concepts.filter((c) => c !== key),
        random,
      ).slice(0, 3);
      const { options, answerKey } = choiceQuestion(key, others, random);
      out.push({
        type: "MULTIPLE_CHOICE",
        prompt: `“${example}” Which ${noun} does this example illustrate?`,
        options,
        answerKey,
        answerText: key,
        source: sourceOfSpan(sentence),
        spanType: "TERM",
        keyKind: "example",
        score: 1,
        confidence: 0.74,
      });
    });
  }
  return out;
}
