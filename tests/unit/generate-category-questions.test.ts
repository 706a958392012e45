import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { findLists } from "@/lib/generation/find-lists";
import { categoryOf, makeCategoryQuestions } from "@/lib/generation/make-category-questions";
import { askByKind, termVariants } from "@/lib/generation/make-term-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

const tidePools = fs.readFileSync(path.resolve(__dirname, "../fixtures/articles/tide-pools.md"), "utf8");

describe("the kind a list's lead names", () => {
  it("reads a stated kind and refuses a lead that only happens to come before a list", () => {
    expect(categoryOf("There were three forms of the fever:")).toBe("the forms of the fever");
    expect(categoryOf("There are four main stages in the process:")).toBe("the stages in the process");
    expect(categoryOf("The three layers of the planet are")).toBe("the layers of the planet");
    expect(categoryOf("A rocky shore is divided into zones:")).toBe("the zones of a rocky shore");
    expect(categoryOf("The creatures living there must survive")).toBeNull();
    expect(categoryOf("Starfish hunt")).toBeNull();
  });
});

const reef =
  "Zones of a reef\n\nA coral reef is divided into zones: the reef flat, the reef crest and the fore reef. Behind the reef flat, the calm shallow water is called the lagoon zone. Waves break hardest on the reef crest, where the corals grow low and strong. The fore reef drops steeply into deep water, and many large fish feed along it.\n";

describe("which of these is not one of a listed kind", () => {
  it("asks for the one option outside the list, of the same kind, with the list's own members as the other options", () => {
    const { sentences } = parseArticle(reef);
    const questions = makeCategoryQuestions(sentences, findLists(sentences), findDefinitions(sentences), createRandom(1));
    expect(questions.map((q) => [q.prompt, q.answerText])).toEqual([["Which of these is not one of the zones of a coral reef named in the article?", "lagoon zone"]]);
    const [q] = questions;
    expect(q!.options).toHaveLength(4);
    expect(q!.options.map((o) => o.text).filter((t) => t !== "lagoon zone").sort()).toEqual(["fore reef", "reef crest", "reef flat"]);
    expect(q!.keyKind).toBe("category");
    expect(q!.options.find((o) => o.id === (q!.answerKey.kind === "choice" ? q!.answerKey.optionId : ""))!.text).toBe(q!.answerText);
    expect(passesGates(q!, reef)).toBe(true);
  });

  it("asks nothing when the only outsiders are another kind of thing (grazers among zones: judged a give-away in round 5)", () => {
    const { sentences } = parseArticle(tidePools);
    expect(makeCategoryQuestions(sentences, findLists(sentences), findDefinitions(sentences), createRandom(1))).toEqual([]);
    // (The zones may still be asked typed, "What is one of the zones …?", which offers no outsider.)
    expect(generateQuestions(tidePools, { count: 10, seed: 1 }).questions.filter((q) => q.keyKind === "category" && q.type === "MULTIPLE_CHOICE")).toEqual([]);
    // The reef's question is built, but its outsider is the one option named "zone": the checks refuse it as a misfit.
    const verdicts: string[] = [];
    generateQuestions(reef, { count: 10, seed: 1, trace: (q, verdict) => q.keyKind === "category" && q.type === "MULTIPLE_CHOICE" && verdicts.push(verdict) });
    expect(verdicts).toEqual(["options-misfit"]);
  });
});

describe("typed answers for a member named by its kind word", () => {
  it("accepts the describing word alone, and leaves other terms as written", () => {
    expect(termVariants("splash zone", false)).toEqual(["splash zone", "splash"]);
    expect(termVariants("emergent layer", false)).toEqual(["emergent layer", "emergent"]);
    expect(termVariants("small intestine", false)).toEqual(["small intestine"]);
    expect(termVariants("low zone", false)).toEqual(["low zone"]);
    // A plural term's singular, as English forms it.
    expect(termVariants("sales taxes", true)).toEqual(["sales taxes", "sales tax"]);
    expect(termVariants("branches", true)).toEqual(["branches", "branch"]);
    expect(termVariants("colonies", true)).toEqual(["colonies", "colony"]);
    expect(termVariants("planets", true)).toEqual(["planets", "planet"]);
  });
});

describe("typed term questions asked by the kind the sentence gives", () => {
  it("turns 'Which term is an organ …' into 'Which organ …', and refuses 'Which term is where …'", () => {
    expect(askByKind("Which term is an organ shaped like a pear?")).toBe("Which organ is shaped like a pear?");
    expect(askByKind("Which term was a zone covered by the tide?")).toBe("Which zone was covered by the tide?");
    expect(askByKind("Which term is also where crabs hide?")).toBeNull();
    expect(askByKind("Which term refers to the way an object resists change?")).toBe("Which term refers to the way an object resists change?");
    expect(askByKind(null)).toBeNull();
  });
});
