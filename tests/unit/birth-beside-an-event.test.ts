import { describe, expect, it } from "vitest";
import { birthBesideAnEvent, birthStatementBesideAnEvent } from "@/lib/generation/check-side-details";
import { keyAt as at } from "../support/key-span";

// An invented event page (a "Date:" line over it) and an invented life's page telling the same birth.
const born = "Orla Venn was born in Tarsby, Westmark, in 1871, and as a girl she took apart every clock she was given.";
const event = `Orla Venn's Clock Strikes Noon at Kell\nDate: 2 May 1904\nOn 2 May 1904 the great clock that Orla Venn built for Kell struck noon for the first time. ${born}`;
const life = `Orla Venn\nOrla Venn was a clock maker of Westmark. ${born}`;
const title = (text: string) => text.split("\n")[0]!;

describe("a birth beside the event a page tells of", () => {
  it("holds the birth year of the event's own maker on a page dated to the event, not on a page about her life", () => {
    expect(birthBesideAnEvent(born, ...at(born, "1871"), event, title(event))).toBe(true);
    expect(birthBesideAnEvent(born, ...at(born, "1871"), life, title(life))).toBe(false);
  });

  it("reads only a year inside the birth clause, and not one inside the event's own years", () => {
    const deed = "Orla Venn, born in Tarsby, finished the clock in 1903.";
    expect(birthBesideAnEvent(deed, ...at(deed, "1903"), event, title(event))).toBe(false);
    const same = "Her apprentice Bram Hale was born in 1904, the year the clock was first wound.";
    expect(birthBesideAnEvent(same, ...at(same, "1904"), event, title(event))).toBe(false);
  });

  it("holds no birth year on a page about a day of the year (a Date line without a year)", () => {
    const day = `Born on This Day: 2 May\nDate: 2 May\nOn 2 May 1850 the painter Ilse Marrow was born in Kell. ${born}`;
    expect(birthBesideAnEvent(born, ...at(born, "1871"), day, title(day))).toBe(false);
    expect(birthStatementBesideAnEvent("Orla Venn was born in Tarsby, Westmark, in 1871.", born, day, title(day))).toBe(false);
  });

  it("holds a statement of the birth alone, true or denied, but not one that says more", () => {
    expect(birthStatementBesideAnEvent("Orla Venn was born in Tarsby, Westmark, in 1871.", born, event, title(event))).toBe(true);
    expect(birthStatementBesideAnEvent("Orla Venn was not born in Tarsby, Westmark, in 1871.", born, event, title(event))).toBe(true);
    expect(birthStatementBesideAnEvent("Orla Venn was born in Tarsby, Westmark, in 1871.", born, life, title(life))).toBe(false);
    expect(birthStatementBesideAnEvent("As a girl Orla Venn took apart every clock she was given.", born, event, title(event))).toBe(false);
  });
});
