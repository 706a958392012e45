import { describe, expect, it } from "vitest";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// An invented country and its invented reforms.
const REFORMS = [
  "How Varland Changed",
  "",
  "For two centuries Varland was run by its river guilds, who kept the ports closed to foreign ships and set the price of grain.",
  "When the guilds lost a long war against their neighbours, a council of young ministers took power and promised to rebuild the country.",
  "Over the next forty years the council brought in a series of reforms:",
  "- In 1811, the river guilds were dissolved and their courts handed to elected judges.",
  "- In 1819, the first canal opened between Orrin and Tessa, and every village had to keep a school.",
  "- By 1826, a paid army of volunteers had replaced the guild militias.",
  "- In 1840, the council adopted a written charter, and the first assembly met two years later.",
  "",
  "Many guild families resisted the changes, but by 1850 Varland exported more cloth than any of its neighbours.",
].join("\n");

describe("bulleted lines that open with a phrase of time", () => {
  it("are sentences, not list fragments, and their facts are asked", () => {
    const items = parseArticle(REFORMS).sentences.filter((s) => s.listItem).map((s) => s.text.slice(0, 10));
    expect(items).toEqual([]);
    const asked = generateQuestions(REFORMS, { count: 10, seed: 3 }).questions.map((q) => `${q.prompt} ${q.answerText}`).join("\n");
    expect(asked).toMatch(/guilds were dissolved|first canal opened|paid army of volunteers|written charter/);
  });
  it("stay fragments when nothing after the opening phrase has a verb", () => {
    const list = REFORMS.replace("- By 1826, a paid army of volunteers had replaced the guild militias.", "- In the north, the hill towns and the copper valleys of the old eastern kingdom.");
    expect(parseArticle(list).sentences.filter((s) => s.listItem).map((s) => s.text.slice(0, 11))).toEqual(["In the nort"]);
  });
});

describe("another name given after an opening phrase", () => {
  it("is not read as renaming the phrase", () => {
    const sentences = parseArticle("Tessa Valley\n\nThe guilds fought their neighbours for years. After a bitter winter siege, known as the Long Cold, the guild army surrendered in 1799. The valley was quiet afterwards.").sentences;
    expect(findDefinitions(sentences).map((d) => d.question)).not.toContainEqual(expect.stringMatching(/^What (?:is|was) After\b/));
  });
});
