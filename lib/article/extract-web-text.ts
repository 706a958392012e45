import "server-only";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { splitTitle } from "./article-text";

const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

/**
 * A web page's main text (navigation, adverts and footers dropped by
 * Readability), one line per heading, paragraph or list item, so the parser
 * sees the article's sections.
 */
export function extractWebText(html: string, pageTitleFallback: string): { title: string; body: string } | null {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const lines: string[] = [];
  for (const el of Array.from(content.querySelectorAll(BLOCKS)) as Element[]) {
    // A block inside another block (a paragraph in a list item) is read with its parent.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (!text) continue;
    lines.push(el.tagName.toLowerCase() === "li" ? `- ${text}` : text);
  }
  const text = lines.length > 0 ? lines.join("\n") : (article.textContent ?? "").trim();
  if (!text) return null;
  const split = splitTitle(text, (article.title ?? "").trim() || pageTitleFallback);
  // Readability drops a heading that repeats the page title; keep the page title then.
  return split.body ? split : { title: (article.title ?? "").trim() || pageTitleFallback, body: text };
}
