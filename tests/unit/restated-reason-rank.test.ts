import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Invented: a canal history with one reason the article states ("Because the marsh was soft …, the canal needed six
// locks"). With no other reasons in the article to offer as options, the reason can only be asked restated ("E because R",
// true); it ranked below every other question on its sentence, so the quiz asked whether the locks were needed and never why.
const canal =
  "The Opening of the Vell Canal\n\nThe Vell Canal opened on 3 May 1871 and joined the river Oss to the northern sea at the port of Kell. It took eleven years to dig and cost the guild of Arn more than four million crowns.\n\n" +
  "What Happened?\nThe guild hired the engineer Ida Marr in 1860 to plan a route across the marsh. Because the marsh was soft and the river was low in summer, the canal needed six locks and a large reservoir. " +
  "Work began in 1860 with about 3,000 labourers. Many of them were farmers from the valley who worked on the canal in the winter months. The first barge, the Swift, sailed through the whole canal in 1871 with a cargo of grain. The journey from Arn to Kell fell from nine days to two.\n\n" +
  "Why Does It Matter?\nThe canal made Kell the busiest port of the north for fifty years. Grain from the valley reached the sea far more cheaply, and the town of Arn doubled in size by 1900.";

describe("a reason the article states, with no other reasons to offer beside it", () => {
  it("is asked restated, and ranks above a plain statement of its effect", () => {
    const { questions } = generateQuestions(canal, { count: 6 });
    const why = questions.filter((q) => q.keyKind === "cause");
    expect(why.map((q) => q.prompt)).toEqual(["The canal needed six locks and a large reservoir because the marsh was soft and the river was low in summer."]);
    expect(why[0]!.answerText).toBe("True");
  });
});
