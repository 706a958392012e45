import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { namedOnlyHere, TITLE_WORD } from "@/lib/generation/check-passing-details";
import { DROPPABLE_LINKS } from "@/lib/generation/linking-words";
import { MONTH_NAMES } from "@/lib/generation/months";
import { TITLE_WORD_SET } from "@/lib/generation/titles";

const DIR = path.resolve("lib/generation");
const sources = readdirSync(DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => ({ file: f, text: readFileSync(path.join(DIR, f), "utf8") }))
  .concat([{ file: "../quiz/normalize-answer.ts", text: readFileSync(path.resolve("lib/quiz/normalize-answer.ts"), "utf8") }]);

describe("one list each", () => {
  it("spells the months only in months.ts", () => {
    // Three months in a row, in any case and with any separator: a second copy of the list.
    const copy = /january\W+february\W+march|\bjan\W+feb\W+mar\b/i;
    expect(sources.filter((s) => s.file !== "months.ts" && copy.test(s.text)).map((s) => s.file)).toEqual([]);
    expect(MONTH_NAMES).toHaveLength(12);
  });

  it("spells the droppable linking words only in linking-words.ts, and cuts no regex out of another's source", () => {
    const copy = new RegExp(DROPPABLE_LINKS.slice(0, 3).join("\\W+"), "i");
    expect(sources.filter((s) => s.file !== "linking-words.ts" && copy.test(s.text)).map((s) => s.file)).toEqual([]);
    expect(sources.filter((s) => /\.replace\(\/\^However/.test(s.text)).map((s) => s.file)).toEqual([]);
  });

  it("reads every title of the titles list as a title word, and a ruler's number", () => {
    for (const word of TITLE_WORD_SET) expect(TITLE_WORD.test(word)).toBe(true);
    expect(TITLE_WORD.test("XIV")).toBe(true);
    expect(TITLE_WORD.test("Dr.")).toBe(true);
    expect(TITLE_WORD.test("Ivan")).toBe(false);
    // "Khan" is on the titles list: a khan named once among other khans is still someone named in passing.
    const article = "Orda Khan ruled the western steppe. His cousin Tarbek Khan held the river forts. Later Sokhar Khan raided the passes.";
    expect(namedOnlyHere("Tarbek Khan", article)).toBe(true);
  });
});
