import { describe, expect, it } from "vitest";
import { findLists } from "@/lib/generation/find-lists";
import { parseArticle } from "@/lib/generation/parse-article";

const members = (body: string) => findLists(parseArticle(`Harbour Town\n\n${body}`).sentences).map((l) => l.items.map((i) => i.text));

describe("a list's last member followed by a passive said of it", () => {
  it("ends the member before the participle of 'run by', 'owned by'", () => {
    expect(members("By then the town had a school, a bank and a ferry run by the harbour board.")).toEqual([["school", "bank", "ferry"]]);
    expect(members("The guild kept a hall, a granary and a mill owned by the abbey.")).toEqual([["hall", "granary", "mill"]]);
  });

  it("keeps a member whose 'by' says where it is", () => {
    expect(members("The village had a chapel, a forge and a cottage by the river.")).toEqual([["chapel", "forge", "cottage"]]);
  });
});
