import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { unanchoredTime } from "@/lib/generation/check-context";
import { pointsOutside, stemFailure } from "@/lib/generation/check-stems";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Our own short article and sentences: an invented salt road, harbour and voting councils.
const SALT_ROAD = `The Salt Road

The salt road ran from the coast of Merrow to the hill towns of Dask for three hundred years.

Merchants used the road because the river was full of rocks and could not carry boats. Because bandits now held the mountain passes, the merchants of Dask had another reason to search for a new route by sea, which led to the building of the harbour at Fenn some years later.

The harbour at Fenn was finished in 1520 and soon held forty ships.

The salt road fell out of use after the harbour opened.`;

describe("statements and stems that point back to what they do not show", () => {
  it("makes no statement of 'another reason' whose first reason is cut away", () => {
    const statements: string[] = [];
    generateQuestions(SALT_ROAD, { count: 20, seed: 1, keepUnsure: true, trace: (q) => q.keyKind === "statement" && statements.push(q.prompt) });
    expect(statements.filter((s) => /\banother reason\b/.test(s))).toEqual([]);
  });

  it("reads 'soon afterwards' with nothing before it as a time counted from an unshown event", () => {
    expect(unanchoredTime("The guild broke up soon afterwards, but its hall still stands in the square.")).not.toBeNull();
    expect(unanchoredTime("Shortly after, the harbour closed for the winter.")).not.toBeNull();
    // "soon after the war" names the event.
    expect(unanchoredTime("The guild broke up soon after the war, but its hall still stands.")).toBeNull();
  });

  it("reads 'this system' late in a sentence as pointing back, and a plural title as naming no one system", () => {
    const stem = "Towns in Orlen and Vess, which moved to this system in _____, elect two councils.";
    expect(pointsOutside(stem, "How Council Systems Work")).toBe(true);
    expect(pointsOutside(stem, "")).toBe(true);
    // Late in its sentence, "this step" is what the sentence has just said.
    expect(pointsOutside("In 1820 the guild admitted women as full members, the first in the land to take this step.", "")).toBe(false);
    // The title names the one system.
    expect(pointsOutside("Towns in Orlen and Vess, which moved to this system in _____, elect two councils.", "The Vess Council System")).toBe(false);
  });
});

describe("'this' with a manner or place late in a long sentence", () => {
  it("points to a way or spot only a sentence before told, unless the stem names it", () => {
    expect(pointsOutside("The Varn Lowlands in the far north, which lie beside the Kell Hills, were formed in this way.", "")).toBe(true);
    expect(pointsOutside("The old shepherd warns the boy that in a storm he must always return to this spot and wait.", "")).toBe(true);
    // Named before it in the stem: "the spot by the well … this spot".
    expect(pointsOutside("The shepherd marks a spot by the well and tells the boy that he must always return to this spot.", "")).toBe(false);
    // A deed's own word still reads as what the sentence said.
    expect(pointsOutside("In 1820 the guild admitted women as full members, the first in the land to take this step.", "")).toBe(false);
  });
});

describe("a bare 'this' as the object of a stem", () => {
  it("points to an event the stem does not show", () => {
    expect(pointsOutside("_____, ruled by a young queen, used this as a pretext to invade.", "")).toBe(true);
    expect(pointsOutside("The council did this in 1862 to raise money for the harbour.", "")).toBe(true);
    // Even after a shown sentence: that one may tell another thing than the event it stands for. "this way", "this road" name their noun.
    expect(pointsOutside("The council stopped paying its debts. Orlen used this as a pretext to invade.", "")).toBe(true);
    expect(pointsOutside("The merchants used this road to carry salt to the hill towns of Dask.", "Dask Salt Road")).toBe(false);
  });
});

describe("a stem stitched across a colon", () => {
  it("is a fragment where the list item after the colon opens as a sentence of its own", () => {
    expect(stemFailure(clozeOf("The story runs through a string of crimes: Fearing the oracle, he sends riders to seize _____ and her brother Tam."))).toBe("stem-fragment");
    expect(stemFailure(clozeOf("The guild had one rival: Orlen, a city across the bay, took most of its trade."))).toBeNull();
  });
});

function clozeOf(prompt: string): GeneratedQuestion {
  return { type: "FILL_BLANK", prompt, options: [], answerKey: { kind: "text", accepted: ["Ilse"] }, answerText: "Ilse", source: { sentence: prompt.replace(/^.*: /, ""), start: 0, end: 0, answer: { start: 0, end: 0 } }, spanType: "PERSON", confidence: 0.7, keyKind: "name" } as unknown as GeneratedQuestion;
}

describe("a 'then' after the subject", () => {
  it("is a time counted from the sentence before", () => {
    expect(unanchoredTime("The story then runs through a string of small betrayals.")).not.toBeNull();
    expect(unanchoredTime("The guild then hired forty lamplighters for the main road.")).not.toBeNull();
    // A year in the stem anchors it; "then on" and a later "then" are no such pointer.
    expect(unanchoredTime("The guild then hired forty lamplighters in 1702.")).toBeNull();
    expect(unanchoredTime("If the water is heated, then it boils.")).toBeNull();
  });
});
