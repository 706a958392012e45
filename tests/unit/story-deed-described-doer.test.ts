import { describe, expect, it } from "vitest";
import { castCandidates, traced } from "../support/traced-candidates";

// Our own retelling of an invented novel, written for these tests.
const NOVEL = `The Copper Bell: The Story

The Copper Bell is a novel by the writer Oda Frenn, published in 1958. It is set in a mining town in the hills.

The story is told by Marabel Fenn, known as Mara, who is twelve when it begins.
Tull and his sister Mara work at the mine. Orrin owns the mine and the town's only shop. Bram is Orrin's clerk.
Orrin, the town's richest man, buries the copper bell under the chapel floor.
Mara secretly follows Bram to the chapel at night.
Soon afterwards, Bram, a quiet clerk from the coast, digs up the copper bell and rings it in the square.
Tull then leads the miners out of the mine.
In the end, Orrin leaves the town, and Mara marries Tull's friend Bram.`;

describe("a story's deed told past a description of the doer or a word on how", () => {
  it("reads the doer past a noun phrase that says who he is ('Orrin, the town's richest man, buries …')", () => {
    const deeds = castCandidates(NOVEL);
    expect(deeds.find((q) => q.prompt === "Who buries the copper bell under the chapel floor?")?.answerText).toBe("Orrin");
    expect(deeds.find((q) => q.prompt.startsWith("Who digs up the copper bell"))?.answerText).toBe("Bram");
  });

  it("asks who tells the story, by the name the cast goes by, and holds it no side detail for sitting in an aside", () => {
    const q = traced(NOVEL).find((t) => t.q.prompt === "Who tells the story?");
    expect(q?.q.answerText).toBe("Mara");
    expect(q?.q.options.length).toBeGreaterThanOrEqual(3);
    expect(q?.verdict).not.toBe("low-confidence");
    expect(q?.q.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it("keeps a word on how in the stem, and leaves out a word on when", () => {
    const deeds = castCandidates(NOVEL);
    expect(deeds.find((q) => q.prompt === "Who secretly follows Bram to the chapel at night?")?.answerText).toBe("Mara");
    expect(deeds.find((q) => q.prompt === "Who leads the miners out of the mine?")?.answerText).toBe("Tull");
  });

  it("asks who tells the story only where one narrator tells all of it", () => {
    const narrators = (text: string) => traced(text).filter((t) => /^Who (?:tells|narrates) the /.test(t.q.prompt));
    expect(narrators(NOVEL)).toHaveLength(1);
    const told = "The story is told by Marabel Fenn, known as Mara, who is twelve when it begins.";
    expect(narrators(NOVEL.replace(told, "The story is told by Mara and Tull in turn."))).toEqual([]);
    expect(narrators(NOVEL.replace(told, "The story is told by Mara, with Tull."))).toEqual([]);
    expect(narrators(NOVEL.replace(told, "The story is told by Bram in its last chapter."))).toEqual([]);
    expect(narrators(`${NOVEL}\nThe last chapter is narrated by Bram.`)).toEqual([]);
  });
});
