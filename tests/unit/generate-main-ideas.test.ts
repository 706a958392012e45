import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { findLabelledLines, makeLabelMatching } from "@/lib/generation/make-label-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";

// Main ideas that had no question: a sentence the statement maker refused for a reason that does not hold, and a
// glossary list whose kind only the sentence introducing it names. All articles here are invented.

function sentence(text: string, extra: Partial<Sentence> = {}): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false, ...extra };
}

function statements(text: string): string[] {
  const all: GeneratedQuestion[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q) => all.push(q) });
  return all.filter((q) => q.type === "TRUE_FALSE" && q.keyKind === "statement").map((q) => q.prompt);
}

describe("central sentences the statement maker used to refuse", () => {
  it("drops a joining 'And', 'But' or 'Yet' and a linking opening ('Even so', 'As a result'): the claim is as true without them", () => {
    expect(trimToMainClause(sentence("And despite what many old songs say, the river pilots did not carry silver bells."))?.text).toBe("The river pilots did not carry silver bells.");
    expect(trimToMainClause(sentence("Even so, the dyke did not always keep the sea out of the lower fields."))?.text).toBe("The dyke did not always keep the sea out of the lower fields.");
    expect(trimToMainClause(sentence("As a result, many weavers moved to the mill towns along the coast."))?.text).toBe("Many weavers moved to the mill towns along the coast.");
    // "So many …" and "Or …" are part of what is said, not a link to the sentence before.
    expect(trimToMainClause(sentence("So many boats sank in the storm that the harbour closed for a month."))).toBeNull();
    expect(trimToMainClause(sentence("Or the pilots waited for the tide to turn before they sailed."))).toBeNull();
  });

  it("cuts a series of clauses before its 'and' to the first clause, never two clauses joined by a bare comma", () => {
    expect(trimToMainClause(sentence("In the winter of 1610 the town of Brask was deep in debt, grain was scarce, and many families in the port were cold and hungry."))?.text).toBe(
      "In the winter of 1610 the town of Brask was deep in debt.",
    );
    // A clause opened by a subordinator, or an aside and a modal, is no series: never cut to "When the order came."
    expect(trimToMainClause(sentence("When the new order reached Brask in March, the strike was called off, and the mills were open again by May."))?.text).toBe(
      "When the new order reached Brask in March, the strike was called off.",
    );
    expect(trimToMainClause(sentence("River boats, on the other hand, may have small cabins, but these are usually cramped, and their hulls are much lighter because they carry no cargo."))).toBeNull();
  });

  it("reads a clock time as no colon that opens a clause", () => {
    expect(trimToMainClause(sentence("The guides reached the top of the pass at about 10:45 in the morning."))?.text).toBe("The guides reached the top of the pass at about 10:45 in the morning.");
    expect(trimToMainClause(sentence("The guild had one rule: no cart could cross the bridge after dark."))).toBeNull();
  });

  it("lets a 'later' inside a relative clause stand (it follows the statement's own event), but not one of its own", () => {
    expect(trimToMainClause(sentence("The Tarn guild dug a canal across the marsh to reach the harbour that later became known as Saltmere."))?.text).toBe(
      "The Tarn guild dug a canal across the marsh to reach the harbour that later became known as Saltmere.",
    );
    expect(trimToMainClause(sentence("The Tarn guild later dug a canal across the marsh to reach the harbour."))).toBeNull();
  });

  it("cuts an aside after a name that ends on its common noun ('The Osric dynasty, which …, moved …')", () => {
    expect(trimToMainClause(sentence("The Osric dynasty, which followed the Brenn kings, moved the capital far to the north, to the cold river port of Hale, and built a new palace of grey stone there."))?.text).toBe(
      "The Osric dynasty moved the capital far to the north, to the cold river port of Hale.",
    );
  });

  it("says what a thing is when the whole sentence is too long, and names the thing its 'It' and 'Its' stand for", () => {
    const long = "It is a long chain of dykes, sluices, mills and ditches that were dug, raised, mended and joined together by many different towns and abbeys over about six hundred years.";
    expect(trimToMainClause(sentence(long), "The Fen Wall")?.text).toBe("The Fen Wall is a long chain of dykes, sluices, mills and ditches.");
    expect(trimToMainClause(sentence("Its main task was to keep the salt tide away from the farms of the valley."), "The Fen Wall")?.text).toBe(
      "The Fen Wall's main task was to keep the salt tide away from the farms of the valley.",
    );
    // Without a known referent, "Its" still refuses the sentence.
    expect(trimToMainClause(sentence("Its main task was to keep the salt tide away from the farms of the valley."))).toBeNull();
    // A long sentence that says no "is a …" of its subject is still refused, not cut at its relative clause.
    expect(trimToMainClause(sentence("The abbeys of the valley paid for the dykes, sluices, mills and ditches that were dug, raised, mended and joined together by many different towns and villages over about six hundred years."), "The Fen Wall")).toBeNull();
  });

  it("asks a central sentence with a comparison after a comma ('…, compared with …') as a statement", () => {
    const article =
      "The Siege of Harl\n\nIn 1402 the army of the Duke of Vell laid siege to the walled town of Harl for nine weeks.\n\nThe defenders held the gate with crossbows and boiling pitch. About two hundred of the attackers had been killed at the walls, compared with only four of the defenders, and this is partly why the duke lost heart. In the end he gave up and marched his army home.";
    expect(statements(article)).toContain("About two hundred of the attackers had been killed at the walls, compared with only four of the defenders.");
  });

  it("asks a sentence whose naming aside is cut away as a statement, though the aside defines a term", () => {
    const article =
      "The Ostra Traders\n\nFor three centuries the river city of Ostra was the busiest market of the northern plains.\n\nThe Varn Guild, sometimes called the Rivermen, sailed along the great rivers of the east to reach Ostra and trade with dealers from the south. They carried furs, amber and salt fish, and they brought back spices and glass. The market closed when the rivers silted up.";
    expect(statements(article)).toContain("The Varn Guild sailed along the great rivers of the east to reach Ostra and trade with dealers from the south.");
  });
});

