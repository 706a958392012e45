import { describe, expect, it } from "vitest";
import { saidElsewhere } from "@/lib/generation/negate-statement";

// A copula statement has no verb of its own to find elsewhere: any content word of its complement, or most of its words,
// may mark a sentence that says it again in other words (whole review 16-A #2).
describe("a copula positive said in another sentence", () => {
  it("finds it by any content word of the complement, not only the first", () => {
    expect(saidElsewhere("The keep was a royal residence.", ["The masons worked through the winter.", "Lord Tamsin made the keep his residence for twelve years."])).toBe(true);
    expect(saidElsewhere("The lagoon was a busy fishing ground.", ["Boats from three villages worked the lagoon's fishing ground each spring."])).toBe(true);
  });

  it("still finds nothing where no other sentence shares the complement or most words", () => {
    expect(saidElsewhere("The keep was a royal residence.", ["The masons worked through the winter.", "The keep had thick walls of grey stone."])).toBe(false);
  });
});
