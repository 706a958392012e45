import { expect, test } from "@playwright/test";
import { signIn, signInAsTeacher } from "./support/fixtures";

const ROSTER = Array.from({ length: 23 }, (_, i) => `Pupil ${String.fromCharCode(65 + i)} Example`).concat(["Zoë Ng-Adams", "🦊 Fox"]);

test("a teacher signs up, makes a class of 25 from a pasted list, prints cards; students sign in with a card and join with the code", async ({ page, browser }) => {
  // Four browsers and 25 hashed passwords: on a busy shared machine this takes over a minute.
  test.setTimeout(180_000);
  const email = `teacher.${Date.now()}@school.example`;
  await page.goto("/register");
  await page.getByLabel("Your name").fill("Mr. Okoye");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a strong password");
  await page.getByRole("button", { name: "Create teacher account" }).click();
  await expect(page.getByRole("heading", { name: "Your quizzes" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" }).click();
  await expect(page.getByText("No classes yet")).toBeVisible();
  await page.getByLabel("New class name").fill("Science 7A");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: "Science 7A" })).toBeVisible();
  const joinCode = (await page.getByTestId("join-code").innerText()).trim();
  expect(joinCode).toMatch(/^[34679ACDEFGHJKMNPQRTUVWXY]{6}$/);

  await page.getByLabel("Add students").fill(ROSTER.join("\n"));
  await page.getByRole("button", { name: "Create 25 accounts" }).click();
  await expect(page.getByRole("heading", { name: "25 login cards for Science 7A" })).toBeVisible();
  const usernames = await page.getByTestId("card-username").allInnerTexts();
  const passwords = await page.getByTestId("card-password").allInnerTexts();
  expect(usernames).toHaveLength(25);
  expect(new Set(usernames).size).toBe(25);
  expect(usernames).toContain("zoe.ng.adams");

  // The print view shows the cards and nothing of the app around them.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print cards" })).toBeHidden();
  await expect(page.getByTestId("card-username").first()).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("heading", { name: /Students \(25\)/ })).toBeVisible();

  // Accommodations: one student gets no clock; the choice survives a reload.
  await page.getByLabel("Extra time for Zoë Ng-Adams").selectOption("Untimed");
  await expect(page.getByText("Zoë Ng-Adams now has no clock on timed quizzes and live games.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Extra time for Zoë Ng-Adams")).toHaveValue("untimed");
  await expect(page.getByLabel("Extra time for Pupil A Example")).toHaveValue("0");

  // A student signs in with a card.
  const cardStudent = await browser.newContext();
  const card = await cardStudent.newPage();
  await signIn(card, usernames[0]!, passwords[0]!);
  await expect(card.getByRole("heading", { name: "My quizzes" })).toBeVisible();
  await expect(card.getByRole("heading", { name: /^Science 7A/ })).toBeVisible();

  // Another student joins with the code, typed in lower case with a space.
  const joiner = await browser.newContext();
  const join = await joiner.newPage();
  await join.goto("/join");
  await join.getByLabel("Class code").fill(`${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3)}`);
  await join.getByLabel("Your name").fill("Noor Haddad");
  await join.getByLabel("Choose a password").fill("noor's password");
  await join.getByRole("button", { name: "Join the class" }).click();
  await expect(join.getByTestId("new-username")).toHaveText("noor.haddad");
  await join.getByRole("button", { name: "Go to my quizzes" }).click();
  await expect(join.getByRole("heading", { name: /^Science 7A/ })).toBeVisible();

  // The teacher sees both on the roster after a reload.
  await page.reload();
  await expect(page.getByRole("heading", { name: /Students \(26\)/ })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "noor.haddad" })).toBeVisible();

  // A wrong code is refused clearly and creates nothing.
  const stranger = await browser.newContext();
  const s = await stranger.newPage();
  await s.goto("/join");
  await s.getByLabel("Class code").fill("ZZZZZZ");
  await s.getByLabel("Your name").fill("Nobody");
  await s.getByLabel("Choose a password").fill("whatever123");
  await s.getByRole("button", { name: "Join the class" }).click();
  await expect(s.getByText("No open class has that code.")).toBeVisible();

  // A card student opening the teacher's class page, or another class's, sees not found.
  const classUrl = page.url();
  await card.goto(new URL(classUrl).pathname);
  await expect(card.getByRole("heading", { name: "Not found" })).toBeVisible();

  // Reset a password: the old card stops working, the new one works.
  page.on("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: `Reset password for ${ROSTER[0]}` }).click();
  await expect(page.getByRole("heading", { name: "1 login card for Science 7A" })).toBeVisible();
  const newPassword = (await page.getByTestId("card-password").innerText()).trim();
  await page.getByRole("button", { name: "Done" }).click();
  await card.goto("/student");
  await expect(card).toHaveURL(/\/login/);
  await signIn(card, usernames[0]!, passwords[0]!);
  await expect(card.getByText("That username or password is not right.")).toBeVisible();
  await signIn(card, usernames[0]!, newPassword);
  await expect(card.getByRole("heading", { name: "My quizzes" })).toBeVisible();

  // Remove a student: they stay signed in but no longer see the class.
  await page.getByRole("button", { name: `Remove ${ROSTER[0]}` }).click();
  await expect(page.getByText(`${ROSTER[0]} was removed from Science 7A.`)).toBeVisible();
  await card.reload();
  await expect(card.getByText("You are not in a class yet")).toBeVisible();

  await Promise.all([cardStudent.close(), joiner.close(), stranger.close()]);
});

test("a class code is big on the projector page and a new code replaces the old", async ({ page }) => {
  await signInAsTeacher(page);
  await page.goto("/teacher/classes");
  await page.getByRole("link", { name: "History 8B" }).click();
  const oldCode = (await page.getByTestId("join-code").innerText()).trim();
  await page.getByRole("link", { name: "Show on the projector" }).click();
  await expect(page.getByText(oldCode, { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Back to the class" }).click();
  page.on("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "New code" }).click();
  const notice = page.getByText(/The new code is [A-Z0-9]{6}\./);
  await expect(notice).toBeVisible();
  const newCode = /is ([A-Z0-9]{6})/.exec(await notice.innerText())![1]!;
  expect(newCode).not.toBe(oldCode);
  await expect(page.getByTestId("join-code")).toHaveText(newCode);
});
