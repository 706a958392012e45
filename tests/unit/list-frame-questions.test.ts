import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { findLists } from "@/lib/generation/find-lists";
import { listFrame, listFrames, makeListFrameQuestions, outsidersOf } from "@/lib/generation/make-list-frame-questions";
import { createRandom } from "@/lib/generation/random";
import { isUngrammatical } from "@/lib/generation/check-stems";
import { findMemberMentions } from "@/lib/generation/make-term-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { sentencesOf } from "../support/sentences";

// Lists said as what someone did, with no kind word before them: our own three fixture articles, a civics piece on
// an office's duties (a harbour warden), a biography listing an engineer's works, and a science piece on flower parts.
const read = (name: string) => fs.readFileSync(path.resolve(__dirname, "../fixtures/articles", name), "utf8");
const warden = read("harbour-warden.txt");
const engineer = read("tessa-lind-engineer.txt");
const flower = read("flower-parts.txt");

const members = (text: string) => findLists(sentencesOf(text)).map((l) => l.items.map((i) => i.text));

function listQuestions(text: string): GeneratedQuestion[] {
  const found: GeneratedQuestion[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q, verdict) => verdict !== "low-confidence" && q.keyKind === "category" && !found.includes(q) && (verdict === "selected" || verdict === "not-selected") && found.push(q) });
  return found;
}

describe("more list shapes", () => {
  it("finds a list whose sentence goes on with another clause after it", () => {
    expect(members("Towns raise money for parks, libraries, bridges and courts, and the bulk of it is paid by landlords.")).toEqual([["parks", "libraries", "bridges", "courts"]]);
  });
  it("starts the first member after the clause's verb, even one the tagger reads as an adjective", () => {
    expect(members("The town council sets fees, fines and tolls.")).toEqual([["fees", "fines", "tolls"]]);
    expect(members("Traders sent salt, copper and hides to the south, and in return received cloth, beads and spices.")).toEqual([
      ["salt", "copper", "hides"],
      ["cloth", "beads", "spices"],
    ]);
  });
  it("keeps a one-word member between commas that the tagger might read as an action", () => {
    expect(members("The shop sold bread, soap, clothing and candles.")).toEqual([["bread", "soap", "clothing", "candles"]]);
  });
  it("refuses describing words that share the last member's noun", () => {
    expect(members("A valley has three zones: the high, middle and low ground.")).toEqual([]);
  });
  it("refuses a row whose last member is itself a pair", () => {
    expect(members("It caused shortages, decline, and fear and panic in the towns.")).toEqual([]);
  });
});

describe("a list asked through the clause that states it", () => {
  it("asks the warden's duties typed, accepting every listed member", () => {
    const typed = listQuestions(warden).find((q) => q.type === "FILL_BLANK" && q.prompt.startsWith("What does the warden inspect"))!;
    expect(typed.prompt).toBe("What does the warden inspect? (Name one of the three the article gives.)");
    expect(typed.answerKey).toEqual({ kind: "text", accepted: expect.arrayContaining(["moorings", "slipways", "breakwaters"]) });
    expect(passesGates(typed, warden)).toBe(true);
  });

  it("asks which the warden does not inspect in the article too", () => {
    const asked = listQuestions(warden).find((q) => q.type === "MULTIPLE_CHOICE" && q.prompt.startsWith("Which of these does the warden not inspect"))!;
    expect(["lighthouses", "buoys", "beacons"]).toContain(asked.answerText);
    expect(passesGates(asked, warden)).toBe(true);
  });

  it("asks which the warden does not inspect, the odd one out being what another officer inspects", () => {
    const { sentences } = { sentences: sentencesOf("The warden inspects moorings, slipways and breakwaters.", "At sea, the county surveyor inspects lighthouses, buoys and beacons.", "The town council sets fees, fines and tolls.") };
    const lists = findLists(sentences);
    const asked = makeListFrameQuestions(sentences, lists, createRandom(3)).find((q) => q.type === "MULTIPLE_CHOICE" && q.prompt.includes("warden"))!;
    expect(asked.prompt).toBe("Which of these does the warden not inspect, according to the article?");
    expect(asked.outsiderByFrame).toBe(true);
    expect(["lighthouses", "buoys", "beacons"]).toContain(asked.answerText);
    expect(asked.options.map((o) => o.text).filter((t) => t !== asked.answerText).sort()).toEqual(["breakwaters", "moorings", "slipways"]);
    // Fees and fines are set by another body doing another thing: never offered beside the warden's duties.
    const frames = listFrames(sentences, lists);
    expect(outsidersOf(frames[0]!, frames, sentences)).toEqual(["lighthouses", "buoys", "beacons"]);
  });

  it("asks an engineer's works typed, never 'which did she not design' with works she designed elsewhere", () => {
    const questions = listQuestions(engineer);
    // She designed both lists: the article never says she did not design granaries for the fishing villages.
    expect(questions.filter((q) => q.type === "MULTIPLE_CHOICE" && q.prompt.includes("not design"))).toEqual([]);
    expect(questions.find((q) => q.type === "FILL_BLANK" && q.prompt.includes("fishing villages"))!.prompt).toBe("What did Lind design for the county's fishing villages? (Name one of the three the article gives.)");
    const typed = questions.find((q) => q.type === "FILL_BLANK" && q.prompt.includes("market towns"))!;
    expect(typed.prompt).toBe("What did Tessa Lind design in the market towns inland? (Name one of the three the article gives.)");
  });

  it("asks the examples a 'such as' list gives of its kind", () => {
    const typed = listQuestions(flower).find((q) => q.prompt.includes("pollinators"))!;
    expect(typed.prompt).toBe("What examples of pollinators does the article give? (Name one of the three.)");
    expect(typed.answerKey).toEqual({ kind: "text", accepted: expect.arrayContaining(["bees", "moths", "hoverflies"]) });
  });

  it("asks a second list of the sentence with the first one's subject", () => {
    const sentences = sentencesOf("Traders sent salt, copper and hides to the south, and in return received cloth, beads and spices.");
    const questions = makeListFrameQuestions(sentences, findLists(sentences), createRandom(1));
    expect(questions.map((q) => q.prompt)).toEqual([
      "Which of these did traders not send to the south, according to the article?",
      "What did traders send to the south? (Name one of the three the article gives.)",
      "Which of these did traders not receive in return, according to the article?",
      "What did traders receive in return? (Name one of the three the article gives.)",
    ]);
    expect(["cloth", "beads", "spices"]).toContain(questions[0]!.answerText);
  });
});

