import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import type { Span } from "@/lib/generation/types";

// Invented: an engineer known all through by her second given name.
const ENGINEER = `Rose Vance

Rose Vance was a canal engineer. She was born Elinor Rose Vance in Carrow in 1790. Her father, Tomas Vance, built ships. Rose drew machines as a child, and in 1822 Rose designed the great lock at Penrhos.`;

const person = (text: string): Span => ({ type: "PERSON", text, start: 0, end: text.length });

describe("a birth name of three words", () => {
  it("also accepts the name from the given name the article uses alone", () => {
    expect(acceptedAliases(person("Elinor Rose Vance"), ENGINEER)).toContain("Rose Vance");
  });

  it("keeps the whole name when the article uses the first given name alone", () => {
    const text = ENGINEER.replace("Rose drew", "Elinor drew");
    expect(acceptedAliases(person("Elinor Rose Vance"), text)).not.toContain("Rose Vance");
  });

  it("keeps the whole name when the next given name never stands alone", () => {
    const text = ENGINEER.replace("Rose drew", "She drew").replace("1822 Rose designed", "1822 she designed");
    expect(acceptedAliases(person("Elinor Rose Vance"), text)).not.toContain("Rose Vance");
  });

  it("keeps the whole name when the next given name is used alone only once", () => {
    const text = ENGINEER.replace("1822 Rose designed", "1822 she designed");
    expect(acceptedAliases(person("Elinor Rose Vance"), text)).not.toContain("Rose Vance");
  });
});

// Invented: a singer whose mother bears her second given name.
const SINGER = `Lotte Maren Hask

Lotte Maren Hask sang at the court of Brenn. Her mother, Maren Ostby, taught her to read music. Maren played the harp, and Maren died in Osterlund in 1802.`;

describe("a birth name whose next given name belongs to a relative", () => {
  it("does not accept the relative's given name with the family name", () => {
    expect(acceptedAliases(person("Lotte Maren Hask"), SINGER)).not.toContain("Maren Hask");
  });

  it("does not accept it when the relative's given name comes after another capitalised name", () => {
    const text = SINGER.replace("Her mother, Maren Ostby,", "Her mother Ilse Maren");
    expect(acceptedAliases(person("Lotte Maren Hask"), text)).not.toContain("Maren Hask");
  });
});
