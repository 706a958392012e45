import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { affirmStatement, denyStatement, negateStatement, vagueObject } from "@/lib/generation/negate-statement";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import { dropsCondition, evaluativeClaim, leansOnSentenceBefore, pronounOfAnother } from "@/lib/generation/statement-claims";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { draftQuestion } from "../support/draft-question";

// Our own sentences, about invented people and places, written for these tests.

describe("claims of worth are no statements to judge", () => {
  it("finds praise, reputation and a drawn lesson", () => {
    for (const s of [
      "Orsa Vell is hailed as the father of Dunmere glassmaking science.",
      "Tomas Reede was one of the greatest captains of the northern fleet.",
      "The Dunmere Bridge is one of the valley's most admired buildings.",
      "The siege proved that patience and wisdom can beat a larger army.",
      "Mira Holt is remembered as a national hero in Westmark.",
      "The old mill is widely seen as the heart of the town.",
      "Her second novel was widely praised by critics.",
    ]) {
      expect(evaluativeClaim(s), s).toBe(true);
    }
  });

  it("leaves facts alone, a literal father and a measured superlative among them", () => {
    for (const s of [
      "Tomas Reede was the father of three daughters.",
      "The Sarn is one of the longest rivers in Westmark.",
      "The harvest feast was celebrated as a mark of good fortune.",
      "The flight showed that a glider could carry two people.",
      "Wool was the most famous product of the valley.",
    ]) {
      expect(evaluativeClaim(s), s).toBe(false);
    }
  });
});

describe("a statement leaning on the sentence before", () => {
  it("finds a contrast kept from its paragraph", () => {
    for (const s of ["There are still checks on the council.", "The crew kept rowing, however.", "Even so, the wall held.", "The guild also kept a school.", "The miners went home instead.", "The ferry ran on Sundays too."]) {
      expect(leansOnSentenceBefore(s), s).toBe(true);
    }
  });

  it("leaves a 'still' of what goes on", () => {
    expect(leansOnSentenceBefore("The old lamp is still used by the keepers today.")).toBe(false);
    expect(leansOnSentenceBefore("The crew rowed the boat to the island.")).toBe(false);
  });
});

describe("a pronoun for someone the statement does not name", () => {
  it("finds a 'he' after only a lady's name, and a 'her' after only a king's", () => {
    expect(pronounOfAnother("Lady Orm resolves that he must leave the castle.")).toBe(true);
    expect(pronounOfAnother("King Orm sent her to the coast.")).toBe(true);
  });

  it("leaves a pronoun that agrees, or one with another name to stand for", () => {
    expect(pronounOfAnother("Lady Orm sold her ring.")).toBe(false);
    expect(pronounOfAnother("King Orm said that he would fight.")).toBe(false);
    expect(pronounOfAnother("Queen Ada and Tomas Reede agreed that he should sail.")).toBe(false);
  });
});

describe("a statement cut away from its condition", () => {
  it("refuses a clause whose sentence opens with a condition or case it drops", () => {
    expect(dropsCondition("The mixture turns bright blue.", "In pure water, the powder dissolves, and the mixture turns bright blue.")).toBe(true);
    expect(dropsCondition("The metal glows red.", "When heated, the rod expands and the metal glows red.")).toBe(true);
    expect(dropsCondition("The seeds sprout within a week.", "In most cases, the seeds sprout within a week.")).toBe(true);
  });

  it("refuses a main clause cut before a limit said after it", () => {
    expect(dropsCondition("The salt dissolves quickly.", "The salt dissolves quickly, but only in warm water.")).toBe(true);
    expect(dropsCondition("The gate stays shut.", "The gate stays shut, unless the river floods.")).toBe(true);
  });

  it("keeps a statement that says the condition, or whose sentence has none", () => {
    expect(dropsCondition("Whenever fog came in, the bell was rung every minute.", "The bell was rung every minute whenever fog came in.")).toBe(false);
    expect(dropsCondition("The seeds sprout within a week in most cases.", "In most cases, the seeds sprout within a week.")).toBe(false);
    expect(dropsCondition("The rebels stormed the tower.", "In 1410, the rebels stormed the tower, and the lord fled.")).toBe(false);
    expect(dropsCondition("The treaty gave Vell the coast.", "Under the treaty, Vell gained the coast, and the treaty gave Vell the coast.")).toBe(false);
  });
});

