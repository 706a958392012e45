import { describe, expect, it } from "vitest";
import { ruledOutByLife } from "@/lib/generation/fair-life-dates";

// Judges failed a year at which the young student of the stem would have been sixty.

describe("a young person's deed has no year when they were old", () => {
  // Invented: a rower born in 1910, picked young, later famous.
  const article = `Lena Varga

Lena Varga (1910 – 1995) was a rower from the lake town of Kessel. In 1928 Lena Varga was one of twelve young rowers chosen for the national crew. In 1936 Lena Varga won a medal at the games. In 1970 Lena Varga opened a rowing school beside the lake.`;

  it("rules out a year at which she would be past thirty for the young rowers' selection", () => {
    const stem = "In _____ Lena Varga was one of twelve young rowers chosen for the national crew.";
    expect(ruledOutByLife("1928", "1970", stem, article)).toBe(true);
    expect(ruledOutByLife("1928", "1945", stem, article)).toBe(true);
    expect(ruledOutByLife("1928", "1931", stem, article)).toBe(false);
  });

  it("leaves a stem that says nothing of youth as it was", () => {
    expect(ruledOutByLife("1936", "1970", "In _____ Lena Varga won a medal at the games.", article)).toBe(false);
  });
});
