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

/** The quiz length, as the player states it on the current question ("Question 3 of 9"). */
export async function questionTotal(page: Page): Promise<number> {
  const label = page.getByText(/^Question \d+ of \d+/);
  await expect(label).toBeVisible();
  return Number(/of (\d+)/.exec((await label.textContent()) ?? "")![1]);
}

/** Answer every open question by keyboard with the given option number; returns how many. */
export async function answerRemaining(page: Page, option = "1"): Promise<number> {
  const total = await questionTotal(page);
  const answered = () => page.getByText(new RegExp(`^\\d+ of ${total} answered$`));
  let done = Number(/^(\d+)/.exec((await answered().textContent()) ?? "0")![1]);
  while (done < total) {
    await expect(page.getByRole("button", { name: "Lock in answer" })).toBeVisible();
    await page.keyboard.press(option);
    await page.keyboard.press("Enter");
    done++;
    await expect(page.getByText(`${done} of ${total} answered`)).toBeVisible();
  }
  return total;
}
