import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generation/split-sentences";

describe("splitSentences", () => {
  it("keeps abbreviations, initials and decimals inside their sentence", () => {
    const text =
      "The U.S. Army landed in Dec. 1941 under Gen. Smith. About 1.5 million people lived in St. Petersburg. " +
      "The fort was built c. 1648 by John F. Kennedy's ancestors! Was it? Yes.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "The U.S. Army landed in Dec. 1941 under Gen. Smith.",
      "About 1.5 million people lived in St. Petersburg.",
      "The fort was built c. 1648 by John F. Kennedy's ancestors!",
      "Was it?",
      "Yes.",
    ]);
  });

  it("keeps a case name's \"v.\" inside its sentence", () => {
    const text = "In Lomax v. Pendry the council sided with the dock workers. The ruling stood for years.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["In Lomax v. Pendry the council sided with the dock workers.", "The ruling stood for years."]);
  });

  it("reports offsets that point back at the text", () => {
    const text = "  First one here.   Second one follows.";
    for (const s of splitSentences(text, 100)) expect(text.slice(s.start - 100, s.end - 100)).toBe(s.text);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("   \n ")).toEqual([]);
  });
});
