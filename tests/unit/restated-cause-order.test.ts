import { describe, expect, it } from "vitest";
import { restatedCause } from "@/lib/generation/make-cause-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { trimClause } from "@/lib/generation/trim-statement";

// Invented sentences about a made-up map and a made-up river port.
const article = "Unlike the river, there is no natural mark for the border, so the two towns had to draw one. The hills are steep, so the carts go slowly.";

describe("a reason and its effect said the other way round ('E because R')", () => {
  it("is not said when the effect's 'one' stands for a noun the reason names, or the reason opens with 'unlike …,'", () => {
    expect(restatedCause("the two towns had to draw one", "unlike the river, there is no natural mark for the border", article)).toBeNull();
    expect(restatedCause("the two towns had to draw a line", "unlike the river, there is no natural mark for the border", article)).toBeNull();
    expect(restatedCause("the two towns had to draw one", "there is no natural mark for the border", article)).toBeNull();
    expect(restatedCause("the carts go slowly", "the hills are steep", article)).toBe("The carts go slowly because the hills are steep.");
  });
});

describe("a dated opening kept with its clause", () => {
  it("is not moved behind a clause that holds a date of its own", () => {
    const [s] = parseArticle("The Port\nIn March 1958, the harbour board announced that it would leave the old quay by June 1960, but the mayor soon moved the date.").sentences;
    const cut = trimClause(s!, "In March 1958, the harbour board announced that it would leave the old quay by June 1960.");
    expect(cut?.text ?? "").not.toMatch(/June 1960 in March 1958/);
    // (One date alone still goes behind its clause.)
    expect(trimClause(s!, "In March 1958, the harbour board closed the old quay.")?.text).toBe("The harbour board closed the old quay in March 1958.");
  });
});
