import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { acceptedAliases, articleAliases, namesSomeoneElse } from "@/lib/generation/aliases";
import { articleMemo } from "@/lib/generation/article-memo";
import { expandFirstName } from "@/lib/generation/check-context";
import { optionsMisfit, tiedElsewhere } from "@/lib/generation/check-options";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// The generator keeps what it read about an article (a name's other forms, the ties it gives its people, the names
// it gave in full) while it works on that article. Each of these runs the same question on two articles, one after
// the other, written so that an answer kept from the first would be wrong for the second.

const question = (over: Parameters<typeof draftQuestion>[0]) => draftQuestion(over);

describe("what the generator keeps about one article is not used for the next", () => {
  it("a memo answers again once the article changes, and keeps its answer while it does not", () => {
    const memo = articleMemo<number>();
    let asked = 0;
    const count = (text: string) => memo(text, "key", () => (asked++, text.length));
    expect([count("first article"), count("first article"), count("second"), count("first article")]).toEqual([13, 13, 6, 13]);
    expect(asked).toBe(3);
  });

  it("writes out a first name as the article being read gave it, not as the last one did", () => {
    // Two articles of the same length, each naming another Tobias before the same sentence.
    const wren = "Tobias Wren came to the mill in spring. Tobias built a wheel.";
    const hale = "Tobias Hale came to the mill in spring. Tobias built a wheel.";
    const at = wren.indexOf("Tobias built");
    expect(expandFirstName("Tobias built a wheel.", wren, at)).toBe("Tobias Wren built a wheel.");
    expect(expandFirstName("Tobias built a wheel.", hale, at)).toBe("Tobias Hale built a wheel.");
    expect(expandFirstName("Tobias built a wheel.", wren, at)).toBe("Tobias Wren built a wheel.");
  });

  it("writes out no first name from a capitalised title, nor for a common noun that opens its sentence", () => {
    // Our own article: its title capitalises every word, and the body uses the word in lower case too.
    const sap = "How Sap Moves Inside a Tree\n\nThe sap of a maple rises in spring. Sap rich in sugar climbs from the roots to the buds.";
    expect(expandFirstName("Sap rich in sugar climbs from the roots to the buds.", sap, sap.indexOf("Sap rich"))).toBeNull();
    // Written only in capitals, the word is still no first name when the longer name is only the title's.
    const onlyTitle = "How Sap Moves Inside a Tree\n\nSap rich in sugar climbs from the roots to the buds.";
    expect(expandFirstName("Sap rich in sugar climbs from the roots to the buds.", onlyTitle, onlyTitle.indexOf("Sap rich"))).toBeNull();
    // A person's first name after the body named them in full is still written out.
    const miller = "The Mill at Tarn\n\nTobias Wren came to the mill in spring. Tobias built a wheel.";
    expect(expandFirstName("Tobias built a wheel.", miller, miller.indexOf("Tobias built"))).toBe("Tobias Wren built a wheel.");
  });

  it("accepts a surname only where no one else in the article bears it", () => {
    const mara = { type: "PERSON" as const, text: "Mara Venn", start: 0, end: 9 };
    const sisters = "Mara Venn kept the light. Her sister Lotte Venn kept the boats.";
    const alone = "Mara Venn kept the light for forty years on the northern rock.";
    expect(acceptedAliases(mara, sisters)).not.toContain("Venn");
    expect(acceptedAliases(mara, alone)).toContain("Venn");
    expect(acceptedAliases(mara, sisters)).not.toContain("Venn");
  });

  it("reads each article's ties between its people from that article", () => {
    const married = question({ prompt: "In 1838 Ada married _____.", answerText: "Tom Varga", keyKind: "name", spanType: "PERSON", options: opts("Tom Varga", "Hal Moss", "Eli Moss", "Jon Park") });
    const brother = "Ada grew up with her brother Hal Moss. In 1838 Ada married Tom Varga.";
    const stranger = "Ada grew up on a farm by the river. In 1838 Ada married Tom Varga.";
    expect(tiedElsewhere(married, brother)).toBe(true);
    expect(tiedElsewhere(married, stranger)).toBe(false);
    expect(tiedElsewhere(married, brother)).toBe(true);
  });

  it("asks whether the article uses an option's word of the article being read", () => {
    const layer = question({ prompt: "The top layer of the soil is the _____.", answerText: "humus", keyKind: "term", options: opts("humus", "subsoil", "bedrock", "clay") });
    const soil = "The top layer of the soil is the humus. Below it lie the subsoil, the bedrock and the clay.";
    const short = "The top layer of the soil is the humus. Below it lies rock that the roots cannot reach.";
    expect(optionsMisfit(layer, soil)).toBe(false);
    expect(optionsMisfit(layer, short)).toBe(true);
    expect(optionsMisfit(layer, soil)).toBe(false);
  });

  it("makes the same quiz for an article after another as for that article alone", async () => {
    // Our own fixture articles (tests/fixtures/articles), written for the tests.
    const read = (name: string) => fs.readFileSync(path.resolve(__dirname, "../fixtures/articles", name), "utf8");
    const [first, second] = [read("kellby-ferry.txt"), read("greyhollow-lantern-story.txt")];
    const quiz = async (...texts: string[]) => {
      vi.resetModules();
      const { generateQuestions } = await import("@/lib/generation/generate-questions");
      return texts.map((text) => JSON.stringify(generateQuestions(text, { count: 10, seed: 3 }).questions));
    };
    const [secondAlone] = await quiz(second);
    const [firstAlone] = await quiz(first);
    const [, secondAfterFirst] = await quiz(first, second);
    const [, firstAfterSecond] = await quiz(second, first);
    expect(secondAfterFirst).toBe(secondAlone);
    expect(firstAfterSecond).toBe(firstAlone);
  });
});

