import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readBuiltInArticle } from "@/lib/demo/demo-data";
import { findSpans } from "@/lib/generation/find-spans";
import { gateFailure } from "@/lib/generation/gates";
import { ALL_TYPES, BLANK, generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { findLists } from "@/lib/generation/find-lists";
import { ArticleError, MAX_ARTICLE_CHARS, parseArticle } from "@/lib/generation/parse-article";
import { LONGEST_READ_SENTENCE } from "@/lib/generation/split-sentences";
import { isCutFrom } from "@/lib/generation/trim-statement";
import type { GeneratedQuestion } from "@/lib/generation/types";

const article = readBuiltInArticle();
const corpusDir = path.resolve(__dirname, "../fixtures/articles");
const corpus = fs.readdirSync(corpusDir).map((f) => ({ file: f, text: fs.readFileSync(path.join(corpusDir, f), "utf8") }));

describe("findSpans", () => {
  it("resolves overlaps to the longest span and finds people after titles", () => {
    const spans = findSpans("Japan's surrender in August 1945 was noted by Prime Minister Ichiro Hatoyama in the 1950s.");
    expect(spans.map((s) => [s.type, s.text])).toEqual([
      ["COUNTRY", "Japan"],
      ["MONTH_YEAR", "August 1945"],
      ["PERSON", "Ichiro Hatoyama"],
      ["DECADE", "1950s"],
    ]);
  });

  it("reads full dates and defined terms, and matches gazetteer names only as written", () => {
    expect(findSpans("It landed on 20 July 1969 and again on July 24, 1969.").map((s) => s.text)).toEqual(["20 July 1969", "July 24, 1969"]);
    expect(findSpans("Water rises through tubes called xylem.").map((s) => [s.type, s.text])).toEqual([["TERM", "xylem"]]);
    expect(findSpans("Ask who made the fine china.")).toEqual([]);
  });
});

/** Every check a shipped question must pass, stated independently of the generator's own gates. */
function expectGrounded(q: GeneratedQuestion, text: string) {
  for (const s of q.sources ?? [q.source]) expect(text.slice(s.start, s.end)).toBe(s.sentence);
  const key = q.answerKey;
  if (q.type === "MULTIPLE_CHOICE" && key.kind === "choice" && q.keyKind === "category" && /^Which of these (?:was|is|does the article name as) one of the /.test(q.prompt)) {
    // "Which of these was one of the hardships …?": the key is a member of the source sentence's list; every wrong
    // option is named elsewhere in the article, never in that sentence.
    for (const o of q.options) expect(o.id === key.optionId ? text.slice(q.source.answer.start, q.source.answer.end).includes(o.text) : !q.source.sentence.includes(o.text) && text.includes(o.text)).toBe(true);
  } else if (q.type === "MULTIPLE_CHOICE" && key.kind === "choice" && q.keyKind === "category") {
    // The odd one out: every other option is a member of the list the source sentence gives; the key is named elsewhere in the article, not there.
    const list = text.slice(q.source.answer.start, q.source.answer.end);
    // A list asked through its clause ("Which of these did the warden not inspect …?") may take its outsider from a second
    // list of the same sentence (the stem shows neither): outside the list, then.
    const byFrame = /^Which of these (?:did|do|does) .+ not .+, according to the article\?$/.test(q.prompt);
    for (const o of q.options) expect(o.id === key.optionId ? !(byFrame ? list : q.source.sentence).includes(o.text) && text.includes(o.text) : list.includes(o.text)).toBe(true);
    expect(q.options.find((o) => o.id === key.optionId)!.text).toBe(q.answerText);
    if (!byFrame) expect(q.prompt).toMatch(/^Which of these is not one of .+ named in the article\?$/);
  } else if (q.type === "MULTIPLE_CHOICE" && key.kind === "choice" && q.keyKind === "statement") {
    // "Which of these statements is true?": the key is its sentence cut to the main clause; the others are stated nowhere.
    expect(q.prompt).toBe("Which of these statements is true?");
    expect(isCutFrom(q.answerText, q.source.sentence)).toBe(true);
    expect(q.options.filter((o) => o.id === key.optionId).map((o) => o.text)).toEqual([q.answerText]);
    for (const o of q.options) if (o.id !== key.optionId) expect(text.includes(o.text.replace(/\.$/, ""))).toBe(false);
  } else if (q.type === "MULTIPLE_CHOICE" && key.kind === "choice" && ["function", "direction", "example", "result", "means"].includes(q.keyKind)) {
    // A job, a direction, a numbered concept, a result or a means read off the sentence (a means turned to "By …-ing"): the part of it asked about lies in it, and the stem is a real question.
    expect(q.source.answer.start).toBeGreaterThanOrEqual(q.source.start);
    expect(q.source.answer.end).toBeLessThanOrEqual(q.source.end);
    expect(q.prompt.endsWith("?")).toBe(true);
    expect(q.options.filter((o) => o.id === key.optionId).map((o) => o.text)).toEqual([q.answerText]);
    for (const o of q.options) if (o.id !== key.optionId) expect(q.prompt.toLowerCase()).not.toContain(o.text.toLowerCase());
    if (q.keyKind === "function" && !q.answerText.includes(" ")) expect(text.toLowerCase()).toContain(q.answerText.toLowerCase());
  } else if (q.type === "MULTIPLE_CHOICE" && key.kind === "choice") {
    const span = text.slice(q.source.answer.start, q.source.answer.end);
    // A reason is shown as a clause of its own (capitalised, "To …" for a purpose): its words end as the article's do.
    if (q.keyKind === "cause") expect(span.toLowerCase()).toContain(q.answerText.toLowerCase().split(" ").slice(-3).join(" "));
    else expect(q.answerText.charAt(0).toLowerCase() + q.answerText.slice(1)).toBe(span.charAt(0).toLowerCase() + span.slice(1));
    expect(q.source.sentence).toContain(span);
    // A cloze with its blank, or a real question.
    expect(q.prompt.includes(BLANK) || q.prompt.endsWith("?")).toBe(true);
    expect(q.prompt.toLowerCase()).not.toContain(span.toLowerCase());
    expect(q.options.filter((o) => o.id === key.optionId)).toHaveLength(1);
    expect(new Set(q.options.map((o) => o.text.toLowerCase())).size).toBe(q.options.length);
    for (const o of q.options) if (o.id !== key.optionId) expect(q.prompt).not.toContain(o.text);
  }
  if (q.type === "FILL_BLANK" && key.kind === "text") {
    expect(key.accepted).toContain(text.slice(q.source.answer.start, q.source.answer.end));
    expect(q.prompt.toLowerCase()).not.toContain(q.answerText.toLowerCase());
  }
  // A main-clause statement is true when cut from its sentence; any other statement is the article's sentence or a changed one.
  if (q.type === "TRUE_FALSE" && key.kind === "choice" && q.keyKind === "statement") expect(isCutFrom(q.prompt, q.source.sentence)).toBe(key.optionId === "true");
  // A reason restated after its effect ("S2 because S1."): each half is the article's own words.
  const restated = q.type === "TRUE_FALSE" && q.keyKind === "cause" && key.kind === "choice" && key.optionId === "true" && !text.includes(q.prompt);
  if (restated) for (const half of q.prompt.replace(/\.$/, "").split(" because ")) expect(text.toLowerCase()).toContain(half.toLowerCase());
  if (q.type === "TRUE_FALSE" && key.kind === "choice" && q.keyKind !== "statement" && !restated) expect(text.includes(q.prompt)).toBe(key.optionId === "true");
  if (q.type === "TRUE_FALSE" && key.kind === "choice" && key.optionId === "false") expect(text.includes(q.prompt.replace(/\.$/, ""))).toBe(false);
  if (q.type === "ORDERING" && key.kind === "order") {
    expect(key.itemIds.length).toBeGreaterThanOrEqual(3);
    expect(q.options.map((o) => o.id)).not.toEqual(key.itemIds);
    for (const o of q.options) expect(o.text).not.toMatch(/\b\d{4}\b/);
  }
  if (q.type === "MATCHING" && key.kind === "match") {
    expect(Object.keys(key.pairs).length).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(key.pairs)).size).toBe(Object.keys(key.pairs).length);
  }
}