describe("a glossary list whose kind the introducing sentence counts", () => {
  const mill =
    "How a Windmill Works\n\nA windmill turns the force of the wind into work that grinds grain into flour. Most windmills were built on open hills, where the wind blows hardest. Many of them still stand today, though few still grind.\n\nThe inside of the mill\n\nA windmill has several parts that work together inside its tower, and each of these has its own job:\n\n- Sails: four long wooden frames that catch the wind.\n- Windshaft: a heavy beam that carries the turning force into the mill.\n- Millstones: two round stones that crush the grain between them.\n- Hopper: a wide wooden box that feeds grain down from above.\n\nThe miller could turn the whole cap of the mill to face the wind.";

  it("finds the lines and takes their kind from the counted plural ('several parts'), and matches each to what is said of it", () => {
    const article = parseArticle(mill);
    const [set, ...rest] = findLabelledLines(article, mill);
    expect(rest).toEqual([]);
    expect(set!.kind).toBe("part");
    expect(set!.lines.map((l) => l.label)).toEqual(["Sails", "Windshaft", "Millstones", "Hopper"]);
    const q = makeLabelMatching(set!.kind, set!.lines, article.sentences, createRandom(1))!;
    expect(q.prompt).toBe("Match each part to what the article says about it.");
    expect(passesGates(q, mill)).toBe(true);
  });

  it("finds no kind in an introducing sentence that counts nothing, or that does not end on a colon", () => {
    const uncounted = mill.replace("A windmill has several parts that work together inside its tower, and each of these has its own job:", "Inside, everything has its own job:");
    expect(findLabelledLines(parseArticle(uncounted), uncounted)).toEqual([]);
    const noColon = mill.replace("each of these has its own job:", "each of these has its own job.");
    expect(findLabelledLines(parseArticle(noColon), noColon)).toEqual([]);
  });
});
