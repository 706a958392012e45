import { describe, expect, it } from "vitest";
import { tagged } from "@/lib/generation/question-stems";
import { verbGroups } from "@/lib/generation/verb-groups";

// One counter of verb groups for the statement trims and the headless-clause check (invented phrases).
describe("verbGroups", () => {
  it("counts a run of verbs through adverbs and not as one group", () => {
    expect(verbGroups(tagged("the dam would not fail"))).toBe(1);
    expect(verbGroups(tagged("the engineers reported the dam would fail"))).toBe(2);
  });

  it("strict: a verb after one that leads nothing starts a group, and to with a plain form goes on one", () => {
    expect(verbGroups(tagged("the town began to grow"))).toBe(2);
    expect(verbGroups(tagged("the town began to grow"), { strict: true })).toBe(1);
    expect(verbGroups(tagged("was founded by a weaver"), { strict: true })).toBe(1);
    expect(verbGroups(tagged("the guild founded met there"))).toBe(1);
    expect(verbGroups(tagged("the guild founded met there"), { strict: true })).toBe(2);
  });
});
