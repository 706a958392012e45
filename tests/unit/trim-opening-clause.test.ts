import { describe, expect, it } from "vitest";
import { listCutShort } from "@/lib/generation/list-cut-short";
import { parseArticle } from "@/lib/generation/parse-article";
import { trimClause, trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

const aboutHer = (text: string): Sentence => ({ ...parseArticle(`Title\n${text}`).sentences[0]!, person: { name: "Ada Venn", pronoun: "she" } });

describe("a main clause that follows an opening phrase and a side clause", () => {
  const ill = "In 1790, when she was about 70 and very weak, a council of elders made her hand over the seal, and her nephew Oren took charge of the valley.";

  it("is kept, not cut at its subject as if that were an aside", () => {
    expect(trimToMainClause(aboutHer(ill))?.text).toBe("In 1790, when Ada Venn was about 70 and very weak, a council of elders made her hand over the seal.");
  });

  it("is no list cut short before its 'and'", () => {
    expect(listCutShort("In 1790, when Ada Venn was about 70 and very weak, a council of elders made her hand over the seal.", ill)).toBe(false);
    // (A real list still is: the statement stops before the list's own "and".)
    expect(listCutShort("The guild sold wool, cloth.", "The guild sold wool, cloth, and salt to the coast.")).toBe(true);
  });
});

describe("an opening that holds the main clause itself", () => {
  it("is not cut away to leave a clause that opens on 'and'", () => {
    const wed = "In 1902 she married Tomas Brandt, a Danish chemist, and the two began to work together.";
    expect(trimClause(aboutHer(wed), wed)).toBeNull();
    expect(trimToMainClause(aboutHer(wed))?.text).toBe("In 1902 Ada Venn married Tomas Brandt, a Danish chemist.");
  });
});

describe("an opening that holds the main clause before an appositive", () => {
  it("is not moved behind the appositive as if it were a place or time", () => {
    const bridge = "In 1760 the town built a bridge, a long stone arch, and the two banks were joined for the first time.";
    expect(trimToMainClause(aboutHer(bridge))?.text).toBe("In 1760 the town built a bridge, a long stone arch.");
    const mill = "In 1790 she sold the mill, a small wooden building, but the family kept the land.";
    expect(trimToMainClause(aboutHer(mill))?.text).toBe("In 1790 Ada Venn sold the mill, a small wooden building.");
  });
});
