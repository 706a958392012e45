/** Titles of the quizzes seed-extra.ts adds for the end-to-end run (importable without running it). */
export const EXTRA_QUIZ_TITLE = "Timeline practice: the United Nations";
export const EVERY_TYPE_QUIZ_TITLE = "Every question type: the Berlin Wall";
