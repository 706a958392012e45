import { describe, expect, it } from "vitest";
import { sentenceRanks } from "@/lib/generation/confidence";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { parseArticle } from "@/lib/generation/parse-article";

// Our own article on an invented bridge: a summary, key-fact lines, and body paragraphs in which the main points are
// long sentences that carry several facts, beside short sentences that only repeat the title's words, link or colour the story.
const BRIDGE = `The Glass Bridge of Vellmora

In 1871 the river town of Vellmora opened a footbridge built from thick glass blocks across the Sorn. Visitors came from far away to walk over the water and look down at the fish.

Opened in 1871 across the Sorn.

Designed by the engineer Ossa Lind.

What Happened?

The glass bridge was new. The engineer Ossa Lind chose glass blocks because the soft clay of the Sorn could not carry heavy stone piers, and the light glass spans needed only four piers. People talked about it. The town council paid for the glass with a tax on river barges, which made the barge owners angry for many years.

The bridge stood. In the hard winter of 1880 ice pushed against the four piers of the bridge, and Lind's glass spans cracked but held, so the council kept the bridge open. Some children liked it. The cracked blocks were replaced in 1884 with blocks from the same glassworks.

Why Does it Matter?

The glass bridge of Vellmora was pretty. Engineers later copied Lind's light spans on soft river clay, and the bridge showed that glass could carry people across a river for decades.
`;

const article = parseArticle(BRIDGE);
const rank = sentenceRanks(article, new Set(findDefinitions(article.sentences).map((d) => d.sentenceIndex))).rank;
const at = (words: string) => {
  const i = article.sentences.findIndex((s) => s.text.startsWith(words));
  if (i < 0) throw new Error(`no sentence starting: ${words}`);
  return rank[i]!;
};

describe("sentenceRanks' rank", () => {
  it("ranks a body sentence that carries the article's linked facts above a short paragraph opener that only repeats the title's words", () => {
    for (const main of ["The engineer Ossa Lind chose", "In the hard winter of 1880", "Engineers later copied"]) {
      for (const opener of ["The glass bridge was new.", "The bridge stood.", "The glass bridge of Vellmora was pretty."]) expect(at(main)).toBeGreaterThan(at(opener));
    }
  });

  it("puts the main points in the article's top third and the colour sentences in its bottom third", () => {
    const order = rank.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0]).map(([, i]) => article.sentences[i]!.text);
    const third = Math.ceil(order.length / 3);
    const top = order.slice(0, third).join(" | ");
    const bottom = order.slice(-third).join(" | ");
    for (const main of ["The engineer Ossa Lind chose", "In the hard winter of 1880"]) expect(top).toContain(main);
    for (const colour of ["People talked about it.", "Some children liked it.", "The bridge stood."]) expect(bottom).toContain(colour);
  });

  it("keeps the opening sentence, on the title's words, first", () => {
    expect(Math.max(...rank)).toBe(rank[0]);
  });
});

// Our own explanatory article on invented weather: its terms are named in short sentences after a long example.
const WINDS = `Winds of the Tarrel Coast

The Tarrel Coast has two kinds of wind that shape the lives of its fishing villages.

Morning Winds

Cold air slides down from the high moors before dawn, gathers speed in the narrow valleys and pushes the small boats out past the harbour walls. This is called a moor breeze. The fishermen wait for it.

Evening Winds

Warm air over the sea rises in the afternoon, and cooler air from the water rushes inland across the beaches and the salt marshes. This is known as a tide wind. Gulls follow it.
`;

describe("sentenceRanks' rank with the article's defining sentences", () => {
  const winds = parseArticle(WINDS);
  const defining = new Set(findDefinitions(winds.sentences).map((d) => d.sentenceIndex));
  const ranked = sentenceRanks(winds, defining).rank;
  const index = (words: string) => winds.sentences.findIndex((s) => s.text.startsWith(words));

  it("ranks a short sentence that names one of the article's terms as carrying a full load of facts", () => {
    for (const naming of ["This is called a moor breeze.", "This is known as a tide wind."]) {
      expect(defining.has(index(naming))).toBe(true);
      expect(ranked[index(naming)]! - sentenceRanks(winds, new Set()).rank[index(naming)]!).toBeGreaterThan(0.1);
      for (const colour of ["The fishermen wait for it.", "Gulls follow it."]) expect(ranked[index(naming)]).toBeGreaterThan(ranked[index(colour)]!);
    }
  });
});

describe("sentenceRanks' level, which confidence reads", () => {
  const winds = parseArticle(WINDS);
  const defining = new Set(findDefinitions(winds.sentences).map((d) => d.sentenceIndex));

  it("stays the overlap rank's whatever the ordering features say, so a new order cannot carry a candidate over the drop or review line", () => {
    const plain = sentenceRanks(winds, new Set());
    const named = sentenceRanks(winds, defining);
    expect(named.rank).not.toEqual(plain.rank);
    expect(named.level).toEqual(plain.level);
    // A short sentence with no recurring, title or summary words has no level, however well it now ranks.
    const naming = winds.sentences.findIndex((s) => s.text.startsWith("This is called a moor breeze."));
    expect(named.rank[naming]).toBeGreaterThan(0.1);
    expect(named.level[naming]).toBe(0);
  });

  it("keeps the long fact-carrying sentences' level under their rank", () => {
    const { rank: ranked, level } = sentenceRanks(article, new Set());
    const i = article.sentences.findIndex((s) => s.text.startsWith("Engineers later copied"));
    expect(level[i]).toBeLessThan(ranked[i]!);
  });
});
