"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/forms/field";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { addStudents, removeStudent, resetStudentPassword, setStudentExtraTime } from "@/lib/classroom/actions";
import type { LoginCard } from "@/lib/users/mutations";
import { LoginCards } from "./login-cards";

interface Student {
  id: string;
  displayName: string;
  username: string;
  extraTimePercent: number;
  untimed: boolean;
}

/** The class list: add students from pasted names, reset a password, remove a student. */
export function Roster({ classId, className, students, archived }: { classId: string; className: string; students: Student[]; archived: boolean }) {
  const router = useRouter();
  const [cards, setCards] = useState<LoginCard[] | null>(null);
  const [names, setNames] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const add = useAction(addStudents);
  const reset = useAction(resetStudentPassword);
  const remove = useAction(removeStudent);
  const extra = useAction(setStudentExtraTime);

  if (cards) {
    return (
      <LoginCards
        className={className}
        cards={cards}
        onDone={() => {
          setCards(null);
          router.refresh();
        }}
      />
    );
  }

  const nameCount = names.split(/\r?\n/).filter((l) => l.trim()).length;
  return (
    <div className="space-y-8">
      {!archived && (
        <form
          className="space-y-3"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            const result = await add.run({ classId, names });
            if (result) {
              setNames("");
              setCards(result.cards);
            }
          }}
        >
          <label htmlFor="names" className="block text-lg font-semibold">
            Add students
          </label>
          <p id="names-hint" className="text-sm text-zinc-600 dark:text-zinc-400">
            Paste one name per line. Each student gets a username and a first password on a printable card; no email needed.
          </p>
          <textarea
            id="names"
            name="names"
            rows={6}
            value={names}
            onChange={(e) => setNames(e.target.value)}
            aria-describedby="names-hint"
            aria-invalid={add.fieldErrors.names ? true : undefined}
            className="w-full rounded-lg border border-zinc-400 bg-white p-3 text-base dark:border-zinc-600 dark:bg-zinc-950"
            placeholder={"Ana Lopez\nBen Okafor\nChloe Park"}
          />
          <FormMessage error={add.error} />
          <Button type="submit" disabled={add.pending || nameCount === 0}>
            {add.pending ? "Creating accounts…" : nameCount > 0 ? `Create ${nameCount} account${nameCount === 1 ? "" : "s"}` : "Create accounts"}
          </Button>
        </form>
      )}

      <div>
        <h2 className="mb-3 text-lg font-semibold">
          Students <span className="font-normal text-zinc-600 dark:text-zinc-400">({students.length})</span>
        </h2>
        <FormMessage error={reset.error ?? remove.error ?? extra.error} success={notice} />
        {students.length === 0 ? (
          <p className="text-zinc-700 dark:text-zinc-300">No students yet. Add names above, or share the class code so students can join.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">Students in {className}</caption>
              <thead>
                <tr className="border-b border-zinc-300 dark:border-zinc-700">
                  <th scope="col" className="py-2 pr-4">Name</th>
                  <th scope="col" className="py-2 pr-4">Username</th>
                  <th scope="col" className="py-2 pr-4">Extra time</th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={s.id} className="border-b border-zinc-200 last:border-0 dark:border-zinc-800">
                    <th scope="row" className="py-2 pr-4 font-medium">{s.displayName}</th>
                    <td className="py-2 pr-4 font-mono">{s.username}</td>
                    <td className="py-2 pr-4">
                      <label className="sr-only" htmlFor={`extra-${s.id}`}>
                        Extra time for {s.displayName}
                      </label>
                      <select
                        id={`extra-${s.id}`}
                        defaultValue={s.untimed ? "untimed" : s.extraTimePercent}
                        disabled={extra.pending}
                        onChange={async (e) => {
                          const untimed = e.target.value === "untimed";
                          const percent = untimed ? 0 : Number(e.target.value);
                          if (await extra.run({ classId, studentId: s.id, percent, untimed })) {
                            setNotice(
                              untimed
                                ? `${s.displayName} now has no clock on timed quizzes and live games.`
                                : percent
                                  ? `${s.displayName} now gets ${percent}% extra time on timed quizzes and live games.`
                                  : `${s.displayName} has no extra time.`,
                            );
                          }
                        }}
                        className="min-h-11 rounded-lg border border-zinc-400 bg-white px-2 dark:border-zinc-600 dark:bg-zinc-950"
                      >
                        <option value={0}>None</option>
                        <option value={25}>+25%</option>
                        <option value={50}>+50%</option>
                        <option value={100}>+100%</option>
                        <option value="untimed">Untimed</option>
                      </select>
                    </td>
                    <td className="flex flex-wrap justify-end gap-2 py-2">
                      <ConfirmButton
                        className="min-h-11 px-3 text-sm"
                        disabled={reset.pending}
                        confirm={`Give ${s.displayName} a new password? The old one stops working at once.`}
                        onConfirmed={async () => {
                          const result = await reset.run({ classId, studentId: s.id });
                          if (result) setCards([result.card]);
                        }}
                      >
                        Reset password<span className="sr-only"> for {s.displayName}</span>
                      </ConfirmButton>
                      <ConfirmButton
                        className="min-h-11 px-3 text-sm"
                        disabled={remove.pending}
                        confirm={`Remove ${s.displayName} from ${className}? Their account and past results stay.`}
                        onConfirmed={async () => {
                          if (await remove.run({ classId, studentId: s.id })) {
                            setNotice(`${s.displayName} was removed from ${className}.`);
                            router.refresh();
                          }
                        }}
                      >
                        Remove<span className="sr-only"> {s.displayName}</span>
                      </ConfirmButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
