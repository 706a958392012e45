import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { makeThanQuestions } from "@/lib/generation/make-comparison-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// Invented sentences only (no article text).
describe("things weighed against each other with 'than', asked which one", () => {
  it("asks which takes more, with the lighter thing named in full and 'the same' as the third option", () => {
    const text = "Sledges\n\nIt takes more effort to pull a loaded sledge than an empty one. Dogs pull sledges across the ice.\n";
    const [q] = makeThanQuestions(parseArticle(text).sentences, createRandom(1));
    expect(q!.prompt).toBe("Which takes more effort to pull?");
    expect(q!.answerText).toBe("A loaded sledge");
    expect(q!.options.map((o) => o.text).sort()).toEqual(["A loaded sledge", "An empty sledge", "Both take the same effort"]);
    expect(q!.keyKind).toBe("comparison");
    expect(passesGates(q!, text)).toBe(true);
  });

  it("asks which of three things more of something reaches, with the sentence's three as options", () => {
    const text = "Valleys\n\nMuch more rain reaches the western slope than reaches the valley floor or the eastern slope. Farmers grow rice on the western slope.\n";
    const [q] = makeThanQuestions(parseArticle(text).sentences, createRandom(1));
    expect(q!.prompt).toBe("Which of these does much more rain reach than the other two?");
    expect(q!.answerText).toBe("The western slope");
    expect(q!.options.map((o) => o.text).sort()).toEqual(["The eastern slope", "The valley floor", "The western slope"]);
    expect(passesGates(q!, text)).toBe(true);
  });

  it("leaves a comparison with another verb on its second side, or no plain things, alone", () => {
    const text = "Hills\n\nMore rain reaches the western slope than falls on the valley floor or the eastern slope. It takes more time to climb than to walk.\n";
    expect(makeThanQuestions(parseArticle(text).sentences, createRandom(1))).toEqual([]);
  });

  it("puts the comparison in the quiz", () => {
    const text = "Sledges\n\nA sledge is a low frame on runners. It takes more effort to pull a loaded sledge than an empty one. Dogs pull sledges across the ice in winter.\n";
    const prompts = generateQuestions(text, { count: 10, seed: 1, keepUnsure: true }).questions.map((q) => q.prompt);
    expect(prompts).toContain("Which takes more effort to pull?");
  });
});

describe("which of two or three things, with the things alike and whole", () => {
  it("refuses a 'takes more' comparison whose other side is another kind of thing", () => {
    const text = "Sledges\n\nIt takes more effort to pull a loaded sledge than a strong horse. It takes more time to cook a brown loaf than a white loaf.\n";
    const qs = makeThanQuestions(parseArticle(text).sentences, createRandom(1));
    expect(qs.map((q) => q.prompt)).toEqual(["Which takes more time to cook?"]);
  });

  it("reads a sentence opening 'More …', and refuses another verb on the second side", () => {
    const text = "Hills\n\nMore rain reaches the western slope than reaches the valley floor or the eastern slope. Far more rain soaks the western slope than drenches the valley floor or the eastern slope.\n";
    const qs = makeThanQuestions(parseArticle(text).sentences, createRandom(1));
    expect(qs.map((q) => q.prompt)).toEqual(["Which of these does more rain reach than the other two?"]);
  });

  it("cuts a word of time after the third thing from its option", () => {
    const text = "Lakes\n\nFar more water fills the lake than the pond or the marsh today.\n";
    const [q] = makeThanQuestions(parseArticle(text).sentences, createRandom(1));
    expect(q!.options.map((o) => o.text).sort()).toEqual(["The lake", "The marsh", "The pond"]);
  });
});
