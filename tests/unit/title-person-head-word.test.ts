import { describe, expect, it } from "vitest";
import { personNamedByTitle, titleDisownsPronoun, titleWordSex } from "@/lib/generation/find-title-person";
import { tracedQuestions } from "../support/traced-candidates";

// Invented: the subtitle's own word is "wife"; the body's "he" is the emperor, and it never names her.
const title = "Iva Dorn: Wife of the Emperor";
const body = `The empress came to the court of Vask in 1402. The emperor had ruled Vask since 1390. He built roads across the empire and he raised a large army. He fought the northern clans for ten years. The empress founded a school for girls in the capital. He died in 1421 after a long illness. He was buried in the old temple.`;

// Invented: the body names her, but its "he" is again the emperor's.
const named = `Mira Tass: Wife of the Emperor

Mira Tass was born in the hill town of Orle in 1380. The emperor Caddo ruled Vask from 1390. He built roads across the empire and he raised a large army. He fought the northern clans for ten years. Tass founded a school for girls in the capital. He died in 1421 after a long illness. He was buried in the old temple.`;

// Invented: her own word is of either sex ("advisor"); the body's "he" is the king's.
const advisor = `Dara Vell: Advisor to the King

Dara Vell was born in the port of Ness in 1702. King Oren ruled Ness for forty years. He trusted few people. He built a palace on the hill and he raised taxes. Vell wrote letters to the court for twenty years. She advised him on trade. He listened to her advice and he opened new ports. He died in 1760, and his son took the throne. Vell retired to a farm and died in 1771.`;

describe("the subtitle's own person word gives the title person's sex", () => {
  it("reads the head word, not a word after 'of'", () => {
    expect(titleWordSex(title)).toBe("She");
    expect(titleWordSex("Lena Orr: Daughter of a King")).toBe("She");
    expect(titleWordSex("Dorvin Pell: The First Emperor of Quessa")).toBe("He");
    expect(titleWordSex("Dara Vell: Advisor to the King")).toBeNull();
    // A qualifier says the sex of the word after it: "Female Emperor" is a she.
    expect(titleWordSex("Lin Osk: The Only Female Emperor of Tull")).toBe("She");
    expect(titleDisownsPronoun("Lin Osk: The Only Female Emperor of Tull", "She")).toBe(false);
  });

  it("names no one for the emperor's 'he'", () => {
    expect(personNamedByTitle(title, body)).toBeNull();
    expect(tracedQuestions(`${title}\n\n${body}`).map((q) => q.prompt).filter((p) => p.includes("Iva Dorn"))).toEqual([]);
  });

  it("does not give her the emperor's deeds when the body names her", () => {
    const prompts = tracedQuestions(named).map((q) => `${q.prompt} ${q.answerText}`);
    expect(prompts.filter((p) => /Tass (?:did not )?(?:died?|fought|fight|built|build|raised|raise|was buried)\b/.test(p))).toEqual([]);
  });

  it("leaves a word of either sex's pronoun to the one after 'to' when that one is of its sex", () => {
    expect(titleDisownsPronoun("Dara Vell: Advisor to the King", "He")).toBe(true);
    expect(titleDisownsPronoun("Dara Vell: Advisor to the King", "She")).toBe(false);
    expect(titleDisownsPronoun("Dorvin Pell: The First Emperor of Quessa", "He")).toBe(false);
    const keyed = tracedQuestions(advisor).filter((q) => /Vell/.test(q.prompt)).map((q) => `${q.prompt} ${q.answerText}`);
    expect(keyed.filter((p) => /1760|listened/.test(p) && !/False$/.test(p))).toEqual([]);
  });
});
