import { describe, expect, it } from "vitest";
import { findNamedEntities, isRankAndTitle } from "@/lib/generation/named-entities";

describe("a rank and a title are a description, not a person's name", () => {
  it("reads ordinal or rank words before an office as a description", () => {
    expect(isRankAndTitle("First Emperor")).toBe(true);
    expect(isRankAndTitle("Great Khan")).toBe(true);
    expect(isRankAndTitle("Second Consul")).toBe(true);
    expect(isRankAndTitle("Mira Colt")).toBe(false);
    expect(isRankAndTitle("Emperor Taro")).toBe(false);
    expect(isRankAndTitle("Khan")).toBe(false);
  });

  it("finds no person called 'First Emperor' or 'Great Khan', so no 'he' is written as one", () => {
    const people = (t: string) => findNamedEntities(t).filter((s) => s.type === "PERSON").map((s) => s.text);
    expect(people("Borlan Tusk united the river clans in 812. The Great Khan was much feared by his own captains. He died in 840 while hunting.")).not.toContain("Great Khan");
    expect(people("Borlan Tusk united the river clans in 812. The First Emperor was much feared by his own captains. He died in 840 while hunting.")).not.toContain("First Emperor");
    expect(people("Mira Colt led the northern league for a decade. The Second Consul was also trusted by the merchants of the coast.")).toContain("Mira Colt");
  });
});
