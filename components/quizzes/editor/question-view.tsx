import type { EditorQuestion } from "@/lib/quizzes/editor-data";
import { draftFromQuestion } from "@/lib/quizzes/question-draft";

/** A question's answers as the teacher reads them: the right one marked in words, not colour alone. */
export function QuestionAnswers({ question }: { question: EditorQuestion }) {
  const draft = draftFromQuestion(question);
  switch (draft.type) {
    case "MULTIPLE_CHOICE":
    case "TRUE_FALSE": {
      const options = draft.type === "TRUE_FALSE" ? [{ text: "True", right: draft.answer }, { text: "False", right: !draft.answer }] : draft.options;
      return (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm">
          {options.map((o) => (
            <li key={o.text} className={`rounded border px-2 py-1 ${o.right ? "border-2 border-right-600 font-semibold" : "border-zinc-300 dark:border-zinc-700"}`}>
              {o.text}
              {o.right && <span> ✓ right answer</span>}
            </li>
          ))}
        </ul>
      );
    }
    case "FILL_BLANK":
      return (
        <p className="mt-2 text-sm">
          <span className="font-semibold">Accepted answers:</span> {draft.accepted.join(" · ")}
        </p>
      );
    case "ORDERING":
      return (
        <div className="mt-2 text-sm">
          <p className="font-semibold">Right order:</p>
          <ol className="list-decimal pl-6">
            {draft.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </div>
      );
    case "MATCHING":
      return (
        <div className="mt-2 text-sm">
          <p className="font-semibold">Pairs:</p>
          <ul className="pl-2">
            {draft.pairs.map((p) => (
              <li key={p.left}>
                {p.left} → {p.right}
              </li>
            ))}
          </ul>
        </div>
      );
  }
}
