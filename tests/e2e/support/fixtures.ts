import { expect, type Browser, type Page } from "@playwright/test";
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

/**
 * Answer the question on screen from the keyboard: option `option` for choice
 * questions, a typed word for fill-in-the-blank, the order as shown for
 * ordering, the first free partner for matching. Then Enter locks it in.
 */
export async function answerCurrent(page: Page, option = "1", typed = "answer") {
  const instruction = (await page.getByText(/^Question \d+ of \d+ · /).textContent()) ?? "";
  if (/Type the words/.test(instruction)) {
    const input = page.getByLabel("Your answer");
    await input.focus();
    await page.keyboard.type(typed);
  } else if (/Match each item/.test(instruction)) {
    const selects = page.getByRole("combobox");
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: i + 1 });
    await page.getByRole("heading", { level: 1 }).focus();
  } else if (!/Put these in order/.test(instruction)) {
    await page.keyboard.press(option);
    await expect(page.getByRole("radio").nth(Number(option) - 1)).toBeChecked();
  }
  await page.keyboard.press("Enter");
}

/** Answer every open question by keyboard; returns how many questions there are. */
export async function answerRemaining(page: Page, option = "1"): Promise<number> {
  const total = await questionTotal(page);
  const answered = () => page.getByText(new RegExp(`^\\d+ of ${total} answered$`));
  let done = Number(/^(\d+)/.exec((await answered().textContent()) ?? "0")![1]);
  while (done < total) {
    await expect(page.getByRole("button", { name: "Lock in answer" })).toBeVisible();
    await answerCurrent(page, option);
    done++;
    await expect(page.getByText(`${done} of ${total} answered`)).toBeVisible();
  }
  return total;
}

/** The demo class's current join code, read by the demo teacher (other tests may change it). */
export async function demoClassCode(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsTeacher(page);
  await page.goto("/teacher/classes");
  await page.getByRole("link", { name: "History 8B" }).click();
  const code = (await page.getByTestId("join-code").innerText()).trim();
  await context.close();
  return code;
}

/** A new student in the demo class, signed in, on their quizzes page. */
export async function newDemoStudent(browser: Browser, name: string, options: { viewport?: { width: number; height: number } } = {}) {
  const code = await demoClassCode(browser);
  const context = await browser.newContext({ viewport: options.viewport });
  const page = await context.newPage();
  await page.goto("/join");
  await page.getByLabel("Class code").fill(code);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Choose a password").fill("student password");
  await page.getByRole("button", { name: "Join the class" }).click();
  await page.getByRole("button", { name: "Go to my quizzes" }).click();
  await expect(page.getByRole("heading", { name: "My quizzes" })).toBeVisible();
  return { context, page };
}
