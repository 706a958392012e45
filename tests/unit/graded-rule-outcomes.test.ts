import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { makeAmountQuestion } from "@/lib/generation/make-amount-questions";
import { findCauses } from "@/lib/generation/make-cause-questions";
import { makeChangeFromCause, makeConditionChanges, readOutcome } from "@/lib/generation/make-change-questions";
import { makeDirectionQuestion, makeTurnedRule } from "@/lib/generation/make-direction-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// Invented sentences only (no article text). A degree word or an adverb before the outcome's verb ("rarely rises",
// "almost sinks") must not be read into the subject, leaving a plain "It rises" as the key.
const sentencesOf = (body: string) => parseArticle(`Test\n\n${body}\n`).sentences;

describe("a graded or hedged outcome is not read as a plain change", () => {
  it("does not let a longer subject swallow the degree word ('the price rarely' + 'rises')", () => {
    for (const clause of ["the price rarely rises", "the boat almost sinks", "the ice hardly melts", "the lid only rises", "the float barely rises"]) {
      expect(readOutcome(clause)).toBeNull();
    }
    // An adverb no list names is no part of the thing either.
    expect(readOutcome("the float steadily rises")).toBeNull();
  });

  it("asks no what-happens question of a condition or a reason whose outcome is graded", () => {
    const [wet] = sentencesOf("When the summer is wet, the price of salt rarely rises.");
    expect(makeConditionChanges(wet!, "", createRandom(1))).toEqual([]);
    const text = "Boats\n\nBoats float on water. The boat almost sinks because the waves are high.\n";
    const sentences = parseArticle(text).sentences;
    const causes = findCauses(sentences);
    expect(causes.length).toBeGreaterThan(0);
    for (const c of causes) expect(makeChangeFromCause(c, sentences, createRandom(1))).toBeNull();
  });

  it("asks no rises/falls question of a graded rule, and still asks the plain one", () => {
    const [rarely, steadily, sometimes, plain] = sentencesOf(
      "When the summer is wet, the price of salt rarely rises. When the tank fills, the float steadily rises. When the tank fills, the float sometimes falls. When the summer is wet, the price of salt rises.",
    );
    for (const s of [rarely!, steadily!, sometimes!]) expect(makeDirectionQuestion(s, createRandom(1))).toBeNull();
    expect(makeDirectionQuestion(plain!, createRandom(1))!.prompt).toBe("When the summer is wet, what happens to the price of salt?");
  });

  it("asks no how-much question, and turns no statement, where a degree word or an adverb sits before the verb", () => {
    const [rarely, only, steadily, willRarely, plain] = sentencesOf(
      "When the price of salt goes up, traders rarely buy more of it. When the wind rises, the gulls only dive more often. When the price of salt goes up, traders steadily buy more of it. When the price of salt goes up, traders will rarely buy more of it. When the wind rises, the gulls will dive more often.",
    );
    for (const s of [rarely!, only!, steadily!]) expect(makeAmountQuestion(s, createRandom(1))).toBeNull();
    expect(makeTurnedRule(willRarely!, "")).toBeNull();
    // "more often" is the amount itself, not a hedge.
    expect(makeAmountQuestion(plain!, createRandom(1))!.prompt).toBe("When the wind rises, how often will the gulls dive?");
    expect(makeTurnedRule(plain!, "")!.prompt).toBe("When the wind rises, the gulls will dive less often.");
  });

  it("puts no graded outcome in the quiz", () => {
    const text = "The Salt Pans\n\nSalt is made by drying sea water in wide shallow pans. Workers rake the salt into heaps. When the summer is wet, the price of salt rarely rises. The salt is packed into sacks and sent inland by cart.\n";
    const prompts = generateQuestions(text, { count: 10, seed: 1, keepUnsure: true }).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /what happens/.test(p))).toEqual([]);
  });
});
