import { describe, expect, it } from "vitest";
import { falseVersionsIn } from "../support/false-versions";
import { spanIn } from "../support/key-span";

// Our own short article: an invented realm and its eastern half.
const org = (text: string, article: string, from = 0) => spanIn("ORG", text, article, from);

describe("a name swapped into a false statement", () => {
  it("is never the whole the article makes the name a part of", () => {
    const text = "The Fall of Varn\n\nBy 1300 the Varn Kingdom, the western half of the former Tull Empire, held little more than its capital. The siege of the capital ended the Varn Kingdom in 1312. The Osk League sent no help.";
    const spans = [org("Varn Kingdom", text), org("Tull Empire", text), org("Varn Kingdom", text, text.indexOf("ended")), org("Osk League", text)];
    const made = falseVersionsIn(text, "The siege of the capital ended the Varn Kingdom in 1312.", { allSpans: spans, how: "name" });
    expect(made.some((s) => /Tull Empire/.test(s))).toBe(false);
    expect(made).toContain("The siege of the capital ended the Osk League in 1312.");
  });
});
