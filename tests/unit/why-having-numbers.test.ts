import { describe, expect, it } from "vitest";
import { whyQuestion } from "@/lib/generation/why-question";

// Invented clauses. A number, an adjective or a noun ending in "-en"/"-ed" after "had" was read as the perfect's
// participle, so the question came out "Why had the weavers seven children?".
const ask = (clause: string) => whyQuestion(clause, `${clause}.`);

describe("'had' before a word that only looks like a participle", () => {
  it("is the verb of having, asked with 'did'", () => {
    expect(ask("The weavers of Harrow had seven children on average")).toBe("Why did the weavers of Harrow have seven children on average?");
    expect(ask("The old dam had green walls")).toBe("Why did the old dam have green walls?");
    expect(ask("The farm at Tolle had wooden gates")).toBe("Why did the farm at Tolle have wooden gates?");
    expect(ask("The king of Marrow had skilled masons")).toBe("Why did the king of Marrow have skilled masons?");
  });

  it("leaves a real participle to the perfect", () => {
    expect(ask("The army had beaten the rebels")).toBe("Why had the army beaten the rebels?");
    expect(ask("The queen had chosen a new heir")).toBe("Why had the queen chosen a new heir?");
  });
});
