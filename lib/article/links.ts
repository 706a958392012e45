/** Where "read it in the article" goes: the student's article page, scrolled to the sentence. */
export function articleLink(articleId: string, sentenceStart: number): string {
  return `/student/articles/${articleId}?s=${sentenceStart}#s-${sentenceStart}`;
}
