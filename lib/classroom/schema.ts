import { z } from "zod";
import { DisplayName } from "../users/schema";

const Id = z.string().min(1).max(64);
export const MAX_CLASS_NAME = 80;
export const MAX_ROSTER = 200;

export const ClassName = z
  .string()
  .trim()
  .min(1, "Enter a class name.")
  .max(MAX_CLASS_NAME, `Keep the class name to ${MAX_CLASS_NAME} characters.`);

export const CreateClassSchema = z.object({ name: ClassName });
export const RenameClassSchema = z.object({ classId: Id, name: ClassName });
export const ClassIdSchema = z.object({ classId: Id });
export const StudentInClassSchema = z.object({ classId: Id, studentId: Id });

/** One name per line; blank lines ignored, each line checked like a display name. */
export const AddStudentsSchema = z.object({
  classId: Id,
  names: z
    .string()
    .max(20_000, "That list is too long.")
    .transform((text) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
    .pipe(
      z
        .array(DisplayName)
        .min(1, "Paste at least one name, one per line.")
        .max(MAX_ROSTER, `Add at most ${MAX_ROSTER} students at a time.`),
    ),
});

export const EXTRA_TIME_CHOICES = [0, 25, 50, 100] as const;
export const SetExtraTimeSchema = z.object({
  classId: Id,
  studentId: Id,
  percent: z.number().refine((n) => (EXTRA_TIME_CHOICES as readonly number[]).includes(n), "Choose none, 25%, 50% or 100% extra time."),
  /** No clock at all (overrides the percent). */
  untimed: z.boolean().default(false),
});
