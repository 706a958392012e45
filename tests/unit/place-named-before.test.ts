import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { placeNamedBefore } from "@/lib/generation/check-loose-ends";

// Invented. "the port" stands for the place the sentence before names: read alone, the statement does not say which.
const ARTICLE =
  "Queen Halda of Orm\n\nHalda was born around 1520 into the ruling family of Orm, a kingdom of the northern hills. " +
  "At that time the Vennish were based in the walled port of Sarrow, which they had built in 1490. " +
  "For years Halda's warriors raided the Vennish farms along the coast. When the Tessari seized Sarrow in 1561, she joined forces with them. " +
  "The Vennish retook the port in 1566, however, and the fighting went on. Halda signed a lasting peace in 1570 and died in 1583.";

describe("a place's kind word standing for a name said before", () => {
  it("is read as pointing back", () => {
    const uses = () => 2;
    const text = ARTICLE;
    expect(placeNamedBefore("The Vennish retook the port in 1566.", "When the Tessari seized Sarrow in 1561, she joined forces with them.", "Queen Halda of Orm", uses, text)).toBe("port");
    // Named in the stem, said often, in the title, or with its own name: it stands.
    expect(placeNamedBefore("The Vennish retook the port of Sarrow in 1566.", "When the Tessari seized Sarrow in 1561, she joined forces with them.", "Queen Halda of Orm", uses, text)).toBeNull();
    expect(placeNamedBefore("The Vennish retook the port in 1566.", "When the Tessari seized Sarrow in 1561, she joined forces with them.", "Queen Halda of Orm", () => 6, text)).toBeNull();
    expect(placeNamedBefore("The Vennish retook the port in 1566.", "When the Tessari seized Sarrow in 1561, she joined forces with them.", "The Port of Sarrow", uses, text)).toBeNull();
    // An article that never calls a named place by the word ("the port of …"): the word is no short form of a name.
    expect(placeNamedBefore("The Vennish retook the port in 1566.", "When the Tessari seized Sarrow in 1561, she joined forces with them.", "Queen Halda of Orm", uses, text.replace("port of Sarrow", "harbour Sarrow"))).toBeNull();
  });

  it("is no true/false statement", () => {
    const prompts: string[] = [];
    for (const seed of [1, 2]) generateQuestions(ARTICLE, { count: 10, seed, trace: (q, verdict) => (verdict === "selected" || verdict === "not-selected") && q.type === "TRUE_FALSE" && prompts.push(q.prompt) });
    expect(prompts.filter((p) => /retook the port/.test(p))).toEqual([]);
  });
});
