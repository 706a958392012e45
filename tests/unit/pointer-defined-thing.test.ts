import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

/** What the sentence opening so was resolved to: the written-out subject, or null. */
function subjectOf(text: string, opening: string): string | null {
  const found = generateQuestions(text).article.sentences.find((s) => s.text.startsWith(opening));
  if (!found) throw new Error(`no sentence opens with ${opening}`);
  return found.subject ?? null;
}

const organ = `A Tour of the Head

The gorvil is the soft, curved chamber at the back of the skull. It stores salt for the long dry season and releases it slowly.`;

const novel = (second: string) => `Quillon: The Story and Its Meaning

"Quillon" is a brief novel written by Maren Dall, published in May 1931. ${second}`;

describe("an opening 'It' after a sentence that defines one thing", () => {
  it("reads a comma between two describing words as inside the description", () => {
    expect(subjectOf(organ, "It stores")).toBe("The gorvil");
  });

  it("is the article's titled thing when the sentence before says what kind of made thing it is", () => {
    expect(subjectOf(novel("It tells the story of a lighthouse keeper who rescues a whaling crew."), "It tells")).toBe("Quillon");
    const play = `Orlo and Mira: The Story and Its Themes\n\nOrlo and Mira is a tragedy by Ilse Marrow, probably written around 1702. It is set in a mountain town where two rival mills share one river.`;
    expect(subjectOf(play, "It is set")).toBe("Orlo and Mira");
  });

  it("stays unresolved where the written-in title could be read as whom a his or her means", () => {
    expect(subjectOf(novel("It is one of her shortest books, and it sold slowly at first."), "It is one")).toBeNull();
  });

  it("stays unresolved for a plural pointer, or a kind that is a person", () => {
    expect(subjectOf(novel("They tell the story of a lighthouse keeper who rescues a whaling crew."), "They tell")).toBeNull();
    const person = `Greyhaven: The Story and Its Themes\n\nGreyhaven is a miller by trade, probably born around 1702. It is set in a mountain town where two rival mills share one river.`;
    expect(subjectOf(person, "It is set")).toBeNull();
  });
});

describe("an opening 'It' after a title defined as a work about something or a place beside something", () => {
  it("stays unresolved: the thing the work shows, or the place's neighbour, may be what it means", () => {
    expect(subjectOf(`Dark Water\n\nDark Water is a novel about a flood in a mountain valley. It destroyed three villages in a single night.`, "It destroyed")).toBeNull();
    expect(subjectOf(`Red Harbour\n\nRed Harbour is a painting of a storm at sea. It sank four ships in one night.`, "It sank")).toBeNull();
    expect(subjectOf(`Quill\n\nQuill is a short novel set in a lighthouse. It was built in 1810 on a rock off the coast.`, "It was built")).toBeNull();
  });

  it("is still the titled work when the description only says who made it and when", () => {
    const play = `Orlo and Mira\n\nOrlo and Mira is a tragedy written by Ilse Marrow in the mid-1690s. It is set in a mountain town with two rival mills.`;
    expect(subjectOf(play, "It is set")).toBe("Orlo and Mira");
  });
});

