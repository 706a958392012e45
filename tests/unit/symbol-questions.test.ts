import { describe, expect, it } from "vitest";
import { tracedQuestions } from "../support/traced-candidates";

// Our own account of an invented novel, written for these tests.
const NOVEL = `The Glass Harbour: Story and Symbols

The Glass Harbour is a novel by the writer Tamsin Oake, published in 1983. It follows a ferry pilot named Jory and his daughter Wenna.

Jory steers the last ferry across the bay each winter. Wenna repairs the ferry's engine in secret.
The author uses several symbols. The cracked lighthouse stands for the town's fading hope. The fog represents the secrets the family keeps.
Frost, which covers the harbour each night, symbolises Jory's loneliness. The frost melts in the final chapter.
The ferry bell is a symbol of duty.`;

const symbols = (text: string) => tracedQuestions(text).filter((q) => /^What (?:does|is) .* (?:stand for|represent|symbolise|a symbol of)\?$/.test(q.prompt));

describe("what each symbol of a work stands for", () => {
  it("asks each symbol's meaning, with the other symbols' meanings as options", () => {
    const found = symbols(NOVEL);
    const lighthouse = found.find((q) => q.prompt === "What does the cracked lighthouse stand for?");
    expect(lighthouse?.answerText).toBe("The town's fading hope");
    expect(lighthouse?.options.map((o) => o.text)).toEqual(expect.arrayContaining(["The secrets the family keeps"]));
    expect(found.find((q) => q.prompt === "What is the ferry bell a symbol of?")?.answerText).toBe("Duty");
    // (A common word capitalised only as the sentence's first is lower case in the stem.)
    expect(found.find((q) => q.prompt === "What does frost symbolise?")?.answerText).toBe("Jory's loneliness");
  });

  it("asks nothing where the article explains fewer than three symbols", () => {
    const two = NOVEL.replace("The ferry bell is a symbol of duty.", "").replace(" The fog represents the secrets the family keeps.", "");
    expect(symbols(two)).toEqual([]);
  });

  it("asks no symbol whose meaning another symbol shares, told loosely ('also') or at more length", () => {
    const text = `${NOVEL}
The grey gull stands for freedom. The rusted anchor represents the weight of the past.
The tin whistle represents duty in the last chapter. The fog also stands for Jory's loneliness.`;
    const found = symbols(text);
    expect(found.find((q) => q.prompt === "What does the cracked lighthouse stand for?")?.answerText).toBe("The town's fading hope");
    for (const q of found) {
      const shown = q.options.map((o) => o.text);
      expect(shown).not.toContain("Duty");
      expect(shown).not.toContain("Jory's loneliness");
      expect(shown).not.toContain("The secrets the family keeps");
    }
  });
});
