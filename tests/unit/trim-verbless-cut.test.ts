import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";
import { trimToMainClause } from "@/lib/generation/trim-statement";

// Invented sentences: a painter's notebooks and two made-up lines on a map.
const trims = (text: string) => parseArticle(`The Notes\n${text}`).sentences.map((s) => trimToMainClause(s)?.text ?? null);

describe("a main-clause cut that leaves no verb of its own", () => {
  it("keeps no appositive after an opening that is itself the main clause ('From 1820 he printed X, a set of …')", () => {
    const [cut] = trims("From 1820 he printed the Orla Book, a set of notebooks crammed with birds, boats, trees and strange beasts, which in the end ran to 12 volumes.");
    expect(cut ?? "").not.toMatch(/^A set of notebooks/);
  });

  it("keeps no appositive after an inverted main clause ('In front of the hall stands a yard …, a design that …')", () => {
    const [inverted, subject] = trims("In front of the hall stands a yard paved with grey slate in six squares, a design that stood for the six old clans of the valley. In 1814, a man who lived nearby found the mill.");
    expect(inverted ?? "").not.toMatch(/^A design/);
    expect(subject).toBe("A man who lived nearby found the mill in 1814.");
  });

  it("keeps no first subject of two joined before their one verb ('The Line of Vell, at about …, and the Line of Orr, … mark')", () => {
    const [cut] = trims("The Line of Vell, at about 40.2 degrees south, and the Line of Orr, at the same distance in the north, mark the edges of the warm belt.");
    expect(cut ?? "").not.toBe("The Line of Vell, at about 40.2 degrees south.");
  });
});
