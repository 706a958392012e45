-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "droppedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ResponseGrading" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "gradedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "oldPoints" INTEGER NOT NULL,
    "newPoints" INTEGER NOT NULL,
    "oldCorrect" BOOLEAN NOT NULL,
    "newCorrect" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "ResponseGrading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionCorrection" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "teacherId" TEXT,
    "kind" TEXT NOT NULL,
    "oldKey" JSONB NOT NULL,
    "newKey" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ResponseGrading_responseId_idx" ON "ResponseGrading"("responseId");

-- CreateIndex
CREATE INDEX "ResponseGrading_gradedById_idx" ON "ResponseGrading"("gradedById");

-- CreateIndex
CREATE INDEX "QuestionCorrection_questionId_idx" ON "QuestionCorrection"("questionId");

-- CreateIndex
CREATE INDEX "QuestionCorrection_teacherId_idx" ON "QuestionCorrection"("teacherId");

-- AddForeignKey
ALTER TABLE "ResponseGrading" ADD CONSTRAINT "ResponseGrading_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseGrading" ADD CONSTRAINT "ResponseGrading_gradedById_fkey" FOREIGN KEY ("gradedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionCorrection" ADD CONSTRAINT "QuestionCorrection_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionCorrection" ADD CONSTRAINT "QuestionCorrection_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
