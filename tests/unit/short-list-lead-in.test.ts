import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";

// Review s19b finding 7: a short line ending in a colon over a bulleted list leads into the list; it is no heading that cuts
// the summary off into a section of its own.
describe("a short lead-in over a list", () => {
  const text = [
    "# The Copper Bell",
    "",
    "The copper bell of Dunmere was cast in 1733 by a founder named Essa Rawl. It rang over the market square for a century.",
    "",
    "The bell has three parts:",
    "- a copper crown that holds the clapper",
    "- a bronze lip that Essa poured herself",
    "- an iron yoke that carries the weight",
    "",
    "## Later years",
    "",
    "The bell was taken down in 1840. It now hangs in the museum of Dunmere.",
  ].join("\n");

  it("reads the lead-in as prose in the summary's section, not as a heading", () => {
    const article = parseArticle(text);
    expect(article.sections.map((s) => s.heading)).toEqual([null, "Later years"]);
    expect(article.sentences.find((s) => s.text === "The bell has three parts:")?.section).toBe(0);
  });

  it("keeps a short label without a verb over a list as a heading", () => {
    const labelled = text.replace("The bell has three parts:", "Parts of the bell:");
    expect(parseArticle(labelled).sections.map((s) => s.heading)).toEqual([null, "Parts of the bell:", "Later years"]);
  });
});
