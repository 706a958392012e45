import { describe, expect, it } from "vitest";
import { findLists } from "@/lib/generation/find-lists";
import { parseArticle } from "@/lib/generation/parse-article";

const lists = (body: string) => findLists(parseArticle(`Harbour Town\n\n${body}`).sentences).map((l) => ({ lead: l.lead, items: l.items.map((i) => i.text) }));

describe("a verb's particle before a list ('carried back', 'carried home', 'took away')", () => {
  it("belongs to the verb, not to the first member", () => {
    expect(lists("The sailors carried back silk cloth, black pepper and glass beads.")).toEqual([
      { lead: "The sailors carried back", items: ["silk cloth", "black pepper", "glass beads"] },
    ]);
    expect(lists("The raiders took away grain, cattle and iron tools.")).toEqual([{ lead: "The raiders took away", items: ["grain", "cattle", "iron tools"] }]);
    expect(lists("The envoys carried home silver bowls, medicines and rare birds.")).toEqual([
      { lead: "The envoys carried home", items: ["silver bowls", "medicines", "rare birds"] },
    ]);
  });
});
