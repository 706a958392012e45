import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { makeChangeFromCause, makeConditionChanges, readOutcome } from "@/lib/generation/make-change-questions";
import { findCauses } from "@/lib/generation/make-cause-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import type { GeneratedQuestion } from "@/lib/generation/types";

// Invented sentences only (no article text).
const keyed = (q: GeneratedQuestion) => q.options.find((o) => q.answerKey.kind === "choice" && o.id === q.answerKey.optionId)!.text;
const sentencesOf = (body: string) => parseArticle(`Test\n\n${body}\n`).sentences;

describe("outcomes with a plain opposite, asked as what happens to the thing", () => {
  it("reads the subject, the outcome and the two other ways, in the subject's number", () => {
    expect(readOutcome("a cart that is rolling slows down")).toMatchObject({ subject: "a cart that is rolling", key: "It slows down", others: ["It speeds up", "It keeps the same speed"] });
    expect(readOutcome("Mud cracks widen")).toMatchObject({ key: "They widen", others: ["They narrow", "They stay the same width"] });
    expect(readOutcome("the valve would sink until the tank empties")).toMatchObject({ key: "It would sink", others: ["It would rise", "It would stay at the same height"] });
    // A hedged outcome has no sure opposite; a clause swallowed before the outcome is no subject.
    expect(readOutcome("the float can sink")).toBeNull();
    expect(readOutcome("the steam cools and the piston sinks")).toBeNull();
  });

  it("asks each clause of a condition's outcome, and an 'it' the condition's one thing stands for", () => {
    const text = "Engines\n\nWhen the valve is closed, the steam slowly cools and the piston sinks. As cold, dense water moves down, it cools.\n";
    const [valve, water] = parseArticle(text).sentences;
    const qs = makeConditionChanges(valve!, text, createRandom(1));
    expect(qs.map((q) => [q.prompt, keyed(q)])).toEqual([
      ["When the valve is closed, what happens to the steam?", "It slowly cools"],
      ["When the valve is closed, what happens to the piston?", "It sinks"],
    ]);
    for (const q of qs) expect(passesGates(q, text)).toBe(true);
    expect(makeConditionChanges(water!, text, createRandom(1)).map((q) => q.prompt)).toEqual(["As cold, dense water moves down, what happens to it?"]);
  });

  it("asks a condition that follows its outcome first, and refuses a linking phrase, a pointing condition and a hedge", () => {
    const [after, ...rest] = sentencesOf("Mud cracks widen when the ground dries further. As a result, the float sinks. When they do, the float sinks. When the tank fills, the float can sink. When the tank fills, the float does not sink.");
    const [q] = makeConditionChanges(after!, "", createRandom(1));
    expect(q!.prompt).toBe("When the ground dries further, what happens to mud cracks?");
    expect(keyed(q!)).toBe("They widen");
    for (const s of rest) expect(makeConditionChanges(s, "", createRandom(1))).toEqual([]);
  });

  it("asks a reason or a result with no fellow causes as what happens, with the turned outcome as a wrong option", () => {
    const text = "Wagons\n\nA wagon that is moving slows down because the brake presses against it. Each spring the river carries new silt into the bay. As a result, the two villages end up slightly farther apart.\n";
    const sentences = parseArticle(text).sentences;
    const causes = findCauses(sentences);
    const [wagon, villages] = causes.map((c) => makeChangeFromCause(c, sentences, createRandom(1)));
    expect(wagon!.prompt).toBe("What happens to a wagon that is moving when the brake presses against it?");
    expect(keyed(wagon!)).toBe("It slows down");
    expect(wagon!.keyKind).toBe("cause");
    expect(villages!.prompt).toBe("Each spring the river carries new silt into the bay. What happens to the two villages as a result?");
    expect(villages!.options.map((o) => o.text).sort()).toEqual(["They end up slightly closer to each other", "They end up slightly farther apart", "They stay the same distance apart"]);
    for (const q of [wagon!, villages!]) expect(passesGates(q, text)).toBe(true);
  });

  it("puts the what-happens question in the quiz where the article gives no other reason to stand beside the one asked", () => {
    const text = "How Wagons Move\n\nA wagon is a box on wheels. A wagon that is moving slows down because the brake presses against it. Farmers pull wagons up hills with ropes.\n";
    const prompts = generateQuestions(text, { count: 10, seed: 1 }).questions.map((q) => q.prompt);
    expect(prompts).toContain("What happens to a wagon that is moving when the brake presses against it?");
  });
});

describe("more outcomes with a plain opposite", () => {
  it("turns rises, grows and a comparative after gets/becomes, keeping the article's verb", () => {
    expect(readOutcome("Prices rise")).toMatchObject({ key: "They rise", others: ["They fall", "They stay the same"] });
    expect(readOutcome("the town grows")).toMatchObject({ key: "It grows", others: ["It shrinks", "It stays the same size"] });
    expect(readOutcome("the air becomes colder")).toMatchObject({ key: "It becomes colder", others: ["It becomes warmer", "It stays the same"] });
    // An outcome with an object or a phrase after it is not one of these ("grows wheat", "falls as snow").
    expect(readOutcome("the farmer grows wheat")).toBeNull();
    expect(readOutcome("the water falls as snow")).toBeNull();
  });
});
