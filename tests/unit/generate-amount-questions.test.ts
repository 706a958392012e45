import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { makeAmountQuestion } from "@/lib/generation/make-amount-questions";
import { makeTurnedRule } from "@/lib/generation/make-direction-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Invented sentences only (no article text).
const keyed = (q: GeneratedQuestion) => q.options.find((o) => q.answerKey.kind === "choice" && o.id === q.answerKey.optionId)!.text;
const sentencesOf = (body: string) => parseArticle(`Test\n\n${body}\n`).sentences;

describe("rules whose outcome is an amount, asked how much / how often / how fast", () => {
  it("asks how much after a rising condition, keeping the opening rule's name", () => {
    const text = "Salt\n\nUnder the rule of the harbour, when the price of salt goes up, traders will ship more of it.\n";
    const [s] = parseArticle(text).sentences;
    const q = makeAmountQuestion(s!, createRandom(1))!;
    expect(q.prompt).toBe("Under the rule of the harbour, when the price of salt goes up, how much of it will traders ship?");
    expect(keyed(q)).toBe("More");
    expect(q.options.map((o) => o.text).sort()).toEqual(["Less", "More", "The same amount"]);
    expect(passesGates(q, text)).toBe(true);
  });

  it("turns a 'the …er, the …er' rule with a verb into 'as … gets …, how fast …?'", () => {
    const [colder, often] = sentencesOf("The colder the lake, the slower its fish swim. When the wind rises, the gulls will dive more often.");
    const q = makeAmountQuestion(colder!, createRandom(1))!;
    expect(q.prompt).toBe("As the lake gets colder, how fast do its fish swim?");
    expect(keyed(q)).toBe("Slower");
    const o = makeAmountQuestion(often!, createRandom(1))!;
    expect(o.prompt).toBe("When the wind rises, how often will the gulls dive?");
    expect(o.options.map((x) => x.text).sort()).toEqual(["Just as often", "Less often", "More often"]);
  });

  it("leaves a pronoun subject, a condition that is no change and a negated rule alone", () => {
    for (const s of sentencesOf("The older the tree, the slower it grows. When the shop opens, traders will ship more of it. When the price goes up, traders will not ship more of it.")) {
      expect(makeAmountQuestion(s, createRandom(1))).toBeNull();
    }
  });

  it("puts the amount question in the quiz", () => {
    const text = "Salt Trade\n\nSalt was carried by boat along the coast. Under the rule of the harbour, when the price of salt goes up, traders will ship more of it. Most of the salt came from pans near the river mouth.\n";
    const prompts = generateQuestions(text, { count: 10, seed: 1, keepUnsure: true }).questions.map((q) => q.prompt);
    expect(prompts).toContain("Under the rule of the harbour, when the price of salt goes up, how much of it will traders ship?");
  });
});

describe("how-much questions read the rule's words as the rule means them", () => {
  it("reads 'the more often' as how often, not 'more' with 'often' in the subject", () => {
    const [often] = sentencesOf("The longer the day, the more often hens lay.");
    const q = makeAmountQuestion(often!, createRandom(1))!;
    expect(q.prompt).toBe("As the day gets longer, how often do hens lay?");
    expect(keyed(q)).toBe("More often");
  });

  it("takes no pronoun into the subject, and no lone determiner as the subject", () => {
    for (const s of sentencesOf("The larger the farm, the more workers it needs. The deeper the well, the more water it holds. The heavier the load, the slower the cart.")) {
      expect(makeAmountQuestion(s, createRandom(1))).toBeNull();
    }
  });

  it("asks how much only where a bare 'more' cannot be the subject's own", () => {
    const [cars, dogs] = sentencesOf("The bigger the city, the more cars fill its streets. The hotter the day, the more the dogs drink.");
    expect(makeAmountQuestion(cars!, createRandom(1))).toBeNull();
    expect(makeAmountQuestion(dogs!, createRandom(1))!.prompt).toBe("As the day gets hotter, how much do the dogs drink?");
  });
});

describe("an 'of it/them' is asked only where the rule names what it stands for", () => {
  it("refuses a pronoun for a thing the condition does not name, or names in the other number", () => {
    for (const s of sentencesOf("When the temperature rises, bakers will sell more of them. When the tide falls, the crabs will find more of them. When the price of salt goes up, traders will ship more of them.")) {
      expect(makeAmountQuestion(s, createRandom(1))).toBeNull();
    }
  });

  it("asks how many of them, with More / Fewer / The same number, for things counted", () => {
    const [apples, plums] = sentencesOf("When the price of apples goes up, shoppers buy fewer of them. The higher the price of plums climbs, the more of them the farmers grow.");
    const q = makeAmountQuestion(apples!, createRandom(1))!;
    expect(q.prompt).toBe("When the price of apples goes up, how many of them do shoppers buy?");
    expect(keyed(q)).toBe("Fewer");
    expect(q.options.map((o) => o.text).sort()).toEqual(["Fewer", "More", "The same number"]);
    const j = makeAmountQuestion(plums!, createRandom(1))!;
    expect(j.prompt).toBe("As the price of plums climbs higher, how many of them do the farmers grow?");
    expect(keyed(j)).toBe("More");
  });

  it("turns 'more of them' into 'fewer of them' for a false statement", () => {
    const [jerseys] = sentencesOf("When the demand for jerseys rises, the mills will make more of them.");
    expect(makeTurnedRule(jerseys!, "")!.prompt).toBe("When the demand for jerseys rises, the mills will make fewer of them.");
  });
});
