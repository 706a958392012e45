-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quizId" TEXT NOT NULL,
    "classroomId" TEXT NOT NULL,
    "opensAt" DATETIME,
    "dueAt" DATETIME,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("attemptsAllowed", "classroomId", "createdAt", "dueAt", "id", "opensAt", "quizId") SELECT "attemptsAllowed", "classroomId", "createdAt", "dueAt", "id", "opensAt", "quizId" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_quizId_idx" ON "Assignment"("quizId");
CREATE INDEX "Assignment_classroomId_idx" ON "Assignment"("classroomId");
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'ASSIGNMENT',
    "quizId" TEXT,
    "assignmentId" TEXT,
    "liveGameId" TEXT,
    "dueBy" DATETIME,
    "number" INTEGER NOT NULL DEFAULT 1,
    "closesAt" DATETIME,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "questionOrder" JSONB NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    "score" INTEGER,
    "maxScore" INTEGER NOT NULL,
    CONSTRAINT "Attempt_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_liveGameId_fkey" FOREIGN KEY ("liveGameId") REFERENCES "LiveGame" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("assignmentId", "dueBy", "id", "kind", "liveGameId", "maxScore", "number", "questionOrder", "quizId", "score", "startedAt", "studentId", "submittedAt") SELECT "assignmentId", "dueBy", "id", "kind", "liveGameId", "maxScore", "number", "questionOrder", "quizId", "score", "startedAt", "studentId", "submittedAt" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_studentId_idx" ON "Attempt"("studentId");
CREATE INDEX "Attempt_quizId_idx" ON "Attempt"("quizId");
CREATE INDEX "Attempt_liveGameId_idx" ON "Attempt"("liveGameId");
CREATE INDEX "Attempt_closesAt_idx" ON "Attempt"("closesAt");
CREATE UNIQUE INDEX "Attempt_assignmentId_studentId_number_key" ON "Attempt"("assignmentId", "studentId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Quiz_articleId_idx" ON "Quiz"("articleId");

-- CreateIndex
CREATE INDEX "Question_factId_idx" ON "Question"("factId");

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
