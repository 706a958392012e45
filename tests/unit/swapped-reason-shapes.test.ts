import { describe, expect, it } from "vitest";
import { fairFalseReason } from "@/lib/generation/fair-false-reason";
import { findLinks } from "@/lib/generation/find-links";
import { findCauses, lowerUnlessName } from "@/lib/generation/make-cause-questions";
import { makeRestatedReason, makeSwappedLink } from "@/lib/generation/make-link-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented sentences about a made-up island fair, a kiln yard and a river crossing.
const link = (event: string, bare: string) => ({ role: "cause", event, bare });

describe("false and true 'because' statements built from an article's links", () => {
  it("refuses a swapped-in reason whose subject is a catalogue of things", () => {
    const effect = "the ferry stops in December";
    const real = "the lake freezes each winter";
    // Which things belong to a class says nothing of what makes the ferry stop: any reader rules it out.
    expect(fairFalseReason(effect, real, link("the kiln cracks the pots", "tin, lead, zinc and brass are not used in the glaze"), [], false)).toBe(false);
    expect(fairFalseReason(effect, real, link("the kiln cracks the pots", "the glaze shrinks as it cools"), [], false)).toBe(true);
  });

  it("keeps a name's capital when the article writes it only with a possessive at a sentence start", () => {
    const text = "The fair opened late. Orrin's cart broke on the bridge. The crowd waited for Orrin until noon.";
    expect(lowerUnlessName("Orrin's cart broke on the bridge", text)).toBe("Orrin's cart broke on the bridge");
    expect(lowerUnlessName("Heavy carts broke the bridge", text)).toBe("heavy carts broke the bridge");
  });

  it("makes no statement of an effect clause that leaves its verb's words out", () => {
    const text =
      "The Island Fair\n\nBecause one boat had already landed safely, Mira began to hope that the others would too. The old ford was closed because the river rose after the storm.";
    const article = parseArticle(text);
    const links = findLinks(article.sentences, article.title);
    const hope = links.find((l) => l.head.startsWith("Mira"));
    expect(hope).toBeDefined();
    expect(makeSwappedLink(hope!, links, article.sentences, text)).toBeNull();
    expect(makeRestatedReason(hope!, links, article.sentences, text)).toBeNull();
    // The other effect stands whole and keeps its false statement.
    const ford = links.find((l) => l.head.startsWith("The old ford"));
    expect(makeSwappedLink(ford!, links, article.sentences, text)?.prompt).toBe("The old ford was closed because one boat had already landed safely.");
  });
});

describe("a 'because' sentence opened by a word that numbers the article's points", () => {
  it("asks about the effect without the opener and ends the reason before its own ', so' result", () => {
    const text = "The Lake Ferry\n\nThe ferry crosses the lake each morning. Finally, the ferry does not run in winter because the lake freezes over, so the boats stay in the harbour.";
    const article = parseArticle(text);
    const fact = findCauses(article.sentences).find((c) => c.sentenceIndex === 1);
    expect(fact?.question).toBe("Why does the ferry not run in winter?");
    expect(fact?.effect).toBe("The ferry does not run in winter");
    expect(fact?.reason).toBe("the lake freezes over");
  });
});
