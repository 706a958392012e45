import { describe, expect, it } from "vitest";
import { yearOfALaterHonour } from "@/lib/generation/check-beside-the-point";

// Judges failed the year of a late medal, of a place on a list of great women, of a book's film and of a heritage
// listing: the life or the work is the point, the year of its later honour is recall.
const at = (sentence: string, key: string) => [sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length] as const;
const LIFE = "Orla Penhale\n\nOrla Penhale (1790 – 1851) was a shell collector from Brackton who found many rare fossils.\n\n";
const BOOK = "The Lantern Boys\n\nThe Lantern Boys is a novel by Ada Crane, published in 1959, about two brothers in a mill town.\n\n";

describe("the year of a later honour told as a whole sentence", () => {
  it("is held for a medal, a list of the greatest, a film version and a heritage list", () => {
    const honours = [
      [LIFE, at("In 1844 Orla Penhale received the Royal Gold Medal for her finds.", "1844")],
      [LIFE, at("In 2011 the Brackton Academy named her one of the ten finest collectors of the age.", "2011")],
      [BOOK, at("In 1977 the book was turned into a film directed by Ivo Strand.", "1977")],
      [LIFE, at("In 2003, the town council added her cottage to its list of protected buildings.", "2003")],
    ] as const;
    for (const [article, [sentence, start, end]] of honours) {
      expect(yearOfALaterHonour(sentence, start, end, article + sentence, article.split("\n")[0]!), sentence).toBe(true);
    }
  });

  it("leaves the dates of the life or the work itself, and an honour the article opens on", () => {
    const kept = [
      [LIFE, at("In 1811 Orla Penhale found a skull on the beach below the cliffs.", "1811")],
      [BOOK, at("In 1959 the book was turned into a film before it was even printed.", "1959")],
    ] as const;
    // A prize the article names again is part of the story ("the first to win two Harlow Prizes").
    const again = "Orla Penhale later shared the Harlow Prize with her brother.\n\n";
    const [sentence, start, end] = at("In 1846 Orla Penhale won the Harlow Prize for her finds.", "1846");
    expect(yearOfALaterHonour(sentence, start, end, LIFE + again + sentence, "Orla Penhale")).toBe(false);
    expect(yearOfALaterHonour(sentence, start, end, LIFE + sentence, "Orla Penhale")).toBe(true);
    for (const [article, [sentence, start, end]] of kept) {
      expect(yearOfALaterHonour(sentence, start, end, article + sentence, article.split("\n")[0]!), sentence).toBe(false);
    }
  });
});
