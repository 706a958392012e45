import { describe, expect, it } from "vitest";
import { passesGates } from "@/lib/generation/generate-questions";
import { statementQuestion } from "@/lib/generation/question-parts";
import { isCutFrom } from "@/lib/generation/trim-statement";

// Sentences of our own, from an article about one woman, Wren Halloway.
describe("a true statement with the person's pronoun named inside it", () => {
  it("is the sentence's words in order, one pronoun written as the person's name", () => {
    expect(isCutFrom("As a girl Wren Halloway was hit by a falling spar.", "As a girl she was hit by a falling spar.")).toBe(true);
    expect(isCutFrom("The chart Wren Halloway drew saved many boats.", "The chart she drew saved many boats in the great gale.")).toBe(true);
    expect(isCutFrom("The sense of Wren Halloway's nickname is Sea Light.", "The sense of her nickname is Sea Light.")).toBe(true);
    expect(isCutFrom("Over ten years Wren Halloway sailed north nine times.", "Over ten years she sailed north nine times and charted four bays.")).toBe(true);
    expect(isCutFrom("The guild paid Wren Halloway to chart the estuary.", "The guild paid her to chart the estuary.")).toBe(true);
  });

  it("is no cut where another word changed, or where no pronoun stood for the name", () => {
    expect(isCutFrom("As a girl Wren Halloway was hit by a falling mast.", "As a girl she was hit by a falling spar.")).toBe(false);
    expect(isCutFrom("As a girl Wren Halloway was hit by a falling spar.", "As a girl the keeper was hit by a falling spar.")).toBe(false);
    expect(isCutFrom("The chart Wren Halloway drew saved no boats.", "The chart she drew saved many boats.")).toBe(false);
    // (A possessive name for a subject pronoun, or the reverse, is no naming of it.)
    expect(isCutFrom("The chart Wren Halloway's drew saved many boats.", "The chart she drew saved many boats.")).toBe(false);
    expect(isCutFrom("The sense of Wren Halloway nickname is Sea Light.", "The sense of her nickname is Sea Light.")).toBe(false);
  });

  it("fails the gate where the name is not the article's, is spelled in the sentence as someone else, or is of the other sex", () => {
    const text = "Wren Halloway\n\nWren Halloway charted the northern bays with her brother Tom Venn. The map she drew for Ida Moss saved many boats. In the 1850s it carried coal to the coast after the railway came.";
    const gate = (statement: string, sentence: string) => {
      const start = text.indexOf(sentence);
      const q = statementQuestion({ statement, isTrue: true, source: { sentence, start, end: start + sentence.length, answer: { start, end: start + sentence.length } }, keyKind: "statement", confidence: 0.7 });
      return passesGates(q, text);
    };
    const map = "The map she drew for Ida Moss saved many boats.";
    expect(gate("The map Wren Halloway drew saved many boats.", map)).toBe(true);
    // (Ida Moss is who the map was for; Tom Venn is a man; Ada Pike is no one the article names.)
    expect(gate("The map Ida Moss drew saved many boats.", map)).toBe(false);
    expect(gate("The map Tom Venn drew saved many boats.", map)).toBe(false);
    expect(gate("The map Ada Pike drew saved many boats.", map)).toBe(false);
    // A thing's "it" named by a word the sentence itself uses for another thing.
    expect(gate("The Railway carried coal to the coast.", "In the 1850s it carried coal to the coast after the railway came.")).toBe(false);
  });

  it("passes the gate for a true statement", () => {
    const text = "Wren Halloway\n\nWren Halloway charted the northern bays. As a girl she was hit by a falling spar.";
    const sentence = "As a girl she was hit by a falling spar.";
    const start = text.indexOf(sentence);
    const q = statementQuestion({ statement: "As a girl Wren Halloway was hit by a falling spar.", isTrue: true, source: { sentence, start, end: start + sentence.length, answer: { start, end: start + sentence.length } }, keyKind: "statement", confidence: 0.7 });
    expect(passesGates(q, text)).toBe(true);
  });
});
