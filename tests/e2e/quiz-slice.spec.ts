import { expect, test, type Page } from "@playwright/test";
import { DEMO_STUDENTS } from "../../lib/demo/demo-data";
import { answerCurrent, newDemoStudent, signIn, signInAsStudent, signInAsTeacher } from "./support/fixtures";

const QUIZ_TITLE = "Soviet Union and Japan Sign Joint Declaration";

/** The quiz length, as the player states it on the first question. */
async function questionCount(page: Page): Promise<number> {
  const label = page.getByText(/^Question 1 of \d+/);
  await expect(label).toBeVisible();
  return Number(/of (\d+)/.exec((await label.textContent()) ?? "")![1]);
}

test("a wrong password gets a clear message that does not say whether the account exists", async ({ page }) => {
  await signIn(page, "ana", "not-her-password");
  await expect(page.getByText("That username or password is not right.")).toBeVisible();
  await signIn(page, "nobody-by-this-name", "whatever-password");
  await expect(page.getByText("That username or password is not right.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a student plays the demo quiz by keyboard, the key stays on the server, and the teacher sees the score", async ({ page, browser }) => {
  const student = DEMO_STUDENTS[0]!;
  // Every page and data response the server sends the student's browser while
  // playing (scripts are code, not data: they name fields but carry no values).
  const bodies: string[] = [];
  page.on("response", async (res) => {
    if (["document", "fetch", "xhr"].includes(res.request().resourceType())) {
      bodies.push(await res.text().catch(() => ""));
    }
  });

  await signInAsStudent(page, student.username);
  const card = page.getByRole("listitem").filter({ hasText: QUIZ_TITLE });
  await expect(card.getByText("To do")).toBeVisible();
  await card.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/play\/[^/]+$/);
  const total = await questionCount(page);
  expect(total).toBeGreaterThanOrEqual(6);

  for (let i = 1; i <= total; i++) {
    await expect(page.getByText(new RegExp(`^Question ${i} of ${total}`))).toBeVisible();
    await answerCurrent(page, "1");
    await expect(page.getByText(`${i} of ${total} answered`)).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: `All ${total} questions answered` })).toBeVisible();

  // Before submitting, no key or verdict has reached the browser.
  const beforeSubmit = bodies.join("\n");
  expect(bodies.length).toBeGreaterThan(total);
  expect(beforeSubmit).not.toContain("answerKey");
  expect(beforeSubmit).not.toContain("correctOptionId");
  expect(beforeSubmit).not.toMatch(/"key":\{"kind"/);
  expect(beforeSubmit).not.toContain("\"accepted\"");

  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  const scoreText = (await page.locator("p.text-3xl").innerText()).replace(/\s+/g, " ").trim();
  expect(scoreText).toMatch(new RegExp(`^\\d+ / ${total}$`));
  await expect(page.getByRole("heading", { name: /^Question \d+$/ })).toHaveCount(total);
  await expect(page.getByText("Right answer").first()).toBeVisible();
  await expect(page.getByText(/From the article/).first()).toBeVisible();

  // The student's home now shows the quiz as done with that score.
  await page.goto("/student");
  await expect(page.getByRole("listitem").filter({ hasText: QUIZ_TITLE }).getByText("Done")).toBeVisible();

  // The teacher sees the same score and a submission time.
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signInAsTeacher(teacher);
  await teacher.getByRole("link", { name: `Results for ${QUIZ_TITLE}` }).click();
  const row = teacher.getByRole("row").filter({ hasText: student.displayName });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Submitted");
  await expect(row.getByRole("cell").nth(1)).toContainText(scoreText);
  await expect(row.getByRole("cell").nth(2)).toHaveText(/\d{4}, \d{2}:\d{2}/);
  const other = teacher.getByRole("row").filter({ hasText: DEMO_STUDENTS[1]!.displayName });
  await expect(other.getByRole("cell").nth(0)).toHaveText("Not started");
  await teacherContext.close();
});

test("a student reloading mid-quiz resumes at the same question with earlier answers kept", async ({ page }) => {
  await signInAsStudent(page, DEMO_STUDENTS[1]!.username);
  await page.getByRole("listitem").filter({ hasText: QUIZ_TITLE }).getByRole("button", { name: "Start quiz" }).click();
  const total = await questionCount(page);
  const firstPrompt = await page.getByRole("heading", { level: 1 }).innerText();
  await answerCurrent(page, "2");
  await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Question 2 of ${total}`)).toBeVisible();
  await expect(page.getByText(`1 of ${total} answered`)).toBeVisible();
  expect(await page.getByRole("heading", { level: 1 }).innerText()).not.toBe(firstPrompt);
  await page.goto("/student");
  await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
});

test("a student asking for a teacher page or a classmate's real attempt sees not found", async ({ page, browser }) => {
  // A classmate in the same class starts the same quiz: their attempt id is real.
  const classmate = await newDemoStudent(browser, `Classmate Cai ${Date.now().toString(36)}`);
  await classmate.page.getByRole("listitem").filter({ hasText: QUIZ_TITLE }).getByRole("button", { name: "Start quiz" }).click();
  await expect(classmate.page).toHaveURL(/\/play\/[^/]+$/);
  const attemptId = classmate.page.url().split("/").pop()!;
  await expect(classmate.page.getByText(/^Question 1 of/)).toBeVisible();

  await signInAsStudent(page, DEMO_STUDENTS[2]!.username);
  await page.goto("/teacher");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  for (const url of [`/play/${attemptId}`, `/play/${attemptId}/result`]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  // The classmate still sees their own attempt.
  await classmate.page.reload();
  await expect(classmate.page.getByText(/^Question 1 of/)).toBeVisible();
  await classmate.context.close();
});

test("signed-out visitors are sent to sign in, and come back after", async ({ page }) => {
  await page.goto("/student");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fstudent/);
  await page.getByLabel("Username or email").fill(DEMO_STUDENTS[2]!.username);
  await page.getByLabel("Password").fill("factbound-student");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/student$/);
});
