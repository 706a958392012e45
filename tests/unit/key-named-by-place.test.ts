import { describe, expect, it } from "vitest";
import { namesKey } from "@/lib/generation/check-shown-text";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Our own sentences, written for these tests.
const question = (prompt: string, answerText: string, options: string[]) => draftQuestion({ prompt, answerText, options: opts(...options) }, { keyKind: "name" });
// Whether the question's own stem names its key.
const stemNamesKey = (prompt: string, answerText: string, options: string[]) => {
  const q = question(prompt, answerText, options);
  return namesKey(q.prompt, q);
};

describe("a stem that names the key by a place it is tied to", () => {
  it("names a longer name's key through the place one of its words grows from", () => {
    expect(stemNamesKey("The island became a colony of the _____, and Venice's fleet guarded it for a century.", "Venetian Republic", ["Venetian Republic", "Ottoman Empire", "Kingdom of Aragon", "Duchy of Milan"])).toBe(true);
    expect(stemNamesKey("The island became a colony of the _____, and its fleet guarded it for a century.", "Venetian Republic", ["Venetian Republic", "Ottoman Empire", "Kingdom of Aragon", "Duchy of Milan"])).toBe(false);
  });

  it("names a country through a city of it the stem shows", () => {
    expect(stemNamesKey("In 1930, _____ honoured the painter with a grand hall in Paris for his canvases.", "France", ["France", "Spain", "Italy", "Belgium"])).toBe(true);
    expect(stemNamesKey("In 1930, _____ honoured the painter with a grand hall in Madrid for his canvases.", "France", ["France", "Spain", "Italy", "Belgium"])).toBe(false);
  });
});

describe("a city key placed in its land right after the blank", () => {
  it("is given away by the land", () => {
    expect(stemNamesKey("The harbour of _____, in Japan, handles rice and silk for the whole coast.", "Osaka", ["Osaka", "Busan", "Manila", "Shanghai"])).toBe(true);
    expect(stemNamesKey("The harbour of _____ handles rice and silk for the whole coast of Japan.", "Osaka", ["Osaka", "Busan", "Manila", "Shanghai"])).toBe(false);
  });
});

describe("a country key after a place the stem says lies in it", () => {
  it("is given away by the place, known to the gazetteer or not", () => {
    expect(stemNamesKey("The fort of Punta de Sal, in _____, guarded the salt trade.", "Mexico", ["Mexico", "Spain", "Brazil", "France"])).toBe(true);
    expect(stemNamesKey("The fort guarded the salt trade of _____ for a century.", "Mexico", ["Mexico", "Spain", "Brazil", "France"])).toBe(false);
  });
});
