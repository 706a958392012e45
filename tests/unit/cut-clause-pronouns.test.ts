import { describe, expect, it } from "vitest";
import { namesNearerReferent } from "@/lib/generation/resolve-pointers";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";
import { tracedQuestions } from "../support/traced-candidates";

// Invented articles: a pronoun whose nearest thing of its number sits in an opening clause that a statement or a
// question cuts away. Written out as the title's thing it made a wrong key ("The ferry shifts with every tide").

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

/** Every candidate's shown text (stem and options), whatever its fate. */
function candidateTexts(article: string): string[] {
  return tracedQuestions(article).map((q) => [q.prompt, ...(q.options ?? []).map((o) => o.text)].join(" | "));
}

const ferry = [
  "The Marrow Ferry",
  "",
  "The Marrow ferry has carried carts across the Tolbeck estuary since 1820. Because the estuary floor is soft mud, it shifts with every tide, and every plan for a bridge has failed.",
].join("\n");

const mill = [
  "Kessel Village",
  "",
  "Kessel Village grew up around a water mill on the Dwyn stream in the 1600s. After the mill burned in 1788, it reopened under the Orrin family and ground corn for another century.",
].join("\n");

const causeway = (opener: string) =>
  [
    "The Grell Causeway",
    "",
    `The Grell Causeway linked the island of Vorn to the mainland from 1702. The Grell Causeway was built of timber and stone. ${opener} the river was wide and fast, it carried away the low road twice every winter.`,
  ].join("\n");

describe("a pronoun after an opening clause that names a thing of its number", () => {
  it("is never written out as the title's thing in a true statement", () => {
    expect(candidateTexts(ferry).filter((t) => /Marrow Ferry shifts/i.test(t))).toEqual([]);
    expect(candidateTexts(mill).filter((t) => /Kessel Village reopened/i.test(t))).toEqual([]);
    expect(candidateTexts(causeway("Because")).filter((t) => /Grell Causeway carried away/i.test(t))).toEqual([]);
    expect(trimToMainClause(sentence("Because the estuary floor is soft mud, it shifts with every tide."), "The Marrow Ferry")).toBeNull();
  });

  it("is not made the topic of a 'Why …?' question or a cause statement built from the cut sentence", () => {
    const texts = candidateTexts(causeway("Since"));
    expect(texts.filter((t) => /Grell Causeway (?:carried|carry) away/i.test(t))).toEqual([]);
  });

  it("still stands for the title's thing after an opening that names no thing of its number", () => {
    // A time, a plural or a person in the opening is no rival for "it".
    expect(trimToMainClause(sentence("After 1790, it carried carts and cattle across the estuary."), "The Marrow Ferry")?.text).toBe("The Marrow Ferry carried carts and cattle across the estuary.");
    expect(trimToMainClause(sentence("Because the carters paid well, it carried carts and cattle across the estuary."), "The Marrow Ferry")?.text).toBe("The Marrow Ferry carried carts and cattle across the estuary.");
  });

  it("reads the rivals by number: a singular thing for it/its, a plural one for they/their, never a person for it", () => {
    // The words before the sentence's first pronoun, read as the tagger reads the whole sentence.
    const rival = (text: string, plural: boolean) => namesNearerReferent(text, text.search(/\b(?:it|its|they|their)\b/), plural);
    expect(rival("Because the estuary floor is soft mud, it shifts with every tide.", false)).toBe(true);
    expect(rival("After the mill burned in 1788, it reopened under a new owner.", false)).toBe(true);
    expect(rival("When the rivers flooded, they carried away the fences.", true)).toBe(true);
    expect(rival("When the rivers flooded, it closed for a month.", false)).toBe(false);
    expect(rival("After the old king died, it stood empty for a decade.", false)).toBe(false);
    expect(rival("In March 1790, it carried the first mail coach.", false)).toBe(false);
  });

  it("leaves an expletive 'it' unwritten: it stands for nothing, the title's thing least of all", () => {
    const bridge = (second: string) =>
      ["The Halden Bridge", "", `The Halden Bridge carried the coast road over the Saltwick gorge from 1851. The Halden Bridge was built of grey granite. ${second}`].join("\n");
    for (const second of ["Because the gorge was deep, it was four years before the last stone was laid.", "It was four years before the last stone was laid because the winds in the gorge were strong."]) {
      expect(candidateTexts(bridge(second)).filter((t) => /Halden Bridge (?:was|be) four years/i.test(t))).toEqual([]);
    }
  });
});
