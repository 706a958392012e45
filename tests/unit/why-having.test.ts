import { describe, expect, it } from "vitest";
import { whyQuestion } from "@/lib/generation/why-question";

// Invented clauses. "had" as the full verb (having a thing, or having a thing done) was put before the subject as if it
// were the perfect's auxiliary: "Why had the city many bookshops?".
describe("a 'Why …?' question on a clause whose verb is 'had', 'has' or 'have'", () => {
  it("asks with 'did'/'does' where it is the verb of having", () => {
    expect(whyQuestion("The port of Kell had many bookshops", "The port of Kell had many bookshops.")).toBe("Why did the port of Kell have many bookshops?");
    expect(whyQuestion("The town has a large market", "The town has a large market.")).toBe("Why does the town have a large market?");
    expect(whyQuestion("The miller had his sons drag the stones", "The miller had his sons drag the stones.")).toBe("Why did the miller have his sons drag the stones?");
  });

  it("keeps the perfect's 'had' before the subject", () => {
    expect(whyQuestion("The guild had finished the wall", "The guild had finished the wall.")).toBe("Why had the guild finished the wall?");
    expect(whyQuestion("The monks had already fled north", "The monks had already fled north.")).toBe("Why had the monks already fled north?");
    expect(whyQuestion("The port had long been poor", "The port had long been poor.")).toBe("Why had the port long been poor?");
  });
});
