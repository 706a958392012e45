import { describe, expect, it } from "vitest";
import { falseVersionsIn } from "../support/false-versions";
import { spanIn } from "../support/key-span";

// Our own short article: an invented kingdom split in two.
const number = (text: string, article: string) => spanIn("NUMBER", text, article);

describe("a fraction swapped into a false statement", () => {
  const text = "The Split of Varnel\n\nBy 1300 the kingdom of Varnel, the northern half of the old realm, had lost most of its forts.";
  const spans = [number("half", text)];

  it("drops its own article after 'the northern' (never 'the northern a third')", () => {
    const made = falseVersionsIn(text, 0, { allSpans: spans, how: "value" });
    expect(made).toEqual([]);
    for (const statement of made) {
      expect(statement).not.toMatch(/\bthe northern (?:a|one) /);
      expect(statement).toMatch(/\bthe northern (?:third|quarter|fifth|tenth|two thirds|three quarters) of the old realm\b/);
    }
  });
});
