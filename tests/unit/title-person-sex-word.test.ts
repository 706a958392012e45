import { describe, expect, it } from "vitest";
import { personNamedByTitle } from "@/lib/generation/find-title-person";
import { tracedQuestions } from "../support/traced-candidates";

// Invented: the title calls its man an emperor, but the body's "she" is a general it names first.
const title = "Dorvin Pell: The First Emperor of Quessa";
const body = `The realm of Quessa was won by many captains. Its boldest captain was Ysolde Marrach, a farmer's daughter from the marshes.

She marched the levies over the salt flats in 412. She seized the port of Kelbrin in 415. She afterwards kept a diary of the campaign. In 419, the emperor crowned himself master of every province. She died in 430.`;

describe("a title's person word of one sex where the body's pronouns are of the other", () => {
  it("names no one for the article's 'she'", () => {
    expect(personNamedByTitle(title, body)).toBeNull();
    // (The same title over a body whose "he" dominates still names its man.)
    const his = body.replace(/\bShe\b/g, "He").replace("a farmer's daughter", "a farmer's son");
    expect(personNamedByTitle(title, his)).toBe("Dorvin Pell");
  });

  it("never credits the emperor with her deeds", () => {
    const prompts = tracedQuestions(`${title}\n\n${body}`).map((q) => q.prompt);
    expect(prompts.filter((p) => p.includes("Dorvin Pell"))).toEqual([]);
  });
});
