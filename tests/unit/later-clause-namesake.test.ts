import { describe, expect, it } from "vitest";
import { laterClauseStem } from "@/lib/generation/clause-stems";
import { parseArticle } from "@/lib/generation/parse-article";
import type { Sentence } from "@/lib/generation/types";

const aboutHim = (text: string): Sentence => ({ ...parseArticle(`Title\n${text}`).sentences[0]!, person: { name: "Karl Holt", pronoun: "he" } });

describe("a later clause whose pronoun follows a clause naming someone else in full", () => {
  it("is not asked alone: the pronoun may be that person's, not the article's", () => {
    // Invented: the son, who shares the surname, is whom "he" means.
    const heir = "Then his son Otto Holt became king, and he ruled for twenty years.";
    const from = heir.indexOf("he ruled");
    expect(laterClauseStem(aboutHim(heir), "he ruled for _____ years.", from)).toBeNull();
  });

  it("is asked alone when the clause before names only the article's person", () => {
    const own = "In 1701 Karl Holt was crowned at Halden, and he built forty bridges across the marshes.";
    const from = own.indexOf("he built");
    expect(laterClauseStem(aboutHim(own), "he built _____ bridges across the marshes.", from)).toBe("He built _____ bridges across the marshes.");
  });
});
