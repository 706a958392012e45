import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { outsiderOfAnotherKind } from "@/lib/generation/check-options";
import { findCategoryLists, singularOf } from "@/lib/generation/find-category-lists";
import { makeCategoryListQuestions, outsidersOfKind } from "@/lib/generation/make-category-list-questions";
import { typedKeyOffered } from "@/lib/generation/quiz-overlap";
import { createRandom } from "@/lib/generation/random";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { sentencesOf } from "../support/sentences";

// Lists introduced by a kind word ("many hardships, including …"), on invented topics of our own: a lamp-makers' guild
// and a river ferry.
const found = (...texts: string[]) => findCategoryLists(sentencesOf(...texts)).map((l) => ({ kind: l.kind, past: l.past, members: l.items.map((i) => i.text) }));

// The reasons lie behind hiring the lamplighters, and the hardships are those the hired lamplighters met: the article
// sets the one after the other, so neither list's members can be the other's.
const REASONS = "Several reasons lay behind the hiring of the first lamplighters, among them rising demand for lamp oil, as well as the growth of night markets.";
const HARDSHIPS = "The first lamplighters met with many hardships, including icy streets and low wages.";
const GUILD = [
  "The Lamp Guild of Orvel",
  "",
  "The Lamp Guild was set up in the river town of Orvel in 1620 by a group of tinsmiths.",
  REASONS,
  HARDSHIPS,
  "Within ten years the guild ran forty lamps along the main road.",
  "Its members met every spring in the old grain hall to fix the price of oil.",
  "The guild kept its own records in a large bound ledger.",
  "In 1702 the town council took over the lamps and the guild closed.",
].join("\n");

function categoryQuestions(text: string): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q, verdict) => q.keyKind === "category" && (verdict === "selected" || verdict === "not-selected") && !out.includes(q) && out.push(q) });
  return out;
}

describe("finding lists introduced by a kind word", () => {
  it("finds the kind with the clause that places it, in the sentence's tense", () => {
    expect(found(HARDSHIPS)).toEqual([{ kind: "hardships the first lamplighters met with", past: true, members: ["icy streets", "low wages"] }]);
    expect(found("Ferry crews carry many goods, such as grain, salt and timber.")).toEqual([{ kind: "goods ferry crews carry", past: false, members: ["grain", "salt", "timber"] }]);
  });
  it("reads a kind after 'which' with the noun the clause follows", () => {
    expect(found("The guild hired a clerk, and the guild hall, which held many treasures, such as silver lamps, old charters and a brass bell.")).toEqual([
      { kind: "treasures the guild hall held", past: true, members: ["silver lamps", "old charters", "brass bell"] },
    ]);
    expect(found("The river has two ports, and the upper port, which has three quays: the salt quay, the timber quay and the ferry quay.")).toEqual([
      { kind: "quays the upper port has", past: false, members: ["salt quay", "timber quay", "ferry quay"] },
    ]);
  });
  it("reads 'among them' as hanging from the quantified subject, not the nearest plural", () => {
    expect(found(REASONS)).toEqual([
      { kind: "reasons that lay behind the hiring of the first lamplighters", past: true, members: ["rising demand for lamp oil", "growth of night markets"] },
    ]);
  });
  it("refuses a member that is a clause", () => {
    expect(found("The ferry crews faced many dangers, including storms that sank boats and thieves.")).toEqual([]);
    expect(found("The guild set several rules: members paid a yearly fee, apprentices trained for five years and no lamp burned after midnight.")).toEqual([]);
  });
  it("refuses a singular kind", () => {
    expect(found("The flood did great harm, such as broken roofs and fallen trees.")).toEqual([]);
    // The members of a singular thing are its parts, not its kinds.
    expect(found("The guild built a new hall, including a kitchen, a library and a meeting room.")).toEqual([]);
  });
  it("refuses a last member that is itself a pair", () => {
    expect(found("The guild sold many wares, such as wicks, oil, and brass and tin lamps.")).toEqual([]);
  });
  it("refuses a list whose pair by 'and' is followed by more members (the 'and' is inside a name)", () => {
    expect(found("The choir sang with many famous groups, including Hobb and Lark, the Tinkers and Moss.")).toEqual([]);
  });
  it("refuses 'including' after a verb's object: the members are the object's, not the subject's", () => {
    expect(found("Several towns sent help, including blankets, bread and lamps.")).toEqual([]);
    expect(found("Many guests praised the feast, including the soup, the pies and the cider.")).toEqual([]);
    // With no object the quantified subject is the kind.
    expect(found("Several barges were lost, including the Heron, the Otter and the Pike.")).toEqual([{ kind: "barges that were lost", past: true, members: ["Heron", "Otter", "Pike"] }]);
  });
  it("refuses a 'which' that follows a whole clause", () => {
    expect(found("The duke raised tolls on the millers, which caused many problems, including riots and debts.")).toEqual([]);
  });
  it("moves the head before 'of' only for a kind-of word", () => {
    expect(found("Visitors admire the carvings of masons such as Orrin, Tamsel and Vey.")).toEqual([]);
    expect(found("There were three varieties of the blight: leaf blight, root blight and stem blight.")).toEqual([
      { kind: "varieties of the blight", past: true, members: ["leaf blight", "root blight", "stem blight"] },
    ]);
  });
  it("refuses a kind the article gives only in part", () => {
    expect(found("The ferry faced other problems, such as rot, theft and flooding.")).toEqual([]);
  });
  it("reads no kind from a lead that says what its subject is", () => {
    expect(found("Some birds are hunters, such as owls, kites and hawks.")).toEqual([]);
  });
  it("writes a one-word subject small only when it is a known common noun, and refuses a name it cannot tell", () => {
    expect(found("Farmers grew crops such as rye, barley and oats.")).toEqual([{ kind: "crops farmers grew", past: true, members: ["rye", "barley", "oats"] }]);
    expect(found("Hendricks kept many animals, such as geese, goats and mules.")).toEqual([]);
  });
  it("singularises -es plurals after ss, x, ch, sh and zz", () => {
    expect(["successes", "classes", "losses", "boxes", "reasons", "difficulties", "species"].map(singularOf)).toEqual(["success", "class", "loss", "box", "reason", "difficulty", "species"]);
  });
});

