import { describe, expect, it } from "vitest";
import { acceptedAliases, articleAliases } from "@/lib/generation/aliases";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { linksIn } from "@/lib/generation/naming-statements";
import { keyIdentities } from "@/lib/generation/same-key";
import type { GeneratedQuestion, Span } from "@/lib/generation/types";

// Invented people and places throughout.
const person = (text: string): Span => ({ type: "PERSON", text, start: 0, end: text.length });

describe("names an article's naming statements give one person", () => {
  const QUILL = `Rosalind Quill

Rosalind Quill was a weaver from the hill town of Brenn. Her parents named her Rosalind, and everyone called her Roz. In 1802 Roz married Tomas Ferrow, a miller from the valley. Her cousin Petra Lind ran the dye works by the river. Roz sold her cloth to the merchants Anselm Drury and Corwin Blake. Rosalind Quill died in Brenn in 1840.`;

  it("accepts the pet name and the given name for each other", () => {
    expect(acceptedAliases(person("Roz"), QUILL)).toEqual(expect.arrayContaining(["Roz", "Rosalind", "Rosalind Quill"]));
    expect(acceptedAliases(person("Rosalind"), QUILL)).toEqual(expect.arrayContaining(["Rosalind", "Roz"]));
    // The full name holds the given name, which names no one else here.
    expect(articleAliases("Rosalind Quill", QUILL)).toContain("Roz");
  });

  it("never offers one of her names as a wrong option for another", () => {
    // The article's people, as the generator indexes them.
    const people = ["Rosalind Quill", "Rosalind", "Roz", "Tomas Ferrow", "Petra Lind", "Anselm Drury", "Corwin Blake"];
    const context = { articleTexts: indexArticleTexts(people.map(person)), year: 1802, articleText: QUILL };
    const forRoz = pickDistractors(person("Roz"), "In 1802 _____ married Tomas Ferrow, a miller from the valley.", context, 3, () => 0.3);
    expect(forRoz.length).toBeGreaterThan(0);
    expect(forRoz.filter((o) => /Rosalind/.test(o))).toEqual([]);
    const forFull = pickDistractors(person("Rosalind Quill"), "_____ died in Brenn in 1840.", context, 3, () => 0.3);
    expect(forFull.length).toBeGreaterThan(0);
    expect(forFull).not.toContain("Roz");
  });

  it("makes her names one key, asked once", () => {
    const keyed = ["Roz", "Rosalind Quill", "Tomas Ferrow"].map((answerText) => ({ answerText, spanType: "PERSON" }) as GeneratedQuestion);
    const idOf = keyIdentities(keyed, (q) => q.answerText.toLowerCase(), (q) => q.answerText, QUILL);
    expect(idOf("roz")).toBe(idOf("rosalind quill"));
    expect(idOf("tomas ferrow")).not.toBe(idOf("roz"));
  });

  it("reads each kind of naming statement", () => {
    expect(linksIn("Her parents named her Rosalind, and everyone called her Roz.")).toEqual([["Rosalind", "Roz"]]);
    expect(linksIn("Rosalind was the name that her grandparents gave her, but friends called her Roz.")).toEqual([["Roz", "Rosalind"]]);
    expect(linksIn("In 1790 Ada Pell married Tomas Crane, and she then took the name Mira.")).toEqual([["Ada Pell", "Mira"]]);
    expect(linksIn("Born Ada Pell, she took the name Mira when she joined the order.")).toEqual([["Mira", "Ada Pell"]]);
    expect(linksIn("Ada Pell was better known as Mira.")).toEqual([["Ada Pell", "Mira"]]);
    expect(linksIn("Later the weaver Ada Pell was known as Mira.")).toEqual([["Ada Pell", "Mira"]]);
    expect(linksIn("Roz, whose real name was Rosalind, grew up in Brenn.")).toEqual([["Roz", "Rosalind"]]);
    expect(linksIn("She was born Ada Pell but renamed herself Mira.")).toEqual([["Ada Pell", "Mira"]]);
    expect(linksIn("Ada Pell grew up in Brenn, where everyone called her Roz.")).toEqual([["Ada Pell", "Roz"]]);
    expect(linksIn("The town of Brenn was renamed Port Ellis in 1850.")).toEqual([["Brenn", "Port Ellis"]]);
  });

  it("links nothing where the naming may be of someone else", () => {
    // One person names another.
    expect(linksIn("Ada named her Mira.")).toEqual([]);
    expect(linksIn("She named her Mira.")).toEqual([]);
    // Two women the "she" may mean.
    expect(linksIn("In 1790 Ada Pell married Bea Crane, and she took the name Mira.")).toEqual([]);
    // An office, a faith and a month are no names.
    expect(linksIn("The king named him Governor of the island.")).toEqual([]);
    expect(linksIn("She was born Catholic.")).toEqual([]);
    // A common word opening the sentence is no name.
    expect(linksIn("Together, they named her Roz.")).toEqual([]);
  });

  it("accepts the names across an article", () => {
    const text = `Mira Crane

The youngest of five sisters, Ada was the name that her grandparents gave her, but friends called her Addie. Around 1790 Addie married Tomas Crane, and she adopted the name Mira. Mira sailed west in 1795.`;
    expect(acceptedAliases(person("Addie"), text)).toEqual(expect.arrayContaining(["Ada", "Mira"]));
    expect(acceptedAliases(person("Mira"), text)).toEqual(expect.arrayContaining(["Ada", "Addie"]));
  });
});
