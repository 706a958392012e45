import { describe, expect, it } from "vitest";
import { whyQuestion } from "@/lib/generation/why-question";

// Invented clauses. Participles with no "-ed"/"-en" ("become", "gone", "done", "won", "paid") were taken for objects of
// the verb of having, so the perfect came out "Why did the old duke have become regent?".
const ask = (clause: string) => whyQuestion(clause, `${clause}.`);

describe("'had' before a participle that does not end in '-ed' or '-en'", () => {
  it("keeps the perfect's 'had' before the subject", () => {
    expect(ask("The old duke of Marrow had become regent")).toBe("Why had the old duke of Marrow become regent?");
    expect(ask("The salt traders had gone north")).toBe("Why had the salt traders gone north?");
    expect(ask("The river guild had done the work")).toBe("Why had the river guild done the work?");
    expect(ask("The hill tribes had won the war")).toBe("Why had the hill tribes won the war?");
    expect(ask("The farmers of Tolle had paid the tax")).toBe("Why had the farmers of Tolle paid the tax?");
  });

  it("still asks the verb of having with 'did'", () => {
    expect(ask("The duke of Marrow had land in the north")).toBe("Why did the duke of Marrow have land in the north?");
  });
});
