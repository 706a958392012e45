import fs from "node:fs";
import path from "node:path";
import nlp from "compromise";
import { afterAll, describe, expect, it } from "vitest";
import { CHECKED_VERSION, switchFasterTagger } from "@/lib/generation/faster-tagger";
import { tagWithoutChunks } from "@/lib/generation/tag-without-chunks";

// Our own fixture articles (tests/fixtures/articles), written for the tests, plus sentences chosen to set off
// the tagger's rules that need a word, rule out a word, or want some of several.
const dir = path.resolve(__dirname, "../fixtures/articles");
const texts = [
  ...fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8")),
  "Mr. Dale Orrin, the ferry's owner, didn't sail on 3 March 1902; he'd gone to Paris, France, instead.",
  "The old man the boats. She walked quickly and quietly past the well-known bakers' shop on Main Street.",
];

/** Every term's text and tags, and the people and places the article names, as the tagger reads them. */
function reading(text: string) {
  const doc = nlp(text);
  const terms = (doc.json() as { terms: { text: string; tags: string[] }[] }[]).map((s) => s.terms.map((t) => `${t.text}/${t.tags.join(",")}`));
  return { terms, people: doc.people().out("array") as string[], places: doc.places().out("array") as string[] };
}

describe("the faster rule sweep in the tagger", () => {
  afterAll(() => switchFasterTagger(true));

  it("is on for the compromise version it was checked against", () => {
    expect(nlp.version).toBe(CHECKED_VERSION);
    expect(switchFasterTagger(true)).toBe(true);
  });

  it("tags every word of the fixture articles exactly as the library's own sweep does", () => {
    switchFasterTagger(false);
    const library = texts.map(reading);
    switchFasterTagger(true);
    const faster = texts.map(reading);
    expect(faster).toEqual(library);
    // The comparison has something to compare: people, places and many tags.
    expect(library.flatMap((r) => r.people).length).toBeGreaterThan(10);
    expect(library.flatMap((r) => r.places).length).toBeGreaterThan(10);
  });

  it("finds what a rule sweep finds, in the library's order, including the first match alone", () => {
    const doc = nlp("Dale Orrin sailed the ferry to Paris. The ferry was old, and the crossing was rough.");
    const rules: { match: string; tag: string; group?: number; ifNo?: string }[] = [
      { match: "the ferry", tag: "Vehicle" },
      // Skipped in a sentence that names a person (the first), run in the other.
      { match: "sailed the ferry", tag: "Voyage", ifNo: "#Person" },
      { match: "the crossing", tag: "Route", ifNo: "#Person" },
      { match: "#Person+ sailed", tag: "Sailor" },
      { match: "was (old|rough)", tag: "Judgement" },
      { match: "[#Noun] was", group: 0, tag: "Subject" },
    ];
    const net = nlp.buildNet(rules);
    const sweep = (matchOne: boolean) => {
      const { found } = doc.sweep(net, { tagger: false, matchOne });
      return (found as { match: string; view: { text: () => string } }[]).map((f) => `${f.match}: ${f.view.text()}`);
    };
    switchFasterTagger(false);
    const library = [sweep(false), sweep(true)];
    switchFasterTagger(true);
    expect([sweep(false), sweep(true)]).toEqual(library);
    expect(library[0]).toContain("the crossing: the crossing");
    expect(library[0]!.some((f) => f.startsWith("sailed the ferry"))).toBe(false);
    expect(library[0]!.length).toBeGreaterThanOrEqual(6);
    expect(library[1]).toHaveLength(1);
  });
});

describe("tagging without the phrase-grouping step", () => {
  it("reads every word of the fixture articles with the tags, people and places of the whole tagger", () => {
    const words = (doc: ReturnType<typeof nlp>) =>
      (doc.json() as { terms: { text: string; tags: string[]; post: string }[] }[]).map((s) => s.terms.map((t) => `${t.text}/${t.tags.join(",")}/${t.post}`));
    for (const text of texts) {
      const whole = nlp(text);
      const read = tagWithoutChunks(text);
      expect(words(read)).toEqual(words(whole));
      expect(read.people().out("array")).toEqual(whole.people().out("array"));
      expect(read.places().out("array")).toEqual(whole.places().out("array"));
      expect(read.match("(#Verb|#Adverb)").out("array")).toEqual(whole.match("(#Verb|#Adverb)").out("array"));
    }
  });

  it("leaves the tagger whole for the next text", () => {
    tagWithoutChunks("The ferry crossed the bay.");
    expect((nlp.world() as unknown as { hooks: string[] }).hooks).toContain("chunks");
  });
});
