import { describe, expect, it } from "vitest";
import { findLabelledLines, makeLabelMatching, makeLabelQuestion } from "@/lib/generation/make-label-questions";
import { whichLine } from "@/lib/generation/which-glossary-lines";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// A bulleted glossary in lower case, each kind then "which …" what it does (invented).
const kilns = [
  "How Potters Fire Clay",
  "",
  "Clay turns hard only when it is heated far above the heat of a kitchen oven. Potters have built many ovens for the job.",
  "",
  "There are several main kinds:",
  "",
  "- pit kilns, which bake pots in a shallow hole covered with burning dung;",
  "- updraught kilns, which pull the flames up through a floor of holes;",
  "- tunnel kilns, which move the pots slowly on carts through a long hot passage;",
  "- electric kilns, which warm the pots with glowing metal coils.",
  "",
  "Most small studios today use the last kind.",
].join("\n");

describe("a glossary line 'term, which …'", () => {
  it("takes the term as the label, names the kind by the labels' own noun, and asks 'Which <noun> <does …>?'", () => {
    const article = parseArticle(kilns);
    const [set] = findLabelledLines(article, kilns);
    expect(set?.kind).toBe("kind of kiln");
    expect(set!.lines.map((l) => l.label)).toEqual(["pit kilns", "updraught kilns", "tunnel kilns", "electric kilns"]);
    const tunnel = set!.lines.find((l) => l.label === "tunnel kilns")!;
    const q = makeLabelQuestion(set!.kind, tunnel, set!.lines, article.sentences, kilns, createRandom(1));
    expect(q?.prompt).toBe("Which kilns move the pots slowly on carts through a long hot passage?");
    expect(q?.answerText).toBe("tunnel kilns");
    expect(q?.options.map((o) => o.text).sort()).toEqual(["electric kilns", "pit kilns", "tunnel kilns", "updraught kilns"]);
    expect(makeLabelMatching(set!.kind, set!.lines, article.sentences, createRandom(1))?.prompt).toBe("Match each kind of kiln to what the article says about it.");
  });

  it("reads no line whose 'which' is the verb's object, or whose clause points back", () => {
    expect(whichLine("pit kilns, which bake pots in a shallow hole;")).toEqual({ label: "pit kilns", description: "bake pots in a shallow hole" });
    expect(whichLine("pit kilns, which potters dig by hand;")).toBeNull();
    expect(whichLine("tunnel kilns, which heat them slowly;")).toBeNull();
    expect(whichLine("later, which bake pots;")).toBeNull();
  });

  it("leaves out a line whose kind 'also' does what another line's does, so no question has two right answers", () => {
    const echoed = kilns.replace("- updraught kilns, which pull the flames up through a floor of holes;", "- updraught kilns, which also bake pots in a shallow hole;");
    const article = parseArticle(echoed);
    const [set] = findLabelledLines(article, echoed);
    expect(set!.lines.map((l) => l.label)).toEqual(["pit kilns", "tunnel kilns", "electric kilns"]);
    expect(whichLine("updraught kilns, which also bake pots;")).toBeNull();
  });

  it("asks nothing by a bare kind word when the labels share no noun", () => {
    const mixed = kilns.replace("- electric kilns, which", "- electric ovens, which");
    const article = parseArticle(mixed);
    const [set] = findLabelledLines(article, mixed);
    expect(set?.kind).toBe("kind");
    const pit = set!.lines.find((l) => l.label === "pit kilns")!;
    expect(makeLabelQuestion(set!.kind, pit, set!.lines, article.sentences, mixed, createRandom(1))).toBeNull();
  });
});
