import { describe, expect, it } from "vitest";
import { fairFalseReason, subjectHead } from "@/lib/generation/fair-false-reason";
import { findLinks } from "@/lib/generation/find-links";
import { passesGates } from "@/lib/generation/generate-questions";
import { makeRestatedReason, makeSwappedLink } from "@/lib/generation/make-link-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented sentences about a made-up valley, lake ferry and market town.
function linksOf(text: string) {
  const article = parseArticle(text);
  return { article, links: findLinks(article.sentences, article.title) };
}

const link = (event: string, bare: string) => ({ role: "cause", event, bare });

describe("a false reason swapped in from another event", () => {
  it("reads the head noun of a clause's subject", () => {
    expect(subjectHead("the new lamp was brighter")).toBe("lamp");
    expect(subjectHead("In 1850, the keeper's boat sailed north")).toBe("boat");
    expect(subjectHead("winds push the waves inland")).toBe("wind");
    expect(subjectHead("a very heavy thaw can flood the fields")).toBe("thaw");
    expect(subjectHead("it was bred for dry summers")).toBeNull();
  });

  it("refuses a reason that states its own outcome, and sets the real reason as a true statement instead", () => {
    const text =
      "The Dorran Valley\n\nCold air sinks from the peaks, so fog fills the Dorran valley each dawn. A very heavy thaw can cause floods across the lower farms. For this reason, the valley council watches the thaw closely.";
    const { article, links } = linksOf(text);
    expect(links.map((l) => l.question)).toEqual(["Why does fog fill the Dorran valley each dawn?", "Why does the valley council watch the thaw closely?"]);
    // "Fog fills the valley because a very heavy thaw can cause floods": an outcome bolted on as a cause, the real one untested.
    expect(makeSwappedLink(links[0]!, links, article.sentences, text)).toBeNull();
    const restated = makeRestatedReason(links[0]!, links, article.sentences, text);
    expect(restated?.prompt).toBe("Fog fills the Dorran valley each dawn because cold air sinks from the peaks.");
    expect(restated?.answerText).toBe("True");
  });

  it("refuses a reason that only says what may happen", () => {
    const effect = "the ferry stops in December";
    const real = "the lake freezes each winter";
    expect(fairFalseReason(effect, real, link("the square fills by noon", "a busy market can become crowded"), [], false)).toBe(false);
    expect(fairFalseReason(effect, real, link("the square fills by noon", "a busy market draws traders from the coast"), [], false)).toBe(true);
    // An inability is a fact, not a possibility.
    expect(fairFalseReason(effect, real, link("the square fills by noon", "the carts cannot cross the bridge"), [], false)).toBe(true);
  });

  it("refuses a fact about another event's own subject that this statement never names", () => {
    const effect = "the ferry stops in December";
    const real = "the lake freezes each winter";
    // The harbour's depth is a fact about the harbour, whose own event it explains: bolted onto the ferry's stop it is absurd.
    expect(fairFalseReason(effect, real, link("ships avoid the old harbour", "the old harbour is too shallow"), [], false)).toBe(false);
    // A third thing's state beside another event stays a fair false reason.
    expect(fairFalseReason(effect, real, link("ships avoid the old harbour", "the tides are too shallow"), [], false)).toBe(true);
    // Named by this statement, the same subject is fair.
    expect(fairFalseReason(effect, real, link("the ferry runs half empty", "the ferry needs repairs"), [], false)).toBe(true);
  });

  it("refuses a circular reason, one the article gives as a result of the effect's subject, and an unreadable one offered alone", () => {
    const effect = "the ferry stops in December";
    const real = "the lake freezes each winter";
    expect(fairFalseReason(effect, real, link("the town grows", "the ferry stops for repairs"), [], false)).toBe(false);
    const result = { role: "result", event: "the ferry runs half empty", bare: "the ferry earns little money" };
    expect(fairFalseReason(effect, real, link("the town grows", "the ferry earns little money"), [], false)).toBe(true);
    expect(fairFalseReason(effect, real, link("the town grows", "the ferry earns little money"), [result], false)).toBe(false);
    const unreadable = "they stop in December";
    expect(fairFalseReason(unreadable, real, link("the town grows", "the keeper lit the lamp"), [], false)).toBe(true);
    expect(fairFalseReason(unreadable, real, link("the town grows", "the keeper lit the lamp"), [], true)).toBe(false);
  });

  it("still swaps in a fair reason and the statement passes the gates", () => {
    const text =
      "Lake Orr\n\nThe ferry stops in December because the lake freezes each winter. The fishermen stay at home in March because the nets need mending.";
    const { article, links } = linksOf(text);
    const fair = makeSwappedLink(links[0]!, links, article.sentences, text);
    expect(fair?.prompt).toBe("The ferry stops in December because the nets need mending.");
    expect(fair?.answerText).toBe("False");
    expect(passesGates(fair!, text)).toBe(true);
  });
});
