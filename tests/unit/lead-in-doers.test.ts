import { describe, expect, it } from "vitest";
import { clozeFor } from "@/lib/generation/make-cloze";
import { parseArticle } from "@/lib/generation/parse-article";
import { writeInLeadDoers } from "@/lib/generation/lead-in-doers";
import { isFragment, stemFailure } from "@/lib/generation/check-stems";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { GeneratedQuestion, Span } from "@/lib/generation/types";

// Invented article: a governor whose deeds are listed as bullets carrying on "He also:".
const ARTICLE = `Governor Pell of Arnmouth

Tavin Pell governed the island of Arnmouth for twenty years and changed how it was run. He split the island into six wards, each with its own council of elders. He also:
- founded a school for harbour pilots, known as the Pilot House;
- built a stone causeway to the lighthouse;
- allowed fishermen to sell their catch without a licence.

After his death the wards were kept for another century.`;

function carried() {
  const article = parseArticle(ARTICLE);
  const lead = article.sentences.find((s) => s.text === "He also:")!;
  lead.person = { name: "Tavin Pell", pronoun: "he" };
  writeInLeadDoers(article.sentences);
  return article.sentences.filter((s) => s.leadDoer);
}

describe("bullets that carry on a lead-in's doer", () => {
  it("mark each verb-phrase item with the lead-in's doer and write the person in", () => {
    const items = carried();
    expect(items.map((s) => s.leadDoer)).toEqual(["He", "He", "He"]);
    expect(items.every((s) => s.subject === "Tavin Pell" && s.opener === "")).toBe(true);
  });

  it("give a blank stem that stands as a sentence", () => {
    const school = carried()[0]!;
    const at = school.start + school.text.indexOf("Pilot House");
    const span: Span = { text: "Pilot House", start: at, end: at + "Pilot House".length, type: "ORG" };
    const stem = clozeFor(school, span);
    expect(stem).toBe("Tavin Pell founded a school for harbour pilots, known as the _____.");
    expect(isFragment(school.text)).toBe(true);
    const q = { type: "FILL_BLANK", prompt: stem, answerText: "Pilot House", source: { sentence: school.text } } as unknown as GeneratedQuestion;
    expect(stemFailure(q)).toBeNull();
    // The bare item, with no doer written in, is still refused.
    expect(stemFailure({ ...q, prompt: "founded a school for harbour pilots, known as the _____." })).toBe("stem-fragment");
  });

  it("make the item a whole statement", () => {
    const causeway = carried()[1]!;
    expect(trimToMainClause(causeway)?.text).toBe("Tavin Pell built a stone causeway to the lighthouse.");
  });

  it("leave a 'They' lead-in alone: which group is meant is not sure", () => {
    const article = parseArticle(ARTICLE.replace("He also:", "They also:"));
    writeInLeadDoers(article.sentences);
    expect(article.sentences.filter((s) => s.leadDoer).every((s) => !s.subject)).toBe(true);
  });
});
