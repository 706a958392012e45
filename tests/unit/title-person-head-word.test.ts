import { describe, expect, it } from "vitest";
import { personNamedByTitle, titleWordSex } from "@/lib/generation/find-title-person";
import { tracedQuestions } from "../support/traced-candidates";

// Invented: the subtitle's own word is "wife"; the body's "he" is the emperor, and it never names her.
const title = "Iva Dorn: Wife of the Emperor";
const body = `The empress came to the court of Vask in 1402. The emperor had ruled Vask since 1390. He built roads across the empire and he raised a large army. He fought the northern clans for ten years. The empress founded a school for girls in the capital. He died in 1421 after a long illness. He was buried in the old temple.`;

// Invented: the body names her, but its "he" is again the emperor's.
const named = `Mira Tass: Wife of the Emperor

Mira Tass was born in the hill town of Orle in 1380. The emperor Caddo ruled Vask from 1390. He built roads across the empire and he raised a large army. He fought the northern clans for ten years. Tass founded a school for girls in the capital. He died in 1421 after a long illness. He was buried in the old temple.`;

describe("the subtitle's own person word gives the title person's sex", () => {
  it("reads the head word, not a word after 'of'", () => {
    expect(titleWordSex(title)).toBe("She");
    expect(titleWordSex("Lena Orr: Daughter of a King")).toBe("She");
    expect(titleWordSex("Dorvin Pell: The First Emperor of Quessa")).toBe("He");
    expect(titleWordSex("Dara Vell: Advisor to the King")).toBeNull();
  });

  it("names no one for the emperor's 'he'", () => {
    expect(personNamedByTitle(title, body)).toBeNull();
    expect(tracedQuestions(`${title}\n\n${body}`).map((q) => q.prompt).filter((p) => p.includes("Iva Dorn"))).toEqual([]);
  });

  it("does not give her the emperor's deeds when the body names her", () => {
    const prompts = tracedQuestions(named).map((q) => `${q.prompt} ${q.answerText}`);
    expect(prompts.filter((p) => /Tass (?:did not )?(?:died?|fought|fight|built|build|raised|raise|was buried)\b/.test(p))).toEqual([]);
  });
});
