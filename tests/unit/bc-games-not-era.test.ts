import { describe, expect, it } from "vitest";
import { findSpans } from "@/lib/generation/find-spans";
import { acceptedVariants } from "@/lib/generation/make-cloze";
import { writtenInOtherEra } from "@/lib/generation/year-eras";

// Invented: a lake island with an old shrine dated before the common era and a modern sports meeting in British Columbia.
const island =
  "The Isle of Wend\n\nThe first shrine on Wend was raised in 412 BCE by fishers from the south. " +
  "In the 2014 BC Games, a rower from the isle won the long race.";

describe('"BC" after "the <year>" and before a capitalised noun', () => {
  it("is British Columbia, not the era: the year is of the common era", () => {
    const games = findSpans("In the 2014 BC Games, a rower from the isle won the long race.").find((s) => s.text === "2014");
    expect(games?.bc).toBeUndefined();
    const span = findSpans(island).find((s) => s.text === "2014")!;
    expect(acceptedVariants(span, island)).not.toContain("2014 BCE");
    // The article's BCE year is no option for it, and it is no option for a BCE key.
    expect(writtenInOtherEra({}, "412", island)).toBe(true);
    expect(writtenInOtherEra({ bc: true }, "2014", island)).toBe(true);
  });

  it("stays the era elsewhere, even before a capitalised name", () => {
    expect(findSpans("In 44 BC Caesar crossed the river at dawn.").find((s) => s.text === "44")?.bc).toBe(true);
    expect(findSpans("The wall of the 320 BC era fell in a flood.").find((s) => s.text === "320")?.bc).toBe(true);
    expect(findSpans("The town was built in 1250 BC. Its walls stood long.").find((s) => s.text === "1250")?.bc).toBe(true);
    expect(findSpans("After the 490 BC Persian raid, the walls were raised.").find((s) => s.text === "490")?.bc).toBe(true);
  });
});
