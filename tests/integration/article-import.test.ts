import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWebArticle } from "@/lib/article/fetch-web-page";
import { readArticleFile } from "@/lib/article/read-article-file";
import { makeDocx } from "../support/make-docx";
import { makePdf } from "../support/make-pdf";

const PAGE = `<!doctype html><html><head><title>Lighthouses | Coast Notes</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/shop">Shop</a></nav>
<main><article><h1>Lighthouses of the North Sea</h1>
<p>Lighthouses warned sailors away from rocks and sandbanks long before radio and satellite navigation existed at sea.</p>
<h2>Keepers</h2>
<p>A keeper trimmed the wick, wound the clockwork that turned the lens, and logged the weather every few hours through the night.</p>
<p>The last keepers left the rock stations when the lights were automated in the late twentieth century, and many towers now run unattended.</p>
<ul><li>The Bell Rock light was finished in 1810.</li></ul>
</article></main><footer>Subscribe to our newsletter for more coast notes and offers.</footer></body></html>`;

let server: http.Server;
let base = "";
const allowLoopback = { allowLoopback: true };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/page") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    if (req.url === "/plain") return res.writeHead(200, { "content-type": "text/plain" }).end("Tides\nThe tide rises and falls twice a day along most coasts of the world.");
    if (req.url === "/moved") return res.writeHead(302, { location: "/page" }).end();
    if (req.url === "/to-private") return res.writeHead(302, { location: "http://10.0.0.1/secret" }).end();
    if (req.url === "/loop") return res.writeHead(302, { location: "/loop" }).end();
    if (req.url === "/pdf") return res.writeHead(200, { "content-type": "application/pdf" }).end(makePdf(["x"]));
    if (req.url === "/huge") {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = "<p>" + "filler ".repeat(10_000) + "</p>";
      for (let i = 0; i < 60; i++) res.write(chunk);
      return res.end();
    }
    if (req.url === "/slow") return void setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(PAGE), 15_000);
    if (req.url === "/nav-only") return res.writeHead(200, { "content-type": "text/html" }).end("<html><body><nav><a href='/'>Home</a></nav></body></html>");
    res.writeHead(404).end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("reading an uploaded file", () => {
  it("reads a Word document, a PDF, plain text and Markdown into a title and a body", async () => {
    const docx = await readArticleFile("deltas.docx", makeDocx(["River Deltas", "A delta forms where a river meets the sea and slows down.", "The Nile delta is one of the largest in the world."]));
    expect(docx).toEqual({ title: "River Deltas", body: "A delta forms where a river meets the sea and slows down.\nThe Nile delta is one of the largest in the world." });

    const pdf = await readArticleFile("survey.pdf", makePdf(["The Lake Survey", "The survey of Lake Ontario began in 1841.", "It took eleven years to finish."]));
    expect(pdf.title).toBe("The Lake Survey");
    expect(pdf.body).toContain("The survey of Lake Ontario began in 1841.");

    const md = await readArticleFile("tides.md", new TextEncoder().encode("# Tides\n\nThe tide rises and falls twice a day."));
    expect(md).toEqual({ title: "Tides", body: "The tide rises and falls twice a day." });

    const prose = await readArticleFile("the_tides.txt", new TextEncoder().encode("The tide rises and falls twice a day along most coasts."));
    expect(prose.title).toBe("The tides");
  });

  it("refuses a PDF with no text, a damaged Word file and other types, each with a clear message", async () => {
    await expect(readArticleFile("scan.pdf", makePdf([]))).rejects.toThrow(/No text could be read from “scan\.pdf”.*scan/);
    await expect(readArticleFile("broken.docx", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100)]))).rejects.toThrow(/could not be read/);
    await expect(readArticleFile("slides.pptx", Buffer.from("PK\u0003\u0004"))).rejects.toThrow(/not one of those/);
  });
});

