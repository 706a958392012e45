/**
 * The authorization matrix for pages and route handlers: every route under app/,
 * requested by each kind of visitor. A route missing from ROUTES fails the first
 * test, so a new page cannot ship unchecked.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { answerRemaining, signIn } from "./support/fixtures";

/**
 * classmate: in the owning teacher's class with a real attempt of their own on the same quiz.
 * removedStudent: joined that class, started the quiz, then the teacher removed them; they
 * ask for their own old attempt.
 */
type Persona = "anonymous" | "studentInClass" | "classmate" | "removedStudent" | "studentNotInClass" | "owningTeacher" | "otherTeacher";
const PERSONAS: Persona[] = ["anonymous", "studentInClass", "classmate", "removedStudent", "studentNotInClass", "owningTeacher", "otherTeacher"];

/**
 * ok = 200; login = sent to sign in; notfound = 404; home = sent to the visitor's home page;
 * postonly = 405 (a route handler that only takes POST); stream = 200 with an event stream.
 */
type Outcome = "ok" | "login" | "notfound" | "home" | "postonly" | "stream" | `redirect:${string}`;

interface World {
  articleId: string;
  /** An article the owning teacher pasted (not the built-in one, which every teacher sees). */
  ownArticleId: string;
  classId: string;
  quizId: string;
  attemptId: string;
  removedAttemptId: string;
  studentId: string;
  gameId: string;
}

const anyone = (o: Outcome): Record<Persona, Outcome> => Object.fromEntries(PERSONAS.map((p) => [p, o])) as Record<Persona, Outcome>;
const publicOnly: Record<Persona, Outcome> = { ...anyone("home"), anonymous: "ok" };
const teachers: Record<Persona, Outcome> = {
  anonymous: "login",
  studentInClass: "notfound",
  classmate: "notfound",
  removedStudent: "notfound",
  studentNotInClass: "notfound",
  owningTeacher: "ok",
  otherTeacher: "ok",
};
const owner: Record<Persona, Outcome> = { ...teachers, otherTeacher: "notfound" };
const students: Record<Persona, Outcome> = {
  anonymous: "login",
  studentInClass: "ok",
  classmate: "ok",
  removedStudent: "ok",
  studentNotInClass: "ok",
  owningTeacher: "notfound",
  otherTeacher: "notfound",
};
// The removed student asks for their own attempt (see attemptOf): no longer theirs to open.
const attemptOwner: Record<Persona, Outcome> = { ...students, classmate: "notfound", removedStudent: "notfound", studentNotInClass: "notfound" };
// In the class, or once had an attempt on one of its quizzes (the removed student keeps their history).
const articleReaders: Record<Persona, Outcome> = { ...students, studentNotInClass: "notfound" };
const attemptOf = (w: World, p: Persona) => (p === "removedStudent" ? w.removedAttemptId : w.attemptId);

