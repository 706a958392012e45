import { describe, expect, it } from "vitest";
import { writeOutInnerPointer } from "@/lib/generation/inner-pointers";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented towns and councils: a "this"/"these" and a noun inside a stem, its phrase named in the sentence before.
const text =
  "Town Councils\n\nSome towns elect their council by a rotating ballot. Tarn and Osk, which switched to this ballot in 1901, vote every spring. Others keep the old show of hands. Merrow kept these hands raised for a century. The guild led long marches. In those years, these marches crossed the hills. Later these years were hard.";
const { sentences } = parseArticle(text);
const at = (words: string) => sentences.findIndex((s) => s.text.includes(words));

describe("a pointer inside the stem written out as the phrase the sentence before names", () => {
  it("writes 'the rotating ballot' for 'this ballot' (an -ed or -ing word after the article describes the noun)", () => {
    const i = at("switched to this ballot");
    expect(writeOutInnerPointer("Tarn and Osk, which switched to this ballot in _____, vote every spring.", sentences, i)).toBe("Tarn and Osk, which switched to the rotating ballot in _____, vote every spring.");
    expect(writeOutInnerPointer("In those years, these marches crossed the _____.", sentences, at("these marches"))).toBe("In those years, the long marches crossed the _____.");
  });

  it("leaves it where the earlier sentence does not name the noun with more words, or the noun is a span of time", () => {
    expect(writeOutInnerPointer("Merrow kept these hands raised for a _____.", sentences, at("these hands"))).toBeNull();
    expect(writeOutInnerPointer("Later these years were _____.", sentences, at("Later these years"))).toBeNull();
    // (The number must agree: "this marches" is no phrase to write out.)
    expect(writeOutInnerPointer("In those years, this marches crossed the _____.", sentences, at("these marches"))).toBeNull();
  });
});