describe("reading a web page", () => {
  it("keeps the page's main text, headings and paragraphs on their own lines, and drops navigation and footer", async () => {
    const read = await readWebArticle(`${base}/page`, allowLoopback);
    expect(read.title).toBe("Lighthouses of the North Sea");
    expect(read.body.split("\n")).toEqual([
      "Lighthouses warned sailors away from rocks and sandbanks long before radio and satellite navigation existed at sea.",
      "Keepers",
      "A keeper trimmed the wick, wound the clockwork that turned the lens, and logged the weather every few hours through the night.",
      "The last keepers left the rock stations when the lights were automated in the late twentieth century, and many towers now run unattended.",
      "- The Bell Rock light was finished in 1810.",
    ]);
    expect(read.body).not.toMatch(/Shop|newsletter/);
  });

  it("follows a redirect, reads plain text, and checks every hop", async () => {
    expect((await readWebArticle(`${base}/moved`, allowLoopback)).url).toBe(`${base}/page`);
    expect(await readWebArticle(`${base}/plain`, allowLoopback)).toMatchObject({ title: "Tides" });
    await expect(readWebArticle(`${base}/to-private`, allowLoopback)).rejects.toThrow(/private network/);
    await expect(readWebArticle(`${base}/loop`, allowLoopback)).rejects.toThrow(/redirects too many times/);
  });

  it("refuses loopback without the test-only flag, and private and link-local addresses always", async () => {
    const saved = process.env.FACTBOUND_TEST_ALLOW_LOOPBACK_FETCH;
    delete process.env.FACTBOUND_TEST_ALLOW_LOOPBACK_FETCH;
    try {
      await expect(readWebArticle(`${base}/page`)).rejects.toThrow(/private network or at this server itself/);
      await expect(readWebArticle("http://localhost/")).rejects.toThrow(/private network/);
      await expect(readWebArticle("http://[::1]/")).rejects.toThrow(/private network/);
      process.env.FACTBOUND_TEST_ALLOW_LOOPBACK_FETCH = "1";
      expect((await readWebArticle(`${base}/page`)).title).toBe("Lighthouses of the North Sea");
    } finally {
      if (saved === undefined) delete process.env.FACTBOUND_TEST_ALLOW_LOOPBACK_FETCH;
      else process.env.FACTBOUND_TEST_ALLOW_LOOPBACK_FETCH = saved;
    }
    for (const address of ["http://10.0.0.1/", "http://192.168.0.10/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/"]) {
      await expect(readWebArticle(address, allowLoopback), address).rejects.toThrow(/private network/);
    }
    await expect(readWebArticle("file:///etc/passwd", allowLoopback)).rejects.toThrow(/Only web pages/);
  });

  it("caps the size, the time and the kind of content, with clear messages", async () => {
    await expect(readWebArticle(`${base}/huge`, allowLoopback)).rejects.toThrow(/too large/);
    await expect(readWebArticle(`${base}/pdf`, allowLoopback)).rejects.toThrow(/application\/pdf, not a web page/);
    await expect(readWebArticle(`${base}/nav-only`, allowLoopback)).rejects.toThrow(/No article text/);
    await expect(readWebArticle(`${base}/missing`, allowLoopback)).rejects.toThrow(/error \(404\)/);
    // The machine's own resolver is not asked: a CI machine's DNS may be slow or missing.
    const unknownName = { allowLoopback: true, resolve: () => Promise.reject(Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" })) };
    await expect(readWebArticle("http://no-such-host.invalid/", unknownName)).rejects.toThrow(/“no-such-host\.invalid” could not be found/);
  });

  it("gives up on a name the resolver never answers, within the page's time limit", async () => {
    const silent = { allowLoopback: true, resolve: () => new Promise<never>(() => undefined) };
    const started = Date.now();
    await expect(readWebArticle("http://slow-resolver.example/", silent, 1_000)).rejects.toThrow(/took too long/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("gives up on a page that takes too long", async () => {
    const started = Date.now();
    await expect(readWebArticle(`${base}/slow`, allowLoopback, 1_500)).rejects.toThrow(/took too long/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