const ROUTES: Record<string, { url: (w: World, p: Persona) => string; expect: Record<Persona, Outcome> }> = {
  "/": { url: () => "/", expect: publicOnly },
  "/login": { url: () => "/login", expect: publicOnly },
  "/register": { url: () => "/register", expect: publicOnly },
  "/join": { url: () => "/join", expect: publicOnly },
  "/teacher": { url: () => "/teacher", expect: teachers },
  "/teacher/classes": { url: () => "/teacher/classes", expect: teachers },
  "/teacher/profile": { url: () => "/teacher/profile", expect: teachers },
  "/teacher/classes/[classId]": { url: (w) => `/teacher/classes/${w.classId}`, expect: owner },
  "/teacher/classes/[classId]/code": { url: (w) => `/teacher/classes/${w.classId}/code`, expect: owner },
  "/teacher/quizzes/[quizId]": { url: (w) => `/teacher/quizzes/${w.quizId}`, expect: owner },
  "/teacher/quizzes/[quizId]/results": { url: (w) => `/teacher/quizzes/${w.quizId}/results`, expect: owner },
  "/teacher/quizzes/[quizId]/analysis": { url: (w) => `/teacher/quizzes/${w.quizId}/analysis`, expect: owner },
  "/teacher/quizzes/[quizId]/regrade": { url: (w) => `/teacher/quizzes/${w.quizId}/regrade`, expect: owner },
  "/teacher/quizzes/[quizId]/attempts/[attemptId]": { url: (w) => `/teacher/quizzes/${w.quizId}/attempts/${w.attemptId}`, expect: owner },
  "/teacher/classes/[classId]/gradebook": { url: (w) => `/teacher/classes/${w.classId}/gradebook`, expect: owner },
  "/teacher/classes/[classId]/mastery": { url: (w) => `/teacher/classes/${w.classId}/mastery`, expect: owner },
  "/teacher/classes/[classId]/students/[studentId]": { url: (w) => `/teacher/classes/${w.classId}/students/${w.studentId}`, expect: owner },
  // CSV downloads: a visitor is sent to sign in; anyone but the owner gets "not found".
  "/api/export/quizzes/[quizId]/results": { url: (w) => `/api/export/quizzes/${w.quizId}/results`, expect: owner },
  "/api/export/quizzes/[quizId]/responses": { url: (w) => `/api/export/quizzes/${w.quizId}/responses`, expect: owner },
  "/api/export/classes/[classId]/gradebook": { url: (w) => `/api/export/classes/${w.classId}/gradebook`, expect: owner },
  "/teacher/quizzes/[quizId]/print": { url: (w) => `/teacher/quizzes/${w.quizId}/print`, expect: owner },
  "/teacher/articles": { url: () => "/teacher/articles", expect: teachers },
  "/teacher/articles/new": { url: () => "/teacher/articles/new", expect: teachers },
  "/teacher/articles/[articleId]": { url: (w) => `/teacher/articles/${w.ownArticleId}`, expect: owner },
  "/teacher/articles/[articleId]/edit": { url: (w) => `/teacher/articles/${w.ownArticleId}/edit`, expect: owner },
  "/teacher/quizzes/[quizId]/edit": { url: (w) => `/teacher/quizzes/${w.quizId}/edit`, expect: owner },
  // The built-in article is every teacher's to make quizzes from.
  "/teacher/articles/[articleId]/quiz/new": { url: (w) => `/teacher/articles/${w.articleId}/quiz/new`, expect: teachers },
  "/student": { url: () => "/student", expect: students },
  "/student/profile": { url: () => "/student/profile", expect: students },
  "/student/progress": { url: () => "/student/progress", expect: students },
  // Readable by students whose class has a quiz on it.
  "/student/articles/[articleId]": { url: (w) => `/student/articles/${w.articleId}`, expect: articleReaders },
  "/play/[attemptId]": { url: (w, p) => `/play/${attemptOf(w, p)}`, expect: attemptOwner },
  // Not yet submitted: its owner is sent back to the quiz; nobody else learns it exists.
  "/play/[attemptId]/result": { url: (w, p) => `/play/${attemptOf(w, p)}/result`, expect: { ...attemptOwner, studentInClass: "redirect:/play/" } },
  "/teacher/quizzes/[quizId]/live": { url: (w) => `/teacher/quizzes/${w.quizId}/live`, expect: owner },
  "/teacher/live/[gameId]": { url: (w) => `/teacher/live/${w.gameId}`, expect: owner },
  // Guests join live games without an account; teachers are told that they host instead.
  "/play/live": { url: () => "/play/live", expect: anyone("ok") },
  // Only a device that joined the game (the insider did, in beforeAll) gets the player screen.
  "/play/live/[gameId]": { url: (w) => `/play/live/${w.gameId}`, expect: { ...anyone("redirect:/play/live"), studentInClass: "ok" } },
  "/api/live/join": { url: () => "/api/live/join", expect: anyone("postonly") },
  // The host's stream is the owning teacher's; the player's stream is checked in its own test below.
  "/api/live/[gameId]/events": { url: (w) => `/api/live/${w.gameId}/events?as=host`, expect: { ...anyone("notfound"), owningTeacher: "stream" } },
  "/api/live/[gameId]/answer": { url: (w) => `/api/live/${w.gameId}/answer`, expect: anyone("postonly") },
  "/api/live/[gameId]/host": { url: (w) => `/api/live/${w.gameId}/host`, expect: anyone("postonly") },
  "/api/health": { url: () => "/api/health", expect: anyone("ok") },
  "/api/auth/[...nextauth]": { url: () => "/api/auth/session", expect: anyone("ok") },
};

