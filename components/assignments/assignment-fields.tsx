"use client";

import type { ReactNode } from "react";
import { Field } from "@/components/forms/field";
import type { AssignmentSettings } from "@/lib/quiz/settings";

export interface AssignmentValues {
  /** ISO strings; shown in the browser's own time zone. */
  opensAt: string | null;
  dueAt: string | null;
  attemptsAllowed: number;
  settings: AssignmentSettings;
}

type Errors = Record<string, string[] | undefined>;

/** A moment in the browser's local time, as a datetime-local input wants it. */
function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Read the shared fields back from the form, in the shape the actions' schema parses. */
export function readAssignmentFields(form: FormData) {
  const moment = (name: string) => {
    const value = String(form.get(name) ?? "").trim();
    if (!value) return "";
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date.toISOString();
  };
  const number = (name: string, empty: number) => {
    const value = String(form.get(name) ?? "").trim();
    return value === "" ? empty : Number(value);
  };
  return {
    opensAt: moment("opensAt"),
    dueAt: moment("dueAt"),
    attemptsAllowed: number("attemptsAllowed", Number.NaN),
    countedAttempt: form.get("countedAttempt") === "LAST" ? ("LAST" as const) : ("BEST" as const),
    feedback: form.get("feedback") === "after-each" ? ("after-each" as const) : ("after-submit" as const),
    timeLimitMinutes: number("timeLimitMinutes", 0),
    lateAnswers: (["no-points", "count"].includes(String(form.get("lateAnswers"))) ? form.get("lateAnswers") : "refuse") as "refuse" | "no-points" | "count",
    articleDuringAttempt: (["allowed", "not-allowed"].includes(String(form.get("articleDuringAttempt")))
      ? form.get("articleDuringAttempt")
      : "not-when-timed") as "not-when-timed" | "allowed" | "not-allowed",
    shuffleQuestions: form.get("shuffleQuestions") === "on",
  };
}

function Choices({ legend, name, value, options, errors }: { legend: string; name: string; value: string; options: [string, ReactNode][]; errors?: string[] }) {
  return (
    <fieldset aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {options.map(([v, label]) => (
        <label key={v} className="mt-1 flex items-center gap-3">
          <input type="radio" name={name} value={v} defaultChecked={value === v} className="h-5 w-5 accent-accent-600" />
          {label}
        </label>
      ))}
      {errors?.length ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-wrong-600 dark:text-red-300">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The dates, attempts and settings of an assignment: one set of fields for assigning and editing. */
export function AssignmentFields({ idPrefix, values, errors }: { idPrefix: string; values: AssignmentValues; errors: Errors }) {
  const s = values.settings;
  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id={`${idPrefix}-opensAt`}
          label="Opens"
          name="opensAt"
          type="datetime-local"
          hint="Empty: open now."
          defaultValue={toLocalInput(values.opensAt)}
          errors={errors.opensAt}
        />
        <Field id={`${idPrefix}-dueAt`} label="Due" name="dueAt" type="datetime-local" hint="Empty: no due date." defaultValue={toLocalInput(values.dueAt)} errors={errors.dueAt} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id={`${idPrefix}-attemptsAllowed`}
          label="Attempts allowed"
          name="attemptsAllowed"
          type="number"
          min={1}
          max={10}
          inputMode="numeric"
          defaultValue={values.attemptsAllowed}
          errors={errors.attemptsAllowed}
        />
        <Field
          id={`${idPrefix}-timeLimitMinutes`}
          label="Time limit (minutes)"
          name="timeLimitMinutes"
          type="number"
          min={0}
          max={180}
          inputMode="numeric"
          hint="Empty: no limit. Students with extra time get more."
          defaultValue={s.timeLimitSeconds ? Math.round(s.timeLimitSeconds / 60) : ""}
          errors={errors.timeLimitMinutes}
        />
      </div>
      <Choices
        legend="Which attempt counts"
        name="countedAttempt"
        value={s.countedAttempt}
        errors={errors.countedAttempt}
        options={[
          ["BEST", "The best one"],
          ["LAST", "The last one"],
        ]}
      />
      <Choices
        legend="Feedback"
        name="feedback"
        value={s.feedback}
        errors={errors.feedback}
        options={[
          ["after-submit", "After the quiz is handed in"],
          ["after-each", "After each answer (right or wrong, and the source sentence)"],
        ]}
      />
      <Choices
        legend="Answers after the time is up"
        name="lateAnswers"
        value={s.lateAnswers}
        errors={errors.lateAnswers}
        options={[
          ["refuse", "Refuse them: the quiz is handed in when time is up"],
          ["no-points", "Record them, but they earn no points"],
          ["count", "Count them, marked late"],
        ]}
      />
      <Choices
        legend="The article during the quiz"
        name="articleDuringAttempt"
        value={s.articleDuringAttempt}
        errors={errors.articleDuringAttempt}
        options={[
          ["not-when-timed", "Closed while a timed quiz runs, open otherwise"],
          ["allowed", "Open"],
          ["not-allowed", "Closed until the quiz is handed in"],
        ]}
      />
      <label className="flex items-start gap-3">
        <input type="checkbox" name="shuffleQuestions" defaultChecked={s.shuffleQuestions} className="mt-1 h-5 w-5 accent-accent-600" />
        <span>
          <span className="font-semibold">Shuffle questions</span>
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">Each student gets their own order, kept if they reload.</span>
        </span>
      </label>
    </div>
  );
}
