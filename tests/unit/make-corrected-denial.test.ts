import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { makeCorrectedDenial } from "@/lib/generation/make-corrected-denial";
import { sentencesOf } from "../support/sentences";

const claim = (text: string, ...others: string[]) => makeCorrectedDenial(sentencesOf(text, ...others), 0)?.prompt ?? null;

describe("a denial the article corrects in the same sentence", () => {
  it("gives the claim it denies as a false statement", () => {
    expect(claim("A copper kettle itself does not boil; only the water inside does.")).toBe("A copper kettle itself boils.");
    expect(claim("The painted stone does not move at all; what moves is its shadow.")).toBe("The painted stone moves.");
    expect(claim("Glass frogs do not change colour; instead their skin lets light through.")).toBe("Glass frogs change colour.");
    expect(claim("The beacon is not a lighthouse at all; what guides ships is its bell.")).toBe("The beacon is a lighthouse.");
    expect(makeCorrectedDenial(sentencesOf("The painted stone does not move at all; what moves is its shadow."), 0)?.answerText).toBe("False");
  });
  it("refuses a denial with no correction, a pointer subject, a 'not' with two readings, and a claim the article states", () => {
    expect(claim("The painted stone does not move at all.")).toBeNull();
    expect(claim("It does not move at all; what moves is its shadow.")).toBeNull();
    expect(claim("The painted stone does not always move; what moves is its shadow.")).toBeNull();
    expect(claim("The painted stone does not move; what moves is its shadow.", "In a storm the painted stone moves.")).toBeNull();
  });
});

describe("a corrected denial in a whole article", () => {
  const article = [
    "Why the Harbour Bell Rings",
    "",
    "The harbour bell of Vell hangs on a post at the end of the stone pier. Sailors hear it long before they see the pier.",
    "",
    "The harbour bell does not ring by itself; only the waves rock it. In calm weather it is silent for days.",
    "",
    "The bell was cast from bronze by the town's smiths. It weighs about as much as a small boat.",
  ].join("\n");
  it("offers the denied claim as a false statement the gates pass", () => {
    const fates = new Map<string, string>();
    generateQuestions(article, { count: 12, seed: 3, trace: (q, verdict) => q.type === "TRUE_FALSE" && fates.set(`${q.prompt} => ${q.answerText}`, verdict) });
    expect(["selected", "not-selected"]).toContain(fates.get("The harbour bell rings by itself. => False"));
  });
});

describe("a corrected denial that may not deny the plain claim", () => {
  it("refuses a counted subject", () => {
    expect(claim("Some tawny owls do not hunt at night; instead they hunt at dusk.")).toBeNull();
    expect(claim("Many grey herons do not nest in the reeds; instead they nest in the alders.")).toBeNull();
  });
  it("refuses a correction that says the denied verb again of the same subject", () => {
    expect(claim("The Tarn ferry does not sail on Sundays; only in August does it sail on Sundays.")).toBeNull();
    expect(claim("The chapel bell does not ring at dawn; instead it rings at noon and at dawn on feast days.")).toBeNull();
    expect(claim("The mill harbour does not freeze in winter; only the shallow pools freeze, and in hard winters the harbour freezes too.")).toBeNull();
  });
  it("keeps a correction about something else", () => {
    expect(claim("The paper kite does not climb by itself; instead the wind lifts it.")).toBe("The paper kite climbs by itself.");
  });
});