/** Every page and route handler under app/, as a URL pattern (route groups dropped). */
function discoverRoutes(): string[] {
  const appDir = path.resolve(__dirname, "../../app");
  const found: string[] = [];
  for (const file of fs.readdirSync(appDir, { recursive: true }).map(String)) {
    const base = path.basename(file);
    if (base !== "page.tsx" && base !== "route.ts") continue;
    const segments = path.dirname(file).split(path.sep).filter((s) => s !== "." && !/^\(.*\)$/.test(s));
    found.push("/" + segments.join("/"));
  }
  return found.sort();
}

const contexts: Partial<Record<Persona, BrowserContext>> = {};
let world: World;

async function personaContext(browser: Browser, persona: Persona, username?: string, password?: string) {
  const context = await browser.newContext();
  if (username && password) {
    const page = await context.newPage();
    await signIn(page, username, password);
    await page.waitForURL(/\/(teacher|student)$/);
    await page.close();
  }
  contexts[persona] = context;
  return context;
}

/** The demo article's id, read from a demo student's result page link. */
async function articleIdOfDemoQuiz(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "chloe", "factbound-student");
  await page.waitForURL(/\/student$/);
  const card = page.getByRole("listitem").filter({ hasText: "Soviet Union and Japan" });
  await card.getByRole("button", { name: /Start quiz|Resume/ }).click();
  await page.waitForURL(/\/play\/[^/]+$/);
  // Answer everything, submit, and take the article link from the result.
  await answerRemaining(page);
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await page.waitForURL(/\/result$/);
  const href = await page.getByRole("link", { name: "Read it in the article" }).first().getAttribute("href");
  await context.close();
  return /\/student\/articles\/([^/?#]+)/.exec(href!)![1]!;
}

async function joinAsNewStudent(browser: Browser, code: string, name: string, password: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/join");
  await page.getByLabel("Class code").fill(code);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Choose a password").fill(password);
  await page.getByRole("button", { name: "Join the class" }).click();
  const username = (await page.getByTestId("new-username").innerText()).trim();
  await context.close();
  return username;
}

/** Start (or resume) the demo quiz as this student; returns the attempt id. */
async function startDemoQuiz(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto("/student");
  await page.getByRole("listitem").filter({ hasText: "Soviet Union and Japan" }).getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/play\/[^/]+$/);
  const attemptId = page.url().split("/").pop()!;
  await page.close();
  return attemptId;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }, testInfo) => {
  // Seven visitors, four of them students who join and sign in, three who start a quiz: on a
  // loaded machine this setup takes minutes, far more than one test's time.
  testInfo.setTimeout(600_000);
  const stamp = Date.now().toString(36);
  // The owning teacher is the demo teacher: their class and quiz are the records under test.
  const ownerCtx = await personaContext(browser, "owningTeacher", "teacher", "factbound-teacher");
  const ownerPage = await ownerCtx.newPage();
  await ownerPage.goto("/teacher/classes");
  await ownerPage.getByRole("link", { name: "History 8B" }).click();
  await ownerPage.waitForURL(/\/teacher\/classes\/[^/]+$/);
  const classId = ownerPage.url().split("/").pop()!;
  const code = (await ownerPage.getByTestId("join-code").innerText()).trim();
  await ownerPage.goto("/teacher");
  await ownerPage.getByRole("link", { name: "Results for Soviet Union and Japan Sign Joint Declaration" }).click();
  await ownerPage.waitForURL(/\/results$/);
  const quizId = ownerPage.url().split("/").at(-2)!;
  await ownerPage.goto("/teacher/articles/new");
  await ownerPage.getByLabel("Title").fill(`Matrix article ${stamp}`);
  await ownerPage.getByLabel("Article text").fill("The tide rises and falls twice a day along most coasts of the world.");
  await ownerPage.getByRole("button", { name: "Save article" }).click();
  await ownerPage.waitForURL(/\/teacher\/articles\/(?!new$)[^/]+$/);
  const ownArticleId = ownerPage.url().split("/").pop()!;
  await ownerPage.close();
  const articleId = await articleIdOfDemoQuiz(browser);

  // The other teacher signs up and makes a class; a student joins that class only.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/register");
  await otherPage.getByLabel("Your name").fill("Other Teacher");
  await otherPage.getByLabel("Email").fill(`other.${stamp}@school.example`);
  await otherPage.getByLabel("Password", { exact: true }).fill("other password");
  await otherPage.getByRole("button", { name: "Create teacher account" }).click();
  await otherPage.waitForURL(/\/teacher$/);
  await otherPage.goto("/teacher/classes");
  await otherPage.getByLabel("New class name").fill("Other class");
  await otherPage.getByRole("button", { name: "Create class" }).click();
  await otherPage.waitForURL(/\/teacher\/classes\/[^/]+$/);
  const otherCode = (await otherPage.getByTestId("join-code").innerText()).trim();
  await otherPage.close();
  contexts.otherTeacher = other;

  const inName = await joinAsNewStudent(browser, code, `Insider ${stamp}`, "insider password");
  const outName = await joinAsNewStudent(browser, otherCode, `Outsider ${stamp}`, "outsider password");
  const inCtx = await personaContext(browser, "studentInClass", inName, "insider password");
  await personaContext(browser, "studentNotInClass", outName, "outsider password");
  await personaContext(browser, "anonymous");

  const classmateName = await joinAsNewStudent(browser, code, `Classmate ${stamp}`, "classmate password");
  const classmateCtx = await personaContext(browser, "classmate", classmateName, "classmate password");
  const removedName = await joinAsNewStudent(browser, code, `Removed ${stamp}`, "removed password");
  const removedCtx = await personaContext(browser, "removedStudent", removedName, "removed password");

  const attemptId = await startDemoQuiz(inCtx);
  await startDemoQuiz(classmateCtx);
  const removedAttemptId = await startDemoQuiz(removedCtx);

  // The owning teacher removes one student from the class mid-quiz.
  const removePage = await ownerCtx.newPage();
  await removePage.goto(`/teacher/classes/${classId}`);
  removePage.once("dialog", (d) => void d.accept());
  await removePage.getByRole("button", { name: `Remove Removed ${stamp}` }).click();
  await removePage.getByText(`Removed ${stamp} was removed from`).waitFor();
  // The insider's id, from the link to their report on the owner's results page.
  await removePage.goto(`/teacher/quizzes/${quizId}/results`);
  const reportHref = await removePage.getByRole("link", { name: `Insider ${stamp}`, exact: true }).first().getAttribute("href");
  await removePage.close();

  // The owning teacher opens a live game of the quiz for the class; the insider joins it.
  const hostPage = await ownerCtx.newPage();
  await hostPage.goto(`/teacher/quizzes/${quizId}/live`);
  await hostPage.getByLabel("Who plays").selectOption({ label: "History 8B" });
  await hostPage.getByRole("button", { name: "Open the lobby" }).click();
  await hostPage.waitForURL(/\/teacher\/live\/[^/]+$/);
  const gameId = hostPage.url().split("/").pop()!;
  const pin = (await hostPage.getByTestId("game-pin").innerText()).trim();
  await hostPage.close();
  const joined = await inCtx.request.post("/api/live/join", { data: { pin } });
  expect(joined.status()).toBe(200);
  world = { classId, quizId, attemptId, articleId, removedAttemptId, ownArticleId, studentId: reportHref!.split("/").pop()!, gameId };
});

