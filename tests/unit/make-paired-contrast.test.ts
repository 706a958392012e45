import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { makePairedContrast } from "@/lib/generation/make-paired-contrast";
import type { Sentence } from "@/lib/generation/types";

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 0, inSummary: false };
}

const swapped = (text: string, article = text) => makePairedContrast(sentence(text), article)?.prompt ?? null;

describe("a pair of opposites the sentence sets against each other", () => {
  it("gives the first half the second half's opposite, as a false statement", () => {
    expect(swapped("A thick rope holds a heavy crate, while a thin rope snaps under it.")).toBeNull();
    expect(swapped("\"Ebbing\" means falling and \"flowing\" means rising.")).toBe("\"Ebbing\" means rising.");
    expect(swapped("\"Gleaming\" means growing and \"fading\" means shrinking.")).toBe("\"Gleaming\" means shrinking.");
    expect(swapped("On the Varn estate, the tea on the eastern slopes ripens early; on the western slopes it ripens late.")).toBe("On the Varn estate, the tea on the eastern slopes ripens late.");
    expect(swapped("A tall reed bends quickly in the wind, like a whip, and a short reed bends slowly.")).toBe("A tall reed bends slowly in the wind.");
    expect(makePairedContrast(sentence("Dry sand drains fast, whereas wet clay drains slow."), "x")!.answerText).toBe("False");
  });
  it("refuses a negation or hedge, a pointer subject, a concession, one word in both halves, and no stated pair", () => {
    expect(swapped("A thick rope does not fray quickly, while a thin rope frays slowly.")).toBeNull();
    expect(swapped("It ripens early on the eastern slopes, while the western slopes ripen late.")).toBeNull();
    expect(swapped("Although the eastern slopes are warm, the western slopes are cool.")).toBeNull();
    expect(swapped("The high meadow is high and wet, while the low meadow is low and dry.")).toBe("The high meadow is high and dry.");
    expect(swapped("The eastern road is long, while the western road is paved.")).toBeNull();
    expect(swapped("The eastern road is long and the western road is long too.")).toBeNull();
    expect(swapped("Carts entered by the lower ramp, and the porter took them to the upper yard.")).toBeNull();
  });
});

describe("an opposite that belongs to another noun, another verb or an idiom", () => {
  it("refuses a second half with another verb, an opposite before another noun, and idioms", () => {
    expect(swapped("The loaf rises in a warm oven, while the pastry for tarts is rolled on a cool slab.")).toBeNull();
    expect(swapped("The herders feed the large sheep at noon, and the herders feed the small ducks at dawn.")).toBeNull();
    expect(swapped("The gong sounded once more at dusk, while the horn blew less often.")).toBeNull();
    expect(swapped("The mill stood until the fall of the village, while the new quarter began to rise.")).toBeNull();
    expect(swapped("The clerk chose the right ledger, while the porter turned to the left.")).toBeNull();
    expect(swapped("The potter shapes the clay slowly at the lower wheel, but she shapes it quickly at the upper wheel when the kiln is hot.")).toBeNull();
  });
  it("keeps opposites in the same slot of a parallel second half", () => {
    expect(swapped("The herders feed the large sheep at noon, while the herders feed the small sheep at dawn.")).toBe("The herders feed the small sheep at noon.");
    expect(swapped("Pond water warms quickly in spring, while lake water warms slowly.")).toBe("Pond water warms slowly in spring.");
  });
});

describe("a paired contrast in a whole article", () => {
  const article = [
    "How Salt Pans Work",
    "",
    "A salt pan is a shallow pool where sea water is left to dry in the sun. Workers let the tide fill the pools in spring.",
    "",
    "The water in a salt pan warms quickly in summer, while the water of the open bay warms slowly. As the water goes, white crystals form on the floor of the pool.",
    "",
    "The workers rake the crystals into heaps. The heaps dry for a week before the salt is packed into sacks.",
  ].join("\n");
  it("offers the swapped half as a false statement the gates pass", () => {
    const fates = new Map<string, string>();
    generateQuestions(article, { count: 12, seed: 3, trace: (q, verdict) => q.type === "TRUE_FALSE" && fates.set(`${q.prompt} => ${q.answerText}`, verdict) });
    expect(["selected", "not-selected"]).toContain(fates.get("The water in a salt pan warms slowly in summer. => False"));
  });
});
