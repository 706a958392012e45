import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/generation/find-links";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findCauses } from "@/lib/generation/make-cause-questions";
import { makeSwappedLink } from "@/lib/generation/make-link-questions";
import { makeNumberedStepQuestions } from "@/lib/generation/make-numbered-steps";
import { makeStepQuestions } from "@/lib/generation/make-steps";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { whyQuestion } from "@/lib/generation/why-question";

describe("explanatory articles: processes and causes", () => {
  const ponds =
    "How Ponds Freeze\n\nA pond freezes from the top down in winter.\n\nThe freezing of a pond goes through several steps:\n" +
    "1. Cold winds chill the surface water on long autumn nights.\n2. The chilled water sinks and warmer water rises in its place.\n" +
    "3. Once the whole pond is near four degrees, the surface cools further without sinking.\n4. A thin skin of ice forms on the top and slowly thickens.\n\n" +
    "Fish survive in the deeper water below the ice.";

  it("asks a numbered list of whole sentences, introduced as steps, as an ordering in the article's order", () => {
    const article = parseArticle(ponds);
    const [q, ...rest] = makeNumberedStepQuestions(article, ponds, createRandom(1));
    expect(rest).toEqual([]);
    expect(q?.prompt).toBe("Put these steps in the order the article gives them, first to last.");
    expect(q?.answerText.split(" → ")).toEqual([
      "Cold winds chill the surface water on long autumn nights",
      "The chilled water sinks and warmer water rises in its place",
      "Once the whole pond is near four degrees, the surface cools further without sinking",
      "A thin skin of ice forms on the top and slowly thickens",
    ]);
    // In the whole pipeline it passes every gate and check (selection then weighs it against the rest).
    const verdicts: string[] = [];
    generateQuestions(ponds, { count: 10, seed: 1, trace: (x, verdict) => x.type === "ORDERING" && verdicts.push(verdict) });
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => v === "selected" || v === "not-selected")).toBe(true);
  });

  it("reads a thing that happens in steps as going through them in turn", () => {
    const text = ponds.replace("The freezing of a pond goes through several steps:", "The freezing of a pond happens in several steps:");
    expect(makeNumberedStepQuestions(parseArticle(text), text, createRandom(1))).toHaveLength(1);
  });

  it("leaves a numbered list alone when the line before does not call its lines steps in sequence", () => {
    const text = ponds.replace("The freezing of a pond goes through several steps:", "People say many things about ponds:");
    expect(makeNumberedStepQuestions(parseArticle(text), text, createRandom(1))).toEqual([]);
  });

  it("takes the unmarked sentence before two steps marked as going on ('Then', 'Finally') as the process's first step", () => {
    const text =
      "How Kites Fly\n\nWind presses on the tilted face of the kite. Then the air below the kite is squeezed and lifts it upward. Finally, the string holds the kite steady in the sky.";
    const article = parseArticle(text);
    const [q] = makeStepQuestions(article.sentences, [], createRandom(1));
    expect(q?.answerText.split(" → ")).toEqual([
      "Wind presses on the tilted face of the kite",
      "The air below the kite is squeezed and lifts it upward",
      "The string holds the kite steady in the sky",
    ]);
    // Two marked steps apart from each other make no process with the sentence before the first.
    const apart = text.replace("Finally, the string", "Kites are old toys. Finally, the string");
    expect(makeStepQuestions(parseArticle(apart).sentences, [], createRandom(1))).toEqual([]);
  });

  it("reads a chain told in one sentence with two or more sequence words as steps", () => {
    const text = "Amber\n\nSap oozes out of the bark, then dries in the sun, and finally hardens into amber over many years. Since then, people have prized it and by then it is hard.";
    const qs = makeStepQuestions(parseArticle(text).sentences, [], createRandom(1));
    expect(qs.map((q) => q.answerText)).toEqual(["Sap oozes out of the bark → Dries in the sun → Hardens into amber over many years"]);
  });

  it("never swaps in a reason that names its own outcome as a false cause", () => {
    const text =
      "Why Rivers Flood\n\nA river rises in spring because snow melts in the hills. Heavy storms can cause sudden floods in the valleys. For this reason, towns build high walls along the banks.";
    const article = parseArticle(text);
    const links = findLinks(article.sentences, article.title);
    const rises = links.find((l) => /rise/.test(l.question))!;
    expect(makeSwappedLink(rises, links, article.sentences, text)).toBeNull();
  });

  it("keys the first of two reasons each after its own 'because', and reads 'their' as the subject's own", () => {
    const article = parseArticle(
      "Metals\n\nCopper feels cold because it draws heat from the hand and because it spreads that heat quickly. Metals conduct heat well because their atoms pass energy along easily.",
    );
    expect(findCauses(article.sentences).map((c) => [c.question, c.answer])).toEqual([
      ["Why does copper feel cold?", "It draws heat from the hand"],
      ["Why do metals conduct heat well?", "Their atoms pass energy along easily"],
    ]);
  });

  it("asks why of a clause whose subject is the general 'you'", () => {
    expect(whyQuestion("You hear an echo in an empty hall")).toBe("Why do you hear an echo in an empty hall?");
  });
});
