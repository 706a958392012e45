import { describe, expect, it } from "vitest";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import { sentenceOf } from "../support/sentences";

const sentence = sentenceOf;

describe("an example set off by commas inside a sentence", () => {
  it("is cut like a bracket, keeping the comma that ends an opening clause", () => {
    expect(trimToMainClause(sentence("If the gate is opened anywhere, for example by a strong wind or a careless hand, the sheep escape at once."))?.text).toBe(
      "If the gate is opened anywhere, the sheep escape at once.",
    );
    expect(trimToMainClause(sentence("Hard woods, for example oak or ash, last for many decades in wet ground."))?.text).toBe("Hard woods last for many decades in wet ground.");
  });
});

describe("an example that is a list", () => {
  it("is not cut inside the list", () => {
    const wheat = trimToMainClause(sentence("Growers on the Ferran slopes raise grain, for example spelt, rye and millet, on narrow terraces."))?.text ?? "";
    expect(wheat).not.toMatch(/grain rye|grain,? rye and millet/);
    const four = trimToMainClause(sentence("Growers on the Ferran slopes raise grain, for example spelt, rye, millet and oats, on narrow terraces."))?.text ?? "";
    expect(four).not.toMatch(/grain,? rye/);
  });
});

describe("a bare \"for example\" set off by commas", () => {
  it("goes after an opening clause and leaves the comma that closes that clause", () => {
    expect(trimToMainClause(sentence("When you drop a glass, for example, shards scatter across the tiled kitchen floor."))?.text).toBe(
      "When you drop a glass, shards scatter across the tiled kitchen floor.",
    );
    expect(trimToMainClause(sentence("Old barns, for example, shelter owls through the long winter months."))?.text).toBe("Old barns shelter owls through the long winter months.");
  });
});
