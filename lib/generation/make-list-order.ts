import type { TermList } from "./find-lists";
import { kindOf } from "./make-function-questions";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";
import { sourceIn } from "./question-parts";

/**
 * A list the article states in an order it names ("The layers, from the
 * bottom to the top, are a, b, c and d.", "… a, b and c, in that order.")
 * becomes an ordering question in that order. A list with no stated order is
 * never ordered: the order it is written in may mean nothing.
 */

const ENDS = "bottom|lowest|top|highest|inside|innermost|outside|outermost|surface|centre|center|core|smallest|largest|youngest|oldest|shallowest|deepest|first|last|north|south|east|west|left|right|front|back|start|beginning|end";
const FROM_TO = new RegExp(`\\bfrom (?:the )?(${ENDS})(?: up| down| out| in)? to (?:the )?(${ENDS})\\b`, "i");
const IN_ORDER = /\bin (?:that|this) order\b|\bin order(?:,|:)/i;

export function makeListOrderQuestions(sentences: Sentence[], lists: TermList[], random: () => number, maxItems = 4): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const list of lists) {
    const sentence = sentences[list.sentenceIndex]!;
    const range = FROM_TO.exec(sentence.text);
    if ((!range && !IN_ORDER.test(sentence.text)) || list.items.length < 3) continue;
    // "from bottom to top" must go somewhere: both ends the same is no order.
    if (range && range[1]!.toLowerCase() === range[2]!.toLowerCase()) continue;
    const kind = kindOf(list.lead);
    const how = range ? `, from ${range[1]!.toLowerCase()} to ${range[2]!.toLowerCase()}` : "";
    const items = list.items.length <= maxItems ? list.items.map((i) => i.text) : list.items.slice(0, maxItems).map((i) => i.text);
    const ids = items.map((_, i) => `s${i + 1}`);
    let shown = shuffle(ids, random);
    if (shown.join() === ids.join()) shown = [...ids].reverse();
    const textOf = new Map(items.map((t, i) => [ids[i]!, t]));
    out.push({
      type: "ORDERING",
      prompt: `Put these ${kind}s in the order the article gives them${how}.`,
      options: shown.map((id) => ({ id, text: textOf.get(id)! })),
      answerKey: { kind: "order", itemIds: ids },
      answerText: items.join(" → "),
      source: sourceIn(sentence, { start: list.items[0]!.start, end: list.items.at(-1)!.end }),
      sources: [{ sentence: sentence.text, start: sentence.start, end: sentence.end }],
      spanType: "TERM",
      keyKind: "step",
      score: 1,
      confidence: 0.74,
    });
  }
  return out;
}
