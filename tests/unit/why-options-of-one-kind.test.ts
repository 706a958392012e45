import { describe, expect, it } from "vitest";
import { fillerOptions } from "@/lib/generation/check-trivia";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findCauses, makeCauseQuestion } from "@/lib/generation/make-cause-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Invented: a made-up guide to kites, one reason told with "because" and two with "so".
const text =
  "Kites\n\nA kite rises because the wind pushes up under the sail. Paper tears easily in the rain, so most modern kites are made of nylon. Cotton string rots in damp sheds, so most flyers use waxed line.";

function asked(question: string) {
  const article = parseArticle(text);
  const causes = findCauses(article.sentences);
  const fact = causes.find((c) => c.question === question)!;
  const q = makeCauseQuestion(fact, causes, article.sentences, () => 0.5)!;
  return { options: q.options.map((o) => o.text).sort(), answer: q.answerText };
}

describe("the options of a cause question are clauses of the key's own kind", () => {
  it("offers other reasons for a 'Why …?', never the results of other causes", () => {
    // Before: "Most modern kites are made of nylon" and "Most flyers use waxed line", two results beside the only reason.
    expect(asked("Why does a kite rise?")).toEqual({
      options: ["Cotton string rots in damp sheds", "Paper tears easily in the rain", "The wind pushes up under the sail"],
      answer: "The wind pushes up under the sail",
    });
  });

  it("offers other results for 'What happens as a result?', never the reasons of other effects", () => {
    expect(asked("Paper tears easily in the rain. What happens as a result?")).toEqual({
      options: ["A kite rises", "Most flyers use waxed line", "Most modern kites are made of nylon"],
      answer: "Most modern kites are made of nylon",
    });
  });

  it("never offers a reason of the same event or of the key itself", () => {
    const chained = "Kites\n\nThe sail fills because the wind rises at noon. The kite climbs because the sail fills. Paper tears easily in the rain, so most kites are made of nylon. Cotton string rots in damp sheds, so most flyers use waxed line.";
    const article = parseArticle(chained);
    const causes = findCauses(article.sentences);
    const fact = causes.find((c) => c.question === "Why does the kite climb?")!;
    const options = makeCauseQuestion(fact, causes, article.sentences, () => 0.5)!.options.map((o) => o.text);
    // "The wind rises at noon" fills the sail, which makes the kite climb: true through the chain, so never a wrong option.
    expect(options).not.toContain("The wind rises at noon");
  });
});

describe("a chain of causes more than one step long", () => {
  // Invented: a made-up bakery whose oven fails, each step told with "because".
  const bakery =
    "The Corran Bakery\n\nThe bakery shut because the oven cracked. The oven cracked because the chimney clogged. The chimney clogged because jackdaws nested in the flue. The baker moved away because the bakery shut. The choir sang loudly because the organ was broken. The ferry sailed late because the captain overslept.";
  const optionsOf = (question: string) => {
    const article = parseArticle(bakery);
    const causes = findCauses(article.sentences);
    const fact = causes.find((c) => c.question === question)!;
    return makeCauseQuestion(fact, causes, article.sentences, () => 0.5)?.options.map((o) => o.text) ?? [];
  };

  it("never offers a cause two or three steps back as a wrong reason", () => {
    // The cracked oven, the clogged chimney and the jackdaws all led to the move through the shut bakery.
    const options = optionsOf("Why did the baker move away?");
    expect(options).toContain("The bakery shut");
    expect(options.filter((o) => /oven cracked|chimney clogged|jackdaws/i.test(o))).toEqual([]);
  });

  it("never offers the question's own event, or what it led to, as a reason", () => {
    // "The oven cracked" is the stem told back; "The bakery shut" is its result, the other side of the chain.
    const options = optionsOf("Why did the oven crack?");
    expect(options).toContain("The chimney clogged");
    expect(options.filter((o) => /oven cracked|bakery shut/i.test(o))).toEqual([]);
    expect(optionsOf("Why did the chimney clog?").filter((o) => /chimney clogged|oven cracked/i.test(o))).toEqual([]);
  });
});