describe("generateQuestions on the built-in article", () => {
  const result = generateQuestions(article, { count: 10, seed: 1956 });

  it("makes at least six questions (what the demo needs), one per sentence, each passing the gates and grounded", () => {
    expect(result.questions.length).toBeGreaterThanOrEqual(6);
    expect(new Set(result.questions.map((q) => q.source.start)).size).toBe(result.questions.length);
    for (const q of result.questions) {
      expect(gateFailure(q, article)).toBeNull();
      expectGrounded(q, article);
    }
  });

  it("asks who signed, where, when and which islands, across seeds, never what the title already says", () => {
    const keys = new Set<string>();
    for (const seed of [1, 2, 3, 1956]) for (const q of generateQuestions(article, { count: 10, seed }).questions) keys.add(q.answerText);
    for (const expected of ["Ichiro Hatoyama", "Kuril Islands"]) expect(keys).toContain(expected);
    expect([...keys].some((k) => /1956/.test(k))).toBe(true);
    expect(keys).not.toContain("Soviet Union");
    expect(keys).not.toContain("Japan");
  });

  it("never shows one question's key in another question's stem", () => {
    for (const seed of [1, 2, 3, 1956]) {
      const { questions } = generateQuestions(article, { count: 10, seed });
      for (const q of questions) {
        if (q.type !== "MULTIPLE_CHOICE" && q.type !== "FILL_BLANK") continue;
        for (const other of questions) if (other !== q) expect(other.prompt.toLowerCase()).not.toContain(q.answerText.toLowerCase());
      }
    }
  });

  it("is deterministic for a seed and different for another", () => {
    expect(generateQuestions(article, { count: 10, seed: 1956 }).questions).toEqual(result.questions);
    const sig = (qs: GeneratedQuestion[]) => qs.map((q) => q.prompt + q.options.map((o) => o.text).join());
    expect(sig(generateQuestions(article, { count: 10, seed: 99 }).questions)).not.toEqual(sig(result.questions));
  });

  it("mixes types and honours the types asked for", () => {
    expect(new Set(result.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(2);
    const only = generateQuestions(article, { count: 6, seed: 3, types: ["FILL_BLANK"] });
    expect(only.questions.length).toBeGreaterThan(0);
    expect(only.questions.every((q) => q.type === "FILL_BLANK")).toBe(true);
  });

  it("never offers a distractor from after 1956 or one that contradicts the sentence", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const q of generateQuestions(article, { count: 10, seed, types: ["MULTIPLE_CHOICE"] }).questions) {
        expect(q.options.map((o) => o.text)).not.toContain("Russia");
        expect(q.options.map((o) => o.text)).not.toContain("European Union");
        for (const o of q.options) if (o.text !== q.answerText && /\d{4}/.test(o.text)) expect(q.prompt).not.toContain(/\d{4}/.exec(o.text)![0]);
      }
    }
  });
});

