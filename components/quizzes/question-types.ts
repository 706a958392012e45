import type { QuestionType } from "@/lib/quiz/types";

/** What each question type is called on the teacher's pages. */
export const TYPE_LABEL: Record<QuestionType, string> = {
  MULTIPLE_CHOICE: "Multiple choice",
  TRUE_FALSE: "True or false",
  FILL_BLANK: "Fill in the blank (typed)",
  ORDERING: "Put in order",
  MATCHING: "Matching pairs",
};

export const TYPE_ORDER: QuestionType[] = ["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "ORDERING", "MATCHING"];
