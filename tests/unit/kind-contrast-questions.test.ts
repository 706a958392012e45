import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findKindPairs, makeKindContrastQuestions } from "@/lib/generation/make-kind-contrast-questions";
import { selectQuestions } from "@/lib/generation/select-questions";
import { createRandom } from "@/lib/generation/random";
import { matchesTypedAnswer } from "@/lib/quiz/normalize-answer";
import { parseArticle } from "@/lib/generation/parse-article";
import { traced } from "../support/traced-candidates";

// Invented for these tests: two ways of drying planks, set against each other in the article's own words ("instead").
const KILNS = `Drying Planks

Fresh planks hold a lot of water, and they must be dried before a carpenter can use them. A yard dries planks in one of two main ways. In a stack kiln, the planks are piled in one tall tower under a roof and the wind carries the water away over many months. In a steam kiln, the planks are instead sealed inside a hot metal chamber and the water is driven out within a week. Planks dried in haste crack along their grain. Dry planks are lighter than wet ones.`;

const comparisons = (text: string) => traced(text, { keepUnsure: true }).filter((t) => t.q.keyKind === "comparison").map((t) => t.q);

describe("two kinds of one thing the article sets against each other", () => {
  it("finds the pair from two neighbouring framed sentences with a stated contrast", () => {
    expect(findKindPairs(parseArticle(KILNS).sentences, KILNS).map((p) => [p.head, ...p.kinds])).toEqual([["kiln", "stack", "steam"]]);
  });

  it("asks the kind typed, accepting the kind with its thing, and makes no false statement with the other kind swapped in", () => {
    const asked = comparisons(KILNS);
    const typed = asked.find((q) => q.answerText === "stack");
    expect(typed?.prompt).toBe("In a(n) _____ kiln, the planks are piled in one tall tower under a roof and the wind carries the water away over many months. (a kind of kiln)");
    expect(matchesTypedAnswer("stack kiln", typed!.answerKey.kind === "text" ? typed!.answerKey.accepted : [])).toBe(true);
    expect(asked.filter((q) => q.type === "TRUE_FALSE")).toEqual([]);
  });

  it("puts one question of a pair in a quiz: each kind's sentence names the other's key", () => {
    const pair = makeKindContrastQuestions(parseArticle(KILNS).sentences, KILNS);
    expect(pair.length).toBe(2);
    expect(selectQuestions(pair, 10, ["FILL_BLANK"], createRandom(1)).length).toBe(1);
    const quiz = generateQuestions(KILNS, { count: 10, seed: 1, keepUnsure: true }).questions;
    expect(quiz.filter((q) => q.keyKind === "comparison").length).toBeLessThanOrEqual(1);
  });

  it("asks nothing where the article states no contrast: the two kinds may share what one sentence says", () => {
    const text = `Circuits

In a chain circuit, a cell pushes the current through the copper wires to the lamps. In a fork circuit, the current divides into several paths before it reaches the lamps. Copper is a good conductor.`;
    expect(comparisons(text)).toEqual([]);
  });

  it("takes the kinds' own words for no contrast: 'dry' and 'wet' are the kinds, not an opposite the article states", () => {
    const text = `Drying Planks

A dry kiln needs a whole day to cool down after every load. A wet kiln stands beside the mill pond at the edge of the village. Oak is a slow wood to season.`;
    expect(findKindPairs(parseArticle(text).sentences, text)).toEqual([]);
  });

  it("takes the preposition 'on' against 'off' for no contrast", () => {
    const text = `Drying Planks

In a stack kiln, the planks rest on a low stone floor for many months. In a steam kiln, the planks are dried by a boiler that is shut off at night. Oak is a slow wood to season.`;
    expect(findKindPairs(parseArticle(text).sentences, text)).toEqual([]);
  });

  it("asks nothing where the other kind's sentence says 'also'", () => {
    const text = `Circuits

In a chain circuit, the lamps are joined end to end in one ring of wire. In a fork circuit, the lamps are also joined in one ring of wire, but each lamp has its own path. Copper is a good conductor.`;
    expect(comparisons(text)).toEqual([]);
  });

  it("asks nothing where a third kind of the thing is named anywhere in the article", () => {
    const text = `Drying Planks

In a stack kiln, the planks are piled in one tall tower under a roof for many months. In a steam kiln, the planks are instead sealed inside a hot metal chamber for a week. A solar kiln traps the heat of the sun under glass.`;
    expect(comparisons(text)).toEqual([]);
  });

  it("reads no kinds from a narrative's openers", () => {
    const text = `Sleep and Memory

In a recent study, doctors in a northern city followed three hundred nurses for a year and found that short sleep hurt their memory. In a separate study, however, doctors followed two thousand students and found no such harm. Both studies were small.`;
    expect(comparisons(text)).toEqual([]);
  });

  it("names the thing in full when it ends in -ss ('process'), and hides whether the kind takes 'a' or 'an'", () => {
    const text = `Making Paper

In a batch process, the pulp is poured into one large vat and pressed by hand into single sheets. In an endless process, the pulp instead flows onto a moving belt and leaves the mill as one long roll. Paper is dried with hot rollers.`;
    const prompts = comparisons(text).map((q) => q.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.every((p) => p.endsWith("(a kind of process)") && p.startsWith("In a(n) _____ process"))).toBe(true);
  });

  it("takes a bare 'but' for no contrast of the kinds: it sets a kind's sentence against itself", () => {
    const text = `Drying Planks

In a stack kiln, the planks dry in the open air over many months. In a steam kiln, the planks dry inside a sealed chamber, but the wood turns dark. Oak is a slow wood to season.`;
    expect(findKindPairs(parseArticle(text).sentences, text)).toEqual([]);
  });

  it("pairs only kinds framed alike: a setting ('In a …') is not set against a definition ('A … is a kind of …')", () => {
    const text = `Drying Planks

In a stack kiln, the planks dry in the open air over many months. A steam kiln is a kind of oven; the planks are instead sealed inside it. Oak is a slow wood to season.`;
    expect(findKindPairs(parseArticle(text).sentences, text)).toEqual([]);
    const alike = text.replace("A steam kiln is a kind of oven; the planks are instead sealed inside it.", "In a steam kiln, the planks are instead sealed inside a chamber.");
    expect(findKindPairs(parseArticle(alike).sentences, alike).map((p) => [p.head, ...p.kinds])).toEqual([["kiln", "stack", "steam"]]);
  });
});

