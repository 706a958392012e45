/** Right or wrong, said with an icon and a word as well as a color. */
export function Verdict({ correct, className = "" }: { correct: boolean; className?: string }) {
  return correct ? (
    <span className={`inline-flex items-center gap-1 font-semibold text-right-600 dark:text-green-300 ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
        <path d="M7.6 13.2 4.4 10l-1.4 1.4 4.6 4.6 9.4-9.4L15.6 5.2z" />
      </svg>
      Correct
    </span>
  ) : (
    <span className={`inline-flex items-center gap-1 font-semibold text-wrong-600 dark:text-red-300 ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor">
        <path d="M5.4 4 4 5.4 8.6 10 4 14.6 5.4 16l4.6-4.6 4.6 4.6 1.4-1.4-4.6-4.6L16 5.4 14.6 4 10 8.6z" />
      </svg>
      Not quite
    </span>
  );
}
