import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../auth/password";
import { cleanDisplayName, MAX_DISPLAY_NAME } from "./usernames";

export const MAX_PASSWORD_LENGTH = 200;

export const DisplayName = z
  .string()
  .transform(cleanDisplayName)
  .pipe(
    z
      .string()
      .min(1, "Enter a name.")
      .max(MAX_DISPLAY_NAME, `Keep the name to ${MAX_DISPLAY_NAME} characters.`),
  );

export const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Keep the password under ${MAX_PASSWORD_LENGTH} characters.`);

export const TeacherSignUpSchema = z.object({
  name: DisplayName,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "That email address is too long.")
    .pipe(z.email("Enter an email address like name@school.org.")),
  password: NewPassword,
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(MAX_PASSWORD_LENGTH),
    newPassword: NewPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "The two new passwords differ.", path: ["confirmPassword"] });

export const JoinCode = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, "").toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{4,12}$/, "A class code is 6 letters and digits, like HX7K4M."));

/** A new student joining with a class code. */
export const JoinAsNewStudentSchema = z.object({ code: JoinCode, name: DisplayName, password: NewPassword });
/** A signed-in student adding another class. */
export const JoinAnotherClassSchema = z.object({ code: JoinCode });
