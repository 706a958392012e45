import { describe, expect, it } from "vitest";
import { whyQuestion } from "@/lib/generation/why-question";

// The why-question turns its clause's verb to the base form after its auxiliary (invented sentences).
describe("whyQuestion verb forms", () => {
  it("turns a present verb after one thing to 'does' and its base", () => {
    // "boat" can be a verb too, and "forward" can be read as one after "boat moves".
    expect(whyQuestion("A boat moves forward")).toBe("Why does a boat move forward?");
    expect(whyQuestion("The boat sails forward")).toBe("Why does the boat sail forward?");
    expect(whyQuestion("Each boat carries a flag")).toBe("Why does each boat carry a flag?");
    expect(whyQuestion("The barge drifts backward")).toBe("Why does the barge drift backward?");
  });

  it("keeps 'do' and the verb after several things", () => {
    expect(whyQuestion("The creeks flood")).toBe("Why do the creeks flood?");
    expect(whyQuestion("The pebble beds shift")).toBe("Why do the pebble beds shift?");
    expect(whyQuestion("Bacteria multiply")).toBe("Why do bacteria multiply?");
  });

  it("turns a past verb to 'did' and its base", () => {
    expect(whyQuestion("The ferry moved forward")).toBe("Why did the ferry move forward?");
    expect(whyQuestion("The creeks flooded")).toBe("Why did the creeks flood?");
    expect(whyQuestion("The lantern makers fled")).toBe("Why did the lantern makers flee?");
    // A verb whose past is its base, after one thing, can only be the past.
    expect(whyQuestion("The stream cut a gorge")).toBe("Why did the stream cut a gorge?");
  });

  it("asks with the copula itself", () => {
    expect(whyQuestion("The raft is slow")).toBe("Why is the raft slow?");
    expect(whyQuestion("Rafts are slow")).toBe("Why are rafts slow?");
    expect(whyQuestion("The raft was slow")).toBe("Why was the raft slow?");
    expect(whyQuestion("The rafts were slow")).toBe("Why were the rafts slow?");
  });

  it("refuses a verb whose base form it does not know", () => {
    // The tagger leaves these pasts as their own base, so the question would keep the past after "did".
    expect(whyQuestion("The harbour signalled the ships")).toBeNull();
    expect(whyQuestion("The old wall withstood the flood")).toBeNull();
  });
});
