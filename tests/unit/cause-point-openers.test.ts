import { describe, expect, it } from "vitest";
import { findCauses } from "@/lib/generation/make-cause-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented: a list of reasons, each item opening on the list's own numbering word.
const PONDS = `Garden Ponds

A garden pond changes through the year for several reasons. Next, the pond freezes over because the nights grow long and cold. Fourth, the frogs leave the pond because the water holds too little food.`;

describe("the cause maker drops the opener of a list item, read from the one list of such openers", () => {
  it("asks the effect without 'Next,' or 'Fourth,'", () => {
    const questions = findCauses(parseArticle(PONDS).sentences).map((c) => c.question);
    expect(questions).toEqual(["Why does the pond freeze over?", "Why do the frogs leave the pond?"]);
  });
});
