import { describe, expect, it } from "vitest";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { findIntroducedTerms } from "@/lib/generation/introduced-terms";
import { findFunctionFacts } from "@/lib/generation/make-function-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a pump whose parts are named in passing, with a change told as "makes the <noun> <comparative>, which …" and a
// ranking sentence that reads like a definition ("The most useful is the piston").
const pump = [
  "How a Hand Pump Works",
  "",
  "The pump has no motor of its own, so pumping depends on the arm that works it. The most useful is the piston, a leather cup inside the pipe. You grip the handle, a long iron lever. Below it sits the valve, which opens upwards. Water leaves by the spout, which points downwards. When you push down, the piston rises and lifts the water. This makes the bucket heavier, which tells you the pump works.",
].join("\n");

describe("the named things whose jobs are asked", () => {
  const article = parseArticle(pump);

  it("takes no noun with the describing word a change gives it ('the bucket heavier, which …')", () => {
    expect(findIntroducedTerms(article.sentences, article.title)).not.toContain("bucket heavier");
  });

  it("offers no describing phrase read as a defined term ('most useful') as a part", () => {
    const facts = findFunctionFacts(article.sentences, [], pump, findDefinitions(article.sentences), findIntroducedTerms(article.sentences, article.title));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f.parts).toEqual(["piston", "handle", "valve", "spout"]);
  });
});
