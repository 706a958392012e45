import { describe, expect, it } from "vitest";
import { findRuleClaims, makeRuleQuestion, makeRuleSwap } from "@/lib/generation/make-rule-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// An invented article stating three laws: one through "this law" after an alias, one through "It states that", one directly.
const bees = [
  "Marlow's Laws of Hives",
  "",
  "Marlow's laws are three short rules that beekeepers use to explain how a hive behaves.",
  "",
  "Keepers usually name the first law of hives the law of warmth. Warmth matters to every colony. According to this law, a colony gathers at the centre of the hive whenever the nights turn cold.",
  "",
  "The second law of hives describes the way food is shared. It states that young bees are fed before any of the older workers.",
  "",
  "Under the law of swarming, a queen leaves with half of the workers once the comb is full.",
].join("\n");

const starts = (text: string) => {
  const article = parseArticle(text);
  return { article, paragraphs: new Set(article.sections.flatMap((s) => s.paragraphs.map((p) => p.start))) };
};

describe("what each named law says", () => {
  it("reads each law's statement, through 'this law' and 'It states that', one to a law and its other name", () => {
    const { article, paragraphs } = starts(bees);
    expect(findRuleClaims(article.sentences, paragraphs).map((c) => [c.rule, c.claim])).toEqual([
      ["the law of warmth", "a colony gathers at the centre of the hive whenever the nights turn cold"],
      ["the second law of hives", "young bees are fed before any of the older workers"],
      ["the law of swarming", "a queen leaves with half of the workers once the comb is full"],
    ]);
  });
  it("asks what a law says among what the others say", () => {
    const { article, paragraphs } = starts(bees);
    const claims = findRuleClaims(article.sentences, paragraphs);
    const q = makeRuleQuestion(claims[2]!, claims, article.sentences, createRandom(3));
    expect(q?.prompt).toBe("According to the article, what does the law of swarming say?");
    expect(q?.answerText).toBe("A queen leaves with half of the workers once the comb is full");
    expect(q?.options.map((o) => o.text).sort()).toEqual([
      "A colony gathers at the centre of the hive whenever the nights turn cold",
      "A queen leaves with half of the workers once the comb is full",
      "Young bees are fed before any of the older workers",
    ]);
  });
  it("gives a law's statement to the next law as a false statement", () => {
    const { article, paragraphs } = starts(bees);
    const claims = findRuleClaims(article.sentences, paragraphs);
    const q = makeRuleSwap(claims[1]!, claims, article.sentences);
    expect(q?.prompt).toBe("According to the law of swarming, young bees are fed before any of the older workers.");
    expect(q?.answerText).toBe("False");
  });
  it("makes nothing of an article with one law", () => {
    const one = bees.split("\n\nThe second law")[0]!;
    const { article, paragraphs } = starts(one);
    const claims = findRuleClaims(article.sentences, paragraphs);
    expect(claims).toHaveLength(1);
    expect(makeRuleQuestion(claims[0]!, claims, article.sentences, createRandom(3))).toBeNull();
    expect(makeRuleSwap(claims[0]!, claims, article.sentences)).toBeNull();
  });
  it("reads no statement that leans on the sentence before", () => {
    const leaning = bees.replace("It states that young bees", "It states that these bees");
    const { article, paragraphs } = starts(leaning);
    expect(findRuleClaims(article.sentences, paragraphs).map((c) => c.rule)).toEqual(["the law of warmth", "the law of swarming"]);
  });
});

describe("words that name no law of how things behave", () => {
  it("reads nothing of 'the rule of law' or a bare 'the law'", () => {
    const civic = [
      "How Courts Work",
      "",
      "Under the rule of law, every minister must answer to the same courts as any farmer.",
      "",
      "Under the law, a judge must hear both sides before deciding a case.",
      "",
      "Under the second law of hives, young bees are fed before any of the older workers.",
    ].join("\n");
    const { article, paragraphs } = starts(civic);
    expect(findRuleClaims(article.sentences, paragraphs).map((c) => c.rule)).toEqual(["the second law of hives"]);
  });
});

describe("a law given a second name in a sentence that opens on it", () => {
  // Invented: the fourth law's other name opens a sentence ("The law of compost and …"), then "It says that …" follows.
  const beans = [
    "Corwin's Laws of Beans",
    "",
    "Corwin's first law states that beans need full sun for at least six hours a day.",
    "",
    "Corwin's second law states that beans should be watered in the morning rather than at night.",
    "",
    "Corwin's fourth law states that beans grow best in soil that is rich in old compost. The law of compost and Corwin's fourth law are one and the same. It says that the soil should be turned every autumn.",
  ].join("\n");
  it("keeps one statement to the law under both names, so neither is given to the other as a false one", () => {
    const { article, paragraphs } = starts(beans);
    const claims = findRuleClaims(article.sentences, paragraphs);
    expect(claims.map((c) => c.rule)).toEqual(["Corwin's first law", "Corwin's second law", "Corwin's fourth law"]);
    for (const claim of claims) {
      expect(makeRuleSwap(claim, claims, article.sentences)?.prompt ?? "").not.toMatch(/law of compost/);
    }
  });
});

