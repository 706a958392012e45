-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "untimed" BOOLEAN NOT NULL DEFAULT false;
