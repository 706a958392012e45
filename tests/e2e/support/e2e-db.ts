/**
 * Read-only look at the end-to-end server's database, for assertions that need
 * what the browser must never see (answer keys). Opens the SQLite file the
 * e2e server (support/server.ts) created; writes nothing.
 */
import path from "node:path";
import Database from "better-sqlite3";

const DB_FILE = path.resolve(__dirname, "..", "..", "..", "data", "e2e", "factbound-e2e.db");

export interface StoredQuestion {
  id: string;
  type: "MULTIPLE_CHOICE" | "TRUE_FALSE" | "FILL_BLANK" | "ORDERING" | "MATCHING";
  options: { id: string; text: string; side?: "left" | "right" }[];
  answerKey:
    | { kind: "choice"; optionId: string }
    | { kind: "text"; accepted: string[] }
    | { kind: "order"; itemIds: string[] }
    | { kind: "match"; pairs: Record<string, string> };
  explanation: string;
}

/** The questions (keys included) of the quiz with this title, in quiz order. */
export function storedQuestions(quizTitle: string): StoredQuestion[] {
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT q."id", q."type", q."options", q."answerKey", q."explanation" FROM "Question" q
         JOIN "Quiz" z ON z."id" = q."quizId" WHERE z."title" = ? ORDER BY q."position"`,
      )
      .all(quizTitle) as { id: string; type: StoredQuestion["type"]; options: string; answerKey: string; explanation: string }[];
    return rows.map((r) => ({ ...r, options: JSON.parse(r.options), answerKey: JSON.parse(r.answerKey) }));
  } finally {
    db.close();
  }
}
