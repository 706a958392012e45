import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { rulerInTitle } from "@/lib/generation/titles";
import { matchesTypedAnswer } from "@/lib/quiz/normalize-answer";

const person = (text: string) => ({ text, type: "PERSON" as const, start: 0, end: 0 });

// Invented: a queen the title names without her number, the body once with it and then by the name alone.
const QUEEN =
  "Osra, the Final Queen of Tallis\n\nOsra III was the last crowned ruler of the river kingdom of Tallis. Osra was born in a " +
  "hill fort. Osra learned four tongues as a girl and later ruled with her cousin.";

describe("a ruler whose title names her without her number", () => {
  it("accepts the name alone the article uses for her", () => {
    expect(matchesTypedAnswer("Osra", acceptedAliases(person("Osra III"), QUEEN))).toBe(true);
  });

  it("counts the title as naming the key (a giveaway)", () => {
    expect(rulerInTitle("Osra III", "osra, the final queen of tallis")).toBe(true);
  });

  it("not where the title names another ruler of the name", () => {
    expect(rulerInTitle("Osra III", "osra ii and the river wars")).toBe(false);
    expect(rulerInTitle("Osra III", "the osrani merchants")).toBe(false);
  });
});

// Invented: a family of a story, the father named in full first, his daughter met as his kin.
const STORY =
  "Main characters:\n- Tamsin Roe, a quiet girl who narrates the tale.\n- Garret Holm, a loud, greedy farmer, and his daughter Wenna.\n\n" +
  "Tamsin's aunt hires Wenna Holm to mend the nets. Later Garret Holm burns the barn. The judge rules that Holm set the fire by " +
  "mistake, and Tamsin sees her aunt weep. In the end Tamsin forgives him.";

describe("a surname the key's kin share", () => {
  it("accepts the full name the article introduces with the surname", () => {
    expect(matchesTypedAnswer("Garret Holm", acceptedAliases(person("Holm"), STORY))).toBe(true);
  });

  it("accepts the surname for the full name", () => {
    expect(matchesTypedAnswer("Holm", acceptedAliases(person("Garret Holm"), STORY))).toBe(true);
  });

  it("not where the other bearer is no kin of the first", () => {
    const text = "Garret Holm farmed by the river. Years later a stranger, Wenna Holm, bought the mill. The judge ruled that Holm had lied.";
    expect(matchesTypedAnswer("Garret Holm", acceptedAliases(person("Holm"), text))).toBe(false);
  });
});

describe("a first name the article introduces in full after using it alone", () => {
  const text =
    "Brin lives with her brother Odo and their father Harl, a miller.\n\n- Harl Venner, a patient man who keeps the mill.\n\n" +
    "In the spring Harl repairs the wheel.";
  it("accepts the full name of the character list", () => {
    expect(matchesTypedAnswer("Harl Venner", acceptedAliases(person("Harl"), text))).toBe(true);
  });
});
