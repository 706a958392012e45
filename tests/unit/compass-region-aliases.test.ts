import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";

const place = (text: string) => ({ text, type: "PLACE" as const, start: 0, end: 0 });

// Invented sentence: a made-up crossing.
const TEXT = "Before the ferry, travelling from the West Coast to Orlan Isle took a week.";

describe("a compass region's other names", () => {
  it("accepts the compass word alone and the spelled-out coast", () => {
    const accepted = acceptedAliases(place("West Coast"), TEXT);
    expect(accepted).toContain("West");
    expect(accepted).toContain("Western coast");
    expect(acceptedAliases(place("North Shore"), TEXT)).toContain("North");
  });

  it("does not cut a name whose compass word is not the region", () => {
    expect(acceptedAliases(place("West Bank"), TEXT)).not.toContain("West");
    expect(acceptedAliases(place("Gold Coast"), TEXT)).not.toContain("Gold");
  });
});
