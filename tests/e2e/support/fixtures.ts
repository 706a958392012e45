import { expect, type Page } from "@playwright/test";
import { DEMO_STUDENT_PASSWORD, DEMO_TEACHER } from "../../../lib/demo/demo-data";

export async function signIn(page: Page, identifier: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Username or email").fill(identifier);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAsStudent(page: Page, username: string) {
  await signIn(page, username, DEMO_STUDENT_PASSWORD);
  await expect(page.getByRole("heading", { name: "My quizzes" })).toBeVisible();
}

export async function signInAsTeacher(page: Page) {
  await signIn(page, DEMO_TEACHER.username, DEMO_TEACHER.password);
  await expect(page.getByRole("heading", { name: "Your quizzes" })).toBeVisible();
}
