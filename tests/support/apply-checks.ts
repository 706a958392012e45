import { applyChecks } from "@/lib/generation/check-questions";
import { sentenceLevels } from "@/lib/generation/confidence";
import type { GeneratedQuestion, ParsedArticle } from "@/lib/generation/types";

/** applyChecks as generateQuestions calls it, with each sentence's level read from the article. */
export function applyChecksAtLevel(candidates: GeneratedQuestion[], article: ParsedArticle, articleText: string): void {
  applyChecks(candidates, article, articleText, sentenceLevels(article));
}
