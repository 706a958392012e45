import { describe, expect, it } from "vitest";
import { applyCommand, NO_ACCOMMODATION, type GameSnapshot, type HostCommand } from "@/lib/live/game-machine";
import { AnswerSchema, answerProblem } from "@/lib/live/schema";
import { gradeLiveAnswer, scoreLiveAnswer, tallyAnswers } from "@/lib/live/scoring";
import { buildHostView, buildPlayerView, type LiveQuestion } from "@/lib/live/views";
import { isLiveQuestionType } from "@/lib/live/question-types";

const T0 = 1_800_000_000_000;
const lobby: GameSnapshot = { phase: "LOBBY", index: -1, questionCount: 2, showLeaderboard: true, secondsPerQuestion: 20, round: null };

function run(steps: [HostCommand, number][]): GameSnapshot {
  let g = lobby;
  for (const [command, at] of steps) {
    const t = applyCommand(g, command, at);
    if (!t.ok) throw new Error(t.reason);
    g = t.game;
  }
  return g;
}

const typed: LiveQuestion = {
  id: "q-typed",
  prompt: "Who signed the declaration for Japan?",
  kind: "text",
  options: [],
  keyOptionId: "",
  accepted: ["Ichirō Hatoyama", "Hatoyama"],
  source: "Ichirō Hatoyama signed it in Moscow.",
  points: 2,
};

describe("grading a typed live answer", () => {
  it("accepts the main answer and its aliases whatever the case, accents and spacing, as self-paced play does", () => {
    for (const text of ["Ichirō Hatoyama", "ichiro   hatoyama", "HATOYAMA", " hatoyama "]) {
      expect(gradeLiveAnswer(typed, { text })).toMatchObject({ status: "graded", correct: true, optionId: "", text });
    }
    expect(gradeLiveAnswer(typed, { text: "Nikolai Bulganin" })).toMatchObject({ status: "graded", correct: false });
  });

  it("refuses an answer of the other kind, and an option a choice question does not offer", () => {
    expect(gradeLiveAnswer(typed, { optionId: "o1" })).toEqual({ status: "wrong-kind" });
    const choice: LiveQuestion = { ...typed, kind: "choice", options: [{ id: "o1", text: "A" }], keyOptionId: "o1", accepted: [] };
    expect(gradeLiveAnswer(choice, { text: "A" })).toEqual({ status: "wrong-kind" });
    expect(gradeLiveAnswer(choice, { optionId: "o9" })).toEqual({ status: "invalid-option" });
    expect(gradeLiveAnswer(choice, { optionId: "o1" })).toMatchObject({ status: "graded", correct: true, text: null });
  });

  it("scores a typed answer like a chosen one: accuracy and speed points for a right one, nothing for a wrong one", () => {
    const right = gradeLiveAnswer(typed, { text: "hatoyama" });
    const wrong = gradeLiveAnswer(typed, { text: "Tokyo" });
    if (right.status !== "graded" || wrong.status !== "graded") throw new Error("not graded");
    expect(scoreLiveAnswer({ correct: right.correct, elapsedMs: 5_000, windowMs: 20_000, speedPoints: true })).toEqual({ accuracy: 500, speed: 375 });
    expect(scoreLiveAnswer({ correct: wrong.correct, elapsedMs: 1_000, windowMs: 20_000, speedPoints: true })).toEqual({ accuracy: 0, speed: 0 });
  });
});

describe("a typed answer at the boundary", () => {
  it("cleans the text and caps its length with a message the player can act on", () => {
    expect(AnswerSchema.parse({ index: 0, text: "  Hatoyama\u200b  " })).toEqual({ index: 0, text: "Hatoyama" });
    expect(AnswerSchema.safeParse({ index: 0, text: "x".repeat(201) }).success).toBe(false);
    expect(answerProblem({ index: 0, text: "x".repeat(201) })).toMatch(/under 200 characters/);
    expect(AnswerSchema.safeParse({ index: 0, text: " \u200b " }).success).toBe(false);
    expect(answerProblem({ index: 0, text: "   " })).toMatch(/Type an answer first/);
    expect(AnswerSchema.safeParse({ index: 0, text: "a", optionId: "o1" }).success).toBe(false);
    expect(answerProblem({ index: "x" })).toBe("That answer could not be read.");
  });

  it("plays fill-in-the-blank questions live, and leaves ordering and matching to self-paced play", () => {
    expect(["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "ORDERING", "MATCHING"].filter(isLiveQuestionType)).toEqual(["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK"]);
  });
});

describe("what the screens receive for a typed question", () => {
  const tally = tallyAnswers(3, [{ correct: true }, { correct: false }]);
  const host = { version: 2, question: typed, answered: 2, playerCount: 3, distribution: [], tally, standings: [], roster: [] };
  const player = { version: 2, question: typed, name: "Ann", lockedOptionId: null, lockedText: "hatoyama", result: { optionId: null, text: "hatoyama", correct: true, points: 900 }, score: 900, rank: 1, playerCount: 3 };

  it("counts right, wrong and no answer", () => {
    expect(tally).toEqual({ right: 1, wrong: 1, unanswered: 1 });
  });

  it("sends no accepted answer and no source while the question is open", () => {
    const open = run([[{ type: "start" }, T0]]);
    const sent = [JSON.stringify(buildHostView({ ...host, game: open }, T0 + 1)), JSON.stringify(buildPlayerView({ ...player, game: open, accommodation: NO_ACCOMMODATION }, T0 + 1))];
    for (const frame of sent) {
      for (const accepted of typed.accepted) expect(frame).not.toContain(accepted);
      expect(frame).not.toContain("accepted");
      expect(frame).not.toContain(typed.source);
      expect(frame).not.toMatch(/"answerText":"/);
    }
    const view = buildPlayerView({ ...player, game: open, accommodation: NO_ACCOMMODATION }, T0 + 1);
    expect(view).toMatchObject({ question: { prompt: typed.prompt, kind: "text", options: [] }, lockedText: "hatoyama", result: null });
  });

  it("reveals the main answer, the tally and what the player typed once closed", () => {
    const closed = run([
      [{ type: "start" }, T0],
      [{ type: "skip" }, T0 + 1000],
    ]);
    expect(buildHostView({ ...host, game: closed }, T0 + 1001).reveal).toEqual({ keyOptionId: "", answerText: "Ichirō Hatoyama", source: typed.source, distribution: [], tally });
    expect(buildPlayerView({ ...player, game: closed, accommodation: NO_ACCOMMODATION }, T0 + 1001)).toMatchObject({
      answerText: "Ichirō Hatoyama",
      source: typed.source,
      result: { text: "hatoyama", correct: true, points: 900 },
    });
  });
});
