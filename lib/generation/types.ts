import type { AnswerKey } from "../quiz/types";

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
  /**
   * What the sentence's opening (`opener`, "It" when unset) refers to, when the
   * sentence before settles it ("The agreement was …. It was signed …"; "This
   * process" after the sentence defining it): stems start with this instead.
   */
  subject?: string;
  /** The words at the sentence's start that `subject` stands in for ("It", "They", "Its", "This process"). */
  opener?: string;
  /**
   * The person an article about one person is about (named by its title), and
   * the pronouns it uses for them: a "he"/"his" with no name before it in a
   * stem is that person, and the stem names them instead. `openingOnly`: another person is named later in the
   * sentence, so only a pronoun opening the sentence ("He met Marco Polo …") is theirs.
   */
  person?: { name: string; pronoun: "he" | "she"; openingOnly?: boolean };
  /**
   * A list item that is no sentence ("- China, which he reached around 1345", "1. New moon, when …"): read for lists, never
   * asked as a statement or a stem of its own.
   */
  listItem?: boolean;
  /**
   * A bullet that carries on its lead-in's doer ("He also:" then "- founded a school for scribes;"): the doer as the
   * lead-in writes it ("He", "The council"), which the item's verb phrase needs before it to be a sentence.
   */
  leadDoer?: string;
  /**
   * The person the whole article is about, set on every sentence (even where "she" may mean someone else). `othersBefore`:
   * the sentence before (same section) names another person, or a word for one, who may be whom a pronoun means.
   * `ofOtherSex`: the people this sentence names whom the article shows (a title, their own pronouns) to be of the other sex.
   * `namedByWord`: this sentence has a word for one person of the title person's sex ("his wife", "the queen"; read
   * once per sentence by `namesPersonOfSex`).
   */
  titlePerson?: { name: string; pronoun: "he" | "she"; othersBefore?: boolean; ofOtherSex?: string[]; namedByWord?: boolean };
}

export interface Section {
  heading: string | null;
  paragraphs: (TextRange & { text: string; listItem?: boolean; leadDoer?: string })[];
}

export interface ParsedArticle {
  title: string;
  /** Short fact lines under the summary ("Signed by Japan's PM ... in Moscow"). */
  keyFacts: (TextRange & { text: string })[];
  sections: Section[];
  sentences: Sentence[];
}

export type SpanType = "PERSON" | "COUNTRY" | "CITY" | "PLACE" | "ORG" | "EVENT" | "FULL_DATE" | "YEAR" | "MONTH_YEAR" | "DECADE" | "CENTURY" | "NUMBER" | "TERM";

/** A typed answer span, with offsets into the article text. */
export interface Span extends TextRange {
  text: string;
  type: SpanType;
  /** Found by NLP rather than by pattern or gazetteer: its type is a guess. */
  guessed?: boolean;
  /** Read as a name from the sentence's shape alone: asked typed, never with options, never an option. */
  typedOnly?: boolean;
  /** A name the article gives where it introduces it ("a dog named …"): accepted only whole, or as another name the article gives. */
  introduced?: boolean;
  /** A year before the common era ("221" of "221 BCE"): its figure counts down, so no check may read it as a year of the era. */
  bc?: boolean;
}

export type GeneratedQuestionType = "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_BLANK" | "ORDERING" | "MATCHING";

export interface QuestionOption {
  id: string;
  text: string;
  side?: "left" | "right";
}

/** The same key shapes the grader reads (lib/quiz). */
export type GeneratedAnswerKey = AnswerKey;

export interface SourceSentence extends TextRange {
  sentence: string;
}

/**
 * What kind of fact the key is, in words a teacher reads: a name (person,
 * place, organisation), a date, a number (with its unit, in figures or words),
 * a term (one of the article's own list of things), a definition (the name the
 * article gives to something it describes), a step (an ordering of a process),
 * a cause (a reason, purpose or result the article states with a connective), a category
 * (the odd one out of a kind the article lists), a function (what a listed part does),
 * a direction (which way a measure moves under a stated rule), a comparison (which
 * member of a set is the most …), an example (which of the article's concepts an example illustrates),
 * a result (what an event led to) and a means (how it was done), both read from discourse markers, and a statement
 * (a central sentence cut to its main clause, to judge true or false, or to pick out from false ones).
 */
export type KeyKind = "name" | "date" | "number" | "term" | "definition" | "step" | "event" | "cause" | "category" | "purpose" | "role" | "function" | "direction" | "comparison" | "example" | "result" | "means" | "statement";

export interface GeneratedQuestion {
  type: GeneratedQuestionType;
  prompt: string;
  options: QuestionOption[];
  answerKey: GeneratedAnswerKey;
  /** The answer as text (the span for a cloze; "True"/"False" for a statement; the order or pairs). */
  answerText: string;
  /** The (first) source sentence and where the tested span sits in the article. */
  source: { sentence: string; start: number; end: number; answer: TextRange };
  /** Every sentence an ordering or matching question draws on, in article order. */
  sources?: SourceSentence[];
  spanType: SpanType;
  /** Higher is better; used to rank candidates. */
  score: number;
  keyKind: KeyKind;
  /**
   * An odd-one-out whose outsider comes from a list of the same doer or deed (the list-frame maker's proof of kind),
   * which word forms cannot give for common nouns: the word-form kind check leaves it be.
   */
  outsiderByFrame?: boolean;
  /**
   * A "which of these" question whose key is the one member among outsiders ("Which of these was one of the hardships …?"),
   * not the one outsider among members: a "not" in its kind's own words ("the decision not to close") makes no odd one out.
   */
  keysMember?: boolean;
  /**
   * A "Who …?" on a retold story's plot whose options are the story's own characters (make-deed-questions' proof of kind):
   * scored as a name among characters even where the key's world is unsure (a character named after a real ruler).
   */
  castOptions?: boolean;
  /**
   * A statement of one of the article's central sentences, as written (true) or with its verb denied (false): the kind
   * strict reviewers passed most often (make-main-statements).
   */
  mainPoint?: boolean;
  /** The thing whose two kinds a kind blank sets apart ("circuit"): a quiz asks one set once (make-kind-contrast-questions). */
  kindSet?: string;
  /** The central point a main statement states or denies (its sentence and clause): pairs a true copy with its own denial. */
  point?: string;
  /**
   * How sure the generator is that the question is sound (0..1). Below
   * REVIEW_THRESHOLD a teacher should look before the quiz is used.
   */
  confidence: number;
}
