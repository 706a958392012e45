import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/generation/find-links";
import { findCauses } from "@/lib/generation/make-cause-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { restateCondition } from "@/lib/generation/trim-statement";

// Invented: a made-up harbour town and its mill, each effect with two reasons the article denies or leaves open.
const effects = [
  "The council raised the harbour tax not because the wall was cracked but because the fish market had flooded.",
  "The mill stopped in 1790 because the river was low or because the wheel had cracked.",
  "The ferry stopped running either because the pier had rotted or because the owner had died.",
  "The guild moved its hall not only because the rent rose but also because the roof leaked badly.",
  "The guild sold its hall because the members were poor rather than because the roof leaked.",
];

describe("an effect with a denied or open second reason", () => {
  it("gives no cause question and no link: the article settles no one reason", () => {
    for (const sentence of effects) {
      const article = parseArticle(`Port Velling\n\n${sentence}`);
      expect(findCauses(article.sentences), sentence).toEqual([]);
      expect(findLinks(article.sentences, article.title).filter((l) => l.role === "cause"), sentence).toEqual([]);
    }
  });

  it("still cuts a second reason after 'and also because' and keys the first", () => {
    const article = parseArticle("Port Velling\n\nThe ferry stopped running in 1822 because the pier had rotted and also because the owner had died.");
    expect(findCauses(article.sentences).map((c) => c.answer)).toEqual(["The pier had rotted"]);
  });
});

describe("a sentence with two reasons said again with its reason first", () => {
  it("is not turned round: the 'not' and the second reason would be left stranded", () => {
    for (const text of effects.slice(0, 2)) expect(restateCondition({ text, resolved: false, cut: false }, text), text).toBeNull();
    const one = "The boats stayed in the harbour because a storm was coming.";
    expect(restateCondition({ text: one, resolved: false, cut: false }, one)?.text).toBe("Because a storm was coming, the boats stayed in the harbour.");
  });
});
