import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";

const org = (text: string) => ({ text, type: "ORG" as const, start: 0, end: 0 });

// Invented: judges failed a typed key that refused the body's longer form with its seat, which the article also wrote.
describe("a body's name with its seat after it", () => {
  it("is accepted where the article writes it so", () => {
    const text = "Ines Varro could not join the Botanical Society of Pellow. Later the Botanical Society praised her work.";
    expect(acceptedAliases(org("Botanical Society"), text)).toContain("Botanical Society of Pellow");
  });

  it("is not where the article gives two seats, or none", () => {
    const two = "The Botanical Society of Pellow and the Botanical Society of Dunmore met. The Botanical Society praised her.";
    expect(acceptedAliases(org("Botanical Society"), two).some((a) => a.includes(" of "))).toBe(false);
    expect(acceptedAliases(org("Botanical Society"), "The Botanical Society praised her.").some((a) => a.includes(" of "))).toBe(false);
  });
});