describe("two laws that say much the same", () => {
  // Invented: the rule of weight and the rule of span differ by a word or two, so each reads as the other's answer.
  const bridges = [
    "The Rules of Pell Bridges",
    "",
    "According to the rule of weight, a bridge must carry three times the load it will ever hold.",
    "",
    "According to the rule of span, an arch must carry three times the load it will ever hold across its widest point.",
    "",
    "According to the rule of stone, every block must come from one quarry.",
    "",
    "According to the rule of timber, scaffolds are built from oak cut in winter.",
  ].join("\n");
  it("offers neither as a wrong option beside the other", () => {
    const { article, paragraphs } = starts(bridges);
    const claims = findRuleClaims(article.sentences, paragraphs);
    expect(claims).toHaveLength(4);
    for (const seed of [1, 2, 3]) {
      const weight = makeRuleQuestion(claims[0]!, claims, article.sentences, createRandom(seed));
      expect(weight?.options.map((o) => o.text).sort()).toEqual([
        "A bridge must carry three times the load it will ever hold",
        "Every block must come from one quarry",
        "Scaffolds are built from oak cut in winter",
      ]);
    }
  });
});

describe("'Under' a reign or a regime", () => {
  it("reads no law in 'Under the rule of monks', 'Under the colonial rule' or 'Under the martial law', but keeps 'Under the second rule'", () => {
    // Invented: who ruled a valley, then one rule of a game.
    const valley = [
      "The Valley of Orsk",
      "",
      "Under the rule of monks, the valley grew rich from wool and wine.",
      "",
      "Under the rule of soldiers, the valley grew poor and many farmers left.",
      "",
      "Under the colonial rule, the farmers could not sell wool abroad.",
      "",
      "Under the martial law, no one could gather in the square after dark.",
      "",
      "Under the second rule, each player throws two stones in turn.",
    ].join("\n");
    const { article, paragraphs } = starts(valley);
    expect(findRuleClaims(article.sentences, paragraphs).map((c) => c.rule)).toEqual(["the second rule"]);
  });
});

describe("'this law' and 'It' with two things named before", () => {
  // Invented: a law that replaced another, then a law printed beside a chart.
  const tides = [
    "The Laws of Kessel Tides",
    "",
    "Brun's law of the moon replaced the older law of winds. According to this law, the highest tides come two days after a full moon.",
    "",
    "The law of winds is taught only as history. It states that a west wind raises the evening tide by a hand's width.",
    "",
    "Brun's second law and the harbour chart were both printed in one year. It states that the lowest tides fall in the last week of summer.",
    "",
    "According to the law of sand, the channel moves a little to the north every winter.",
  ].join("\n");
  it("reads no statement whose law the pointer leaves unsettled", () => {
    const { article, paragraphs } = starts(tides);
    expect(findRuleClaims(article.sentences, paragraphs).map((c) => c.rule)).toEqual(["the law of winds", "the law of sand"]);
  });
});

describe("an aside between a law and its statement", () => {
  it("reads the statement after a connective or a clause on the law itself", () => {
    // Invented laws of hives, two with an aside before what they say.
    const hives = [
      "Morven's Hive Laws",
      "",
      "According to the law of crowding, which Elsa Morven wrote in her first book, a colony swarms when the comb runs out of room.",
      "",
      "According to the law of cold, a colony stays inside when the air is colder than ten degrees.",
      "",
      "According to the law of honey, however, a colony that swarms early will give less honey that summer.",
    ].join("\n");
    const { article, paragraphs } = starts(hives);
    expect(findRuleClaims(article.sentences, paragraphs).map((c) => c.claim)).toEqual([
      "a colony swarms when the comb runs out of room",
      "a colony stays inside when the air is colder than ten degrees",
      "a colony that swarms early will give less honey that summer",
    ]);
  });
});

describe("a numbered law named in two forms", () => {
  it("reads one statement for it, so neither form is given the other's statement as a false one", () => {
    // Invented: the carter's first law, named again later in another form.
    const carts = [
      "Lund's Laws of Carts",
      "",
      "Lund's first law states that a cart at rest stays at rest until a horse pulls it.",
      "",
      "Lund's second law states that a heavier cart needs a stronger horse to move it as fast.",
      "",
      "Lund's third law states that a cart pushes back on the horse as hard as the horse pulls it.",
      "",
      "According to the first law of carts, a cart will not move by itself.",
    ].join("\n");
    const { article, paragraphs } = starts(carts);
    expect(findRuleClaims(article.sentences, paragraphs).map((c) => c.rule)).toEqual(["Lund's first law", "Lund's second law", "Lund's third law"]);
  });
});
