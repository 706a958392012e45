/**
 * Nothing the browser receives before the quiz is handed in lets a student
 * work out the key: not in any document, RSC payload or action response, and
 * not in the option ids (which cannot be sorted or paired into the answer).
 * Played on a quiz with every question type.
 */
import { expect, test, type Response } from "@playwright/test";
import { answerRemaining, newDemoStudent } from "./support/fixtures";
import { storedQuestions } from "./support/e2e-db";
import { EVERY_TYPE_QUIZ_TITLE } from "./support/extra-quizzes";

const OPAQUE = /^[0-9a-z]{10}$/;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order ids first appear in a text (the order the player lists the options). */
function orderOfAppearance(text: string, ids: string[]): string[] {
  return [...ids].sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

test("a quiz of every type reveals no key before it is handed in, by content or by option ids", async ({ browser }) => {
  const questions = storedQuestions(EVERY_TYPE_QUIZ_TITLE);
  expect(new Set(questions.map((q) => q.type))).toEqual(new Set(["MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "ORDERING", "MATCHING"]));

  const { context, page } = await newDemoStudent(browser, `Leak Lee ${Date.now().toString(36)}`);
  const received: Promise<string>[] = [];
  const collect = (res: Response) => {
    if (["document", "fetch", "xhr"].includes(res.request().resourceType())) received.push(res.text().catch(() => ""));
  };
  page.on("response", collect);

  await page.getByRole("listitem").filter({ hasText: EVERY_TYPE_QUIZ_TITLE }).getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/play\/[^/]+$/);
  // The play page's document once more, with this student's cookies: on a busy run Playwright may
  // not keep the body of a streamed navigation, and what the server sends must still be checked.
  received.push(page.request.get(page.url()).then((r) => r.text()));
  const total = await answerRemaining(page, "1");
  expect(total).toBe(questions.length);
  await expect(page.getByRole("heading", { name: `All ${total} questions answered` })).toBeVisible();
  page.off("response", collect);
  // RSC payloads sit in the HTML as JS strings: undo their escaped quotes so nothing hides behind them.
  const bodies = (await Promise.all(received)).map((b) => b.replace(/\\+"/g, '"'));
  const all = bodies.join("\n");
  expect(bodies.length).toBeGreaterThan(total);

  // No key by name or shape, and no source sentence (it holds the answer), in anything received.
  for (const marker of ["answerKey", '"accepted"', '"itemIds":["', '"pairs":{"', "correctOptionId", '"explanation"']) expect(all).not.toContain(marker);
  for (const q of questions) {
    if (q.type !== "TRUE_FALSE") expect(all, `source sentence of ${q.type}`).not.toContain(q.explanation);
  }

  // The play page lists each question's options: find where the student's browser got them.
  const playPage = bodies.find((b) => questions.every((q) => q.options.every((o) => b.includes(o.id))));
  expect(playPage, "the play page holds every option id").toBeDefined();

  for (const q of questions) {
    const ids = q.options.map((o) => o.id);
    for (const id of ids) expect(id, `${q.type} option id`).toMatch(OPAQUE);
    expect(new Set(ids).size).toBe(ids.length);
    const key = q.answerKey;
    if (key.kind === "order") {
      expect([...key.itemIds].sort(byId), "sorting the ids gives the order").not.toEqual(key.itemIds);
      expect(orderOfAppearance(playPage!, ids), "the order shown is the answer").not.toEqual(key.itemIds);
    }
    if (key.kind === "match") {
      const left = q.options.filter((o) => o.side === "left").map((o) => o.id);
      const right = q.options.filter((o) => o.side === "right").map((o) => o.id);
      const pairsBy = (l: string[], r: string[]) => Object.fromEntries(l.map((id, i) => [id, r[i]]));
      expect(pairsBy([...left].sort(byId), [...right].sort(byId)), "pairing the sorted ids gives the pairs").not.toEqual(key.pairs);
      expect(pairsBy(orderOfAppearance(playPage!, left), orderOfAppearance(playPage!, right)), "pairing rows as shown gives the pairs").not.toEqual(key.pairs);
      for (const [l, r] of Object.entries(key.pairs)) {
        expect(l.slice(1), "paired ids share a suffix").not.toBe(r.slice(1));
        expect(l.slice(0, -1), "paired ids share a prefix").not.toBe(r.slice(0, -1));
      }
    }
  }

  // Handing in shows the answers: the key arrives only now.
  await page.getByRole("button", { name: "Submit quiz" }).click();
  await expect(page).toHaveURL(/\/result$/);
  await expect(page.getByRole("heading", { name: /^Question \d+$/ })).toHaveCount(total);
  await context.close();
});
