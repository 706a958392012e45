import { describe, expect, it } from "vitest";
import { repairContext } from "@/lib/generation/check-context";
import { parseArticle } from "@/lib/generation/parse-article";
import { withoutCountBeforeDate } from "@/lib/generation/redundant-relative-time";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Invented lives and towns: a time counted from the sentence before, with the date itself said right after it.
const text =
  "Orla Venn\n\nOrla Venn opened her first school in Harl in 1902. Two years later, in 1904, Orla Venn was given the Brisk Medal for teaching.";

describe("a counted time that the date after it makes redundant", () => {
  it("is cut, leaving the date (or its blank) to say when", () => {
    expect(withoutCountBeforeDate("Two years later, in _____, Orla Venn was given the Brisk Medal.")).toBe("In _____, Orla Venn was given the Brisk Medal.");
    expect(withoutCountBeforeDate("The mill closed a year later, in _____.")).toBe("The mill closed in _____.");
    expect(withoutCountBeforeDate("Girls first sat the test four years later, in Harl in 1906.")).toBe("Girls first sat the test in Harl in 1906.");
    expect(withoutCountBeforeDate("Three months later, on 2 May 1904, the school opened.")).toBe("On 2 May 1904, the school opened.");
    // (A word that sets how near the count is goes with it, not left alone before the date.)
    expect(withoutCountBeforeDate("Exactly two years later, on 2 May 1906, the school became a college.")).toBe("On 2 May 1906, the school became a college.");
    expect(withoutCountBeforeDate("The hall burned just over a month later, in _____.")).toBe("The hall burned in _____.");
    // (After a context sentence shown before it, the cut opens the stem's second sentence.)
    expect(withoutCountBeforeDate("The fair was busiest in 1425. Two years later, in _____, a fire closed it.")).toBe("The fair was busiest in 1425. In _____, a fire closed it.");
  });

  it("stays where no date follows, or where the count is the blank asked", () => {
    expect(withoutCountBeforeDate("Five weeks later, the school opened.")).toBe("Five weeks later, the school opened.");
    expect(withoutCountBeforeDate("_____ years later, in 1904, the school opened.")).toBe("_____ years later, in 1904, the school opened.");
    expect(withoutCountBeforeDate("The mill closed a year later, in the spring.")).toBe("The mill closed a year later, in the spring.");
  });

  it("lets the date question stand instead of dropping it as leaning on the sentence before", () => {
    const { sentences } = parseArticle(text);
    const s = sentences[1]!;
    const at = s.start + s.text.indexOf("1904");
    const q = draftQuestion(
      { type: "MULTIPLE_CHOICE", prompt: "Two years later, in _____, Orla Venn was given the Brisk Medal for teaching.", answerText: "1904", keyKind: "date", options: opts("1904", "1902", "1910"), source: { sentence: s.text, start: s.start, end: s.end, answer: { start: at, end: at + 4 } } },
      { keyKind: "date" },
    );
    expect(repairContext(q, sentences, 1, "Orla Venn", () => 0, text)).toBeNull();
    expect(q.prompt).toBe("In _____, Orla Venn was given the Brisk Medal for teaching.");
  });
});

// Invented: a date asked beside a time counted from the blank's own event, or from one the stem names.
describe("a date asked beside a counted time", () => {
  const text2 =
    "Tam Orrel\n\nTam Orrel trained as a glassblower in Harl. Tam Orrel opened a workshop in 1821, and the guild admitted him two years later. The guild hall burned in 1840, ten years after the great frost. Two years later the guild hall was rebuilt in stone.";
  const { sentences } = parseArticle(text2);
  const ask = (i: number, prompt: string, key: string) => {
    const s = sentences[i]!;
    const at = s.start + s.text.indexOf(key);
    return draftQuestion(
      { type: "MULTIPLE_CHOICE", prompt, answerText: key, keyKind: "date", options: opts(key, "1811", "1835"), source: { sentence: s.text, start: s.start, end: s.end, answer: { start: at, end: at + key.length } } },
      { keyKind: "date" },
    );
  };

  it("stands when the count runs from the blank's own event or from an event the stem names", () => {
    expect(repairContext(ask(1, "Tam Orrel opened a workshop in _____, and the guild admitted him two years later.", "1821"), sentences, 1, "Tam Orrel", () => 0, text2)).toBeNull();
    expect(repairContext(ask(2, "The guild hall burned in _____, ten years after the great frost.", "1840"), sentences, 2, "Tam Orrel", () => 0, text2)).toBeNull();
  });

  it("still leans when the count runs from the sentence before, or a written year gives the key away", () => {
    expect(repairContext(ask(3, "Two years later the guild hall was rebuilt in stone in _____.", "1842"), sentences, 3, "Tam Orrel", () => 0, text2)).toBe("stem-dangles");
    expect(repairContext(ask(2, "The guild hall burned in _____, ten years after the great frost of 1830.", "1840"), sentences, 2, "Tam Orrel", () => 0, text2)).toBe("stem-dangles");
  });

  it("cuts a count set right after the date as its aside, which counts from the sentence before", () => {
    expect(withoutCountBeforeDate("The council built a new hall in _____, three years later, and the guild met there.")).toBe("The council built a new hall in _____, and the guild met there.");
    expect(withoutCountBeforeDate("Ada Brisk joined the workshop in 1405, only two years later.")).toBe("Ada Brisk joined the workshop in 1405.");
    // (A count with its event named, or in a clause of its own, is no aside.)
    expect(withoutCountBeforeDate("The hall burned in _____, ten years after the frost.")).toBe("The hall burned in _____, ten years after the frost.");
    expect(withoutCountBeforeDate("Tam Orrel opened a workshop in _____, and the guild admitted him two years later.")).toBe("Tam Orrel opened a workshop in _____, and the guild admitted him two years later.");
    // An aside the cut does not read still leans.
    expect(repairContext(ask(3, "The guild hall was rebuilt in stone in _____, a hundred years afterwards.", "1842"), sentences, 3, "Tam Orrel", () => 0, text2)).toBe("stem-dangles");
  });
});
