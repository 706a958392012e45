import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { RESULTS_QUIZ_TITLE } from "./support/results-world";
import { signInAsTeacher } from "./support/fixtures";

test("a teacher fixes a flagged key, previews and applies the regrade, then downloads the results as CSV", async ({ page }) => {
  await signInAsTeacher(page);
  await page.getByRole("link", { name: `Results for ${RESULTS_QUIZ_TITLE}` }).click();
  await expect(page.getByRole("heading", { name: `Results: ${RESULTS_QUIZ_TITLE}` })).toBeVisible();
  const formulaRow = page.getByRole("row").filter({ hasText: "=SUM(A1)" });
  await expect(formulaRow.getByRole("cell").nth(1)).toContainText("3 / 4");

  // Every student chose the same distractor on question 1: it is flagged.
  await page.getByRole("link", { name: "Question analysis" }).click();
  const item = page.getByTestId("item-1");
  await expect(item.getByText("⚑ Flagged")).toBeVisible();
  await expect(item.getByText(/More chose “.+” \(3\) than the key \(0\)/)).toBeVisible();
  await expect(item.getByText(/^From the article/)).toBeVisible();
  await item.getByLabel("Fix the key: the right answer is").selectOption({ index: 0 });
  await item.getByRole("button", { name: "Preview regrade" }).click();

  // The dry run shows each student's change and saves nothing.
  await expect(page.getByRole("heading", { name: "Regrade preview" })).toBeVisible();
  await expect(page.getByTestId("regrade-summary")).toContainText("3 attempts showed this question; 3 would change score");
  const preview = page.getByRole("row").filter({ hasText: "=SUM(A1)" });
  await expect(preview.getByRole("cell").nth(3)).toHaveText("3 / 4");
  await expect(preview.getByRole("cell").nth(4)).toHaveText("4 / 4");
  await expect(preview.getByRole("cell").nth(5)).toHaveText("+1");

  await page.getByLabel(/^Reason/).fill("The article supports this answer");
  await page.getByRole("button", { name: "Apply regrade (3 scores change)" }).click();
  await expect(page.getByText("Regrade applied: 3 answers regraded, 3 attempts rescored.")).toBeVisible();

  await page.getByRole("link", { name: "Back to the results" }).click();
  await expect(formulaRow.getByRole("cell").nth(1)).toContainText("4 / 4");
  await formulaRow.getByRole("link", { name: /View/ }).click();
  await expect(page.getByRole("heading", { name: "Grading history" })).toBeVisible();
  await expect(page.getByText(/0 → 1 pt \(wrong → right\).*The article supports this answer/)).toBeVisible();

  await page.goBack();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download results (CSV)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/results\.csv$/);
  const bytes = fs.readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe("class,student,username,status,score,max score,score %,accuracy %,time (s),attempts,counted attempt,late,submitted at (UTC)");
  expect(lines.find((l) => l.includes("results-formula"))).toMatch(/^Results check class,'=SUM\(A1\),results-formula,submitted,4,4,100,100,/);
  expect(lines.find((l) => l.includes("results-accents"))).toMatch(/^Results check class,Zoë Ångström,results-accents,submitted,4,4,100,100,/);
});
