import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { scopeSetBefore } from "@/lib/generation/scope-set-before";

// Our own short article: two invented ways of choosing a guild council.
const COUNCILS = `How Guilds Choose Their Councils

Guilds in the river towns of Dask choose their councils in two common ways, called the single mark and the ranked list.

Under the single mark, each street of the town elects one councillor. Members write one name on their ballot paper, and whoever gets the most marks wins the seat.

Under the ranked list, members number every candidate in order of choice. The counting goes on in rounds until one candidate holds more than half of the marks.

The ranked list was first used by the weavers of Dask in 1781.`;

describe("a statement whose truth holds only in the frame the sentence before set", () => {
  it("is not made from a generic subject after 'Under the single mark, …'", () => {
    const statements: string[] = [];
    generateQuestions(COUNCILS, { count: 20, seed: 1, keepUnsure: true, trace: (q) => q.keyKind === "statement" && statements.push(q.prompt) });
    expect(statements.filter((s) => /^Members (?:do not )?write one name/.test(s))).toEqual([]);
  });

  it("keeps one that names its own frame, and one after a time opening", () => {
    const { sentences } = parseArticle(COUNCILS);
    const at = sentences.findIndex((s) => s.text.startsWith("Members write"));
    expect(scopeSetBefore("Members write one name on their ballot paper.", sentences, at)).toBe(true);
    expect(scopeSetBefore("Under the single mark, members write one name on their ballot paper.", sentences, at)).toBe(false);
    const dated = parseArticle("Dask\n\nIn 1781, the weavers met in the hall. Members wrote one name on a slate.").sentences;
    expect(scopeSetBefore("Members wrote one name on a slate.", dated, 1)).toBe(false);
  });
});