// Invented: the article announces two kinds of a thing, then gives each its own sentence, with no contrast word.
const GLUES = `Glue in the Workshop

A carpenter joins wood with glue. Glue comes in two main kinds. Hot glue sets as soon as it cools in the joint. Cold glue sets slowly while the water in it dries. Glue should be kept in a sealed pot.`;

describe("two kinds the article announces and then describes one sentence each", () => {
  it("pairs the kinds the announcement closes at two, and asks each typed by its kind", () => {
    expect(findKindPairs(parseArticle(GLUES).sentences, GLUES).map((p) => [p.head, ...p.kinds])).toEqual([["glue", "hot", "cold"]]);
    const prompts = makeKindContrastQuestions(parseArticle(GLUES).sentences, GLUES).map((q) => [q.prompt, q.answerText]);
    expect(prompts).toContainEqual(["_____ glue sets as soon as it cools in the joint. (a kind of glue)", "Hot"]);
    const named = GLUES.replace("Glue comes in two main kinds.", "The shop sells two sorts of glue.");
    expect(findKindPairs(parseArticle(named).sentences, named).map((p) => [p.head, ...p.kinds])).toEqual([["glue", "hot", "cold"]]);
  });

  it("pairs nothing when the announcement counts more than two, or a sentence opens on a pointing word", () => {
    const three = GLUES.replace("two main kinds", "three main kinds");
    expect(findKindPairs(parseArticle(three).sentences, three)).toEqual([]);
    const pointing = GLUES.replace("Cold glue sets slowly", "This glue sets slowly");
    expect(findKindPairs(parseArticle(pointing).sentences, pointing)).toEqual([]);
  });

  it("counts no pointing or counting word as a kind the article names (“several bells”)", () => {
    const text = `Making Bells

A founder casts a bell in one of two main ways. In a sand bell, the bronze is poured into a mould of packed sand. In a clay bell, the bronze is instead poured into a mould of baked clay. Several bells hang in the tower.`;
    expect(findKindPairs(parseArticle(text).sentences, text).map((p) => [p.head, ...p.kinds])).toEqual([["bell", "sand", "clay"]]);
  });

  it("reads the pointing words of both kind makers from one list: “the next glue” names no kind", () => {
    const counted = GLUES.replace("Cold glue sets slowly", "The next glue sets slowly");
    expect(findKindPairs(parseArticle(counted).sentences, counted)).toEqual([]);
  });

  it("pairs kinds described in the plural after an announcement in the singular", () => {
    const text = `Brushes in the Workshop

A painter keeps her brushes in a jar. Painters use two main kinds of brush. Stiff brushes push thick paint into the grain of the wood. Soft brushes leave a smooth coat of thin varnish. Brushes should be washed after use.`;
    expect(findKindPairs(parseArticle(text).sentences, text).map((p) => [p.head, ...p.kinds])).toEqual([["brush", "stiff", "soft"]]);
  });

  it("names a four-letter thing in -ies by its own singular ('pies' -> 'pie', not 'py')", () => {
    const pies = "Pies at the Fair\n\nBakers bring pies to the fair. Bakers bake two main kinds of pies. Savoury pies are filled with cheese and onion. Sweet pies are filled with plums and honey. The judges taste every one.";
    expect(makeKindContrastQuestions(parseArticle(pies).sentences, pies).map((q) => q.prompt)).toContain("_____ pies are filled with cheese and onion. (a kind of pie)");
  });

  it("pairs nothing when the section goes on to describe a third kind the announcement left out", () => {
    const third = GLUES.replace("Glue should be kept", "Warm glue sets in an hour on a sunny bench. Glue should be kept");
    expect(findKindPairs(parseArticle(third).sentences, third)).toEqual([]);
    expect(makeKindContrastQuestions(parseArticle(third).sentences, third)).toEqual([]);
  });
});
