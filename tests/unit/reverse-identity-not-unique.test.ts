import { describe, expect, it } from "vitest";
import { tracedQuestions } from "../support/traced-candidates";

// Invented articles (review s20a, finding 7): "Which <kind> …?" asked the other way round from a name brought in by its
// kind must name the one the clause is about, and only that one.

const town = [
  "The Founding of Perr",
  "",
  "Perr was a small trading town on the Ulm River. It was ruled by the son of a trader named Dask, who became the first judge of the town. They later followed a priest named Olun, who built the temple of the moon. The town grew rich from the river trade.",
].join("\n");

const admiral = [
  "Admiral Cato Venn",
  "",
  "Cato Venn was a naval commander of the Republic of Isk. He led the fleet for thirty years.",
  "",
  "On his first voyage he fought fever, the illness that killed half his crew. He later sailed with Oren Tasse, the pilot who mapped the northern shoals. His rival, Lio Brand, also mapped the northern shoals two years later. In 1688 he defeated Mael Oster, the admiral who had burned the port of Ventra. Venn died at sea in 1701.",
].join("\n");

const prompts = (text: string) => tracedQuestions(text, { keepUnsure: true }).map((q) => q.prompt);

describe("the reverse identity question", () => {
  it("is not asked of a name after 'of', where the 'who' may mean the noun before it", () => {
    expect(prompts(town).filter((p) => /^Which trader\b/.test(p))).toEqual([]);
    expect(prompts(town)).toContain("Which priest built the temple of the moon?");
  });

  it("is not asked when another sentence gives the same deed to someone else", () => {
    expect(prompts(admiral).filter((p) => /^Which pilot\b/.test(p))).toEqual([]);
    expect(prompts(admiral)).toContain("Which admiral had burned the port of Ventra?");
  });
});
