import type { QuizWorksheet } from "@/lib/quizzes/data";
import type { AnswerKey, Option } from "@/lib/quiz/types";

type Question = QuizWorksheet["questions"][number];

const letter = (i: number) => String.fromCharCode(65 + i);

function leftOf(q: Question): Option[] {
  return q.options.filter((o) => o.side === "left");
}
function rightOf(q: Question): Option[] {
  return q.options.filter((o) => o.side === "right");
}

const INSTRUCTION: Record<Question["type"], string> = {
  MULTIPLE_CHOICE: "Circle the letter of one answer.",
  TRUE_FALSE: "Circle True or False.",
  FILL_BLANK: "Write the missing word or words.",
  ORDERING: "Number these from 1 (first) to last.",
  MATCHING: "Write the letter of its match beside each number.",
};

function QuestionOnPaper({ question }: { question: Question }) {
  const q = question;
  return (
    <li className="break-inside-avoid pl-1">
      <p className="font-semibold">{q.prompt}</p>
      <p className="text-sm italic text-zinc-600 print:text-zinc-700">{INSTRUCTION[q.type]}</p>
      {(q.type === "MULTIPLE_CHOICE" || q.type === "TRUE_FALSE") && (
        <ul className="mt-1 grid gap-1 sm:grid-cols-2">
          {q.options.map((o, i) => (
            <li key={o.id}>
              <span className="mr-2 inline-flex size-6 items-center justify-center rounded-full border border-zinc-500 text-sm font-semibold">{letter(i)}</span>
              {o.text}
            </li>
          ))}
        </ul>
      )}
      {q.type === "FILL_BLANK" && <p className="mt-3 border-b border-zinc-500 pb-1 text-sm text-zinc-500">Answer:</p>}
      {q.type === "ORDERING" && (
        <ul className="mt-1 space-y-1">
          {q.options.map((o) => (
            <li key={o.id}>
              <span className="mr-2 inline-block h-6 w-8 border border-zinc-500 align-middle" aria-hidden="true" />
              <span className="sr-only">Blank box: </span>
              {o.text}
            </li>
          ))}
        </ul>
      )}
      {q.type === "MATCHING" && (
        <div className="mt-1 grid grid-cols-2 gap-4">
          <ol className="space-y-1">
            {leftOf(q).map((o, i) => (
              <li key={o.id}>
                {i + 1}. {o.text} <span className="ml-1 inline-block h-6 w-8 border border-zinc-500 align-middle" aria-hidden="true" />
              </li>
            ))}
          </ol>
          <ul className="space-y-1">
            {rightOf(q).map((o, i) => (
              <li key={o.id}>
                <span className="font-semibold">{letter(i)}.</span> {o.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** The key in the letters and numbers the worksheet printed. */
function describeKey(q: Question, key: AnswerKey): string {
  const index = (id: string) => q.options.findIndex((o) => o.id === id);
  switch (key.kind) {
    case "choice":
      return `${letter(index(key.optionId))}. ${q.options[index(key.optionId)]?.text ?? ""}`;
    case "text":
      return key.accepted.join(" / ");
    case "order":
      return key.itemIds.map((id, i) => `${i + 1}. ${q.options.find((o) => o.id === id)?.text ?? ""}`).join("   ");
    case "match": {
      const left = leftOf(q);
      const right = rightOf(q);
      return left.map((l, i) => `${i + 1} – ${letter(right.findIndex((r) => r.id === key.pairs[l.id]))}`).join(", ");
    }
  }
}

/** A quiz on paper: the questions, then on a page of its own the answer key with each source sentence. */
export function Worksheet({ quiz }: { quiz: QuizWorksheet }) {
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-6 text-zinc-900 print:border-0 print:p-0">
      <section aria-labelledby="worksheet-title">
        <h2 id="worksheet-title" className="text-2xl font-bold">
          {quiz.title}
        </h2>
        <p className="text-sm">From the article “{quiz.article.title}”</p>
        <p className="mt-4 flex flex-wrap gap-x-8 gap-y-2">
          <span>Name: ______________________</span>
          <span>Class: __________</span>
          <span>Date: __________</span>
        </p>
        <ol className="mt-6 list-decimal space-y-5 pl-6">
          {quiz.questions.map((q) => (
            <QuestionOnPaper key={q.id} question={q} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="answer-key" className="mt-10 border-t-2 border-dashed border-zinc-400 pt-6 print:mt-0 print:break-before-page print:border-0 print:pt-0" data-testid="answer-key">
        <h2 id="answer-key" className="text-2xl font-bold">
          Answer key: {quiz.title}
        </h2>
        <p className="text-sm">For the teacher. Each answer comes with the sentence of the article it was made from.</p>
        <ol className="mt-4 list-decimal space-y-3 pl-6">
          {quiz.questions.map((q) => (
            <li key={q.id} className="break-inside-avoid">
              <p>
                <span className="font-semibold">Answer: </span>
                {describeKey(q, q.answerKey)}
              </p>
              <p className="text-sm text-zinc-700">Source: “{q.explanation}”</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
