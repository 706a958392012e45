-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Quiz" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "seed" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "versionStartedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" DATETIME,
    CONSTRAINT "Quiz_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Quiz_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Quiz" ("archivedAt", "articleId", "createdAt", "id", "ownerId", "publishedAt", "seed", "settings", "status", "title") SELECT "archivedAt", "articleId", "createdAt", "id", "ownerId", "publishedAt", "seed", "settings", "status", "title" FROM "Quiz";
DROP TABLE "Quiz";
ALTER TABLE "new_Quiz" RENAME TO "Quiz";
CREATE INDEX "Quiz_ownerId_idx" ON "Quiz"("ownerId");
CREATE INDEX "Quiz_articleId_idx" ON "Quiz"("articleId");
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quizId" TEXT NOT NULL,
    "factId" TEXT,
    "type" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "answerKey" JSONB NOT NULL,
    "explanation" TEXT NOT NULL,
    "answerStart" INTEGER,
    "answerEnd" INTEGER,
    "position" INTEGER NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "retiredInVersion" INTEGER,
    "confidence" REAL,
    "handMade" BOOLEAN NOT NULL DEFAULT false,
    "editedAt" DATETIME,
    "checkedAt" DATETIME,
    CONSTRAINT "Question_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("answerEnd", "answerKey", "answerStart", "explanation", "factId", "id", "options", "points", "position", "prompt", "quizId", "type") SELECT "answerEnd", "answerKey", "answerStart", "explanation", "factId", "id", "options", "points", "position", "prompt", "quizId", "type" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_quizId_retiredInVersion_position_idx" ON "Question"("quizId", "retiredInVersion", "position");
CREATE INDEX "Question_factId_idx" ON "Question"("factId");
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'ASSIGNMENT',
    "quizId" TEXT,
    "assignmentId" TEXT,
    "liveGameId" TEXT,
    "dueBy" DATETIME,
    "number" INTEGER NOT NULL DEFAULT 1,
    "quizVersion" INTEGER NOT NULL DEFAULT 1,
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
