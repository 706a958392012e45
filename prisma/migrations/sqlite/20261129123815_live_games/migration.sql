-- CreateTable
CREATE TABLE "LiveRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "pausedAt" DATETIME,
    "pausedMs" INTEGER NOT NULL DEFAULT 0,
    "closedAt" DATETIME,
    "answerCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "LiveRound_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "LiveGame" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveRound_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LiveAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "accuracyPoints" INTEGER NOT NULL,
    "speedPoints" INTEGER NOT NULL,
    "elapsedMs" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LiveAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "LiveRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveAnswer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "LivePlayer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LiveGame" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quizId" TEXT NOT NULL,
    "hostId" TEXT NOT NULL,
    "pin" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'LOBBY',
    "currentIndex" INTEGER NOT NULL DEFAULT -1,
    "questionOpenedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    "classroomId" TEXT,
    "allowGuests" BOOLEAN NOT NULL DEFAULT false,
    "speedPoints" BOOLEAN NOT NULL DEFAULT true,
    "showLeaderboard" BOOLEAN NOT NULL DEFAULT true,
    "secondsPerQuestion" INTEGER NOT NULL DEFAULT 20,
    "questionIds" JSONB,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "LiveGame_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveGame_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveGame_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_LiveGame" ("createdAt", "currentIndex", "endedAt", "hostId", "id", "pin", "questionOpenedAt", "quizId", "state") SELECT "createdAt", "currentIndex", "endedAt", "hostId", "id", "pin", "questionOpenedAt", "quizId", "state" FROM "LiveGame";
DROP TABLE "LiveGame";
ALTER TABLE "new_LiveGame" RENAME TO "LiveGame";
CREATE UNIQUE INDEX "LiveGame_pin_key" ON "LiveGame"("pin");
CREATE INDEX "LiveGame_hostId_idx" ON "LiveGame"("hostId");
CREATE INDEX "LiveGame_quizId_idx" ON "LiveGame"("quizId");
CREATE TABLE "new_LivePlayer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "studentId" TEXT,
    "nickname" TEXT,
    "name" TEXT NOT NULL DEFAULT '',
    "tokenHash" TEXT,
    "extraTimePercent" INTEGER NOT NULL DEFAULT 0,
    "untimed" BOOLEAN NOT NULL DEFAULT false,
    "score" INTEGER NOT NULL DEFAULT 0,
    "accuracyPoints" INTEGER NOT NULL DEFAULT 0,
    "speedPoints" INTEGER NOT NULL DEFAULT 0,
    "removedAt" DATETIME,
    "attemptId" TEXT,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LivePlayer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "LiveGame" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LivePlayer_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LivePlayer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_LivePlayer" ("gameId", "id", "joinedAt", "score", "studentId") SELECT "gameId", "id", "joinedAt", "score", "studentId" FROM "LivePlayer";
DROP TABLE "LivePlayer";
ALTER TABLE "new_LivePlayer" RENAME TO "LivePlayer";
CREATE UNIQUE INDEX "LivePlayer_tokenHash_key" ON "LivePlayer"("tokenHash");
CREATE UNIQUE INDEX "LivePlayer_attemptId_key" ON "LivePlayer"("attemptId");
CREATE INDEX "LivePlayer_studentId_idx" ON "LivePlayer"("studentId");
CREATE UNIQUE INDEX "LivePlayer_gameId_studentId_key" ON "LivePlayer"("gameId", "studentId");
CREATE UNIQUE INDEX "LivePlayer_gameId_nickname_key" ON "LivePlayer"("gameId", "nickname");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "LiveRound_questionId_idx" ON "LiveRound"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveRound_gameId_index_key" ON "LiveRound"("gameId", "index");

-- CreateIndex
CREATE INDEX "LiveAnswer_playerId_idx" ON "LiveAnswer"("playerId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveAnswer_roundId_playerId_key" ON "LiveAnswer"("roundId", "playerId");
