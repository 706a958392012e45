import type { TermList } from "./find-lists";
import { escapeRegExp } from "./find-spans";
import { categoryOf } from "./make-category-questions";
import { shuffle } from "./random";
import type { GeneratedQuestion, Sentence } from "./types";
import { capitalise, multipleChoiceQuestion, sourceIn } from "./question-parts";
import { tagged, type TaggedTerm } from "./question-stems";
import { verbsAs } from "./verb-forms";

/**
 * Superlatives among the members of a list: "There were three forms of the
 * fever: a, b and c. … the b form was the most common …" becomes "Which of the
 * forms of the fever was the most common?" with the listed members as options.
 * Only a member followed (with or without the kind's word) by "is/was the most
 * …" or "the …est" in its own clause: the article says which one, and no
 * other member can be the most of the same thing.
 */
// Every pattern below needs "the most/least …" or "the …est": a sentence without either is skipped at once.
const SUPERLATIVE = /\bthe (?:most|least) |\bthe [a-z]{3,}est\b/i;

export function makeSuperlativeQuestions(sentences: Sentence[], lists: TermList[], random: () => number): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  // Which sentences compare at all, read once for all the lists.
  const comparing = sentences.map((s) => SUPERLATIVE.test(s.text));
  for (const list of lists) {
    if (list.items.length < 3 || list.items.some((i) => /^[A-Z]/.test(i.text))) continue;
    const category = categoryOf(list.lead);
    // "the forms of the fever" -> "form": the member may be named with its kind word ("the bubonic form").
    const kindWord = category ? /^the (?:[a-z]+ )?([a-z]+?)s\b/.exec(category)?.[1] : undefined;
    // Compiled once per list, not once per sentence: a long article has many lists and many sentences.
    const patterns = list.items.map(
      (item) =>
        new RegExp(
          `(?:^|, |\\bof these, )(?:the |The )?(${escapeRegExp(item.text)})${kindWord ? `(?: ${kindWord})?` : ""} (is|was|are|were) (the (?:most|least) [a-z]{3,}|the [a-z]{3,}est)((?: [a-z]+)?(?: of (?:the |a |an )?[a-z]+(?: [a-z]+)?)?)(?=[,.;]| and\\b)`,
          "i",
        ),
    );
    const named = list.items.map((o) => new RegExp(`\\b${escapeRegExp(o.text)}\\b`, "i"));
    sentences.forEach((sentence, i) => {
      if (i === list.sentenceIndex || !comparing[i]) return;
      for (const [k, item] of list.items.entries()) {
        const m = patterns[k]!.exec(sentence.text);
        if (!m) continue;
        // Another member named in the sentence might be the one compared with: the parse is not sure.
        if (list.items.some((o, j) => o !== item && named[j]!.test(sentence.text))) continue;
        const [, , verb, superlative, rest] = m as unknown as [string, string, string, string, string];
        const prompt = `Which of ${category ?? "these"} ${verb.toLowerCase()} ${superlative}${rest}?`;
        const others = shuffle(
          list.items.filter((o) => o !== item),
          random,
        )
          .slice(0, 3)
          .map((o) => o.text);
        const start = sentence.start + m.index + m[0].indexOf(m[1]!);
        const source = sourceIn(sentence, { start, end: start + item.text.length });
        // The kind named by the list's lead makes the stem stand alone; "these" leans on the options.
        out.push(multipleChoiceQuestion({ prompt, key: item.text, others, source, keyKind: "comparison", confidence: category ? 0.8 : 0.66 }, random));
      }
    });
  }
  return out;
}

/**
 * Two or three things the article weighs against each other with "than", asked which one: "It takes more effort to pull a
 * loaded sledge than an empty one" -> "Which takes more effort to pull?" (A loaded sledge / An empty sledge / Both take the
 * same effort); "(Far) more rain reaches the hills than reaches the plain or the coast" -> "Which of these does far more rain
 * reach than the other two?" (the three as options). The options are the sentence's own things, so none other can be the one.
 */
const TAKES_MORE = /^It takes (more|less) ([a-z]+) to ([a-z]+) ((?:a|an|the) [a-z]+ ([a-z]+)) than ((?:a|an|the) [a-z]+ (?:one|[a-z]+))\.$/;
const REACHES_MORE = /^((?:Far|Much) (?:more|less)|More|Less) ([a-z]+) ([a-z]+s) (the [a-z]+(?: [a-z]+)?) than (?:([a-z]+s) )?(the [a-z]+(?: [a-z]+)?),? (?:or|and) (the [a-z]+(?: [a-z]+)?)\.$/;
// A word after a thing that tells when or where, not which thing ("the marsh today").
const AFTER_THING = /^(?:here|there|now|today|then|too|also|again|alone|instead|still|yet|nowadays)$/;

/**
 * "the valley floor" is one thing; "the marsh today" is "the marsh" with a word of time after it, cut from the option.
 * Null when neither word is read as a noun.
 */
function upToNoun(thing: string, terms: TaggedTerm[]): string | null {
  const [the, first, second] = thing.split(" ");
  if (!second) return thing;
  const at = terms.findIndex((t, i) => t.text.toLowerCase() === first && terms[i + 1]?.text.toLowerCase() === second);
  if (at < 0) return null;
  const tagsOf = (i: number) => terms[i]?.tags ?? [];
  const secondTags = tagsOf(at + 1);
  if (secondTags.includes("Noun") && !secondTags.includes("Date") && !AFTER_THING.test(second)) return thing;
  return tagsOf(at).includes("Noun") ? `${the} ${first}` : null;
}

export function makeThanQuestions(sentences: Sentence[], random: () => number): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  const ask = (sentence: Sentence, prompt: string, key: string, others: string[], keyWords: string) => {
    const at = sentence.text.indexOf(keyWords);
    if (at < 0) return;
    const start = sentence.start + at;
    const source = sourceIn(sentence, { start, end: start + keyWords.length });
    out.push(multipleChoiceQuestion({ prompt, key: capitalise(key), others: others.map(capitalise), source, keyKind: "comparison", confidence: 0.72 }, random));
  };
  for (const sentence of sentences) {
    if (!/ than /.test(sentence.text)) continue;
    const takes = TAKES_MORE.exec(sentence.text);
    if (takes) {
      const [, more, noun, verb, key, head, other] = takes as unknown as string[];
      // "a light one" is "a light object" as an option of its own. The other side must be the same kind of thing: "a
      // loaded sledge than a strong horse" sets a sledge beside a horse (which may be what pulls), not two sledges.
      const turned = other!.replace(/ one$/, ` ${head}`);
      if (turned === key || !turned.endsWith(` ${head}`)) continue;
      ask(sentence, `Which takes ${more} ${noun} to ${verb}?`, key!, [turned, `Both take the same ${noun}`], key!);
      continue;
    }
    const reaches = REACHES_MORE.exec(sentence.text);
    if (!reaches) continue;
    const [, more, noun, verb, , again] = reaches as unknown as (string | undefined)[];
    if (again && again !== verb) continue;
    const terms = tagged(sentence.text);
    const [key, second, third] = [reaches[4]!, reaches[6]!, reaches[7]!].map((thing) => upToNoun(thing, terms));
    if (!key || !second || !third) continue;
    const base = verbsAs(`it ${verb}`, "infinitive");
    if (!/^[a-z]+$/.test(base) || base === verb || new Set([key, second, third]).size < 3) continue;
    ask(sentence, `Which of these does ${more!.toLowerCase()} ${noun} ${base} than the other two?`, key, [second, third], key);
  }
  return out;
}
