/**
 * Malformed server-action posts, a few hundred of them, against the production
 * server: too big, not JSON, empty, nested 20,000 deep, from a foreign origin,
 * with a bogus action id or content type. Every one must get a 4xx answer
 * (never a 500) and change nothing; the app keeps working afterwards.
 */
import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";

interface Captured {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A real server-action post, captured from the join form with a wrong code. */
async function captureJoinPost(page: import("@playwright/test").Page): Promise<Captured> {
  await page.goto("/join");
  await page.getByLabel("Class code").fill("QQQQQQ");
  await page.getByLabel("Your name").fill("Probe Person");
  await page.getByLabel("Choose a password").fill("probe password");
  const [req] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    page.getByRole("button", { name: "Join the class" }).click(),
  ]);
  await expect(page.getByText("No open class has that code.")).toBeVisible();
  const headers = await req.allHeaders();
  const keep = ["next-action", "next-router-state-tree", "accept", "content-type", "origin"];
  return { url: req.url(), headers: Object.fromEntries(keep.filter((k) => headers[k]).map((k) => [k, headers[k]!])), body: req.postData() ?? "" };
}

type Variant = { name: string; headers?: Record<string, string | null>; body: string | Buffer };

function variants(real: Captured): Variant[] {
  const out: Variant[] = [];
  const deepArray = "[".repeat(20_000) + "]".repeat(20_000);
  const deepObject = '{"a":'.repeat(20_000) + "1" + "}".repeat(20_000);
  const mb = 1024 * 1024;
  for (let i = 0; i < 25; i++) {
    out.push({ name: `over 1 MB (#${i})`, body: JSON.stringify([{ code: "x".repeat(mb + 1000 * i), name: "n", password: "p" }]) });
    out.push({ name: `not JSON (#${i})`, body: `{not json ${randomBytes(8).toString("hex")}` });
    out.push({ name: `binary (#${i})`, body: randomBytes(200 + i) });
    out.push({ name: `empty (#${i})`, body: "" });
    out.push({ name: `nested arrays 20,000 deep (#${i})`, body: i % 2 ? deepArray : `[${deepArray}]` });
    out.push({ name: `nested objects 20,000 deep (#${i})`, body: `[${deepObject}]` });
    out.push({ name: `foreign Origin (#${i})`, headers: { origin: `https://evil${i}.example` }, body: real.body });
    out.push({ name: `no Origin (#${i})`, headers: { origin: null }, body: real.body });
    out.push({ name: `bogus action id (#${i})`, headers: { "next-action": randomBytes(21).toString("hex") }, body: real.body });
    out.push({ name: `junk action id (#${i})`, headers: { "next-action": i % 2 ? "../../etc/passwd" : "x".repeat(5000) }, body: real.body });
    out.push({ name: `JSON content type (#${i})`, headers: { "content-type": "application/json" }, body: real.body });
    out.push({ name: `broken multipart (#${i})`, headers: { "content-type": "multipart/form-data; boundary=----nope" }, body: `------nope\r\nContent-Disposition: form-data; name="1_$ACTION_ID_x"\r\n\r\n${"[".repeat(5000)}` });
  }
  return out;
}

async function send(request: APIRequestContext, real: Captured, v: Variant) {
  const headers: Record<string, string> = { ...real.headers };
  for (const [k, value] of Object.entries(v.headers ?? {})) {
    if (value === null) delete headers[k];
    else headers[k] = value;
  }
  const res = await request.post(real.url, { headers, data: v.body, failOnStatusCode: false, maxRedirects: 0, timeout: 30_000 });
  return res.status();
}

test("a few hundred malformed server-action posts get 4xx answers, none a 500, and the app still works", async ({ page, request, baseURL }) => {
  test.setTimeout(240_000);
  const real = await captureJoinPost(page);
  expect(real.headers["next-action"]).toMatch(/^[0-9a-f]{40,}$/);
  const list = variants(real);
  const byStatus = new Map<number, string[]>();
  for (const v of list) {
    const status = await send(request, real, v);
    byStatus.set(status, [...(byStatus.get(status) ?? []), v.name]);
  }
  const summary = [...byStatus].map(([s, names]) => `${s}: ${names.length} (${[...new Set(names.map((n) => n.replace(/ \(#\d+\)$/, "")))].join(", ")})`);
  console.log(`Malformed server-action posts: ${list.length}\n  ${summary.join("\n  ")}`);
  const serverErrors = [...byStatus].filter(([s]) => s >= 500).flatMap(([, n]) => n);
  expect(serverErrors, "posts answered with a 5xx").toEqual([]);
  const notRefused = [...byStatus].filter(([s]) => s < 400).flatMap(([, n]) => n);
  expect(notRefused, "posts not refused with a 4xx").toEqual([]);
  expect(list.length).toBeGreaterThanOrEqual(300);

  // Nothing was created and the server still answers a real join the normal way.
  const health = await request.get(`${baseURL}/api/health`);
  expect(health.status()).toBe(200);
  await page.getByLabel("Class code").fill("QQQQQQ");
  await page.getByRole("button", { name: "Join the class" }).click();
  await expect(page.getByText("No open class has that code.")).toBeVisible();
});