describe("around the list questions", () => {
  it("lets a built question end in its preposition, not a cut sentence", () => {
    expect(isUngrammatical("What did the clerks keep records of? (Name one of the three the article gives.)")).toBe(false);
    expect(isUngrammatical("What did the clerks keep records of?")).toBe(false);
    expect(isUngrammatical("The clerks kept records of.")).toBe(true);
  });
  it("does not blank a common member that opens a later sentence (the one capitalised option)", () => {
    const sentences = sentencesOf("The mill sold rope, sacks and twine.", "Rope made up most of its trade.", "Its best customers bought sacks by the cartload.");
    expect(findMemberMentions(sentences, findLists(sentences)).map((m) => m.span.text)).toEqual(["sacks"]);
    const named = sentencesOf("The league's chief ports were Arden, Bly and Cray.", "Arden, on a river mouth, held out for a year.");
    expect(findMemberMentions(named, findLists(named)).map((m) => m.span.text)).toEqual(["Arden"]);
  });
});

describe("what is refused", () => {
  const frameOf = (text: string) => {
    const sentences = sentencesOf(text);
    const list = findLists(sentences)[0]!;
    return listFrame(list, sentences[0]!);
  };
  it("refuses a subject that points elsewhere, an opening that points elsewhere, and a verb of being", () => {
    expect(frameOf("They carried salt, copper and hides.")).toBeNull();
    expect(frameOf("At the fair that spring, the guild sold ribbons, gloves and hats.")).toBeNull();
    expect(frameOf("The main exports were salt, copper and hides.")).toBeNull();
    expect(frameOf("At the fair, the guild sold ribbons, gloves and hats.")?.typedStem).toBe("What did the guild sell at the fair? (Name one of the three the article gives.)");
    // A common subject opening the sentence is written small; a frame closed by its preposition keeps no tail after it.
    expect(frameOf("Farmers grow wheat, barley and oats.")?.typedStem).toBe("What do farmers grow? (Name one of the three the article gives.)");
    expect(frameOf("The clerks kept records of rents, tithes and tolls on wax tablets.")?.typedStem).toBe("What did the clerks keep records of? (Name one of the three the article gives.)");
  });

  it("reads a pronoun opening as what the sentence before settles, and a capital kind only where the sentence starts", () => {
    const [first, second] = sentencesOf("The flood ruined the lower town.", "It also spoiled wells, barns and orchards.");
    const resolved = { ...second!, subject: "The flood", opener: "It" };
    expect(listFrame(findLists([first!, resolved])[0]!, resolved)?.typedStem).toBe("What did the flood spoil? (Name one of the three the article gives.)");
    expect(listFrame(findLists([first!, second!])[0]!, second!)).toBeNull();
    const named = sentencesOf("The tour visited the Old Towns, such as Arden, Bly and Cray.");
    expect(makeListFrameQuestions(named, findLists(named), createRandom(1))).toEqual([]);
    // The word before "such as" is a verb here, no kind.
    const verb = sentencesOf("At the market a careful household buys, such as bread, soap and candles.");
    expect(findLists(verb)).toHaveLength(1);
    expect(makeListFrameQuestions(verb, findLists(verb), createRandom(1))).toEqual([]);
  });

  it("never takes an outsider from a list sharing a member, nor one the article says beside the list's members", () => {
    const overlapping = sentencesOf("The guild sold ribbons, gloves and hats.", "The guild sold hats, scarves and belts.");
    const frames = listFrames(overlapping, findLists(overlapping));
    expect(outsidersOf(frames[0]!, frames, overlapping)).toEqual([]);
    const besides = sentencesOf("The guild sold ribbons, gloves and hats.", "The tanners sold scarves, belts and purses.", "Its stalls also had ribbons and purses.");
    const framesBesides = listFrames(besides, findLists(besides));
    expect(outsidersOf(framesBesides[0]!, framesBesides, besides)).toEqual(["scarves", "belts"]);
  });

  it("offers no outsider from another list of the same doer doing the same thing", () => {
    const sameDoer = sentencesOf("In 1620, the abbey bought salt, candles and wax.", "By 1650, the abbey bought timber, nails and slate.");
    const frames = listFrames(sameDoer, findLists(sameDoer));
    expect(frames).toHaveLength(2);
    expect(outsidersOf(frames[0]!, frames, sameDoer)).toEqual([]);
    expect(outsidersOf(frames[1]!, frames, sameDoer)).toEqual([]);
    expect(makeListFrameQuestions(sameDoer, findLists(sameDoer), createRandom(1)).filter((q) => q.type === "MULTIPLE_CHOICE")).toEqual([]);
    // Another doer buying: its goods stand outside the abbey's.
    const otherDoer = sentencesOf("In 1620, the abbey bought salt, candles and wax.", "By 1650, the priory bought timber, nails and slate.");
    const otherFrames = listFrames(otherDoer, findLists(otherDoer));
    expect(outsidersOf(otherFrames[0]!, otherFrames, otherDoer)).toEqual(["timber", "nails", "slate"]);
  });

  it("offers no outsider that another sentence says beside this list's doer", () => {
    const elsewhere = sentencesOf("Venice shipped glass, lace and silk.", "Genoa shipped coral, alum and wool.", "Venice shipped alum to Bruges in later years.");
    const frames = listFrames(elsewhere, findLists(elsewhere));
    expect(outsidersOf(frames[0]!, frames, elsewhere)).toEqual(["coral", "wool"]);
    // Genoa is named nowhere beside glass, lace or silk: all three stay outsiders of what Genoa shipped.
    expect(outsidersOf(frames[1]!, frames, elsewhere)).toEqual(["glass", "lace", "silk"]);
    // Said of others only, the item stays an outsider.
    const others = sentencesOf("Venice shipped glass, lace and silk.", "Genoa shipped coral, alum and wool.", "Pisa traded alum with Bruges in later years.");
    const othersFrames = listFrames(others, findLists(others));
    expect(outsidersOf(othersFrames[0]!, othersFrames, others)).toEqual(["coral", "alum", "wool"]);
    // A sentence whose opening stands for the doer ("It" for Venice) names the doer too.
    const [a, b, c] = sentencesOf("Venice shipped glass, lace and silk.", "Genoa shipped coral, alum and wool.", "It later shipped alum to Bruges.");
    const resolved = [a!, b!, { ...c!, subject: "Venice", opener: "It" }];
    const resolvedFrames = listFrames(resolved, findLists(resolved));
    expect(outsidersOf(resolvedFrames[0]!, resolvedFrames, resolved)).toEqual(["coral", "wool"]);
  });

  it("offers no outsider from a list of another doer and another deed (unlike things)", () => {
    const sentences = sentencesOf("The warden inspects moorings, slipways and breakwaters.", "Gardeners collect seeds, cuttings and bulbs.");
    const frames = listFrames(sentences, findLists(sentences));
    expect(frames).toHaveLength(2);
    expect(outsidersOf(frames[0]!, frames, sentences)).toEqual([]);
    expect(makeListFrameQuestions(sentences, findLists(sentences), createRandom(1)).filter((q) => q.type === "MULTIPLE_CHOICE")).toEqual([]);
  });
});
