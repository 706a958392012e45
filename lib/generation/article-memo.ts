/**
 * A memo of answers about one article's text, for checks asked once per
 * candidate that would otherwise scan the whole article each time (a long
 * article's thousands of candidates made those scans grow with its square).
 * It holds one article at a time: asked about another text, it starts afresh,
 * so an answer never leaks from one article into the next.
 */
export function articleMemo<V>(): (articleText: string, key: string, compute: () => V) => V {
  return textsMemo<V>(1);
}

/**
 * articleMemo for callers that alternate between a few texts of one article (the whole text and its prose): answers
 * are kept per text for the last `texts` texts, so switching back and forth does not start afresh each time. (articleMemo
 * is this with one text.)
 */
export function textsMemo<V>(texts: number): (articleText: string, key: string, compute: () => V) => V {
  const byText = new Map<string, Map<string, V>>();
  return (articleText, key, compute) => {
    let answers = byText.get(articleText);
    if (!answers) {
      if (byText.size >= texts) byText.clear();
      answers = new Map();
      byText.set(articleText, answers);
    }
    if (answers.has(key)) return answers.get(key)!;
    const answer = compute();
    answers.set(key, answer);
    return answer;
  };
}

/**
 * A memo of answers about short texts (a sentence, a clause, an option) that recur across a process's articles, kept
 * to `limit` entries: when full it starts afresh, so a long-running server holds no more than that.
 */
export function boundedMemo<V>(limit: number): (key: string, compute: () => V) => V {
  const answers = new Map<string, V>();
  return (key, compute) => {
    if (answers.has(key)) return answers.get(key)!;
    if (answers.size > limit) answers.clear();
    const answer = compute();
    answers.set(key, answer);
    return answer;
  };
}