test.afterAll(async () => {
  await Promise.all(Object.values(contexts).map((c) => c?.close()));
});

test("every route under app/ is in the matrix", () => {
  expect(discoverRoutes()).toEqual(Object.keys(ROUTES).sort());
  console.log(`Route matrix: ${Object.keys(ROUTES).length} routes × ${PERSONAS.length} visitors = ${Object.keys(ROUTES).length * PERSONAS.length} cells`);
});

async function outcomeOf(context: BrowserContext, url: string, baseURL: string): Promise<{ status: number; location: string; type: string }> {
  // An event stream never ends, so read only its status and headers, with the visitor's cookies.
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const controller = new AbortController();
  const res = await fetch(new URL(url, baseURL), { headers: { cookie }, redirect: "manual", signal: controller.signal });
  controller.abort();
  return { status: res.status, location: res.headers.get("location") ?? "", type: res.headers.get("content-type") ?? "" };
}

for (const [route, spec] of Object.entries(ROUTES)) {
  test(`route ${route}`, async ({ baseURL }) => {
    for (const persona of PERSONAS) {
      const { status, location, type } = await outcomeOf(contexts[persona]!, spec.url(world, persona), baseURL!);
      const expected = spec.expect[persona];
      const where = `${persona} → ${route} (${status} ${location})`;
      if (expected === "ok") expect(status, where).toBe(200);
      else if (expected === "stream") {
        expect(status, where).toBe(200);
        expect(type, where).toContain("text/event-stream");
      } else if (expected === "postonly") expect(status, where).toBe(405);
      else if (expected === "notfound") expect(status, where).toBe(404);
      else if (expected === "login") {
        expect([302, 303, 307, 308], where).toContain(status);
        expect(location, where).toMatch(/\/login(\?|$)/);
      } else if (expected === "home") {
        expect([302, 303, 307, 308], where).toContain(status);
        expect(location, where).toMatch(persona.includes("Teacher") ? /\/teacher$/ : /\/student$/);
      } else {
        expect([302, 303, 307, 308], where).toContain(status);
        expect(location, where).toContain(expected.slice("redirect:".length));
      }
    }
  });
}

