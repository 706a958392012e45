"use server";

import { ActionError, guardedAction } from "../auth/guard";
import { createLiveGame } from "./mutations";
import { StartGameSchema } from "./schema";

/** Open a live game's lobby for one of the teacher's quizzes (and, if chosen, one of their classes). */
export const startLiveGame = guardedAction("TEACHER", StartGameSchema, async (input, user) => {
  const created = await createLiveGame({
    quizId: input.quizId,
    hostId: user.id,
    classroomId: input.classroomId || null,
    allowGuests: input.allowGuests,
    speedPoints: input.speedPoints,
    showLeaderboard: input.showLeaderboard,
    secondsPerQuestion: input.secondsPerQuestion,
    questionCount: input.questionCount,
  });
  if (created.status === "not-found") throw new ActionError("That quiz or class was not found.");
  if (created.status !== "created") throw new ActionError("This quiz has no multiple-choice or true/false questions to play live.");
  return { gameId: created.gameId };
});
