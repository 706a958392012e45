import { describe, expect, it } from "vitest";
import { makeNumberedStepQuestions } from "@/lib/generation/make-numbered-steps";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// Our own retelling of an invented play, written for these tests.
const PLAY = `The Glass Orchard: The Story

The Glass Orchard is a play by the dramatist Wenna Hale. Its main events can be read here in order:
1. A storm breaks the orchard wall, and the old gardener warns the family.
2. Maddock, a proud son who hates the orchard, sells the glass trees to a trader.
3. Later that night, they quarrel in the kitchen.
4. Soon afterwards, Maddock's quiet sister Ailsa buys the trees back at the market.
5. The trader returns the last tree to the orchard.`;

describe("a story's numbered events, introduced as told in order", () => {
  it("asks their order, each event cut to its main clause, leaving out a line that cannot stand alone", () => {
    const [q, ...rest] = makeNumberedStepQuestions(parseArticle(PLAY), PLAY, createRandom(1), 5);
    expect(rest).toHaveLength(0);
    expect(q?.prompt).toBe("Put these events of the plot in the order they happen, first to last.");
    expect(q?.keyKind).toBe("event");
    expect(q?.answerText).toBe(
      "A storm breaks the orchard wall → Maddock sells the glass trees to a trader → Maddock's quiet sister Ailsa buys the trees back at the market → The trader returns the last tree to the orchard",
    );
  });

  it("asks nothing where the line before does not say the events come in order", () => {
    const text = PLAY.replace("Its main events can be read here in order:", "Some of its events are these:");
    expect(makeNumberedStepQuestions(parseArticle(text), text, createRandom(1), 5)).toHaveLength(0);
  });

  it("asks nothing where the order the line names is another or is denied ('in order of importance', 'not told in order')", () => {
    for (const intro of ["Its main events, ranked in order of importance:", "Its main events are not told in order:"]) {
      const text = PLAY.replace("Its main events can be read here in order:", intro);
      expect(makeNumberedStepQuestions(parseArticle(text), text, createRandom(1), 5)).toHaveLength(0);
    }
  });
});
