-- CreateEnum
CREATE TYPE "AttemptKind" AS ENUM ('ASSIGNMENT', 'PRACTICE', 'LIVE');

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "extraTimePercent" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "dueBy" TIMESTAMP(3),
ADD COLUMN     "kind" "AttemptKind" NOT NULL DEFAULT 'ASSIGNMENT',
ADD COLUMN     "quizId" TEXT;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Attempt_quizId_idx" ON "Attempt"("quizId");

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every existing attempt belongs to its assignment's quiz.
UPDATE "Attempt" SET "quizId" = (SELECT "quizId" FROM "Assignment" WHERE "Assignment"."id" = "Attempt"."assignmentId") WHERE "quizId" IS NULL AND "assignmentId" IS NOT NULL;
