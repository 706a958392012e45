/** Plain shapes for grading; they mirror the Question record without any database type. */

export type QuestionType = "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_BLANK" | "ORDERING" | "MATCHING";

export interface Option {
  id: string;
  text: string;
}

export type AnswerKey = { kind: "choice"; optionId: string };

export type Answer = { kind: "choice"; optionId: string };

export interface GradableQuestion {
  id: string;
  type: QuestionType;
  options: Option[];
  answerKey: AnswerKey;
  points: number;
}

export interface Grade {
  correct: boolean;
  points: number;
}
