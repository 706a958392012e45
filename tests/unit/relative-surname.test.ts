import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";
import { resolvePerson } from "@/lib/generation/question-stems";
import type { Sentence } from "@/lib/generation/types";

const about = (name: string, pronoun: "he" | "she", text: string): Sentence => ({ ...parseArticle(`Title\n${text}`).sentences[0]!, person: { name, pronoun } });

describe("the article's person's surname inside a relative's full name", () => {
  it("still names the person for their pronoun: the relative's name is not theirs", () => {
    const wed = "In 1902 she married Tomas Venn, a Danish chemist.";
    expect(resolvePerson("In _____ she married Tomas Venn, a Danish chemist.", about("Ada Venn", "she", wed))).toBe("In _____ Ada Venn married Tomas Venn, a Danish chemist.");
    const brother = "In 1870 his brother Karl Holt opened a forge in Lenby.";
    expect(resolvePerson("In 1870 his brother Karl Holt opened a forge in _____.", about("Emil Holt", "he", brother))).toBe("In 1870 Emil Holt's brother Karl Holt opened a forge in _____.");
  });

  it("leaves the pronoun where the surname stands for the person, alone or after a title", () => {
    const alone = "Later Venn said that she had never seen the sea.";
    expect(resolvePerson("Later Venn said that she had never seen the _____.", about("Ada Venn", "she", alone))).toBe("Later Venn said that she had never seen the _____.");
    const titled = "Madame Venn wrote that she worked through the winter.";
    expect(resolvePerson("Madame Venn wrote that she worked through the _____.", about("Ada Venn", "she", titled))).toBe("Madame Venn wrote that she worked through the _____.");
  });

  it("leaves the pronoun where a namesake is named with no word of kinship before them: the pronoun may be theirs", () => {
    const crowned = "After Otto Holt was crowned in 1740, he moved the court to Brisk.";
    expect(resolvePerson("After Otto Holt was crowned in _____, he moved the court to Brisk.", about("Karl Holt", "he", crowned))).toBe("After Otto Holt was crowned in _____, he moved the court to Brisk.");
    const years = "In her later years, Jana Sollen ran a school for glassmakers.";
    expect(resolvePerson("In her later years, Jana Sollen ran a school for _____.", about("Mira Sollen", "she", years))).toBe("In her later years, Jana Sollen ran a school for _____.");
    const said = "In 1850 Jana Sollen said that she had learned everything from books.";
    expect(resolvePerson("In _____ Jana Sollen said that she had learned everything from books.", about("Mira Sollen", "she", said))).toBe("In _____ Jana Sollen said that she had learned everything from books.");
    // (A relative introduced by a kin word after a comma is still the relative: "One of her daughters, Jana Sollen, …".)
    const daughters = "One of her daughters, Jana Sollen, opened a school in 1850.";
    expect(resolvePerson("One of her daughters, Jana Sollen, opened a school in _____.", about("Mira Sollen", "she", daughters))).toBe("One of Mira Sollen's daughters, Jana Sollen, opened a school in _____.");
  });
});
