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
});
