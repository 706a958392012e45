import { describe, expect, it } from "vitest";
import { findRecurringNames } from "@/lib/generation/named-entities";
import { worldOfPerson } from "@/lib/generation/person-worlds";

// Invented retellings: each sentence's start is where the sentence begins, as parseArticle gives them.
function starts(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^.!?]+[.!?]\s*/g)) out.push({ start: m.index! + (m[0].length - m[0].trimStart().length), end: m.index! + m[0].trimEnd().length });
  return out;
}
const names = (text: string) => findRecurringNames(text, starts(text)).map((s) => `${s.text}@${s.start}`);

describe("the people of a retold story, named by a general rule", () => {
  it("keeps a name whose sentence follows one ending in -st, -ft or -mt (no 'St.' before it)", () => {
    const text = "The raft drifts for a week. The crew loses trust. Tamsin steers it home. At dawn Tamsin finds the reef.";
    expect(names(text).filter((n) => n.startsWith("Tamsin"))).toHaveLength(2);
  });

  it("reads a first name with a surname after it as the person's whole name, not as part of a thing's name", () => {
    const text = "Nerys Pollard, a young baker, lives in a mill town. At first, Nerys sells bread at the fair. Nerys finds a letter.";
    expect(names(text)).toContain("Nerys Pollard@0");
    const lake = "The boats cross Tarrin Lake every spring. Tarrin is calm in May. Later Tarrin floods.";
    expect(names(lake)).toEqual([]);
  });

  it("reads every word of land or water place-head knows as the head of a place's name, never a surname ('Firth')", () => {
    const firth = "The boats cross Tarrin Firth every spring. Tarrin is calm in May. Later Tarrin floods.";
    expect(names(firth)).toEqual([]);
  });

  it("reads a surname after a first name no word list knows as one person's whole name", () => {
    const text = "The family owes money to Ossian Brack, a rich miller. Later Brack refuses the money. Brack takes the farm.";
    const at = text.indexOf("Ossian");
    expect(names(text)).toContain(`Ossian Brack@${at}`);
  });

  it("takes no land's name for a person's ('the island of …')", () => {
    const text = "The play takes place on the island of Quorra. King Emmet of Quorra is old. Quorra is poor and wet. Later Emmet dies.";
    expect(names(text).some((n) => n.startsWith("Quorra"))).toBe(false);
  });
});

describe("the author of a work named with a phrase between the work and its maker", () => {
  it("is of the real world, and the characters of the story", () => {
    const play = "The Tin Harp\n\nThe Tin Harp is a play in two acts by the dramatist Odile Marsh. Its hero, Pell Varga, is a harp maker. Later Pell Varga loses his shop.";
    expect(worldOfPerson("Odile Marsh", play)).toBe("real");
    expect(worldOfPerson("Pell Varga", play)).toBe("story");
    const novel = "Dust Road\n\nDust Road is a novel for young readers by the writer Ivo Stane. Its heroine, Alda Crane, crosses a desert.";
    expect(worldOfPerson("Ivo Stane", novel)).toBe("real");
  });
});

describe("a work of no named maker", () => {
  it("is a retelling where the opening says the subject is a tale or a poem, and nowhere else", () => {
    const tale = "The Fox of Dunmoor\n\nThe Fox of Dunmoor is an old folk tale from the northern hills. Elsa, a shepherd's daughter, finds a fox in the snow.";
    expect(worldOfPerson("Elsa", tale)).toBe("story");
    const story = "The Tide Bell\n\nThe Tide Bell is a short story about a girl and a bell. Nessa rings the bell at every high tide.";
    expect(worldOfPerson("Nessa", story)).toBe("story");
    const history = "The Dunmoor Mill\n\nThe Dunmoor Mill was a wool mill in the northern hills. Elsa Brack ran it from 1850, and its story is told in a local book.";
    expect(worldOfPerson("Elsa Brack", history)).toBeUndefined();
  });
});

