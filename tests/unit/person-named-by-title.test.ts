import { describe, expect, it } from "vitest";
import { personNamedByTitle } from "@/lib/generation/find-title-person";
import { tracedQuestions } from "../support/traced-candidates";

// An invented life whose body never writes the title's name: it brings the man in by his birth name and then says "he".
const body = `For sixty years the river valleys of Asheland were split between quarrelling lords. A young prince from the hill country united them after a long struggle. His armies took the last river fortress in the spring of 1302.

He built a stone bridge over the Vell at Harrowford so that traders could cross in every season. He also founded a school for the clerks who kept his tax records. He died at the age of fifty, and his sons divided the kingdom only three years later.`;

describe("a person the title names and calls a person, whom the body never names", () => {
  it("is whom the article's own 'he' means", () => {
    const prompts = tracedQuestions(`Tovan Rell: The First King of Asheland\n\n${body}`).map((q) => q.prompt);
    expect(prompts.some((p) => /^Tovan Rell (?:built|also founded|died)\b/.test(p))).toBe(true);
  });

  it("is no one when the title's second half names no person", () => {
    expect(personNamedByTitle("Tovan Rell: The Old Bridge at Harrowford", body)).toBeNull();
    const prompts = tracedQuestions(`Tovan Rell: The Old Bridge at Harrowford\n\n${body}`).map((q) => q.prompt);
    expect(prompts.some((p) => p.includes("Tovan Rell"))).toBe(false);
  });

  it("is no one without a title name before the colon, or when the article's pronouns do not settle on one sex", () => {
    expect(personNamedByTitle("The Age of Bridges: A King's Story", body)).toBeNull();
    expect(personNamedByTitle("Tovan Rell: The First King of Asheland", body)).toBe("Tovan Rell");
    const mixed = body.replace(/\bHe\b/g, "She").replace(/\bHis\b/, "Her").replace(/\bhis\b/g, "her");
    expect(personNamedByTitle("Tovan Rell: The First King of Asheland", `${mixed} He came later. He left. He stayed.`)).toBeNull();
  });
});
