-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "parsed" JSONB NOT NULL,
    "builtIn" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL DEFAULT 'PASTE',
    "sourceName" TEXT,
    "archivedAt" DATETIME,
    "revisesId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Article_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "Article" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("body", "builtIn", "createdAt", "id", "ownerId", "parsed", "title", "updatedAt") SELECT "body", "builtIn", "createdAt", "id", "ownerId", "parsed", "title", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_ownerId_idx" ON "Article"("ownerId");
CREATE INDEX "Article_revisesId_idx" ON "Article"("revisesId");
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
    "archivedAt" DATETIME,
    CONSTRAINT "Quiz_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Quiz_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Quiz" ("articleId", "createdAt", "id", "ownerId", "publishedAt", "seed", "settings", "status", "title") SELECT "articleId", "createdAt", "id", "ownerId", "publishedAt", "seed", "settings", "status", "title" FROM "Quiz";
DROP TABLE "Quiz";
ALTER TABLE "new_Quiz" RENAME TO "Quiz";
CREATE INDEX "Quiz_ownerId_idx" ON "Quiz"("ownerId");
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'ASSIGNMENT',
    "quizId" TEXT,
    "assignmentId" TEXT,
    "liveGameId" TEXT,
    "dueBy" DATETIME,
    "number" INTEGER NOT NULL DEFAULT 1,
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
INSERT INTO "new_Attempt" ("assignmentId", "dueBy", "id", "kind", "liveGameId", "maxScore", "number", "questionOrder", "quizId", "score", "startedAt", "studentId", "submittedAt") SELECT "assignmentId", "dueBy", "id", "kind", "liveGameId", "maxScore", "number", "questionOrder", "quizId", "score", "startedAt", "studentId", "submittedAt" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_studentId_idx" ON "Attempt"("studentId");
CREATE INDEX "Attempt_quizId_idx" ON "Attempt"("quizId");
CREATE UNIQUE INDEX "Attempt_assignmentId_studentId_number_key" ON "Attempt"("assignmentId", "studentId", "number");
CREATE TABLE "new_Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "timeMs" INTEGER,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Response_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Response_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Response" ("answer", "attemptId", "correct", "createdAt", "id", "late", "points", "questionId", "timeMs") SELECT "answer", "attemptId", "correct", "createdAt", "id", "late", "points", "questionId", "timeMs" FROM "Response";
DROP TABLE "Response";
ALTER TABLE "new_Response" RENAME TO "Response";
CREATE UNIQUE INDEX "Response_attemptId_questionId_key" ON "Response"("attemptId", "questionId");
CREATE TABLE "new_Mastery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "seen" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,
    "lastSeen" DATETIME NOT NULL,
    CONSTRAINT "Mastery_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Mastery_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Mastery" ("correct", "factId", "id", "lastSeen", "seen", "studentId") SELECT "correct", "factId", "id", "lastSeen", "seen", "studentId" FROM "Mastery";
DROP TABLE "Mastery";
ALTER TABLE "new_Mastery" RENAME TO "Mastery";
CREATE UNIQUE INDEX "Mastery_studentId_factId_key" ON "Mastery"("studentId", "factId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
