import { describe, expect, it } from "vitest";
import { findKindSets, makeKindContrastQuestions } from "@/lib/generation/make-kind-contrast-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { traced } from "../support/traced-candidates";

// Invented for these tests: two ways of drying timber, set side by side.
const KILNS = `Drying Timber

Fresh timber holds a lot of water, and it must be dried before a carpenter can use it. A timber kiln is a closed room for drying planks. The kiln is the heart of any timber yard. There are two main ways to dry planks in a yard. In a stack kiln, the planks are piled in one tall tower under a roof and the wind slowly carries the water away over many months. In a steam kiln, the planks are sealed inside a hot metal chamber and nearly all of the water is driven out within a week. Timber dried too fast can crack along its grain. Dry planks are lighter and much stronger than wet ones.`;

// The same frames, but the two sentences describe what both kinds share: no false statement may come of them.
const SHARED = `Drying Timber

The kiln is the heart of any timber yard. There are two main ways to dry planks in a yard. In a stack kiln, the planks must be turned every month, just as in the other kind. In a steam kiln, the planks can also crack if the heat is too high. Timber dried too fast can crack along its grain.`;

// Three kinds of one thing near each other: the other kind is no sure opposite.
const THREE = `Drying Timber

In a stack kiln, the planks are piled in one tall tower under a roof for many months. In a steam kiln, the planks are sealed inside a hot metal chamber for a week. In a solar kiln, the planks sit under glass panels that trap the heat of the sun.`;

const contrasts = (text: string) => traced(text, { keepUnsure: true }).filter((t) => t.q.keyKind === "comparison");

describe("two kinds of one thing the article sets side by side", () => {
  it("finds the pair from two neighbouring sentences opened with the same frame", () => {
    expect(findKindSets(parseArticle(KILNS).sentences).map((p) => [p.head, ...p.kinds, p.onlyPair])).toEqual([["kiln", "stack", "steam", true]]);
  });

  it("asks the kind a sentence describes, typed, and gives the sentence the other kind as a false statement", () => {
    const asked = contrasts(KILNS).map((t) => t.q);
    const typed = asked.find((q) => q.type === "FILL_BLANK" && q.answerText === "stack");
    expect(typed?.prompt).toBe("In a _____ kiln, the planks are piled in one tall tower under a roof and the wind slowly carries the water away over many months. (a kind of kiln)");
    const swapped = asked.find((q) => q.type === "TRUE_FALSE" && q.prompt.startsWith("In a stack kiln, the planks are sealed"));
    expect(swapped?.answerText).toBe("False");
    // Neither question is refused as a swap of a word before its head noun: the article settles the other kind.
    expect(contrasts(KILNS).filter((t) => t.verdict !== "selected" && t.verdict !== "not-selected" && t.verdict !== "low-confidence")).toEqual([]);
  });

  it("makes no statement of a sentence that weighs the kinds or hedges", () => {
    const statements = makeKindContrastQuestions(parseArticle(SHARED).sentences, SHARED).filter((q) => q.type === "TRUE_FALSE");
    expect(statements).toEqual([]);
  });

  it("asks three kinds set side by side typed only: the other kind is no sure opposite where a third may fit", () => {
    expect(findKindSets(parseArticle(THREE).sentences).map((p) => p.kinds)).toEqual([["stack", "steam", "solar"]]);
    const asked = makeKindContrastQuestions(parseArticle(THREE).sentences, THREE);
    expect(asked.map((q) => [q.type, q.answerText])).toEqual([
      ["FILL_BLANK", "stack"],
      ["FILL_BLANK", "steam"],
      ["FILL_BLANK", "solar"],
    ]);
  });

  it("reads plural kinds opening their sentences ('Upper terraces hold …'), but no people's or place's word", () => {
    const text = `Rice Terraces

A hillside farm is cut into flat steps. Upper terraces hold the rain that runs off the forest above. Lower terraces take the water that drains from the upper ones. French terraces were built much later in the south.`;
    const sets = findKindSets(parseArticle(text).sentences);
    expect(sets.map((p) => [p.head, ...p.kinds])).toEqual([["terrace", "upper", "lower"]]);
    const typed = makeKindContrastQuestions(parseArticle(text).sentences, text).find((q) => q.answerText === "Upper");
    expect(typed?.prompt).toBe("_____ terraces hold the rain that runs off the forest above. (a kind of terrace)");
  });

  it("reads no kind from a sentence's first two words without 'a' or 'an'", () => {
    const text = `Old Mills\n\nThe excavation was paid for by a rich lord from the city. The repair was finished by the villagers within a single year.`;
    expect(findKindSets(parseArticle(text).sentences)).toEqual([]);
  });
});
