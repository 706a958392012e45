-- CreateEnum
CREATE TYPE "ArticleSource" AS ENUM ('PASTE', 'FILE', 'WEB');

-- DropForeignKey
ALTER TABLE "Quiz" DROP CONSTRAINT "Quiz_articleId_fkey";

-- DropForeignKey
ALTER TABLE "Attempt" DROP CONSTRAINT "Attempt_quizId_fkey";

-- DropForeignKey
ALTER TABLE "Attempt" DROP CONSTRAINT "Attempt_assignmentId_fkey";

-- DropForeignKey
ALTER TABLE "Attempt" DROP CONSTRAINT "Attempt_liveGameId_fkey";

-- DropForeignKey
ALTER TABLE "Response" DROP CONSTRAINT "Response_questionId_fkey";

-- DropForeignKey
ALTER TABLE "Mastery" DROP CONSTRAINT "Mastery_factId_fkey";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "revisesId" TEXT,
ADD COLUMN     "source" "ArticleSource" NOT NULL DEFAULT 'PASTE',
ADD COLUMN     "sourceName" TEXT;

-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Article_revisesId_idx" ON "Article"("revisesId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "Article"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quiz" ADD CONSTRAINT "Quiz_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_liveGameId_fkey" FOREIGN KEY ("liveGameId") REFERENCES "LiveGame"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mastery" ADD CONSTRAINT "Mastery_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
