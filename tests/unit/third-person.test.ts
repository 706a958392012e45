import { describe, expect, it } from "vitest";
import { thirdPerson } from "@/lib/generation/known-base-form";

describe("thirdPerson", () => {
  it("adds -es after a hissing sound or an o, -ies after a consonant and y, and -s otherwise", () => {
    expect(thirdPerson("reach")).toBe("reaches");
    expect(thirdPerson("fix")).toBe("fixes");
    expect(thirdPerson("echo")).toBe("echoes");
    expect(thirdPerson("carry")).toBe("carries");
    expect(thirdPerson("obey")).toBe("obeys");
    expect(thirdPerson("travel")).toBe("travels");
  });

  it("gives the irregular presents of be, have, do and go", () => {
    expect(["be", "have", "do", "go"].map(thirdPerson)).toEqual(["is", "has", "does", "goes"]);
  });
});
