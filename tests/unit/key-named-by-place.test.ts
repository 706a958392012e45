import { describe, expect, it } from "vitest";
import { namesKey } from "@/lib/generation/check-shown-text";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Our own sentences, written for these tests.
const question = (prompt: string, answerText: string, options: string[]) => draftQuestion({ prompt, answerText, options: opts(...options) }, { keyKind: "name" });

describe("a stem that names the key by a place it is tied to", () => {
  it("names a longer name's key through the place one of its words grows from", () => {
    const empire = question("The island became a colony of the _____, and Venice's fleet guarded it for a century.", "Venetian Republic", ["Venetian Republic", "Ottoman Empire", "Kingdom of Aragon", "Duchy of Milan"]);
    expect(namesKey(empire.prompt, empire)).toBe(true);
    const unrelated = question("The island became a colony of the _____, and its fleet guarded it for a century.", "Venetian Republic", ["Venetian Republic", "Ottoman Empire", "Kingdom of Aragon", "Duchy of Milan"]);
    expect(namesKey(unrelated.prompt, unrelated)).toBe(false);
  });

  it("names a country through a city of it the stem shows", () => {
    const honour = question("In 1930, _____ honoured the painter with a grand hall in Paris for his canvases.", "France", ["France", "Spain", "Italy", "Belgium"]);
    expect(namesKey(honour.prompt, honour)).toBe(true);
    const elsewhere = question("In 1930, _____ honoured the painter with a grand hall in Madrid for his canvases.", "France", ["France", "Spain", "Italy", "Belgium"]);
    expect(namesKey(elsewhere.prompt, elsewhere)).toBe(false);
  });
});

describe("a city key placed in its land right after the blank", () => {
  it("is given away by the land", () => {
    const port = question("The harbour of _____, in Japan, handles rice and silk for the whole coast.", "Osaka", ["Osaka", "Busan", "Manila", "Shanghai"]);
    expect(namesKey(port.prompt, port)).toBe(true);
    const bare = question("The harbour of _____ handles rice and silk for the whole coast of Japan.", "Osaka", ["Osaka", "Busan", "Manila", "Shanghai"]);
    expect(namesKey(bare.prompt, bare)).toBe(false);
  });
});

describe("a country key after a place the stem says lies in it", () => {
  it("is given away by the place, known to the gazetteer or not", () => {
    const land = question("The fort of Punta de Sal, in _____, guarded the salt trade.", "Mexico", ["Mexico", "Spain", "Brazil", "France"]);
    expect(namesKey(land.prompt, land)).toBe(true);
    const acted = question("The fort guarded the salt trade of _____ for a century.", "Mexico", ["Mexico", "Spain", "Brazil", "France"]);
    expect(namesKey(acted.prompt, acted)).toBe(false);
  });
});
