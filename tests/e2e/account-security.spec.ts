/**
 * Sign-in and session hardening, seen from outside: hostile callback URLs,
 * forwarded headers, sign-out on the server, the page CSP, and the notice
 * about demo accounts with published passwords.
 */
import { expect, test, type Page } from "@playwright/test";
import { signIn, signInAsStudent, signInAsTeacher } from "./support/fixtures";

/** Requests to any other host fail at once, so a redirect away shows up as a URL, not a DNS wait. */
async function stayOffline(page: Page, baseURL: string) {
  const ours = new URL(baseURL).host;
  await page.route("**/*", (route) => (new URL(route.request().url()).host === ours ? route.continue() : route.abort()));
}

for (const callbackUrl of ["/%09/evil.example/", "/%0d%0a/evil.example/", "/%5C%5Cevil.example/", "//evil.example/", "https://evil.example/"]) {
  test(`signing in from /login?callbackUrl=${callbackUrl} stays on the app`, async ({ browser, baseURL }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await stayOffline(page, baseURL!);
    const raw = `/login?callbackUrl=${callbackUrl}`;
    await page.goto(raw);
    await page.getByLabel("Username or email").fill("teacher");
    await page.getByLabel("Password").fill("factbound-teacher");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Your quizzes" })).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
    await context.close();
  });
}

test("X-Forwarded-Host from a client does not change the addresses sign-in advertises", async ({ request, baseURL }) => {
  const res = await request.get("/api/auth/providers", { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", forwarded: "host=evil.example" } });
  expect(res.status()).toBe(200);
  const text = await res.text();
  expect(text).not.toContain("evil.example");
  expect(text).toContain(new URL(baseURL!).host);
});

test("signing out ends the session on the server: a copied session cookie no longer works", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsStudent(page, "ben");
  const copied = await context.cookies();
  expect(copied.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);

  // The copy works while the owner is signed in.
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/student");
  await expect(thiefPage.getByRole("heading", { name: "My quizzes" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/login/);

  const later = await browser.newContext();
  await later.addCookies(copied);
  const laterPage = await later.newPage();
  await laterPage.goto("/student");
  await expect(laterPage).toHaveURL(/\/login/);
  await expect(laterPage.getByRole("heading", { name: "Sign in to Factbound" })).toBeVisible();
  const session = await later.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await Promise.all([context.close(), thief.close(), later.close()]);
});

test("pages carry a CSP with a fresh nonce and strict-dynamic, no inline scripts allowed, and still work", async ({ page, request }) => {
  const first = (await request.get("/login")).headers()["content-security-policy"]!;
  const second = (await request.get("/login")).headers()["content-security-policy"]!;
  const scriptSrc = (csp: string) => csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!;
  for (const csp of [first, second]) {
    expect(scriptSrc(csp)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
    expect(scriptSrc(csp)).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
  }
  expect(scriptSrc(first)).not.toBe(scriptSrc(second));

  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/login");
  const nonce = /'nonce-([^']+)'/.exec(res!.headers()["content-security-policy"]!)![1]!;
  // Every script Next rendered carries this response's nonce (the DOM hides it from attributes, not from the property).
  const scriptNonces = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const n of scriptNonces) expect(n).toBe(nonce);
  // Hydrated and working: the client-side form validation runs.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your username (or email) and your password.")).toBeVisible();
  await signInAsTeacher(page);
  await page.goto("/teacher/classes");
  await expect(page.getByRole("link", { name: "History 8B" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("teacher pages warn while demo accounts keep their published passwords; student pages do not", async ({ browser }) => {
  const teacher = await browser.newContext();
  const t = await teacher.newPage();
  await signInAsTeacher(t);
  const notice = t.getByRole("region", { name: "Warning: demo accounts with published passwords" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("teacher");
  await expect(notice).toContainText("ana");
  await t.goto("/teacher/classes");
  await expect(notice).toBeVisible();

  const student = await browser.newContext();
  const s = await student.newPage();
  await signIn(s, "chloe", "factbound-student");
  await expect(s.getByRole("heading", { name: "My quizzes" })).toBeVisible();
  await expect(s.getByText("demo accounts with published passwords")).toHaveCount(0);
  await s.goto("/teacher");
  await expect(s.getByText("demo accounts with published passwords")).toHaveCount(0);
  await Promise.all([teacher.close(), student.close()]);
});
