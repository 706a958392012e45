-- AlterTable
ALTER TABLE "LiveGame" ADD COLUMN     "allowGuests" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "classroomId" TEXT,
ADD COLUMN     "questionIds" JSONB,
ADD COLUMN     "secondsPerQuestion" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "showLeaderboard" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "speedPoints" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "LivePlayer" ADD COLUMN     "accuracyPoints" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "attemptId" TEXT,
ADD COLUMN     "extraTimePercent" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "name" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "nickname" TEXT,
ADD COLUMN     "removedAt" TIMESTAMP(3),
ADD COLUMN     "speedPoints" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "tokenHash" TEXT,
ADD COLUMN     "untimed" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "studentId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "LiveRound" (
    "id" TEXT NOT NULL,
    "gameId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "pausedAt" TIMESTAMP(3),
    "pausedMs" INTEGER NOT NULL DEFAULT 0,
    "closedAt" TIMESTAMP(3),
    "answerCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LiveRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveAnswer" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "accuracyPoints" INTEGER NOT NULL,
    "speedPoints" INTEGER NOT NULL,
    "elapsedMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveRound_questionId_idx" ON "LiveRound"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveRound_gameId_index_key" ON "LiveRound"("gameId", "index");

-- CreateIndex
CREATE INDEX "LiveAnswer_playerId_idx" ON "LiveAnswer"("playerId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveAnswer_roundId_playerId_key" ON "LiveAnswer"("roundId", "playerId");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_tokenHash_key" ON "LivePlayer"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_attemptId_key" ON "LivePlayer"("attemptId");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_gameId_nickname_key" ON "LivePlayer"("gameId", "nickname");

-- AddForeignKey
ALTER TABLE "LiveGame" ADD CONSTRAINT "LiveGame_classroomId_fkey" FOREIGN KEY ("classroomId") REFERENCES "Classroom"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveRound" ADD CONSTRAINT "LiveRound_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "LiveGame"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveRound" ADD CONSTRAINT "LiveRound_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivePlayer" ADD CONSTRAINT "LivePlayer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveAnswer" ADD CONSTRAINT "LiveAnswer_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "LiveRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveAnswer" ADD CONSTRAINT "LiveAnswer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "LivePlayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
