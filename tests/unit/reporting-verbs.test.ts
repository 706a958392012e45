import { describe, expect, it } from "vitest";
import { CLAIM_VERBS, opensOnClaim, verbForms } from "@/lib/generation/reporting-verbs";

describe("reporting-verbs", () => {
  it("spells each verb's base, -s and past forms once, in the forms asked for", () => {
    expect(verbForms("say think")).toBe("say|says|said|think|thinks|thought");
    expect(verbForms("know write", ["past"])).toBe("knew|wrote");
    expect(verbForms("fear", ["s", "past"])).toBe("fears|feared");
  });

  it("refuses a verb it has no forms for, rather than building a pattern without it", () => {
    expect(() => verbForms("mutter")).toThrow(/mutter/);
  });

  it("reads a clause that opens on a claim after at most four words, case-blind", () => {
    const claim = opensOnClaim(CLAIM_VERBS);
    expect(claim.test("Many of the millers Thought the wheel was cursed")).toBe(true);
    expect(claim.test("the river rose and the old bridge was said to sway")).toBe(false);
    expect(opensOnClaim(`${CLAIM_VERBS} call`).test("people call it the Grey Ford")).toBe(true);
    expect(claim.test("people call it the Grey Ford")).toBe(false);
  });
});
