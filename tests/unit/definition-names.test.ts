import { describe, expect, it } from "vitest";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { parseArticle } from "@/lib/generation/parse-article";

const questionsOf = (text: string) => findDefinitions(parseArticle(text).sentences).map((d) => d.question ?? "");

describe("what follows 'named' or 'called'", () => {
  it("is a name, not a reason: 'named in her honour' asks nothing", () => {
    const text = "The Reef Surveyor\nToday a research ship, the Merrow, is named in her honour. A later ship was named after her brother. Such reefs are called atolls.";
    const questions = questionsOf(text);
    expect(questions).toContain("What are such reefs called?");
    expect(questions.some((q) => /Merrow|later ship/.test(q))).toBe(false);
  });

  it("still asks an alias that is a name", () => {
    const text = "The Harbour\nThe Old Quay, also called the Stone Steps, was built by fishermen.";
    expect(questionsOf(text)).toContain("What is the Old Quay also called?");
  });

  it("asks no alias of a whole clause: the thing renamed is the verb's object, not the clause", () => {
    const text = "The Mines\nThe miners cut long tunnels, called adits, into the hillside to drain the water. The Great Drain, also called the Deep Cut, was finished later.";
    const questions = questionsOf(text);
    expect(questions.some((q) => /miners cut/.test(q))).toBe(false);
    expect(questions).toContain("What is the Great Drain also called?");
  });
});

describe("'X is the usual example' (an example of what the sentence before names)", () => {
  it("asks no 'What are the usual example?', and still asks a definition", () => {
    const text = "Paying for Roads\nSome taxes fall hardest on poor families. Fuel duties are the usual example. A toll is a charge paid for using a road or bridge. Ferries are a good case too.";
    const questions = questionsOf(text);
    expect(questions).toContain("What is a charge paid for using a road or bridge?");
    expect(questions.some((q) => /example|good case/.test(q))).toBe(false);
  });
});


describe("counted parts said to be a named thing ('The two … are the …')", () => {
  const text = "The Mill House\nThe mill stands on three floors above the wheel pit. The two upper floors are the lofts, and they keep the sacks of grain dry. The millers slept in a small room beside the gate.";
  it("asks for the name, not for the counted description", () => {
    const found = findDefinitions(parseArticle(text).sentences);
    expect(found.map((d) => [d.term, d.question])).toContainEqual(["lofts", "What are the two upper floors called?"]);
    expect(found.some((d) => /upper floors/.test(d.term))).toBe(false);
  });
  it("asks nothing of a list, of people named by their role, or of 'the two of them'", () => {
    const terms = (sentence: string) => findDefinitions(parseArticle(`The Mill House\n${sentence} The millers slept in a small room beside the gate.`).sentences).map((d) => d.term);
    expect(terms("The two main exports were the furs and the timber from the northern forests.")).toEqual([]);
    expect(terms("The two main types are the conifers and the broadleaves.")).toEqual([]);
    expect(terms("The two brothers were the heirs, and they shared the mill.")).toEqual([]);
    expect(terms("The two of them were the lookouts, and they kept watch all night.")).toEqual([]);
    // What the counted things are, not what they are called; their names may be given beside it.
    expect(terms("The two streams are the headwaters, and they carry water from the lakes.")).toEqual([]);
    expect(terms("The four seasons are the quarters, and each lasts three months.")).toEqual([]);
  });
  it("takes no counted description for a term, whatever follows it", () => {
    const found = findDefinitions(parseArticle("The Mill House\nThe two upper floors are the lofts where the sacks were kept. The millers slept in a small room beside the gate.").sentences);
    expect(found.some((d) => /upper floors/.test(d.term))).toBe(false);
  });
});

describe("words that are no term", () => {
  it("reads no term from an adverb and a pronoun before 'is a …'", () => {
    const text = "Orrel Hill Fort\nOrrel Hill Fort was built by farmers from the valley long ago. Later it was left empty, and oak woods covered its banks. Today it is a protected ancient monument and one of the most visited places in the county.";
    expect(findDefinitions(parseArticle(text).sentences).map((d) => d.term)).toEqual([]);
  });
});

describe("a superlative standing for a noun named before ('The most important is …')", () => {
  it("is no term: the thing after 'is' is not asked as its definition", () => {
    const text = "The Loom\nSeveral parts move when the weaver works. The most important is the shuttle, a narrow wooden boat that carries the thread. The largest is the beam, a heavy roller at the back. The forest is a dark place full of old oaks and ferns.";
    const defs = findDefinitions(parseArticle(text).sentences);
    expect(defs.map((d) => d.term)).not.toContain("most important");
    expect(defs.map((d) => d.term)).not.toContain("largest");
    expect(defs.map((d) => d.term)).toContain("forest");
  });
});

describe("an alias of a plural common noun opening the sentence ('Rows of stones, also called …')", () => {
  it("asks 'are' of the head before 'of', in lower case inside the question", () => {
    const text = "The Moor\nRows of grey stones, also called alignments, cross the moor for miles. Mount Orrin, also called the Grey Peak, rises above them.";
    const questions = questionsOf(text);
    expect(questions).toContain("What are rows of grey stones also called?");
    expect(questions).toContain("What is Mount Orrin also called?");
  });
});
