-- DropIndex
DROP INDEX "Question_quizId_position_key";

-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "versionStartedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "checkedAt" TIMESTAMP(3),
ADD COLUMN     "confidence" DOUBLE PRECISION,
ADD COLUMN     "editedAt" TIMESTAMP(3),
ADD COLUMN     "handMade" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "retiredInVersion" INTEGER,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "factId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "quizVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "Question_quizId_retiredInVersion_position_idx" ON "Question"("quizId", "retiredInVersion", "position");
