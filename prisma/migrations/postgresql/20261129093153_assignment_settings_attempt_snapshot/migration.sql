-- DropIndex
DROP INDEX "Assignment_quizId_classroomId_key";

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "settings" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "closesAt" TIMESTAMP(3),
ADD COLUMN     "settings" JSONB NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "Quiz_articleId_idx" ON "Quiz"("articleId");

-- CreateIndex
CREATE INDEX "Question_factId_idx" ON "Question"("factId");

-- CreateIndex
CREATE INDEX "Assignment_quizId_idx" ON "Assignment"("quizId");

-- CreateIndex
CREATE INDEX "Attempt_liveGameId_idx" ON "Attempt"("liveGameId");

-- CreateIndex
CREATE INDEX "Attempt_closesAt_idx" ON "Attempt"("closesAt");

-- CreateIndex
CREATE INDEX "Response_questionId_idx" ON "Response"("questionId");

-- CreateIndex
CREATE INDEX "Mastery_factId_idx" ON "Mastery"("factId");

-- CreateIndex
CREATE INDEX "LiveGame_quizId_idx" ON "LiveGame"("quizId");

-- CreateIndex
CREATE INDEX "LiveGame_hostId_idx" ON "LiveGame"("hostId");

-- CreateIndex
CREATE INDEX "LivePlayer_studentId_idx" ON "LivePlayer"("studentId");

-- Backfill: settings move from the quiz to each assignment, and every attempt keeps a copy of
-- what its quiz had. Legacy keys (lateRule, feedbackAfterEach) are read by lib/quiz/settings.ts;
-- a legacy lateRule never turns into accepting late answers (the new default refuses them).
UPDATE "Assignment" SET "settings" = (SELECT "settings" FROM "Quiz" WHERE "Quiz"."id" = "Assignment"."quizId");
UPDATE "Attempt" SET "settings" = (SELECT "settings" FROM "Quiz" WHERE "Quiz"."id" = "Attempt"."quizId") WHERE "quizId" IS NOT NULL;
-- Open timed attempts close when their time is up.
UPDATE "Attempt" SET "closesAt" = "dueBy" WHERE "submittedAt" IS NULL AND "dueBy" IS NOT NULL;
