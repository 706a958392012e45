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

  it("ends a sentence after Jr., U.S. or Co. when the next word opens one, and not before a name's next word", () => {
    const split = (text: string) => splitSentences(text).map((s) => s.text);
    expect(split("The library was named after Oren Pike Jr. He had been born in Dunmore in 1902.")).toEqual(["The library was named after Oren Pike Jr.", "He had been born in Dunmore in 1902."]);
    expect(split("In 1921 the weaver moved to the U.S. The next year she opened a shop in Boston.")).toEqual(["In 1921 the weaver moved to the U.S.", "The next year she opened a shop in Boston."]);
    expect(split("The boats were built by Hale & Co. In 1880 the yard closed.")).toEqual(["The boats were built by Hale & Co.", "In 1880 the yard closed."]);
    expect(split("Oren Pike Jr. Library opened in 1970. A U.S. Army camp stood nearby.")).toEqual(["Oren Pike Jr. Library opened in 1970.", "A U.S. Army camp stood nearby."]);
  });

  it("reports offsets that point back at the text", () => {
    const text = "  First one here.   Second one follows.";
    for (const s of splitSentences(text, 100)) expect(text.slice(s.start - 100, s.end - 100)).toBe(s.text);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("   \n ")).toEqual([]);
  });
});
