import { formatDateTime } from "@/lib/format";
import type { QuizAssignment } from "@/lib/assignments/data";
import type { AssignmentSettings } from "@/lib/quiz/settings";
import { AssignForm } from "./assign-form";
import { AssignmentItem } from "./assignment-item";

/** A short line a teacher can scan: window, attempts, timing, feedback. */
function summarize(a: QuizAssignment): string {
  const s = a.settings;
  const parts = [
    a.opensAt ? `opens ${formatDateTime(a.opensAt)}` : "open now",
    a.dueAt ? `due ${formatDateTime(a.dueAt)}` : "no due date",
    `${a.attemptsAllowed} attempt${a.attemptsAllowed === 1 ? "" : "s"} (${s.countedAttempt === "BEST" ? "best counts" : "last counts"})`,
    s.timeLimitSeconds ? `${Math.round(s.timeLimitSeconds / 60)} min limit` : "untimed",
    s.feedback === "after-each" ? "feedback after each answer" : "feedback after handing in",
  ];
  if (s.lateAnswers !== "refuse") parts.push(s.lateAnswers === "count" ? "late answers count" : "late answers earn nothing");
  return parts.join(" · ");
}

/** The quiz's assignments and the form to assign it again: the settings live here, per class. */
export function AssignmentsPanel({
  quizId,
  published,
  assignments,
  classes,
  defaults,
}: {
  quizId: string;
  published: boolean;
  assignments: QuizAssignment[];
  classes: { id: string; name: string }[];
  defaults: AssignmentSettings;
}) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading" className="mb-3 text-xl font-semibold">
          Assigned to
        </h2>
        {!published && <p className="mb-3 text-sm">Students see this quiz once it is published.</p>}
        {assignments.length === 0 ? (
          <p>Not assigned to any class yet.</p>
        ) : (
          <ul className="space-y-3">
            {assignments.map((a) => (
              <AssignmentItem
                key={a.id}
                assignmentId={a.id}
                className={a.classroom.archivedAt ? `${a.classroom.name} (archived)` : a.classroom.name}
                summary={summarize(a)}
                attemptCount={a.attemptCount}
                values={{ opensAt: a.opensAt?.toISOString() ?? null, dueAt: a.dueAt?.toISOString() ?? null, attemptsAllowed: a.attemptsAllowed, settings: a.settings }}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="assign-heading">
        <h2 id="assign-heading" className="mb-3 text-xl font-semibold">
          Assign to a class
        </h2>
        <AssignForm quizId={quizId} classes={classes} defaults={{ opensAt: null, dueAt: null, attemptsAllowed: 1, settings: defaults }} />
      </section>
    </div>
  );
}
