import { expect, test, type Locator, type Page } from "@playwright/test";
import { storedQuestions, type StoredQuestion } from "./support/e2e-db";
import { answerCurrent, answerRemaining, newDemoStudent, questionTotal, signInAsTeacher } from "./support/fixtures";
import { EXTRA_QUIZ_TITLE } from "./support/extra-quizzes";

const QUIZ = "Soviet Union and Japan Sign Joint Declaration";

async function startDemoQuiz(page: Page) {
  await page.getByRole("listitem").filter({ hasText: QUIZ }).getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/play\/[^/]+$/);
}

async function lockIn(page: Page, option: string) {
  await answerCurrent(page, option);
}

test("half a quiz, a reload, a lost connection and back: every answer arrives once", async ({ browser }) => {
  const name = `Offline Olu ${Date.now().toString(36)}`;
  const { context, page } = await newDemoStudent(browser, name);
  await startDemoQuiz(page);
  const total = await questionTotal(page);
  const half = Math.floor(total / 2);
  for (let i = 1; i <= half; i++) {
    await lockIn(page, "1");
    await expect(page.getByText(`${i} of ${total} answered`)).toBeVisible();
  }
  await page.reload();
  await expect(page.getByText(`Question ${half + 1} of ${total}`)).toBeVisible();
  await expect(page.getByText(`${half} of ${total} answered`)).toBeVisible();

  // The network drops: the next two answers wait on the device, and the student carries on.
  await context.setOffline(true);
  await lockIn(page, "2");
  await expect(page.getByText(/No connection\. 1 answer is kept on this device/)).toBeVisible();
  await expect(page.getByText(`Question ${half + 2} of ${total}`)).toBeVisible();
  await lockIn(page, "2");
  await expect(page.getByText(/2 answers are kept on this device/)).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText(/kept on this device/)).toBeHidden({ timeout: 15_000 });
  await answerRemaining(page, "1");
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByText("Not answered")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Question \d+$/ })).toHaveCount(total);
  const score = (await page.getByTestId("score").innerText()).replace(/\s+/g, " ");

  // The teacher sees one submitted attempt with the same score.
  const teacher = await browser.newContext();
  const t = await teacher.newPage();
  await signInAsTeacher(t);
  await t.getByRole("link", { name: `Results for ${QUIZ}` }).click();
  const row = t.getByRole("row").filter({ hasText: name });
  await expect(row.getByRole("cell").nth(0)).toHaveText("Submitted");
  await expect(row.getByRole("cell").nth(1)).toContainText(score);
  await Promise.all([context.close(), teacher.close()]);
});

test("practise what I missed, then see it on the progress page", async ({ browser }) => {
  const { context, page } = await newDemoStudent(browser, `Practice Pat ${Date.now().toString(36)}`);
  await startDemoQuiz(page);
  const total = await answerRemaining(page, "2");
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  const practise = page.getByRole("button", { name: /^Practise what I missed \((\d+)\)$/ });
  await expect(practise).toBeVisible();
  const missed = Number(/\((\d+)\)/.exec(await practise.innerText())![1]);
  expect(missed).toBeGreaterThan(0);
  expect(missed).toBeLessThanOrEqual(total);
  await practise.click();
  await expect(page.getByText("Practice:")).toBeVisible();
  expect(await questionTotal(page)).toBe(missed);
  await answerRemaining(page, "1");
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page.getByRole("heading", { name: /^Practice result:/ })).toBeVisible();

  await page.getByRole("link", { name: "See my progress" }).click();
  await expect(page.getByRole("heading", { name: "My progress" })).toBeVisible();
  await expect(page.getByTestId("streak")).toHaveText("1 day");
  await expect(page.getByText(`Personal bests`)).toBeVisible();
  await expect(page.getByTestId("article-mastery")).toHaveText(/\d+ of \d+ facts mastered/);
  await expect(page.getByText(/Needs practice|Learning|Mastered/).first()).toBeVisible();
  // The assignment itself still shows the first score, not the practice.
  await page.goto("/student");
  await expect(page.getByRole("listitem").filter({ hasText: QUIZ }).getByText("Done")).toBeVisible();
  await context.close();
});

/** Edit the demo quiz's assignment to History 8B from the quiz page. */
async function editDemoAssignment(t: Page, change: (form: Locator) => Promise<void>) {
  await t.getByRole("button", { name: "Edit the assignment for History 8B" }).click();
  const form = t.getByRole("form", { name: "Edit the assignment for History 8B" });
  await change(form);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(t.getByText(/^Saved\./)).toBeVisible();
}

