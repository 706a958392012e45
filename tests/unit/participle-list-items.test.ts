import { describe, expect, it } from "vitest";
import { statementFault } from "@/lib/generation/check-statement-faults";
import { draftQuestion } from "../support/draft-question";

// Invented list items: a noun with a participle phrase hung on it (a kind of charge and what it is) has no main verb, so
// as a true/false statement it claims nothing.
const tf = (prompt: string) =>
  draftQuestion(
    { type: "TRUE_FALSE", prompt, answerText: "True", keyKind: "statement", source: { sentence: prompt, start: 0, end: prompt.length, answer: { start: 0, end: prompt.length } } },
    { keyKind: "statement", confidence: 0.8, answerWhereFound: true },
  );

describe("a list item of a noun and its participle phrase", () => {
  it("is no statement, even with a verb in a side clause", () => {
    expect(statementFault(tf("Ferry tax or bridge toll, added to the fare of riders when they are carried across."))).toBe("stem-fragment");
    expect(statementFault(tf("Harbour dues, paid by every ship that docks at the quay."))).toBe("stem-fragment");
    expect(statementFault(tf("Salt duty, paid by merchants who own boats or carts, often to fund local roads."))).toBe("stem-fragment");
    expect(statementFault(tf("Corn levy or hand-made toll, charged on carts that cross the ford."))).toBe("stem-fragment");
  });

  it("lets a participle set off inside a whole clause stand", () => {
    for (const s of ["The treaty, signed in 1820, ended the war.", "The old mill, built of stone, still stands.", "The Vell river, fed by melting snow, floods every spring.", "They sailed south, pushed by the wind.", "The tale begins on Grey Farm, owned by Ilsa Marr."]) {
      expect(statementFault(tf(s))).toBeNull();
    }
  });
});
