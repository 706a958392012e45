import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { prefixMakesOtherBody } from "@/lib/generation/prefixed-bodies";
import type { Span } from "@/lib/generation/types";

const span = (type: Span["type"], text: string): Span => ({ type, text, start: 0, end: text.length });

// Invented: a trading firm of an invented country, and its rivals, in an article that writes the shorter name alone too.
const TRADE = `The Spice Trade of Orlen

The Dutch East India Company shipped pepper from the island ports. By 1700 the East India Company held most of the trade.
British Orlen was ruled from the coast, and Orlen itself became free in 1950. Upper Vell and Vell were two lands.`;

describe("a leading word of rule, period or direction makes another body (judges: a shorter place name that names a different body)", () => {
  it("reads the prefixes that make another body, either way round", () => {
    expect(prefixMakesOtherBody("India", "British India")).toBe(true);
    expect(prefixMakesOtherBody("East Germany", "Germany")).toBe(true);
    expect(prefixMakesOtherBody("Canada", "Upper Canada")).toBe(true);
    expect(prefixMakesOtherBody("East India Company", "Dutch East India Company")).toBe(true);
    expect(prefixMakesOtherBody("Africa", "British East Africa")).toBe(true);
  });

  it("leaves a prefix that only names the same body, and names that are no prefix's", () => {
    expect(prefixMakesOtherBody("Britain", "Great Britain")).toBe(false);
    expect(prefixMakesOtherBody("East India Company", "Trevian East India Company")).toBe(false);
    expect(prefixMakesOtherBody("USSR", "Soviet Union")).toBe(false);
  });

  it("reads every people's word alike, as demonyms knows them, not a list of some nations' words", () => {
    for (const people of ["Swedish", "Danish", "Japanese", "American"]) {
      expect(prefixMakesOtherBody("East India Company", `${people} East India Company`)).toBe(true);
    }
    expect(prefixMakesOtherBody("Civil War", "the American Civil War")).toBe(true);
    // Alike also where the article itself calls the firm by its shorter name: then that name is the article's word for it.
    expect(acceptedAliases(span("ORG", "Swedish East India Company"), TRADE.replace(/Dutch/g, "Swedish"))).toContain("East India Company");
    expect(acceptedAliases(span("ORG", "Dutch East India Company"), TRADE)).toContain("East India Company");
    // "Royal" says only what rank a body holds.
    expect(prefixMakesOtherBody("Tessan Navy", "Royal Tessan Navy")).toBe(false);
  });

  it("never accepts the shorter name typed for the key where the article does not use it for the key", () => {
    expect(acceptedAliases(span("ORG", "Dutch East India Company"), TRADE.replace("By 1700 the East India Company held", "By 1700 the Dutch firm held"))).not.toContain("East India Company");
    expect(acceptedAliases(span("PLACE", "British Orlen"), TRADE)).not.toContain("Orlen");
    expect(acceptedAliases(span("PLACE", "Upper Vell"), TRADE)).not.toContain("Vell");
    expect(acceptedAliases(span("PLACE", "Orlen"), TRADE)).not.toContain("British Orlen");
  });
});
