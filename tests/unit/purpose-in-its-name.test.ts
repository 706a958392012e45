import { describe, expect, it } from "vitest";
import { purposeInItsName } from "@/lib/generation/purpose-in-name";

// Invented: judges failed a true statement that a patrol named for ice was set up to warn of icebergs.
describe("a body set up for the purpose its name gives", () => {
  it("is settled by the name", () => {
    expect(purposeInItsName("The Harbour Fire Watch was set up to warn the port about fires.")).toBe(true);
    expect(purposeInItsName("The Northern Flood Office was established to forecast flooding on the rivers.")).toBe(true);
  });

  it("leaves a purpose the name does not give", () => {
    expect(purposeInItsName("The Harbour Fire Watch was set up to collect a tax on grain.")).toBe(false);
    expect(purposeInItsName("The Varn Company was founded to trade with the islands.")).toBe(false);
  });
});
