import { describe, expect, it } from "vitest";
import { falseVersions } from "@/lib/generation/falsify-statement";
import { findLists, type TermList } from "@/lib/generation/find-lists";
import { findFunctionFacts, makePartQuestion, makeSwappedPart } from "@/lib/generation/make-function-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { falseVersionsIn, swapInput } from "../support/false-versions";
import { tracedQuestions } from "../support/traced-candidates";

// Our own sentences about an invented hill fort: a list of its parts, then statements about one of them. A member of
// the list put in place of another makes a claim the article never settles, so it must never be keyed False.
const list = (lead: string, ...members: string[]): TermList => ({ items: members.map((text) => ({ text, start: 0, end: 0 })), sentenceIndex: -1, lead });
const PARTS = list("Raiders feared the", "ramparts", "towers", "gates", "ditches");
const siblings = (statement: string, lists: TermList[] = [PARTS]) =>
  falseVersionsIn(`The Fort at Brannock\n\n${statement} The fort fell to raiders in the winter of 1204.`, statement, { lists, how: "sibling" });

describe("a list member swapped into a statement", () => {
  it("leaves a plural subject before its verb group alone (passives, auxiliaries, -ed verbs)", () => {
    expect(siblings("The earliest ramparts were raised in the ninth century.")).toEqual([]);
    expect(siblings("The outer ramparts had been rebuilt by the new lord.")).toEqual([]);
    expect(siblings("The ramparts collapsed during the long siege.")).toEqual([]);
    expect(siblings("Its gates were made of oak and iron.")).toEqual([]);
  });

  it("leaves every word of a compound subject alone, even one with a describing word before it", () => {
    expect(siblings("Tall hedges and deep ditches are the oldest works on the hill.")).toEqual([]);
    expect(siblings("Thorn hedges and deep ditches guarded the northern slope.")).toEqual([]);
    expect(siblings("Thorn hedges or wide ditches guarded the northern slope.")).toEqual([]);
  });

  it("never swaps a member of an open class ('among', 'one of', 'such as')", () => {
    const beasts = [list("The hill was home to", "wolves", "foxes", "hares")];
    expect(siblings("In the long winters the herders feared wolves.", beasts)).toEqual(["In the long winters the herders feared foxes."]);
    expect(siblings("Among the beasts the herders feared most were wolves.", beasts)).toEqual([]);
    expect(siblings("The herders feared many beasts, such as wolves.", beasts)).toEqual([]);
    expect(siblings("One of the beasts the herders feared most was wolves.", beasts)).toEqual([]);
  });

  it("never swaps one part of a whole for another: the parts share what is said of the whole", () => {
    const parts = list("The defences were a long series of", "ramparts", "towers", "gates", "ditches");
    expect(siblings("The villagers built ramparts of turf and stone.", [parts])).toEqual([]);
    expect(siblings("The villagers built ramparts of turf and stone.", [list("The system was made up of", "ramparts", "towers", "ditches")])).toEqual([]);
    // A list of things of one kind, not of one thing's parts, still gives a fair swap.
    expect(siblings("The villagers built ramparts of turf and stone.", [list("Three kinds of defence were common:", "ramparts", "towers", "ditches")])).toEqual(["The villagers built towers of turf and stone."]);
  });
});

describe("a list member swapped in before a noun", () => {
  const goods = list("The market at Brannock sold", "salt", "amber", "furs");
  const swaps = (statement: string) =>
    falseVersionsIn(`The Fort at Brannock\n\n${statement} The beads were threaded on cords of gut. The fort fell to raiders in the winter of 1204.`, statement, { lists: [goods], how: "sibling" });

  it("puts in only a member that can stand before that noun (the screen the options of a blank pass)", () => {
    // "salt beads", "furs beads": the slot names a kind of bead, and no other good of the list is one.
    expect(swaps("Traders carried amber beads across the hills.")).toEqual([]);
    // With no noun after it, the member swaps as before.
    expect(swaps("Traders carried amber across the hills.")).toEqual(["Traders carried salt across the hills."]);
  });

  it("reads a word after the member that the statement uses as its verb as no noun, though the article has that noun", () => {
    // "The floats of the nets" makes "floats" a noun of the article; here it is what the amber does.
    const statement = "Traders found that amber floats on the brine of the marsh.";
    const text = `The Fort at Brannock\n\n${statement} The floats of the nets were cut from cork. The fort fell to raiders in the winter of 1204.`;
    const made = falseVersions(swapInput(text, statement, { lists: [goods] }));
    expect(made.filter((f) => f.how === "sibling").map((f) => f.text)).toEqual(["Traders found that salt floats on the brine of the marsh."]);
  });
});