describe("questions on a list introduced by a kind word", () => {
  it("asks one of the reasons with the hardships as the wrong options, and survives the option checks", () => {
    const mc = categoryQuestions(GUILD).filter((q) => q.type === "MULTIPLE_CHOICE" && q.prompt.includes("one of the"));
    expect(mc.map((q) => q.prompt)).toEqual(["Which of these was one of the reasons that lay behind the hiring of the first lamplighters?"]);
    const options = mc[0]!.options.map((o) => o.text);
    expect(["rising demand for lamp oil", "growth of night markets"]).toContain(mc[0]!.answerText);
    expect(options.filter((o) => o !== mc[0]!.answerText).sort()).toEqual(["icy streets", "low wages"]);
  });
  it("asks the second list by no question whose options are the first one's members (the two would answer each other)", () => {
    const questions = makeCategoryListQuestions(sentencesOf(REASONS, HARDSHIPS), findCategoryLists(sentencesOf(REASONS, HARDSHIPS)), createRandom(1));
    expect(questions.filter((q) => q.type === "MULTIPLE_CHOICE")).toHaveLength(1);
    // Its key is a member among outsiders, which the outsider-kind check must know without reading the stem's words.
    expect(questions.find((q) => q.type === "MULTIPLE_CHOICE")?.keysMember).toBe(true);
  });
  it("never offers a member of the other list that the article also places beside this list's kind", () => {
    const sentences = sentencesOf(REASONS, HARDSHIPS, "Low wages were also among the reasons given at the hiring.");
    const lists = findCategoryLists(sentences);
    expect(outsidersOfKind(lists[0]!, lists, sentences)).toEqual(["icy streets"]);
    // One fair wrong option is too few: no question on the reasons (the hardships may still be asked, with the reasons as wrong options).
    const asked = makeCategoryListQuestions(sentences, lists, createRandom(1)).filter((q) => q.type === "MULTIPLE_CHOICE");
    expect(asked.map((q) => q.prompt)).toEqual(["Which of these was one of the hardships the first lamplighters met with?"]);
  });
  it("takes no wrong options from another list of the same kind word", () => {
    const sentences = sentencesOf(HARDSHIPS, "The later lamplighters met with many hardships, including long night shifts and burns from the oil.");
    const lists = findCategoryLists(sentences);
    expect(lists).toHaveLength(2);
    expect(outsidersOfKind(lists[0]!, lists, sentences)).toEqual([]);
  });
  it("takes no wrong options from a kind of the same role, nor from kinds that sort things by what they are", () => {
    const dangers = sentencesOf(HARDSHIPS, "The night watch faced several dangers, including thieves and fires.");
    expect(outsidersOfKind(findCategoryLists(dangers)[0]!, findCategoryLists(dangers), dangers)).toEqual([]);
    // Zones of a shore and its grazers: a snail among zones gives itself away.
    const shore = sentencesOf(
      "A rocky shore is divided into zones: the splash zone, the high zone and the low zone.",
      "Many animals live in the pools, such as snails, crabs and starfish.",
    );
    const lists = findCategoryLists(shore);
    expect(lists).toHaveLength(2);
    expect(outsidersOfKind(lists[0]!, lists, shore)).toEqual([]);
  });
  it("pairs no reasons with hardships the article does not set after the outcome, nor effects with benefits", () => {
    // Ice and fog may well be reasons to replace a ferry by a bridge: the article does not say they are not.
    const ferry = [
      "The Marl Ferry",
      "",
      "The Marl ferry crossed the river at Dunfold from 1810 until the bridge opened in 1871.",
      "Several reasons lay behind the building of the bridge, among them floods, debts and delays.",
      "The ferrymen met with many hardships, including ice, fog and thieves.",
      "Each crossing took about twenty minutes in calm weather.",
      "The ferry carried up to thirty passengers and two carts at a time.",
      "After the bridge opened, the last ferryman became the bridge's first toll keeper.",
    ].join("\n");
    for (const seed of [1, 2, 3, 4]) {
      const quiz = generateQuestions(ferry, { count: 10, seed }).questions;
      expect(quiz.filter((q) => q.keyKind === "category" && q.type === "MULTIPLE_CHOICE" && q.prompt.includes("one of the"))).toEqual([]);
    }
    // An effect of the canal is often a benefit of it too.
    const canal = sentencesOf("The canal brought many benefits, such as cheaper coal and faster mail.", "The opening of the canal had several effects, including higher rents and the loss of the coaching inns.");
    const lists = findCategoryLists(canal);
    expect(lists).toHaveLength(2);
    expect(lists.flatMap((l) => outsidersOfKind(l, lists, canal))).toEqual([]);
  });
  it("offers no member that meets the kind elsewhere in any form, by its head word or a word of the kind's clause", () => {
    const town = sentencesOf(
      "Several reasons lay behind the move to the coast, among them cheap land, a good harbour and mild winters.",
      "The settlers on the coast met with many hardships, including floods, poor soil and fever.",
    );
    // The plural "difficulties" (a head of the hardships' role) ties "harbour" to it, and the kind's own word "coast"
    // ties "mild winters".
    const more = sentencesOf(...town.map((s) => s.text), "The harbour brought difficulties of its own.", "Mild winters kept people on the coast.");
    const base = findCategoryLists(town);
    expect(outsidersOfKind(base[1]!, base, town).sort()).toEqual(["cheap land", "good harbour", "mild winters"]);
    const lists = findCategoryLists(more);
    expect(outsidersOfKind(lists[1]!, lists, more)).toEqual(["cheap land"]);
  });
  it("pairs reasons with setbacks met after the outcome they lie behind, in any form of its word", () => {
    const boats = sentencesOf(
      "Several reasons lay behind the decision to equip the fleet with lamps, among them cheap oil, calm seas and high prices.",
      "The ships equipped met with many setbacks, including fog, frost and rough water.",
    );
    const lists = findCategoryLists(boats);
    expect(lists).toHaveLength(2);
    expect(outsidersOfKind(lists[0]!, lists, boats).sort()).toEqual(["fog", "frost", "rough water"]);
  });
  it("offers no member that names a member of this list in another form", () => {
    const valley = sentencesOf(
      "Several reasons lay behind the move to the valley, among them crop failure, high rents and new jobs.",
      "The settlers in the valley met with many hardships, including failures of the harvest, cold winters and sickness.",
    );
    const lists = findCategoryLists(valley);
    expect(outsidersOfKind(lists[0]!, lists, valley).sort()).toEqual(["cold winters", "sickness"]);
  });
  it("never puts in one quiz a choice whose wrong options a typed question on another list accepts", () => {
    const typed = { type: "FILL_BLANK", keyKind: "category", answerText: "ice", answerKey: { kind: "text", accepted: ["ice", "fog", "thieves"] }, options: [] } as unknown as GeneratedQuestion;
    const choice = { type: "MULTIPLE_CHOICE", keyKind: "category", answerText: "delays", options: ["delays", "fog", "floods"].map((text, i) => ({ id: String(i), text })) } as unknown as GeneratedQuestion;
    expect(typedKeyOffered(choice, typed)).toBe(true);
    expect(typedKeyOffered({ ...choice, options: ["delays", "debts", "floods"].map((text, i) => ({ id: String(i), text })) } as GeneratedQuestion, typed)).toBe(false);
  });
  it("reads a member offered with an article the list did not give it ('The fog' is the member 'fog')", () => {
    const typed = { type: "FILL_BLANK", keyKind: "category", answerText: "ice", answerKey: { kind: "text", accepted: ["ice", "fog", "thieves"] }, options: [] } as unknown as GeneratedQuestion;
    const choice = { type: "MULTIPLE_CHOICE", keyKind: "comparison", answerText: "The delays", options: ["The delays", "The fog", "The floods"].map((text, i) => ({ id: String(i), text })) } as unknown as GeneratedQuestion;
    expect(typedKeyOffered(choice, typed)).toBe(true);
  });
  it("keeps a choice whose key is a member though the article's words in its stem hold 'not'", () => {
    const q = { type: "MULTIPLE_CHOICE", keyKind: "category", answerText: "mild winters", prompt: "Which of these was one of the reasons that lay behind the decision not to close the mill?", keysMember: true, options: ["mild winters", "floods", "fever"].map((text, i) => ({ id: String(i), text })) } as unknown as GeneratedQuestion;
    expect(outsiderOfAnotherKind(q)).toBe(false);
    // The same options keyed as the one outsider ("… did not …") are of no shared kind: refused.
    expect(outsiderOfAnotherKind({ ...q, keysMember: undefined, prompt: "Which of these did the miller not name as a reason?" })).toBe(true);
  });
  it("asks typed only a whole kind given once, accepting every member and no clipped singular", () => {
    const typedOf = (...texts: string[]) => {
      const sentences = sentencesOf(...texts);
      return makeCategoryListQuestions(sentences, findCategoryLists(sentences), createRandom(1)).filter((q) => q.type === "FILL_BLANK");
    };
    const typed = typedOf("Ferry crews carry three goods: grain, salt and timber.");
    expect(typed.map((q) => q.prompt)).toEqual(["What is one of the goods ferry crews carry? (Name one of the three the article gives.)"]);
    expect(typed[0]!.answerKey).toEqual({ kind: "text", accepted: ["grain", "salt", "timber"] });
    expect(typed[0]!.keyKind).toBe("category");
    // "such as" gives examples: the article may name others, which a typed answer would refuse.
    expect(typedOf("Ferry crews carry many goods, such as grain, salt and timber.")).toEqual([]);
    // Another list of the same kind holds more members.
    expect(typedOf("Ferry crews carry three goods: grain, salt and timber.", "Barge crews carry two goods: coal and lime.")).toEqual([]);
    // A member the stem prints gives itself away.
    expect(typedOf("Timber crews carry three goods: grain, salt and timber.")).toEqual([]);
    // "thieves" and "walrus" keep their letters.
    expect(typedOf("The ferrymen met with three hardships: ice, walrus and thieves.")[0]!.answerKey).toEqual({ kind: "text", accepted: ["ice", "walrus", "thieves"] });
  });
});
