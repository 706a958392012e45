import { describe, expect, it } from "vitest";
import { bodyWithoutTitle, composeArticleText, describeArticle, splitTitle, titleFromFileName } from "@/lib/article/article-text";
import { decodeText, detectFileKind, MAX_UPLOAD_BYTES } from "@/lib/article/file-type";
import { checkWebAddress, isPublicAddress } from "@/lib/article/web-address";
import { MAX_ARTICLE_CHARS, parseArticle } from "@/lib/generation/parse-article";
import { makeDocx } from "../support/make-docx";
import { makePdf } from "../support/make-pdf";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("detectFileKind", () => {
  it("reads text, Markdown, Word and PDF files by their content and name together", () => {
    expect(detectFileKind("notes.txt", bytes("The river rose."))).toEqual({ ok: true, kind: "text" });
    expect(detectFileKind("Notes.MD", bytes("# Rivers\n\nThe river rose."))).toEqual({ ok: true, kind: "text" });
    expect(detectFileKind("lesson.docx", makeDocx(["A line."]))).toEqual({ ok: true, kind: "docx" });
    expect(detectFileKind("lesson.pdf", makePdf(["A line."]))).toEqual({ ok: true, kind: "pdf" });
  });

  it("refuses other types, renamed files, binary text, empty and oversized files with a message", () => {
    const refused = (name: string, content: Uint8Array) => {
      const r = detectFileKind(name, content);
      expect(r.ok, name).toBe(false);
      return r.ok ? "" : r.error;
    };
    expect(refused("slides.pptx", bytes("x"))).toMatch(/reads \.txt, \.md, \.docx, \.pdf files; “slides\.pptx” is not one of those/);
    expect(refused("photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toMatch(/not one of those/);
    expect(refused("noextension", bytes("text"))).toMatch(/not one of those/);
    expect(refused("old.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toMatch(/Save it as \.docx/);
    expect(refused("fake.pdf", bytes("just text"))).toMatch(/not a readable PDF/);
    expect(refused("fake.docx", bytes("just text"))).toMatch(/not a readable Word document/);
    expect(refused("renamed.txt", makePdf(["x"]))).toMatch(/not text/);
    expect(refused("binary.txt", new Uint8Array([0x41, 0x00, 0x42, 0x01]))).toMatch(/binary data/);
    expect(refused("empty.txt", new Uint8Array())).toMatch(/is empty/);
    expect(refused("huge.txt", new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41))).toMatch(/the limit is 700 KB/);
  });

  it("decodes UTF-8 with or without a byte-order mark, and older Windows text", () => {
    expect(decodeText(bytes("Café au lait."))).toBe("Café au lait.");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("Hello.")]))).toBe("Hello.");
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe("Café");
    expect(decodeText(new Uint8Array([0x00, 0x01]))).toBeNull();
  });
});

describe("web addresses", () => {
  it("accepts http(s) pages and adds https:// when it is left off", () => {
    const ok = checkWebAddress("example.org/lakes");
    expect(ok.ok && ok.url.toString()).toBe("https://example.org/lakes");
    expect(checkWebAddress("http://example.org/a?b=c").ok).toBe(true);
  });

  it("refuses other schemes, credentials and nonsense", () => {
    for (const bad of ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "data:text/html,hi", "https://user:pw@example.org/", "http://", "", "https://" + "a".repeat(2100)]) {
      expect(checkWebAddress(bad).ok, bad).toBe(false);
    }
  });

  it("allows only public addresses: no private, loopback, link-local or translated ones", () => {
    const strict = { allowLoopback: false };
    for (const pub of ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"]) expect(isPublicAddress(pub, strict), pub).toBe(true);
    const refused = [
      "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1",
      "0.0.0.0", "255.255.255.255", "224.0.0.1", "192.0.2.1", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
      "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:0a00:0001::1", "2001:0000:4136:e378::1", "ff02::1", "not-an-ip",
    ];
    for (const addr of refused) expect(isPublicAddress(addr, strict), addr).toBe(false);
  });

  it("allows loopback only under the test policy, and nothing else private even then", () => {
    const tests = { allowLoopback: true };
    expect(isPublicAddress("127.0.0.1", tests)).toBe(true);
    expect(isPublicAddress("::1", tests)).toBe(true);
    expect(isPublicAddress("10.0.0.1", tests)).toBe(false);
    expect(isPublicAddress("169.254.169.254", tests)).toBe(false);
  });
});

describe("article text", () => {
  it("puts the title first for the parser, once", () => {
    expect(composeArticleText("The Great Lakes", "Five lakes form the group.")).toBe("The Great Lakes\n\nFive lakes form the group.");
    expect(composeArticleText("The Great Lakes", "The Great Lakes\nFive lakes form the group.")).toBe("The Great Lakes\nFive lakes form the group.");
    expect(composeArticleText("The Great Lakes", "# The Great Lakes\n\nFive lakes.")).toBe("# The Great Lakes\n\nFive lakes.");
    const text = composeArticleText("Lakes.", "Five lakes form the group.");
    expect(parseArticle(text).title).toBe("Lakes");
    expect(bodyWithoutTitle("Lakes", text)).toBe("Five lakes form the group.");
  });

  it("splits a title line off text read from a file or a page, else uses the fallback", () => {
    expect(splitTitle("\n\nRiver Deltas\nA delta forms where a river slows down.", "x")).toEqual({ title: "River Deltas", body: "A delta forms where a river slows down." });
    expect(splitTitle("# River *Deltas*\n\nText.", "x")).toEqual({ title: "River Deltas", body: "Text." });
    expect(splitTitle("A delta forms where a river slows down and drops its load.", "Fallback")).toEqual({
      title: "Fallback",
      body: "A delta forms where a river slows down and drops its load.",
    });
    expect(titleFromFileName("river-deltas_notes.docx")).toBe("River deltas notes");
  });

  it("describes how the generator read an article, against the generator's own limit", () => {
    const text = composeArticleText(
      "The Great Lakes",
      [
        "The Great Lakes hold about a fifth of the fresh surface water on Earth. Five lakes make up the group.",
        "Lake Superior is the largest",
        "## Formation",
        "Glaciers carved the basins about 14,000 years ago. Meltwater filled them as the ice sheet retreated north.",
        "## Shipping",
        "The St. Lawrence Seaway opened in 1959 and linked the lakes to the Atlantic Ocean for large ships.",
      ].join("\n"),
    );
    const preview = describeArticle(text);
    expect(preview.title).toBe("The Great Lakes");
    expect(preview.summary).toBe("The Great Lakes hold about a fifth of the fresh surface water on Earth. Five lakes make up the group.");
    expect(preview.keyFacts).toEqual(["Lake Superior is the largest"]);
    expect(preview.sections.map((s) => [s.heading, s.sentences])).toEqual([
      [null, 2],
      ["Formation", 2],
      ["Shipping", 1],
    ]);
    expect(preview.sentenceCount).toBe(5);
    expect(preview.maxCharacters).toBe(MAX_ARTICLE_CHARS);
    expect(preview.notes.join(" ")).toMatch(/Only 5 sentences/);
  });
});
