import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/generation/find-links";
import { makeRestatedReason } from "@/lib/generation/make-link-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented one-reason histories: with no other reason in the article to offer as an option, the reason is asked restated
// ("E because R.", true). A sentence opening on its reason and closing on a relative clause ("Because A, B, which led to C.")
// and a reason given as "Because of …" made no question at all.
function restated(text: string): (string | undefined)[] {
  const article = parseArticle(text);
  const links = findLinks(article.sentences, article.title, []);
  return links.map((l) => makeRestatedReason(l, links, article.sentences, text)?.prompt);
}

describe("a reason restated after its effect", () => {
  it("is made where a relative clause closes a sentence that opens on its reason", () => {
    const text =
      "The Salt Road of Kell\n\nThe salt road ran from the mines of Oss to the port of Kell for three hundred years. Because the duke of Arn now held the mountain passes, the salt merchants had to find a new way to the sea, which led to the building of the canal at Vell.";
    expect(restated(text)).toEqual(["The salt merchants had to find a new way to the sea because the duke of Arn now held the mountain passes."]);
  });

  it("is made from 'Because of …', and keeps the 'of'", () => {
    const text = "The Grain Market of Oss\n\nThe market of Oss was the largest in the valley. Because of the heavy tolls at the bridge, the farmers of the valley sold the grain in the village market.";
    expect(restated(text)).toEqual(["The farmers of the valley sold the grain in the village market because of the heavy tolls at the bridge."]);
  });

  it("is not made from 'Because of' and a pronoun that meant the effect's subject", () => {
    const text = "The Miners of Oss\n\nThe mines of Oss were the deepest in the valley. Because of their long hours, the miners rarely left the valley.";
    expect(restated(text).filter(Boolean)).toEqual([]);
  });
});
