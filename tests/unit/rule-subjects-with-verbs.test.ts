import { describe, expect, it } from "vitest";
import { findCauses } from "@/lib/generation/make-cause-questions";
import { makeAmountQuestion } from "@/lib/generation/make-amount-questions";
import { makeChangeFromCause, readOutcome } from "@/lib/generation/make-change-questions";
import { makeCorrelativeQuestion, makeDirectionQuestion } from "@/lib/generation/make-direction-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// Invented sentences only (no article text). A rule's subject is a thing, not a clause swallowed before the outcome;
// and the article's verb, not a guess from the subject's last word, says whether the key is "It" or "They".
const sentencesOf = (body: string) => parseArticle(`Test\n\n${body}\n`).sentences;

describe("a rule's subject that holds a verb of its own is no thing to ask about", () => {
  it("refuses 'the river floods and the lake' + 'rises', and keeps a subject whose verb sits in a relative clause", () => {
    expect(readOutcome("the river floods and the lake rises")).toBeNull();
    expect(readOutcome("the tide comes in and then falls")).toBeNull();
    expect(readOutcome("a cart that is rolling slows down")).toMatchObject({ subject: "a cart that is rolling", key: "It slows down" });
    expect(readOutcome("the heated air rises")).toMatchObject({ key: "It rises" });
  });

  it("asks no what-happens question of such a subject through a reason", () => {
    const text = "Floods\n\nRivers carry snow water. The river floods and the lake rises because the snow melts.\n";
    const sentences = parseArticle(text).sentences;
    const causes = findCauses(sentences);
    expect(causes.length).toBeGreaterThan(0);
    for (const c of causes) expect(makeChangeFromCause(c, sentences, createRandom(1))).toBeNull();
  });

  it("asks no rises/falls, 'the …er' or how-fast question of such a subject", () => {
    const [floods, uphill] = sentencesOf("When the snow melts, the river floods and the lake rises. The heavier the load, the slower the cart moves uphill.");
    expect(makeDirectionQuestion(floods!, createRandom(1))).toBeNull();
    expect(makeCorrelativeQuestion(uphill!, createRandom(1))).toBeNull();
    expect(makeAmountQuestion(uphill!, createRandom(1))).toBeNull();
  });

  it("keeps a how-fast question whose verb the tagger reads as a noun when the subject holds none", () => {
    const [mill, frogs] = sentencesOf("When the river rises, the mill turns faster. The warmer the pond, the faster its frogs croak.");
    expect(makeAmountQuestion(mill!, createRandom(1))!.prompt).toBe("When the river rises, how fast does the mill turn?");
    expect(makeAmountQuestion(frogs!, createRandom(1))!.prompt).toBe("As the pond gets warmer, how fast do its frogs croak?");
  });
});

describe("the article's verb says the subject's number", () => {
  it("keys 'It rises' for one thing named with a plural noun after 'of' or 'in', and refuses a subject of the other number", () => {
    expect(readOutcome("the price of goods rises")).toMatchObject({ key: "It rises", others: ["It falls", "It stays the same"] });
    expect(readOutcome("the water level in the locks rises")).toMatchObject({ key: "It rises" });
    expect(readOutcome("Norway and Iceland rise")).toMatchObject({ key: "They rise" });
    expect(readOutcome("Norway and Iceland rises")).toBeNull();
    // After a modal the verb has no number: the subject's head noun says it.
    expect(readOutcome("the valves would sink")).toMatchObject({ key: "They would sink" });
  });

  it("refuses a direction rule whose subject and verb disagree", () => {
    const [river, both] = sentencesOf("When the snow melts, the water level in the locks rises. When the snow melts, the north bank and the south bank rises.");
    expect(makeDirectionQuestion(river!, createRandom(1))!.options.map((o) => o.text).sort()).toEqual(["It falls", "It rises", "It stays the same"]);
    expect(makeDirectionQuestion(both!, createRandom(1))).toBeNull();
  });
});
