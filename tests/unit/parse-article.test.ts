import { describe, expect, it } from "vitest";
import { readBuiltInArticle } from "@/lib/demo/demo-data";
import { ArticleError, MAX_ARTICLE_CHARS, parseArticle } from "@/lib/generation/parse-article";

const builtIn = readBuiltInArticle();

describe("parseArticle on the built-in article", () => {
  const parsed = parseArticle(builtIn);

  it("reads the title, the key-fact lines and the sections", () => {
    expect(parsed.title).toBe("Soviet Union and Japan Sign Joint Declaration");
    expect(parsed.keyFacts.map((k) => k.text)).toEqual([
      "Joint Declaration ended post-WWII state of war",
      "Signed by Japan's PM Ichiro Hatoyama in Moscow",
      "Focused on restoring diplomatic ties and peace",
      "Set the stage for future territorial negotiations",
    ]);
    expect(parsed.sections.map((s) => s.heading)).toEqual([null, "What Happened?", "Why Does it Matter?"]);
  });

  it("keeps every sentence's offsets into the article", () => {
    expect(parsed.sentences.length).toBe(17);
    for (const s of parsed.sentences) expect(builtIn.slice(s.start, s.end)).toBe(s.text);
    expect(parsed.sentences.filter((s) => s.inSummary)).toHaveLength(4);
  });
});

describe("parseArticle on other shapes and bad input", () => {
  it("reads Markdown headings and lists", () => {
    const md = "# Volcanoes\n\nA volcano is an opening in the crust of a planet where molten rock escapes.\n\n## Types\n\n- Shield volcanoes have gentle slopes built by fluid lava flows over time.\n";
    const parsed = parseArticle(md);
    expect(parsed.title).toBe("Volcanoes");
    expect(parsed.sections.map((s) => s.heading)).toContain("Types");
    for (const s of parsed.sentences) expect(md.slice(s.start, s.end)).toBe(s.text);
  });

  it("refuses empty, binary and oversized text with a clear message", () => {
    expect(() => parseArticle("   \n\n ")).toThrow(ArticleError);
    expect(() => parseArticle("abc\u0000\u0001def")).toThrow(/binary/);
    expect(() => parseArticle("a".repeat(MAX_ARTICLE_CHARS + 1))).toThrow(/limit/);
  });

  it("treats HTML as text", () => {
    const parsed = parseArticle("Title\n<script>alert('x')</script> The treaty was signed in Paris in 1919 by many nations.");
    expect(parsed.sentences.some((s) => s.text.includes("<script>"))).toBe(true);
  });
});