// Articles whose third question was an unfair one. The congestion-charge article's was its title's own term asked of itself
// ("What is a fee … ? => congestion charge", with "What Is a Congestion Charge?" on screen). The fair reverse question
// ("What is a congestion charge?") needs two other defined terms for its options, and the article defines only one more.
const FEWER_FAIR: Record<string, number> = { "congestion-charge.txt": 2 };

describe("generateQuestions over the fixture corpus", () => {
  it("asks the brain article's parts, never the title's own topic nor a part given the whole's job", () => {
    const text = corpus.find((c) => c.file === "human-brain.txt")!.text;
    for (const seed of [1, 7]) {
      const fates = new Map<string, string>();
      const { questions } = generateQuestions(text, { count: 10, seed, types: ALL_TYPES, trace: (q, fate) => fates.set(`${q.type} ${q.prompt} => ${q.answerText}`, fate) });
      // "brainstem" is a part, not the title's "brain" cut short.
      expect(questions.some((q) => q.answerText === "brainstem")).toBe(true);
      expect(questions.some((q) => q.answerText === "brain")).toBe(false);
      // The whole's definition given to a part as a false statement is not clearly false (the part does part of that job).
      expect([...fates.keys()].filter((x) => x.startsWith("TRUE_FALSE") && x.includes("control centre") && !x.startsWith("TRUE_FALSE The brain "))).toEqual([]);
    }
  });

  it("has a corpus to check (an empty folder would pass every per-file test)", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    for (const { text } of corpus) expect(text.split(/\s+/).length).toBeGreaterThan(100);
  });

  it.each(corpus)("$file: every question passes the gates and is grounded", ({ file, text }) => {
    for (const seed of [1, 7]) {
      const { questions } = generateQuestions(text, { count: 10, seed, types: ALL_TYPES });
      expect(questions.length).toBeGreaterThanOrEqual(FEWER_FAIR[file] ?? 3);
      for (const q of questions) {
        expect(passesGates(q, text)).toBe(true);
        expectGrounded(q, text);
      }
    }
  });

  it("makes ordering and matching questions where an article has three or more distinct dates", () => {
    const types = new Set(corpus.flatMap(({ text }) => [1, 2, 3].flatMap((seed) => generateQuestions(text, { seed }).questions.map((q) => q.type))));
    expect(types).toEqual(new Set(ALL_TYPES));
  }, 30_000);
});

