import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";
import { dangles, withContext } from "@/lib/generation/question-stems";

// Invented articles: a stem that leans on the sentence before is asked with that sentence printed first.
const aboutHer = (middle: string) =>
  parseArticle(`Lina Orrel\n\nLina Orrel was a shipwright from the town of Kessby. ${middle} She later built the fastest schooner on the coast.`).sentences;

describe("the sentence shown before a stem", () => {
  it("lets a man's pronoun in an article about one woman stand for the man the sentence shown names", () => {
    const sentences = aboutHer("Her father, Tam, repaired fishing boats in the harbour for forty years. He taught Lina to caulk a hull, but he died in 1804, leaving the family poor.");
    for (const s of sentences) s.person = s.titlePerson = { name: "Lina Orrel", pronoun: "she" };
    const stem = "He taught Lina to caulk a hull, but he died in _____, leaving the family poor.";
    expect(withContext(stem, sentences[2]!, sentences[1]!)).toBe(`Lina Orrel's father, Tam, repaired fishing boats in the harbour for forty years. ${stem}`);
  });

  it("still refuses that pronoun when the sentence shown names no one it could be", () => {
    const sentences = aboutHer("Her early years were spent among the fishing boats of the harbour. He taught Lina to caulk a hull, but he died in 1804, leaving the family poor.");
    for (const s of sentences) s.person = s.titlePerson = { name: "Lina Orrel", pronoun: "she" };
    expect(withContext("He taught Lina to caulk a hull, but he died in _____, leaving the family poor.", sentences[2]!, sentences[1]!)).toBeNull();
  });

  it("refuses that pronoun when the sentence shown names two men it could be, or only a place", () => {
    const stem = "He taught Lina to caulk a hull, but he died in _____, leaving the family poor.";
    for (const middle of [
      "Her father, Tam Orrel, and her brother, Pell Orrel, mended nets on the quay.",
      "Her family moved to the walled city of Tarrow when she was small.",
      // (A second man whom nothing but his name shows: still someone the "he" may mean.)
      "In 1799 she married Davin Holt, and her brother, Pell Orrel, joined the yard.",
    ]) {
      const sentences = aboutHer(`${middle} He taught Lina to caulk a hull, but he died in 1804, leaving the family poor.`);
      for (const s of sentences) s.person = s.titlePerson = { name: "Lina Orrel", pronoun: "she" };
      expect(withContext(stem, sentences[2]!, sentences[1]!)).toBeNull();
    }
  });

  it("shows a sentence before of more than thirty words while the whole stem stays short enough to read", () => {
    const long =
      "In the spring of that year the guild of shipwrights, which had met in the old hall by the river for two centuries, voted to admit women to its ranks for the first time.";
    const sentences = parseArticle(`The Kessby Guild\n\n${long} This change let Lina Orrel open a yard of her own in 1790.`).sentences;
    expect(long.split(/\s+/).length).toBeGreaterThan(30);
    const stem = "This change let Lina Orrel open a yard of her own in _____.";
    expect(withContext(stem, sentences[1]!, sentences[0]!)).toBe(`${long} ${stem}`);
    const longer = `${stem.slice(0, -1)}, beside the old ropewalk that the guild had kept for its own members since the great fire of the town.`;
    expect(withContext(longer, sentences[1]!, sentences[0]!)).toBeNull();
  });
});

describe("a pronoun that the clause after it names", () => {
  it("reads a date's 'when he …' clause as the subject's own", () => {
    expect(dangles("In 1790, when he was twelve, Tobin won a place at the naval school in Kessby.")).toBe(false);
    expect(dangles("In 1790, when she was twelve, Mara won a place at the naval school in Kessby.")).toBe(false);
  });

  it("still finds it dangling where the clause after it opens on no name", () => {
    expect(dangles("In 1790, when he was twelve, the school in Kessby gave him a place.")).toBe(true);
  });

  it("finds it dangling where the name the clause opens on acts on that person, or is a place", () => {
    expect(dangles("In 1790, when he was twelve, Admiral Brask made him a cabin boy on the Wren.")).toBe(true);
    expect(dangles("In 1790, when she was twelve, Queen Sella gave her a loom of her own.")).toBe(true);
    expect(dangles("In 1850, when he was twenty, London was the largest port in the world.")).toBe(true);
    // (Nor a title of the other sex: "his" is no queen's.)
    expect(dangles("In 1790, after his death, Queen Sella took the throne of Tesh.")).toBe(true);
    expect(dangles("After his death, Queen Sella took the throne of Tesh.")).toBe(true);
    expect(dangles("In 1790, after his death, King Oren took the throne of Tesh.")).toBe(false);
    // (An owner may still be whom it means.)
    expect(dangles("In 1790, when he was twelve, Tobin's uncle sent him to sea.")).toBe(false);
  });
});
