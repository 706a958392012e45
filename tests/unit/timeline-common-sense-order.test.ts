import { describe, expect, it } from "vitest";
import { findSpans } from "@/lib/generation/find-spans";
import { findDatedEvents, makeMatching, makeOrdering } from "@/lib/generation/make-timeline";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a glassmaker's life. Her birth is first and her death and the later honour last by common sense alone,
// so only the middle deeds are left to order.
const LIFE =
  "Ilse Varga\n\nIlse Varga was born in the town of Olm in 1801. In 1826 Varga opened a glassworks beside the canal. " +
  "In 1834 Varga built a second furnace for coloured glass. Varga died in 1869 at her house by the works. " +
  "Much later, in 1950, the town of Olm named its museum after Varga.";
// The same deeds with a third one in the middle: three unplaced events are enough for a question.
const MORE = LIFE.replace("Varga died", "In 1847 Varga sold the glassworks to her nephew. Varga died");

function eventsOf(text: string) {
  const { sentences } = parseArticle(text);
  return findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, [])));
}
const seeded = () => 0.3;

describe("a timeline leaves out events common sense places", () => {
  it("asks no ordering or matching when only two middle deeds remain", () => {
    const events = eventsOf(LIFE);
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(makeOrdering(events, seeded, 1)).toBeNull();
    expect(makeMatching(events, seeded, 1)).toBeNull();
  });

  it("orders the middle deeds without the birth, the death or the much later honour", () => {
    const question = makeOrdering(eventsOf(MORE), seeded, 1);
    const items = question?.options?.map((o) => o.text).join(" | ") ?? "";
    expect(question).not.toBeNull();
    expect(items).not.toMatch(/born|died|Much later/);
  });
});
