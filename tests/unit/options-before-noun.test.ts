import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { findLists } from "@/lib/generation/find-lists";
import { fillsBeforeNoun, nounAfterBlank } from "@/lib/generation/kind-of-defined-term";
import { findMemberMentions, headClosingPhrase, makeListQuestion, makeTypedListQuestion } from "@/lib/generation/make-term-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import type { Span } from "@/lib/generation/types";

// Invented: a reactor whose key terms are particles, beside a substance of another kind.
const reactor =
  "The Vell Reactor\n\nIn the reactor, zorbium ions drift to the copper plate. Pelmic ions drift the other way. " +
  "Quarnite is an ion that carries two charges. The ions are much too tiny to observe. The cloudy liquid left behind is called brine mud.";

function term(text: string): Span {
  return { type: "TERM", text, start: 0, end: text.length };
}

describe("options for a blank that modifies a noun ('_____ ions')", () => {
  it("reads the noun after the blank only where the article uses it as a noun", () => {
    expect(nounAfterBlank("In the reactor, _____ ions drift to the copper plate.", reactor)).toBe("ions");
    expect(nounAfterBlank("In the reactor, _____ drift to the copper plate.", reactor)).toBeNull();
  });

  it("offers the terms the article writes before the noun or makes of its kind, never a substance of another kind", () => {
    const ctx = { articleTexts: indexArticleTexts(["zorbium", "brine mud", "pelmic", "quarnite"].map(term)), year: null, articleText: reactor };
    const options = pickDistractors(term("zorbium"), "In the reactor, _____ ions drift to the copper plate.", ctx, 3);
    expect(options).toEqual(["pelmic", "quarnite"]);
    // The same term stands where no noun follows the blank.
    expect(pickDistractors(term("zorbium"), "The plate draws in _____ all day.", ctx, 3)).toContain("brine mud");
  });

  it("refuses an option that ends on the noun itself, and keeps one the gazetteer vouches for", () => {
    expect(fillsBeforeNoun("pelmic ions", "zorbium", "ions", reactor, false)).toBe(false);
    expect(fillsBeforeNoun("brine mud", "zorbium", "ions", reactor, true)).toBe(true);
  });
});

// Invented: a list of samples, one of which a later sentence names before a noun.
const reef =
  "The Reef Station\n\nThe cold room holds samples of sand, kelp, coral, anemone, hydra and seawater. " +
  "Divers count the coral polyps each morning. Anemone polyps sting small fish. Hydra polyps are even smaller. The polyps are easy to miss.";

describe("a list member asked where it modifies a noun", () => {
  it("is asked among the members that can stand before that noun, not among all its fellow members", () => {
    const article = parseArticle(reef);
    const lists = findLists(article.sentences);
    const mention = findMemberMentions(article.sentences, lists).find((m) => m.span.text === "coral" && article.sentences[m.sentenceIndex]!.text.startsWith("Divers"));
    expect(mention).toBeDefined();
    const q = makeListQuestion(article.sentences[mention!.sentenceIndex]!, article.sentences[mention!.sentenceIndex - 1], mention!.span, mention!.list, () => 0.3, reef);
    expect(q?.prompt).toBe("Divers count the _____ polyps each morning.");
    expect(q!.options.map((o) => o.text).sort()).toEqual(["anemone", "coral", "hydra"]);
  });
});

// Invented: a list of trials, one of which a later sentence uses as the first word of a fixed compound.
const pilots =
  "Test Pilots\n\nEvery pilot had to cope with speed, noise and fatigue on long flights. " +
  "At dawn the pilot Edda Voss taxied the jet onto the speed strip. The noise carried for miles.";

describe("a list member asked where it opens a fixed compound ('the _____ strip')", () => {
  it("reads the word that closes 'the _____ …' as the noun it describes", () => {
    expect(headClosingPhrase("At dawn she taxied the jet onto the _____ strip.")).toBe("strip");
    expect(headClosingPhrase("At dawn she taxied the jet onto the _____ itself.")).toBeNull();
    expect(headClosingPhrase("At dawn she taxied the jet onto the _____ slowly.")).toBeNull();
  });

  it("is not asked, as a choice or typed, where no fellow member can stand before that noun", () => {
    const article = parseArticle(pilots);
    const lists = findLists(article.sentences);
    const mention = findMemberMentions(article.sentences, lists).find((m) => m.span.text === "speed");
    expect(mention).toBeDefined();
    const sentence = article.sentences[mention!.sentenceIndex]!;
    const previous = article.sentences[mention!.sentenceIndex - 1];
    expect(makeListQuestion(sentence, previous, mention!.span, mention!.list, () => 0.3, pilots)).toBeNull();
    expect(makeTypedListQuestion(sentence, previous, mention!.span, mention!.list, pilots)).toBeNull();
  });
});
