-- AlterTable
ALTER TABLE "LiveAnswer" ADD COLUMN     "text" TEXT;
