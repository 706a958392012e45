/** Plain data shapes shared by the generation pipeline. */

export interface TextRange {
  start: number;
  end: number;
}

export interface Sentence extends TextRange {
  text: string;
  /** Index of the section the sentence sits in (0 = the opening summary). */
  section: number;
  /** True for sentences of the opening summary, which carry the article's main facts. */
  inSummary: boolean;
}

export interface Section {
  heading: string | null;
  paragraphs: (TextRange & { text: string })[];
}

export interface ParsedArticle {
  title: string;
  /** Short fact lines under the summary ("Signed by Japan's PM ... in Moscow"). */
  keyFacts: (TextRange & { text: string })[];
  sections: Section[];
  sentences: Sentence[];
}

export type SpanType = "PERSON" | "COUNTRY" | "CITY" | "PLACE" | "ORG" | "EVENT" | "YEAR" | "MONTH_YEAR" | "DECADE" | "NUMBER";

/** A typed answer span, with offsets into the article text. */
export interface Span extends TextRange {
  text: string;
  type: SpanType;
}

export type GeneratedQuestionType = "MULTIPLE_CHOICE" | "TRUE_FALSE";

export interface QuestionOption {
  id: string;
  text: string;
}

export interface GeneratedQuestion {
  type: GeneratedQuestionType;
  prompt: string;
  options: QuestionOption[];
  answerKey: { optionId: string };
  /** The answer as text (the span for a cloze; "True"/"False" for a statement). */
  answerText: string;
  /** The source sentence and where the tested span sits in the article. */
  source: { sentence: string; start: number; end: number; answer: TextRange };
  spanType: SpanType;
  /** Higher is better; used to rank candidates. */
  score: number;
}
