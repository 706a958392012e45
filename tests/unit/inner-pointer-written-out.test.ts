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

// Two islands, each with its own ballot: the sentence before names one, the one before that another.
const islands = parseArticle(
  "Island Councils\n\nThe island of Kell used a drawn ballot for a century. Its neighbour Fenn used a rotating ballot. In 1915 Kell dropped this ballot after a quarrel. The harbour at Tessel had a wooden pier and a stone pier. Storms damaged the wooden pier badly. In 1924 the town rebuilt this pier with iron posts.",
).sentences;
const atIsland = (words: string) => islands.findIndex((s) => s.text.includes(words));

describe("a pointer whose noun two sentences name differently", () => {
  it("is left as it is: which ballot Kell dropped is a guess", () => {
    expect(writeOutInnerPointer("In _____ Kell dropped this ballot after a quarrel.", islands, atIsland("Kell dropped"))).toBeNull();
  });

  it("is written out where the nearer sentence picks one of those the earlier names", () => {
    expect(writeOutInnerPointer("In _____ the town rebuilt this pier with iron posts.", islands, atIsland("rebuilt this pier"))).toBe("In _____ the town rebuilt the wooden pier with iron posts.");
  });
});
