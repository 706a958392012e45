-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    CONSTRAINT "Attempt_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Attempt_liveGameId_fkey" FOREIGN KEY ("liveGameId") REFERENCES "LiveGame" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("assignmentId", "closesAt", "dueBy", "id", "kind", "liveGameId", "maxScore", "number", "questionOrder", "quizId", "score", "settings", "startedAt", "studentId", "submittedAt") SELECT "assignmentId", "closesAt", "dueBy", "id", "kind", "liveGameId", "maxScore", "number", "questionOrder", "quizId", "score", "settings", "startedAt", "studentId", "submittedAt" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_studentId_idx" ON "Attempt"("studentId");
CREATE INDEX "Attempt_quizId_idx" ON "Attempt"("quizId");
CREATE INDEX "Attempt_liveGameId_idx" ON "Attempt"("liveGameId");
CREATE INDEX "Attempt_closesAt_idx" ON "Attempt"("closesAt");
CREATE UNIQUE INDEX "Attempt_assignmentId_studentId_number_key" ON "Attempt"("assignmentId", "studentId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
