import { expect, test } from "@playwright/test";
import { signIn } from "./support/fixtures";

test("session cookies are httpOnly and SameSite, and pages carry the security headers", async ({ page, context }) => {
  const res = await page.goto("/login");
  const headers = res!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  await signIn(page, "teacher", "factbound-teacher");
  await expect(page.getByRole("heading", { name: "Your quizzes" })).toBeVisible();
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  // 12 hours at most: a school day.
  expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(12 * 60 * 60 * 1000 + 60_000);
});

test("failed sign-ins slow the account down with a clear message, and a forged X-Forwarded-For does not escape it", async ({ page, browser }) => {
  const email = `blocked.${Date.now()}@school.example`;
  const signup = await browser.newContext();
  const s = await signup.newPage();
  await s.goto("/register");
  await s.getByLabel("Your name").fill("Blocked Teacher");
  await s.getByLabel("Email").fill(email);
  await s.getByLabel("Password", { exact: true }).fill("the right password");
  await s.getByRole("button", { name: "Create teacher account" }).click();
  await s.waitForURL(/\/teacher$/);
  await signup.close();

  // Each try claims another address: with no trusted proxy the server counts the socket's.
  for (let i = 0; i < 5; i++) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.20.30.${i}`, "x-real-ip": `10.20.31.${i}` });
    await signIn(page, email, `wrong guess ${i}`);
    await expect(page.getByText("That username or password is not right.")).toBeVisible();
  }
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "10.20.30.99" });
  await signIn(page, email, "the right password");
  await expect(page.getByText("Too many failed sign-ins for now. Wait a minute")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
