import { describe, expect, it } from "vitest";
import { findSpans } from "@/lib/generation/find-spans";
import { traced } from "../support/traced-candidates";

const termsOf = (sentence: string) => findSpans(sentence).filter((s) => s.type === "TERM").map((s) => s.text);

describe("a term named with 'called a'/'called an'", () => {
  it("is a term after a comma, after 'which is', and after a noun in a clause that has its verb", () => {
    expect(termsOf("The keeper pulls a lever, and the wind fills a thin sail, called a vane, above the mill.")).toEqual(["vane"]);
    expect(termsOf("A slow bend in a river grows wider every year, which is called a meander.")).toEqual(["meander"]);
    expect(termsOf("Warm air rises from the marsh into a band of cloud called a front.")).toEqual(["front"]);
    expect(termsOf("The wheel turns, making a ring of low pressure called a vortex, and the water drains.")).toEqual(["vortex"]);
  });

  it("is no term where a subject called something (a meeting, a council) or named a person", () => {
    expect(termsOf("The elders called a council of all the villages.")).toEqual([]);
    expect(termsOf("After the flood, the old mayor called an inquiry into the dams.")).toEqual([]);
    expect(termsOf("The man they called a traitor fled across the hills.")).toEqual([]);
  });

  it("is no term where a subject set off by commas or a relative clause called something, or where some judged it", () => {
    expect(termsOf("The governor, fearing a riot in the port, called a curfew for the whole town.")).toEqual([]);
    expect(termsOf("The millers who lost their trade called a boycott of the new bakery.")).toEqual([]);
    expect(termsOf("The new dam, which was called a folly by the farmers, held back the river.")).toEqual([]);
  });

  it("takes no word after the term that is not a noun", () => {
    expect(termsOf("Warm air rises from the marsh into a band of cloud called a front behind the hills.")).toEqual(["front"]);
  });

  it("is asked as a typed term", () => {
    const text = `Windmills\n\nA windmill turns the power of the wind into work. The sails drive a shaft that turns the grinding stones inside the tower. The miller watches the wind all day. On top of the tower the wind turns a small wheel, called a fantail, that keeps the sails facing the wind. Windmills were common in flat lands with strong winds.`;
    const keys = traced(text, { keepUnsure: true }).map((t) => t.q.answerText);
    expect(keys).toContain("fantail");
  });
});

describe("the title person's pronoun beside a person of the other sex", () => {
  // Invented: a woman the title names, and a man named by his title in the sentence before one of her "she" sentences.
  const ARTICLE = `Ilse Varga

Ilse Varga was a Hungarian glassmaker who ran the largest glassworks in her town. She was born in 1850 in the village of Orsa. Her father taught her how to blow glass when she was twelve. In 1874 she travelled to Vienna to meet Sir Josef Brandt, a merchant. She sold her first green bottles there in 1875. She opened her own glassworks in 1881 and hired forty workers.`;

  it("means the title person where the article shows the other person's sex by a title, written out in the question", () => {
    const prompts = traced(ARTICLE, { keepUnsure: true }).map((t) => t.q.prompt);
    expect(prompts.some((p) => /Ilse Varga sold her first green bottles|Ilse sold her first green bottles/.test(p))).toBe(true);
  });

  // Invented: a man the title names, and a man with a given name the tagger's lexicon reads as a woman's.
  const OTHER_MAN = `Tomas Reyn

Tomas Reyn was a painter of harbours and ships. He was born in 1880 in a fishing town. He studied in the capital and sold his first painting in 1904. In 1910 he met the novelist Evelyn Crane. He wrote a long novel about a lighthouse keeper in 1912. He painted the harbour of his home town until his death.`;

  it("leaves the pronoun unresolved where only the lexicon reads the other person's sex from a given name", () => {
    const prompts = traced(OTHER_MAN, { keepUnsure: true }).map((t) => t.q.prompt);
    expect(prompts.some((p) => /Reyn (?:did not )?wr[io]te a long novel|Tomas (?:did not )?wr[io]te a long novel/.test(p))).toBe(false);
  });

  // Invented: the other person is named in the pronoun's own sentence, by a given name the lexicon reads as a woman's only
  // (whole review 17-A #2): the article never shows that person's sex, so the "he" may be theirs.
  const SAME_SENTENCE = `Tomas Reyn

Tomas Reyn was a painter of harbours and ships. He was born in 1880 in a fishing town. He studied in the capital and sold his first painting in 1904. After Vivian Hale sailed home from the islands, he painted the old harbour lighthouse in 1912. He painted the harbour of his home town until his death.`;

  it("writes no title person into a stem beside a person the lexicon alone reads as the other sex", () => {
    const prompts = traced(SAME_SENTENCE, { keepUnsure: true }).map((t) => t.q.prompt);
    expect(prompts.some((p) => /Vivian Hale/.test(p))).toBe(true);
    expect(prompts.some((p) => /(?:Reyn|Tomas) (?:did not )?paint(?:ed)? the old harbour lighthouse/.test(p))).toBe(false);
  });

  // Regression guard: a person of the same sex named just before still blocks the title person's reading.
  it("leaves the pronoun unresolved beside a person of the same sex", () => {
    const text = ARTICLE.replace("Sir Josef Brandt, a merchant", "the merchant Anna Brandt");
    const prompts = traced(text, { keepUnsure: true }).map((t) => t.q.prompt);
    expect(prompts.some((p) => /Ilse Varga (?:did not )?s[eo]ll?d? her first green bottles/.test(p))).toBe(false);
  });
});