test("live game: only the players' devices get the player stream, only the host's teacher commands it, only players answer", async ({ baseURL }) => {
  const events = `/api/live/${world.gameId}/events`;
  for (const persona of PERSONAS) {
    const { status, type } = await outcomeOf(contexts[persona]!, events, baseURL!);
    if (persona === "studentInClass") {
      expect(status, persona).toBe(200);
      expect(type).toContain("text/event-stream");
    } else expect(status, persona).toBe(404);
  }
  for (const persona of PERSONAS) {
    const host = await contexts[persona]!.request.post(`/api/live/${world.gameId}/host`, { data: { type: "pause" } });
    // The owner may command (pausing in the lobby is refused as a game rule, 409); nobody else learns the game exists.
    expect(host.status(), persona).toBe(persona === "owningTeacher" ? 409 : 404);
    const answer = await contexts[persona]!.request.post(`/api/live/${world.gameId}/answer`, { data: { index: 0, optionId: "x" } });
    expect(answer.status(), persona).toBe(persona === "studentInClass" ? 409 : 404);
  }
});

test("live game: a student of another class cannot join a class game", async () => {
  const pin = await (async () => {
    const page = await contexts.owningTeacher!.newPage();
    await page.goto(`/teacher/live/${world.gameId}`);
    const text = (await page.getByTestId("game-pin").innerText()).trim();
    await page.close();
    return text;
  })();
  const outsider = await contexts.studentNotInClass!.request.post("/api/live/join", { data: { pin } });
  expect(outsider.status()).toBe(404);
  const guest = await contexts.anonymous!.request.post("/api/live/join", { data: { pin, nickname: "Sneaky Guest" } });
  expect(guest.status()).toBe(409);
});