test("with feedback on, each locked answer shows right or wrong and its sentence in the article; a timer shows", async ({ browser }) => {
  const teacher = await browser.newContext();
  const t = await teacher.newPage();
  await signInAsTeacher(t);
  await t.getByRole("link", { name: QUIZ, exact: true }).click();
  await editDemoAssignment(t, async (form) => {
    await form.getByLabel(/^After each answer/).check();
    await form.getByLabel("Time limit (minutes)").fill("20");
    // A timed quiz closes the article by default; this test reads it during the quiz.
    await form.getByLabel("Open", { exact: true }).check();
  });

  try {
    const { context, page } = await newDemoStudent(browser, `Feedback Fay ${Date.now().toString(36)}`, { viewport: { width: 360, height: 740 } });
    await startDemoQuiz(page);
    await expect(page.getByText(/Time left: (19|20):\d\d/)).toBeVisible();
    // A phone's width: nothing spills sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await lockIn(page, "1");
    await expect(page.getByText(/^(Correct|Not quite)$/)).toBeVisible();
    const [article] = await Promise.all([context.waitForEvent("page"), page.getByRole("link", { name: /Read it in the article/ }).click()]);
    await expect(article.locator("span.bg-yellow-200")).toHaveCount(1);
    await expect(article.getByRole("heading", { name: QUIZ })).toBeVisible();
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByText(/^Question 2 of/)).toBeVisible();
    await context.close();
  } finally {
    // Put the demo assignment back as it was for the other tests.
    await editDemoAssignment(t, async (form) => {
      await form.getByLabel("After the quiz is handed in").check();
      await form.getByLabel("Time limit (minutes)").fill("");
      await form.getByLabel("Closed while a timed quiz runs, open otherwise").check();
    });
    await teacher.close();
  }
});

test("ordering and matching questions are played by keyboard and graded on the server: a right order is right, wrong pairs are wrong", async ({ browser }) => {
  const keys = new Map(storedQuestions(EXTRA_QUIZ_TITLE).map((q) => [q.type, q]));
  const ordering = keys.get("ORDERING")!;
  const matching = keys.get("MATCHING")!;
  const textOf = (q: StoredQuestion, id: string) => q.options.find((o) => o.id === id)!.text;
  const { context, page } = await newDemoStudent(browser, `Timeline Tia ${Date.now().toString(36)}`);
  await page.getByRole("listitem").filter({ hasText: "Timeline practice" }).getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/play\/[^/]+$/);
  for (let i = 0; i < 2; i++) {
    const instruction = (await page.getByText(/^Question \d+ of 2 · /).textContent()) ?? "";
    let expected: "Correct" | "Not quite";
    if (/Put these in order/.test(instruction)) {
      // Put the events in the key's order with the keyboard: each one's "up" button until it sits in place.
      const items = page.getByRole("list", { name: "Events, earliest first" }).getByRole("listitem");
      const wanted = ordering.answerKey.kind === "order" ? ordering.answerKey.itemIds.map((id) => textOf(ordering, id)) : [];
      for (const [target, text] of wanted.entries()) {
        const shown = await items.allInnerTexts();
        const at = shown.findIndex((t) => t.includes(text));
        const up = page.getByRole("button", { name: `Move “${text}” up` });
        for (let k = at; k > target; k--) {
          await up.focus();
          await page.keyboard.press("Enter");
        }
      }
      for (const [k, text] of wanted.entries()) await expect(items.nth(k)).toContainText(text);
      expected = "Correct";
    } else {
      expect(instruction).toMatch(/Match each item/);
      // Give every event the date of the next one: every pair wrong.
      const pairs = matching.answerKey.kind === "match" ? matching.answerKey.pairs : {};
      const left = Object.keys(pairs);
      for (const [k, l] of left.entries()) {
        const wrong = pairs[left[(k + 1) % left.length]!]!;
        const select = page.getByLabel(textOf(matching, l), { exact: true });
        const values = await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        await select.focus();
        for (let n = 0; n < values.indexOf(wrong); n++) await page.keyboard.press("ArrowDown");
        await expect(select).toHaveValue(wrong);
      }
      expected = "Not quite";
    }
    await page.getByRole("button", { name: "Lock in answer" }).click();
    await expect(page.getByText(/^(Correct|Not quite)$/)).toHaveText(expected);
    await page.getByRole("button", { name: /Next question|Finish/ }).click();
  }
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByRole("heading", { name: /^Question \d+$/ })).toHaveCount(2);
  await expect(page.getByText("Not answered")).toHaveCount(0);
  await expect(page.getByTestId("score")).toHaveText(/^1 \/ 2$/);
  await context.close();
});
