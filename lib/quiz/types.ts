/** Plain shapes for grading; they mirror the Question record without any database type. */

export type QuestionType = "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_BLANK" | "ORDERING" | "MATCHING";

/**
 * What a question shows. Choice and ordering questions list items; a matching
 * question lists both columns, each item marked with its side.
 */
export interface Option {
  id: string;
  text: string;
  side?: "left" | "right";
}

export type AnswerKey =
  | { kind: "choice"; optionId: string }
  | { kind: "text"; accepted: string[] }
  | { kind: "order"; itemIds: string[] }
  | { kind: "match"; pairs: Record<string, string> };

export type Answer =
  | { kind: "choice"; optionId: string }
  | { kind: "text"; value: string }
  | { kind: "order"; itemIds: string[] }
  | { kind: "match"; pairs: Record<string, string> };

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
