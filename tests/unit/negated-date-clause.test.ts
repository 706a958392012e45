import { describe, expect, it } from "vitest";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findDatedEvents } from "@/lib/generation/make-timeline";
import { dateInNegatedClause } from "@/lib/generation/negated-clause";
import { parseArticle } from "@/lib/generation/parse-article";

// A date in a clause that denies ("was not repaired in 1703") dates nothing that happened: no blank, choice, swapped-date
// statement or timeline item is built on it (review s19b finding 4).
const ARTICLE = `# The Quill Tower

The Quill Tower is a stone tower in the village of Brannock. It was built in 1431.

## History

The tower was struck by lightning in 1712. The roof was not repaired in 1713. The bells were hung in 1764. The tower was not repaired in the 19th century. A school opened inside it in 1986. The school did not close in 2021.`;

const at = (text: string, date: string) => dateInNegatedClause(text, text.indexOf(date), text.indexOf(date) + date.length);

describe("a date in a negated clause", () => {
  it("reads the clause the date is in, both sides, and not the clause beside it", () => {
    expect(at("The roof was not repaired in 1713.", "1713")).toBe(true);
    expect(at("In 2021 the school didn't close.", "2021")).toBe(true);
    expect(at("The mill never ran after 1850.", "1850")).toBe(true);
    expect(at("The bells were hung in 1764, but the roof was not mended.", "1764")).toBe(false);
    expect(at("The bridge did not open until 1932.", "1932")).toBe(false);
    expect(at("It was not until 1932 that the bridge opened.", "1932")).toBe(false);
    expect(at("Under the Fenwick Act of 1882 farmers could not sell their own wool.", "1882")).toBe(false);
    expect(at("Visitors never miss the gate built in 1805.", "1805")).toBe(false);
    expect(at("Not only the hall but the tower was rebuilt in 1805.", "1805")).toBe(false);
  });

  it("puts no denied event on the timeline", () => {
    const { sentences } = parseArticle(ARTICLE);
    const events = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => e.date.text);
    expect(events).toContain("1764");
    expect(events).not.toContain("1713");
    expect(events).not.toContain("2021");
  });

  it("asks no blank, choice or swapped-date statement on a denied date", () => {
    const asked: string[] = [];
    for (const seed of [1, 2, 3, 4]) {
      generateQuestions(ARTICLE, {
        count: 10,
        seed,
        trace: (q) => {
          if (!/\bnot\b/.test(q.prompt) && !q.options.some((o) => /\bnot\b/.test(o.text))) return;
          // A copy of the denial as written, keyed True, is the one fair statement on it.
          if (q.type === "TRUE_FALSE" && q.answerText === "True" && /not repaired in 1713|not repaired in the 19th|not close in 2021/.test(q.prompt)) return;
          // ("The bells were not hung in 1764": the denial of a true sentence, keyed False, is fair.)
          if (q.type === "TRUE_FALSE" && q.answerText === "False" && !/not repaired|not close/.test(q.prompt)) return;
          asked.push(`${q.type}: ${q.prompt} | ${q.options.map((o) => o.text).join(" / ")}`);
        },
      });
    }
    expect(asked).toEqual([]);
  });
});
