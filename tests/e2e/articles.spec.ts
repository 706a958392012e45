/**
 * A new teacher's article library: paste an article, upload a Word document and
 * a PDF made in the test, read a page from a local web server, preview, edit,
 * archive and delete. Then the demo teacher duplicates, archives and prints a quiz.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { makeDocx } from "../support/make-docx";
import { makePdf } from "../support/make-pdf";
import { signInAsTeacher } from "./support/fixtures";

const PASTED_TITLE = "Beavers and Their Dams";
const PASTED_BODY = [
  "Beavers build dams across streams to make deep ponds where they are safe from wolves and bears. A family of beavers can change a valley within a few years.",
  "## Building",
  "A beaver cuts young trees with its front teeth and drags the branches into the water. Mud and stones seal the gaps between the branches.",
  "## Effects",
  "The ponds behind beaver dams hold water through dry summers. Frogs, ducks and fish find new homes in the wetlands that form around them.",
].join("\n");

const PAGE_HTML = `<!doctype html><html><head><title>Comets | Sky Notes</title></head><body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
<article><h1>Comets and Their Tails</h1>
<p>A comet is a small body of ice and dust that orbits the Sun on a long, stretched path through the solar system.</p>
<p>When a comet comes close to the Sun, the ice turns to gas and pushes dust away to form a bright tail that can stretch for millions of kilometres.</p>
<p>Halley's Comet returns about every seventy-six years and was last seen from Earth in 1986.</p>
</article><footer>Sign up for our newsletter.</footer></body></html>`;

let server: http.Server;
let pageUrl = "";

test.beforeAll(async () => {
  server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE_HTML));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/comets`;
});
test.afterAll(() => server.close());

async function registerTeacher(page: Page) {
  const stamp = Date.now().toString(36);
  await page.goto("/register");
  await page.getByLabel("Your name").fill("Mr. Okafor");
  await page.getByLabel("Email").fill(`okafor.${stamp}@school.example`);
  await page.getByLabel("Password", { exact: true }).fill("okafor password");
  await page.getByRole("button", { name: "Create teacher account" }).click();
  await page.waitForURL(/\/teacher$/);
}

async function saveAndOpen(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Save article" }).click();
  await page.waitForURL(/\/teacher\/articles\/(?!new)[^/]+$/);
  return page.url().split("/").pop()!;
}

test("a new teacher adds articles by pasting, uploading a .docx and a .pdf, and from a web address", async ({ page }) => {
  // Four articles added through the server: allow for a busy machine.
  test.setTimeout(180_000);
  await registerTeacher(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  await expect(page.getByText("No articles of your own yet")).toBeVisible();
  // The built-in article is there for every teacher.
  await expect(page.getByRole("link", { name: "Soviet Union and Japan Sign Joint Declaration" })).toBeVisible();

  // Paste: an empty body is refused and the title typed is kept.
  await page.getByRole("link", { name: "Add an article" }).click();
  await page.getByLabel("Title").fill(PASTED_TITLE);
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByText("Paste or type the article's text.").first()).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(PASTED_TITLE);

  await page.getByLabel("Article text").fill(PASTED_BODY);
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("article-preview");
  await expect(preview.getByTestId("sentence-count")).toHaveText("6");
  await expect(preview.getByText("Building")).toBeVisible();
  await expect(preview.getByText(/of 200,000 characters allowed/)).toBeVisible();
  const pastedId = await saveAndOpen(page);
  await expect(page.getByRole("heading", { name: PASTED_TITLE, level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Make a quiz" })).toHaveAttribute("href", `/teacher/articles/${pastedId}/quiz/new`);
  await expect(page.getByText("Pasted ·")).toBeVisible();

  // Upload: a file of another type is refused with a message; a .docx and a .pdf are read.
  await page.goto("/teacher/articles/new");
  const fileInput = page.getByLabel("Upload a file");
  await fileInput.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]) });
  await expect(page.getByText(/“photo\.png” is not one of those/)).toBeVisible();
  await fileInput.setInputFiles({
    name: "river-deltas.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: makeDocx(["River Deltas", "A delta forms where a river meets the sea and drops the mud it carries.", "The Nile delta in Egypt is one of the largest deltas in the world."]),
  });
  await expect(page.getByLabel("Title")).toHaveValue("River Deltas");
  await expect(page.getByLabel("Article text")).toHaveValue(/The Nile delta in Egypt/);
  await saveAndOpen(page);
  await expect(page.getByText("Uploaded from river-deltas.docx")).toBeVisible();

  await page.goto("/teacher/articles/new");
  await page.getByLabel("Upload a file").setInputFiles({
    name: "lake-survey.pdf",
    mimeType: "application/pdf",
    buffer: makePdf(["The Lake Survey", "The survey of Lake Ontario began in 1841 with two small boats.", "It took the surveyors eleven years to chart the whole shore."]),
  });
  await expect(page.getByLabel("Title")).toHaveValue("The Lake Survey");
  await expect(page.getByLabel("Article text")).toHaveValue(/began in 1841/);
  await saveAndOpen(page);
  await expect(page.getByText("Uploaded from lake-survey.pdf")).toBeVisible();

  // A web address: the page's main text, without its navigation or footer.
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Or read a web page").fill(pageUrl);
  await page.getByRole("button", { name: "Read page" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Comets and Their Tails");
  await expect(page.getByLabel("Article text")).toHaveValue(/Halley's Comet returns/);
  await expect(page.getByLabel("Article text")).not.toHaveValue(/newsletter|Shop/);
  await saveAndOpen(page);
  await expect(page.getByText("Read from a web page")).toBeVisible();

  await page.goto("/teacher/articles");
  for (const title of [PASTED_TITLE, "River Deltas", "The Lake Survey", "Comets and Their Tails"]) {
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  }
});

test("a teacher edits, archives, restores and deletes an article no quiz uses", async ({ page }) => {
  test.setTimeout(120_000);
  await registerTeacher(page);
  await page.goto("/teacher/articles/new");
  await page.getByLabel("Title").fill(PASTED_TITLE);
  await page.getByLabel("Article text").fill(PASTED_BODY);
  const id = await saveAndOpen(page);

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Article text")).toHaveValue(PASTED_BODY);
  await page.getByLabel("Title").fill("Beaver Dams");
  await page.getByRole("button", { name: "Save changes" }).click();
  // No quiz uses it, so it is changed in place: same address, new title.
  await page.waitForURL(new RegExp(`/teacher/articles/${id}$`));
  await expect(page.getByRole("heading", { name: "Beaver Dams", level: 1 })).toBeVisible();

  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Archive Beaver Dams" }).click();
  await expect(page.getByText("This article is archived")).toBeVisible();
  await page.goto("/teacher/articles");
  await expect(page.getByRole("heading", { name: /Archived \(1\)/ })).toBeVisible();
  await page.getByRole("button", { name: "Restore Beaver Dams" }).click();
  await expect(page.getByRole("heading", { name: /Archived/ })).toHaveCount(0);

  await page.getByRole("link", { name: "Beaver Dams" }).click();
  await page.getByRole("button", { name: "Delete Beaver Dams" }).click();
  await page.waitForURL(/\/teacher\/articles$/);
  await expect(page.getByText("No articles of your own yet")).toBeVisible();
});

test("the demo teacher duplicates a quiz, archives and restores the copy, deletes it, and prints a worksheet", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsTeacher(page);
  await page.getByRole("link", { name: "Soviet Union and Japan Sign Joint Declaration", exact: true }).click();
  await page.waitForURL(/\/teacher\/quizzes\/[^/]+$/);
  const quizUrl = page.url();

  page.on("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByRole("heading", { name: "Soviet Union and Japan Sign Joint Declaration (copy)", level: 1 })).toBeVisible();
  expect(page.url()).not.toBe(quizUrl);
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("This quiz is archived")).toBeVisible();
  await page.goto("/teacher");
  await expect(page.getByRole("heading", { name: /Archived quizzes \(1\)/ })).toBeVisible();
  await page.getByRole("link", { name: "Soviet Union and Japan Sign Joint Declaration (copy)" }).click();
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByText("This quiz is archived")).toHaveCount(0);
  await page.getByRole("button", { name: "Delete" }).click();
  await page.waitForURL(/\/teacher$/);
  await expect(page.getByRole("link", { name: /\(copy\)/ })).toHaveCount(0);

  await page.goto(quizUrl);
  await page.getByRole("link", { name: "Print worksheet" }).click();
  await page.waitForURL(/\/print$/);
  await expect(page.getByRole("heading", { name: "Soviet Union and Japan Sign Joint Declaration", level: 2, exact: true })).toBeVisible();
  const key = page.getByTestId("answer-key");
  await expect(key.getByText(/^Source: “/).first()).toBeVisible();
  // On paper: no site header or buttons, and the key starts a page of its own.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print worksheet" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
});
