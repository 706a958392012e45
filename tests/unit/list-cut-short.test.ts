import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { listCutShort } from "@/lib/generation/list-cut-short";

// Our own short article: an invented river people and their songs.
const TARVI = [
  "The Tarvi People",
  "",
  "The Tarvi were a river people who lived along the Mool valley for many centuries.",
  "",
  "The Tarvi built stone granaries along the river banks. Their farmers grew barley and flax in the wet season.",
  "",
  "The old songs of the Tarvi tell of floods, and the valley still holds their ruined granaries.",
  "",
  "The songs' chief themes include the risk of greed, the way pride ruins a family, and the question of whether the river gods could be trusted.",
  "",
  "The Tarvi kingdom declined after a long drought in the ninth century.",
].join("\n");

describe("a statement cut out of a list", () => {
  it("is not made where the cut falls before the list's own 'and'", () => {
    const statements: string[] = [];
    generateQuestions(TARVI, { count: 20, seed: 1, keepUnsure: true, trace: (q) => q.type === "TRUE_FALSE" && statements.push(q.prompt) });
    expect(statements.some((s) => /themes include the danger of greed, the way pride ruins a family\.$/.test(s))).toBe(false);
    expect(listCutShort("Its themes include pride, the cost of greed.", "Its themes include pride, the cost of greed, and the pull of home.")).toBe(true);
    expect(listCutShort("Ilse crossed the salt hills, sailed down the coast to towns such as Orlen and Vess.", "Ilse crossed the salt hills, sailed down the coast to towns such as Orlen and Vess, and rode home in 1402.")).toBe(true);
  });

  it("is not made where the cut keeps only the first member and drops the 'of' every member needs", () => {
    const sentence = "For centuries, the Tarvi were neighbours, trading partners and rivals of the Osk, and at one point they ruled the Osk lands.";
    expect(listCutShort("For centuries, the Tarvi were neighbours.", sentence)).toBe(true);
  });

  it("keeps a cut that closes a whole clause, an opening phrase or an aside", () => {
    expect(listCutShort("The old songs of the Tarvi tell of floods.", "The old songs of the Tarvi tell of floods, and the valley still holds their granaries.")).toBe(false);
    expect(listCutShort("By 1900, the town had grown.", "By 1900, the town had grown, and the mill had closed.")).toBe(false);
    expect(listCutShort("The tomb, found in 1922, held gold.", "The tomb, found in 1922, held gold, and its walls were painted.")).toBe(false);
    expect(listCutShort("When the mill opened, the town grew.", "When the mill opened, the town grew, and new houses rose.")).toBe(false);
    expect(listCutShort("The guild split its crews into teams of 5, 10, 50 and 100 men.", "The guild split its crews into teams of 5, 10, 50 and 100 men, and it paid each team by the day.")).toBe(false);
    expect(listCutShort("The guild built a hall, paid the men and left.", "The guild built a hall, paid the men and left, and the town grew.")).toBe(false);
    expect(listCutShort("Ilse was looking for Varn, the last hill fort.", "Ilse was looking for Varn, the last hill fort, and she thought she had found it.")).toBe(false);
    expect(listCutShort("The brothers ran a forge in Dask, Oreland.", "The brothers ran a forge in Dask, Oreland, and built carts there.")).toBe(false);
    expect(listCutShort("Ilse ruled for 30 years, until her death in 1402.", "Ilse ruled for 30 years, until her death in 1402, and her son followed her.")).toBe(false);
    expect(listCutShort("The guild built a hall.", "The guild built a hall, which had walls and towers.")).toBe(false);
  });
});
