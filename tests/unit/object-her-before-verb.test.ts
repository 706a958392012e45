import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";
import { resolvePerson } from "@/lib/generation/question-stems";
import type { Sentence } from "@/lib/generation/types";

const aboutHer = (text: string): Sentence => ({ ...parseArticle(`Title\n${text}`).sentences[0]!, person: { name: "Mara Okonjo", pronoun: "she" } });

describe("an object 'her' before the next clause's verb", () => {
  it("is written as her name, not as an owner's ('a bust of her was made' is no 'bust of Mara Okonjo's')", () => {
    expect(resolvePerson("In _____ a bronze bust of her was placed in the harbour office.", aboutHer("In 1990 a bronze bust of her was placed in the harbour office."))).toBe(
      "In _____ a bronze bust of Mara Okonjo was placed in the harbour office.",
    );
    expect(resolvePerson("A painting of her is kept in the _____.", aboutHer("A painting of her is kept in the museum."))).toBe("A painting of Mara Okonjo is kept in the _____.");
  });
  it("keeps an owner's 'her' before a noun", () => {
    expect(resolvePerson("A painting of her boat hangs in the _____.", aboutHer("A painting of her boat hangs in the museum."))).toBe("A painting of Mara Okonjo's boat hangs in the _____.");
  });
});
