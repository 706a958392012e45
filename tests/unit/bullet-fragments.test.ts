import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";

// An invented port and its invented sights, changes and recipe. Bullets opening with a phrase of time or place were read
// as sentences whenever any verb stood after the phrase, so a noun with a relative clause or a participle was asked as a
// statement ("After _____, rising prices and falling catches.").
const fragments = (lines: string[]) =>
  parseArticle(["The Port of Saltmere", "", "Saltmere is an old trading port on the southern coast of Orland, and it still lives from the sea.", "", "Its sights and changes are these:", ...lines.map((l) => `- ${l}`)].join("\n"))
    .sentences.filter((s) => s.listItem)
    .map((s) => s.text.split(",")[0]);

describe("bullets that open with a phrase of time or place", () => {
  it("stay list fragments when what follows is a noun with a relative clause or a participle", () => {
    expect(fragments([
      "In the east, the great harbour, which fishing boats still use every morning.",
      "After 1850, rising prices and falling catches.",
      "By 1860, a railway linking the port to the capital.",
    ])).toEqual(["In the east", "After 1850", "By 1860"]);
  });

  it("stay list fragments when what follows is an instruction", () => {
    expect(fragments(["First, clean the eels and soak them in brine.", "Finally, do not let the fire grow too hot."])).toEqual(["First", "Finally"]);
  });

  it("are sentences when a subject and its own verb follow, after any further opening phrase", () => {
    expect(fragments([
      "In 1841, the salt guild was dissolved and its warehouses were sold.",
      "Finally, in 1872, the harbour was dredged so that steamships could enter.",
    ])).toEqual([]);
  });
});

describe("bullets that are a noun and a participle phrase ('Tiles made of blue clay …')", () => {
  it("are list fragments, while a bullet with a clause of its own stays a sentence", () => {
    expect(fragments([
      "Tiles made of blue clay from the river mouth, laid into the quay in a pattern called fishbone.",
      "The fishermen sailed in small boats before dawn every day.",
    ])).toEqual(["Tiles made of blue clay from the river mouth"]);
  });
});