describe("an object of no sure size or kind", () => {
  it("is refused for the true copy as for the denial (one check)", () => {
    expect(vagueObject("The new port was given a range of roles.")).toBe(true);
    expect(vagueObject("The guild did various things for the town.")).toBe(true);
    expect(denyStatement("The new port was given a range of roles.").refused).toBe("vague-object");
  });

  it("reads only the object: a duration, a clause inside it, a named kind and a majority of a whole are sure", () => {
    expect(vagueObject("Ada Moor had been digging the valley for several years.")).toBe(false);
    expect(vagueObject("The fort escaped the fires that many other forts suffered.")).toBe(false);
    expect(vagueObject("The roofs use a hard kind of stone called slate.")).toBe(false);
    expect(vagueObject("A bill needs a majority of the seats to pass.")).toBe(false);
  });
});

describe("more sure denials", () => {
  it("says a statement that denies the other way, where the round trip gives it back", () => {
    expect(affirmStatement("Halvard did not build the chapel.")).toBe("Halvard built the chapel.");
    expect(affirmStatement("The ferry was not painted green.")).toBe("The ferry was painted green.");
    expect(affirmStatement("Not every lamp in the harbour has a lens.")).toBe("Every lamp in the harbour has a lens.");
    // ("always", a second negative, a "not" inside a clause of the object: two readings.)
    expect(affirmStatement("The dyke did not always hold the floods back.")).toBeNull();
    expect(affirmStatement("Not every lamp has no lens.")).toBeNull();
    expect(affirmStatement("Barges carry loads that carts do not carry.")).toBeNull();
  });

  it("denies an 'as' of a role, and refuses an inverted opening of place", () => {
    expect(negateStatement("The old granary served as the town school.")).toBe("The old granary did not serve as the town school.");
    expect(denyStatement("The storm grew as the tide rose.").refused).toBe("word:as");
    expect(denyStatement("Beside the north gate lies the old well.").refused).toBe("opening-without-comma");
  });

  it("reads a describing word straight after the verb as no second verb", () => {
    expect(negateStatement("The guards wore padded jackets.")).toBe("The guards did not wear padded jackets.");
  });
});

describe("the central statements of an article", () => {
  const article = `# Orsa Vell

Orsa Vell, a glassmaker from the town of Dunmere, is hailed as the father of Dunmere glassmaking science.

Vell opened a furnace beside the Sarn river in 1821. The furnace made clear panes for the chapels of Dunmere, which paid her in grain.

Vell trained forty apprentices in her workshop. The new workshop, a long stone hall, was given a range of duties by the town council.

Vell died in Dunmere in 1860.
`;

  it("asks no praise and no vague point", () => {
    const statements: string[] = [];
    generateQuestions(article, { count: 10, seed: 1, trace: (q) => q.type === "TRUE_FALSE" && q.keyKind === "statement" && statements.push(q.prompt) });
    expect(statements.some((s) => /father of/.test(s))).toBe(false);
    expect(statements.some((s) => /range of duties/.test(s))).toBe(false);
    // (The article's other central sentences are still asked.)
    expect(statements).toContain("The furnace made clear panes for the chapels of Dunmere.");
  });
});

describe("true/false balance in selection", () => {
  const sentence = "The Tarn ferry carried mail to the islands.";
  const statement = (text: string, key: "True" | "False", confidence: number): GeneratedQuestion =>
    draftQuestion(
      { prompt: text, answerText: key, type: "TRUE_FALSE", options: [], score: key === "True" ? 0.5 : 0.45, source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } },
      { keyKind: "statement", confidence },
    );

  it("asks a point by its sure denial, not its true copy", () => {
    const truth = statement(sentence, "True", 0.72);
    const denial = statement("The Tarn ferry did not carry mail to the islands.", "False", 0.7);
    expect(selectQuestions([truth, denial], 6, ["TRUE_FALSE"], createRandom(3)).map((q) => q.answerText)).toEqual(["False"]);
  });

  it("keeps the true copy where the denial is far less sure", () => {
    const truth = statement(sentence, "True", 0.8);
    const denial = statement("The Tarn ferry did not carry mail to the islands.", "False", 0.61);
    expect(selectQuestions([truth, denial], 6, ["TRUE_FALSE"], createRandom(3)).map((q) => q.answerText)).toEqual(["True"]);
  });
});
