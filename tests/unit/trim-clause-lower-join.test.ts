import { describe, expect, it } from "vitest";
import { trimClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

const at = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 1, inSummary: false }) as Sentence;

// A clause cut from inside a sentence arrives lower-case: its joining "and"/"but" goes as at a sentence's start
// (whole review 16-A #6), and one that is part of what is said still refuses the clause.
describe("a lower-case joining word on a cut clause", () => {
  it("drops 'and' before a clause with its own subject", () => {
    const text = "The mill stood by the ford, and the millers argued about the toll until dusk.";
    expect(trimClause(at(text), "and the millers argued about the toll until dusk.")?.text).toBe("The millers argued about the toll until dusk.");
  });

  it("refuses a clause whose join is part of what is said", () => {
    const text = "The tolls rose, so many carters took the hill road.";
    expect(trimClause(at(text), "so many carters took the hill road.")).toBeNull();
  });
});

// "However" with no comma after it opens a clause of "in whatever way" (whole review 17-A #3): cut off, the clause would
// claim what the sentence only allows for.
describe("an opening 'However' with no comma", () => {
  it("is not taken for the linking word: the statement never claims the clause it opens", () => {
    const text = "However the guild ruled on the dispute, the weavers kept their old looms in use.";
    expect(trimClause(at(text), text)?.text ?? "").not.toMatch(/^The guild ruled/);
  });

  it("still drops a 'Meanwhile' that only ties the claim to the sentence before", () => {
    const text = "Meanwhile the weavers kept their old looms in use for twenty years.";
    expect(trimClause(at(text), text)?.text).toBe("The weavers kept their old looms in use for twenty years.");
  });
});