describe("bad input", () => {
  it("gives a clear error or an empty result with a reason, never a crash", () => {
    expect(() => generateQuestions("")).toThrow(ArticleError);
    expect(() => generateQuestions(" \n\t ")).toThrow(ArticleError);
    expect(() => generateQuestions("\u0000\u0001binary\u0002")).toThrow(/binary/);
    expect(() => generateQuestions("word ".repeat(MAX_ARTICLE_CHARS))).toThrow(/limit/);
    expect(generateQuestions("Hello").questions).toEqual([]);
    const bland = generateQuestions("Thoughts\nWe like to think about many things in a quiet and calm way every day.");
    expect(bland.questions).toEqual([]);
    expect(bland.notes.join(" ")).toMatch(/question/);
    const foreign = generateQuestions("Le traité\nLe traité a été signé à Paris en 1919 par les représentants de nombreux pays européens.");
    for (const q of foreign.questions) expect(passesGates(q, "Le traité\nLe traité a été signé à Paris en 1919 par les représentants de nombreux pays européens.")).toBe(true);
  });

  it("treats HTML and script tags as text", () => {
    const html = "Title\n<script>alert('x')</script> The treaty was signed in Paris in 1919 by many nations. <b>Germany</b> lost land in 1919 to France.";
    const { questions } = generateQuestions(html);
    for (const q of questions) expect(passesGates(q, html)).toBe(true);
  });

  it("refuses a 1 MB paste at the length check, at once", () => {
    const started = Date.now();
    expect(() => generateQuestions("The treaty was signed in Paris in 1919. ".repeat(30_000))).toThrow(/limit/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("does not read a 'sentence' longer than any prose for lists or names (a pasted table with no full stops)", () => {
    // A list in a normal sentence is read; the same list inside a run-on of 190,000 characters is not
    // (its list and name patterns took 12 and 22 s on such input: bench:generation prints the figures).
    const list = "The three layers are the crust, the mantle and the core.";
    expect(findLists(parseArticle(`Layers\n\n${list}`).sentences).map((l) => l.items.map((i) => i.text))).toEqual([["crust", "mantle", "core"]]);
    const runOn = `Layers\n\n${"The layer, ".repeat(17_000)}${list}`;
    const sentences = parseArticle(runOn).sentences;
    expect(sentences.some((s) => s.text.length > LONGEST_READ_SENTENCE)).toBe(true);
    expect(findLists(sentences)).toEqual([]);
  });

  it("generates from a long article just under the limit, in time, every question passing the gates", () => {
    // The corpus's own paragraphs, repeated with shifted years, up to just under the limit.
    const paragraphs = corpus.flatMap(({ text }) => text.split(/\n\s*\n/).slice(1));
    let long = "A long article\n\n";
    for (let i = 0; long.length < MAX_ARTICLE_CHARS - 2_000; i++) {
      long += paragraphs[i % paragraphs.length]!.replace(/\b1[0-9]{3}\b/g, (y) => String(Number(y) + (i % 7))) + "\n\n";
    }
    long = long.slice(0, MAX_ARTICLE_CHARS - 1);
    expect(long.length).toBeLessThan(MAX_ARTICLE_CHARS);
    const started = Date.now();
    const { questions } = generateQuestions(long, { count: 10, seed: 5 });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(questions.length).toBe(10);
    for (const q of questions) expect(passesGates(q, long)).toBe(true);
  }, 90_000);
});
