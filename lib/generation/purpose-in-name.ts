// "The Harbour Fire Watch was set up to warn the port of fires": a body set up for a purpose its own name states. The
// name settles the statement, so a true copy tests nothing the reader did not already see (judges failed one).
const SET_UP_FOR = /^(?:The )?((?:[A-Z][\w'’-]*\s+){1,5})(?:was|were) (?:also )?(?:set up|created|founded|formed|established|started|built) (?:to|for) (.+)$/;
// Name words that say nothing of a purpose.
const BARE_NAME_WORDS = new Set(["international", "national", "royal", "new", "great", "first", "united", "american", "british", "society", "company", "group", "office", "board"]);

/** A word stem long enough to share: a name word of three letters or more, or its first five letters. */
const stemOf = (word: string) => word.toLowerCase().slice(0, 5);

/** The statement says a named body was set up for a purpose a word of its name already gives ("Ice Patrol" … "icebergs"). */
export function purposeInItsName(statement: string): boolean {
  const m = SET_UP_FOR.exec(statement.trim());
  if (!m) return false;
  const nameWords = m[1]!.trim().split(/\s+/).map((w) => w.toLowerCase()).filter((w) => w.length >= 3 && !BARE_NAME_WORDS.has(w));
  const purposeWords = m[2]!.toLowerCase().split(/[^a-z'’-]+/).filter((w) => w.length >= 3);
  return nameWords.some((n) => purposeWords.some((p) => p.startsWith(stemOf(n))));
}
