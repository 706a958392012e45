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

  it("keeps a last member that only looks like a participle ('a garden by the river', 'a green lawn by the wall')", () => {
    expect(members("The farm had a barn, a well and a garden by the river.")).toEqual([["barn", "well", "garden"]]);
    expect(members("The valley held a mill, a chapel and a town by the lake.")).toEqual([["mill", "chapel", "town"]]);
    expect(members("The park had a pond, a bench and a green lawn by the wall.")).toEqual([["pond", "bench", "green lawn"]]);
    expect(members("The fleet had a sloop, a brig and a frigate taken by pirates.")).toEqual([["sloop", "brig", "frigate"]]);
  });
});