describe("'As a result of …, …' and a result told after a sentence with its own 'because'", () => {
  // Invented: a made-up chapel's bad week.
  const chapel =
    "The Dunmore Chapel\n\nThe choir sang loudly because the organ was broken. The pump failed because the seal wore out. As a result, the cellar flooded. The ferry sailed late because the captain overslept. As a result of the flooded cellar, the vicar moved the harvest supper to the barn.";

  it("reads 'As a result of X, Y' as no result of the sentence before, and lends a reason without its own 'because'", () => {
    const article = parseArticle(chapel);
    const causes = findCauses(article.sentences);
    // Before: a result "Of the flooded cellar, the vicar moved …" of the ferry's late sailing.
    expect(causes.filter((c) => /^Of\b/.test(c.answer) || /^The ferry sailed late/.test(c.question))).toEqual([]);
    const options = causes.flatMap((c) => makeCauseQuestion(c, causes, article.sentences, () => 0.5)?.options.map((o) => o.text) ?? []);
    expect(options).toContain("The pump failed");
    expect(options.filter((o) => / because /.test(o))).toEqual([]);
  });
});

describe("a reason told in the sentence before 'For this reason, …'", () => {
  // Invented: a made-up marsh and its wardens.
  const marsh =
    "The Salt Marsh at Pell\n\nThe marsh at Pell floods every spring because the river Tarn overflows its banks. Reeds grow tall in the wet ground because their roots hold air. The herons nest in the reeds because foxes cannot reach them there.\n\nHowever, a very wet spring can drown the young birds. For this reason, the wardens close the marsh paths each April. The old mill stands empty because the river moved away from it.";

  it("is asked once: 'Why do the wardens …?' with the article's reasons, not again as '… What happens as a result?'", () => {
    // (Which of the article's why-questions a quiz takes is the selection's choice: they share their options, so one of them.
    // What matters here is that the link is made, and that no candidate asks it again the other way round.)
    const offered: string[] = [];
    generateQuestions(marsh, { count: 10, seed: 1, trace: (q, verdict) => (verdict === "selected" || verdict === "not-selected" ? offered.push(q.prompt) : undefined) });
    expect(offered).toContain("Why do the wardens close the marsh paths each April?");
    expect(offered.filter((p) => /What happens as a result\?$/.test(p))).toEqual([]);
  });

  it("leaves out the word that joins it to the sentence before ('However, …') when it is the stem", () => {
    const causes = findCauses(parseArticle("Kites\n\nHowever, strong winds snap thin frames. As a result, flyers stay home on stormy days.").sentences);
    expect(causes.map((c) => c.question)).toEqual(["Strong winds snap thin frames. What happens as a result?"]);
  });

  it("leaves out every link linking-words lists ('Afterwards, …'), and keeps a contrast the sentence names itself ('Instead of …')", () => {
    const questions = (text: string) => findCauses(parseArticle(`Kites\n\n${text}`).sentences).map((c) => c.question);
    expect(questions("Afterwards, the old kite frames cracked in the frost. As a result, the club bought new frames in spring.")).toEqual(["The old kite frames cracked in the frost. What happened as a result?"]);
    expect(questions("Instead of paper, the club used silk for its kites. As a result, the kites lasted for many years.")).toEqual(["Instead of paper, the club used silk for its kites. What happened as a result?"]);
  });

  it("counts an option from a 'For this reason, …' sentence as a result, not a plain fact", () => {
    const q = { type: "MULTIPLE_CHOICE", keyKind: "cause", prompt: "Why does the marsh at Pell flood every spring?", answerText: "The river Tarn overflows its banks", options: ["The river Tarn overflows its banks", "The wardens close the marsh paths each April", "Their roots hold air"].map((text, i) => ({ id: String(i), text })) } as unknown as GeneratedQuestion;
    expect(fillerOptions(q, marsh)).toBe(0);
  });
});