describe("a name's other names, read around its uses only", () => {
  // The whole-article reading the stretches replace, as a reference: the same six patterns over all of the text.
  function wholeArticle(name: string, text: string): string[] {
    const n = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const other = "([A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+){0,3})";
    const patterns = [
      `${n},? (?:also |better |later |formerly |once )?(?:known as|called|named|born) ${other}`,
      `${other}(?:,? (?:also |better |later |formerly |once )(?:known as|called|named)|,? known as|, called|, named) ${n}\\b`,
      `(?:also |better )?known as ${other}, ${n}\\b`,
      `(?:also |better )?known as ${n}, ${other}`,
      `${n} \\(${other}\\)`,
      `${other} \\(${n}\\)`,
    ];
    const out = new Set<string>();
    for (const p of patterns) for (const m of text.matchAll(new RegExp(p, "g"))) if (m[1] && m[1] !== name) out.add(m[1]);
    return [...out];
  }

  const crafted = [
    "Pell Arden, also known as The Grey Fox, sailed in 1802. The Grey Fox (Pell Arden) came home.",
    "St. Ives Harbour (Porth Ia) was busy. Porth Ia, better known as St. Ives Harbour, drew painters; St. Ives Harbour, once called Porth Ia.",
    "Locals knew him well; he was known as Old Tom, Tomas Reyl the builder.\nTomas Reyl (Old Tom) and Old Tom (Tomas Reyl)!",
    "The mill was named Lark Rise. \u201cLark Rise\u201d, later called Hollin Mill, closed. Hollin Mill (Lark Rise, Ashby) was sold; Hollin Mill (Lark Rise) stands.",
    // Two uses of a name holding a full stop close together: the first one's stretch must take in the second.
    "Old Quay (St. Ives Harbour) and St. Ives Harbour (Porth Ia) were one.",
  ];

  it("finds every name the whole article gives, in the same order", () => {
    const dir = path.resolve(__dirname, "../fixtures/articles");
    const texts = [...crafted, ...fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8"))];
    let compared = 0;
    let found = 0;
    for (const text of texts) {
      const names = new Set([...text.matchAll(/[A-Z][\w'’.-]*(?: [A-Z][\w'’-]*){0,3}/g)].map((m) => m[0]));
      for (const name of names) {
        const expected = wholeArticle(name, text);
        expect(articleAliases(name, text), name).toEqual(expected);
        compared++;
        found += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(400);
    expect(found).toBeGreaterThan(5);
  });

  it("tells a short form that names someone else as the whole article does", () => {
    // The whole-article reading, as a reference.
    const reference = (alias: string, key: string, text: string) => {
      const around = new RegExp(`(?:[A-Z][\\w'’-]+ )*${alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?: (?:[A-Z][\\w'’-]+|I{1,3}|IV|VI{0,3}))*`, "g");
      return [...text.matchAll(around)].some((m) => {
        const full = m[0].replace(/^(?:The|A|An|In|On|At|By|When|After|Before|While|Her|His|Their) /, "");
        const words = full.split(" ");
        const keyWords = key.split(" ");
        return full !== alias && !words.every((w) => keyWords.includes(w)) && !keyWords.every((w) => words.includes(w));
      });
    };
    const dir = path.resolve(__dirname, "../fixtures/articles");
    const texts = [...crafted, "Osric II ruled after Osric; Osric III (the Young) followed.\nLotte Venn and Mara Venn. Venn's boat.", ...fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8"))];
    let yes = 0;
    let no = 0;
    for (const text of texts) {
      for (const key of new Set([...text.matchAll(/[A-Z][\w'’.-]*(?: [A-Z][\w'’-]*){1,3}/g)].map((m) => m[0]))) {
        for (const alias of key.split(" ")) {
          const expected = reference(alias, key, text);
          expect(namesSomeoneElse(alias, key, text), `${alias} / ${key}`).toBe(expected);
          if (expected) yes++;
          else no++;
        }
      }
    }
    expect(yes).toBeGreaterThan(20);
    expect(no).toBeGreaterThan(20);
  });

  it("reads the crafted forms: after a comma, in brackets, a name with a full stop, two uses in one stretch", () => {
    expect(articleAliases("Pell Arden", crafted[0]!)).toEqual(["The Grey Fox"]);
    expect(articleAliases("St. Ives Harbour", crafted[1]!)).toEqual(["Porth Ia"]);
    expect(articleAliases("Tomas Reyl", crafted[2]!)).toEqual(["Old Tom"]);
    expect(articleAliases("Hollin Mill", crafted[3]!)).toEqual(["Lark Rise"]);
    expect(articleAliases("St. Ives Harbour", crafted[4]!)).toEqual(["Porth Ia", "Old Quay"]);
  });
});
