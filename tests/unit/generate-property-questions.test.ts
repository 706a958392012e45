import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { isUngrammatical } from "@/lib/generation/check-stems";

// Our own explanatory article: properties stated with "made up of", "famous for" and "consist of", and some the maker must refuse
// (the site, the dunes and the layer recur, so each is refused for its own reason, not for being mentioned once).
const marsh = `Salt Marshes of Kell Bay

Kell Bay lies on a cold northern coast. The salt marsh is made up of mud flats, or tidal beds. Every spring the marsh floods twice. Herons nest along the salt marsh in summer. Geese arrive in autumn. The marsh is home to them in winter. Ossary stands at the mouth of the bay; it is famous for its smoked eel and for a lantern festival. Walkers come to the site each autumn. The site keeps a small museum. The site is famous for its old mills. Farmers graze sheep on the marsh grass. The dunes shift every winter. The dunes consist of sand, shells and dried weed. Children play on the dunes. Under the mud lies a grey layer. Scientists think that this layer is made of clay. The layer holds water. The boat was made of reeds.`;

function candidates(text: string) {
  const all: { prompt: string; type: string; answerText: string; answerKey: { kind: string; accepted?: string[] } }[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q) => void all.push(q) });
  return all;
}

describe("properties of a thing, asked typed", () => {
  it("asks what the article's term is made up of, accepting the phrase, its head noun and its other name", () => {
    const q = candidates(marsh).find((c) => c.prompt === "What is the salt marsh made up of?");
    expect(q?.type).toBe("FILL_BLANK");
    expect(q?.answerText).toBe("mud flats");
    expect(q?.answerKey.accepted).toEqual(expect.arrayContaining(["mud flats", "flats", "tidal beds"]));
  });

  it("asks what a named place is famous for, reading 'it' after a semicolon as the name opening the sentence", () => {
    const all: Parameters<typeof passesGates>[0][] = [];
    generateQuestions(marsh, { count: 10, seed: 1, trace: (q) => void all.push(q) });
    const q = all.find((c) => c.prompt === "What is Ossary famous for?");
    expect(q?.answerText).toBe("its smoked eel and for a lantern festival");
    if (q?.answerKey.kind === "text") expect(q.answerKey.accepted).toEqual(expect.arrayContaining(["smoked eel", "eel", "lantern festival", "festival"]));
    expect(passesGates(q!, marsh)).toBe(true);
  });

  it("refuses a subject that only points back, a pronoun or a list as the object, and a thing the article does not return to", () => {
    const prompts = candidates(marsh).map((c) => c.prompt);
    expect(prompts).not.toContain("What is the site famous for?");
    // "them" stands for birds named before: no answer.
    expect(prompts).not.toContain("What is the marsh home to?");
    expect(prompts.filter((p) => /consist of\?$/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /^What (?:is|was) (?:this layer|the boat)\b/i.test(p))).toEqual([]);
  });

  it("reads a built question ending in the preposition its participle or adjective takes as grammatical", () => {
    expect(isUngrammatical("What is the hull made of?")).toBe(false);
    expect(isUngrammatical("What is Ossary famous for?")).toBe(false);
    expect(isUngrammatical("The hull is made of the.")).toBe(true);
  });

  it("gives way to the definition whose shown context holds its key: the term is the point, and both cannot share a quiz", () => {
    const shelf = `The Ice Shelf of Orrin

The Orrin ice shelf lies at the edge of a cold southern sea. Divers report that the shelf is made of thick sheets of ice, or floes. These sheets are called keel plates. Each winter new ice forms along the shelf. In summer the shelf loses ice at its edge. Seals rest on the shelf in spring.`;
    const fates: [string, string, string][] = [];
    const { questions } = generateQuestions(shelf, { count: 10, seed: 1, trace: (q, verdict) => void fates.push([verdict, q.keyKind, q.prompt]) });
    expect(fates).toContainEqual(["gives-way-to-term", "property", "What is the shelf made of?"]);
    expect(questions.some((q) => q.keyKind === "definition" && q.answerText === "keel plates")).toBe(true);
  });
});