describe("other swaps before a noun pass the same screen", () => {
  it("a name sibling put in before a noun the article writes only after the name it replaces", () => {
    const nameSiblings = new Map([["Bridge", ["Orm Bridge", "Vess Bridge"]]]);
    const nameSwaps = (statement: string) =>
      falseVersionsIn(`The River Dee\n\nThe Orm Bridge and the Vess Bridge cross the river near the town. ${statement} The Vess Bridge was built of stone in 1310. The toll was raised each spring.`, statement, { nameSiblings, how: "name" });
    expect(nameSwaps("Traders paid the Orm Bridge toll in silver coins.")).toEqual([]);
    expect(nameSwaps("Traders crossed the Orm Bridge in silver carts.")).toEqual(["Traders crossed the Vess Bridge in silver carts."]);
  });

  it("a listed part put in before a noun only that part is written with, in a part question or a swapped part", () => {
    const mill = "The Water Mill\n\nThe mill has three main parts: the wheel, the shaft and the millstone. The wheel turns in the stream. The shaft carries the turning force to the upper floor. The millstone grinds the grain into flour. The millstone dust covers every beam. The shaft bearings are greased each week. The wheel paddles are made of elm.";
    const sentences = parseArticle(mill).sentences;
    const facts = findFunctionFacts(sentences, findLists(sentences), mill);
    const bearings = facts.find((f) => f.clause.startsWith("bearings"))!;
    expect(bearings.part).toBe("shaft");
    // "The wheel bearings", "the millstone bearings": the article writes neither.
    expect(makePartQuestion(bearings, facts, sentences, () => 0.1, mill)).toBeNull();
    expect(makeSwappedPart(bearings, facts, sentences, mill, () => 0.1)).toBeNull();
    // A part with its verb after it swaps as before.
    const grinds = facts.find((f) => f.clause.startsWith("grinds"))!;
    expect(makeSwappedPart(grinds, facts, sentences, mill, () => 0.1)?.prompt).toBe("The shaft grinds the grain into flour.");
  });
});

describe("'Which of these statements is true?' on an article with a list of parts", () => {
  const article = `The Wall of Harrow Vale

The Wall of Harrow Vale was a long series of ramparts, towers, gates and ditches. It guarded the farms of the vale from raiders from the northern hills.

Building the wall

The earliest ramparts were raised in about 840 by the farmers of the vale. The towers were added by the lords of Harrow in the 1100s. The gates were rebuilt in stone after a great fire in 1310. The ditches were dug deeper in 1460 when cannon came into use.

The end of the wall

The wall lost its purpose in 1603 when the vale and the hills came under one crown. Much of its stone was taken for new farmhouses.`;

  it("never offers a wrong option that swaps the subject's head noun for another part", () => {
    const parts = ["ramparts", "towers", "gates", "ditches"];
    // (The list is found as the generator finds it.)
    expect(findLists(parseArticle(article).sentences).some((l) => parts.every((p) => l.items.some((i) => i.text === p)))).toBe(true);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const seen = tracedQuestions(article, { count: 12, seed });
      const statements = seen.flatMap((q) => (q.prompt === "Which of these statements is true?" ? q.options.filter((o) => o.text !== q.answerText).map((o) => o.text) : q.type === "TRUE_FALSE" && q.answerText === "False" ? [q.prompt] : []));
      for (const s of statements) {
        // The article's own sentence with only the subject's head noun changed is a claim it never settles.
        const head = parts.find((p) => new RegExp(`^The (?:earliest )?${p}\\b`).test(s));
        for (const other of parts) if (head && other !== head) expect(article.includes(s.replace(head, other).replace(/\.$/, "")), s).toBe(false);
      }
    }
  });
});
