import { describe, expect, it } from "vitest";
import { findIdentities, makeIdentityQuestion } from "@/lib/generation/make-identity-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a cast list whose descriptions open with two describing words before the noun ("a stern, patient man").
const CAST = [
  "The Reed Boat: Plot Summary",
  "",
  "The Reed Boat is a novel by the writer Ada Vell.",
  "",
  "Main characters:",
  "- Orin Tallow, a stern, patient man who mends nets.",
  "- Hesk Marrow, a greedy, idle man, and his daughter Pell.",
  "- Wenna Tallow, Orin's sister, who keeps the inn.",
  "- Dace, a lively boy who visits each summer.",
].join("\n");

describe("an identity cut at a comma between two describing words", () => {
  const { sentences } = parseArticle(CAST);
  const facts = findIdentities(sentences, sentences.map(() => []));

  it("reads no description from the first describing word alone ('a stern')", () => {
    expect(facts.map((f) => f.description)).not.toContain("a stern");
    expect(facts.map((f) => f.description)).not.toContain("a greedy");
  });

  it("offers no bare describing word beside a relation key", () => {
    const sister = facts.find((f) => f.name === "Wenna Tallow");
    for (const seed of [0.1, 0.5, 0.9]) {
      const q = sister ? makeIdentityQuestion(sister, facts, sentences, CAST, () => seed) : null;
      for (const o of q?.options ?? []) expect(["Stern", "Greedy"]).not.toContain(o.text);
    }
  });
});

// Invented: the second describing word comes before a noun no list of person words holds ("a cold, greedy pawnbroker").
describe("an identity cut at a comma before a describing word and a noun of any kind", () => {
  const text = ["The Lamp Shop", "", "The tale opens in the dusty shop of Marlo Quince, a cold, greedy pawnbroker.", "Marlo Quince counts his coins each night.", "Marlo Quince sells old lamps."].join("\n");
  const { sentences } = parseArticle(text);
  const facts = findIdentities(sentences, sentences.map(() => []));

  it("reads no description from the first describing word alone ('a cold')", () => {
    expect(facts.map((f) => f.description)).not.toContain("a cold");
  });
});

// Invented: a one-word description between commas, then the sentence's own verb, is the whole description.
describe("a plain appositive before the sentence's verb", () => {
  const text = ["The Harbour Crew", "", "Tam Orr, a farmer, sailed west.", "Tam Orr later kept the harbour light.", "Tam Orr, a farmer, lived here."].join("\n");
  const { sentences } = parseArticle(text);
  const facts = findIdentities(sentences, sentences.map(() => []));

  it("still reads 'a farmer' as who Tam Orr was", () => {
    expect(facts.map((f) => [f.name, f.description])).toContainEqual(["Tam Orr", "a farmer"]);
  });
});
