import { describe, expect, it } from "vitest";
import { findLabelledLines, makeLabelOrdering, makeLabelQuestion } from "@/lib/generation/make-label-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// Invented articles: a numbered list of stages whose introducing line names no kind (the sentence before it counts
// them), and a bulleted list whose labels are the stages' own numbers.
const tea = [
  "How Glass Tea Is Made",
  "",
  "Glass tea is a pale drink brewed in the hill towns of Morvale. Its leaves are picked in early spring.",
  "",
  "Once the leaves are picked, the work takes place in three main stages. Pickers remember their order with a short rhyme:",
  "",
  "1. Wilting: the fresh leaves are spread out on bamboo racks in the shade and turned by hand every hour, so that they lose most of their water without browning.",
  "2. Rolling: the soft leaves are pressed into tight curls between two wooden boards.",
  "3. Firing: the curled leaves are heated in iron pans over a low charcoal fire.",
  "",
  "Finally, the tea is packed in paper bags.",
  "",
  "The tea has two uses: drinking at festivals and washing new pots.",
].join("\n");

const lake = [
  "How a Lake Fills In",
  "",
  "Every lake slowly turns into dry land. The change can take many thousands of years.",
  "",
  "The change is often split into five stages:",
  "- Stage 1: the water is deep and clear, and few plants grow on its bed.",
  "- Stage 2: mud from streams builds up on the bed, and reeds spread along the shore.",
  "- Stage 3: the reeds cover the whole lake, which becomes a shallow marsh.",
  "- Stage 4: trees take root in the dried marsh, and the lake is gone.",
  "- Stage 5: some mapmakers name this stage, during which the young wood grows into a tall forest.",
  "",
  "Some lakes never finish the change, because floods scour them out again.",
].join("\n");

describe("a list of stages", () => {
  it("takes its kind from the sentence before an introducing line that names none, and ends at the next plain paragraph", () => {
    const [set, ...rest] = findLabelledLines(parseArticle(tea), tea);
    expect(rest).toEqual([]);
    expect(set?.kind).toBe("stage");
    expect(set!.lines.map((l) => l.label)).toEqual(["Wilting", "Rolling", "Firing"]);
  });
  it("cuts an over-long line to its main clause, before what follows from it", () => {
    const [set] = findLabelledLines(parseArticle(tea), tea);
    expect(set!.lines[0]!.description).toBe("the fresh leaves are spread out on bamboo racks in the shade and turned by hand every hour");
  });
  it("asks the stages' order and each stage among the others", () => {
    const article = parseArticle(tea);
    const [set] = findLabelledLines(article, tea);
    expect(makeLabelOrdering(set!, article.sentences, createRandom(1), 4)?.answerText).toBe("Wilting → Rolling → Firing");
    const q = makeLabelQuestion(set!.kind, set!.lines[1]!, set!.lines, article.sentences, tea, createRandom(1));
    expect(q?.prompt).toBe("Which stage does the article describe as follows: the soft leaves are pressed into tight curls between two wooden boards?");
    expect(q?.answerText).toBe("Rolling");
  });
  it("keeps labels that are the stages' own numbers, but never asks their order", () => {
    const article = parseArticle(lake);
    const [set] = findLabelledLines(article, lake);
    expect(set?.kind).toBe("stage");
    expect(set!.lines.map((l) => l.label)).toEqual(["Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5"]);
    expect(makeLabelOrdering({ ...set!, numbered: true }, article.sentences, createRandom(1), 4)).toBeNull();
  });
  it("describes a line that points at its own stage by the clause on what happens in it", () => {
    const [set] = findLabelledLines(parseArticle(lake), lake);
    expect(set!.lines[4]!.description).toBe("the young wood grows into a tall forest");
  });
  it("drops numbered labels under a kind that is not their own", () => {
    const rules = lake.replace("The change is often split into five stages:", "The rangers follow five rules:");
    expect(findLabelledLines(parseArticle(rules), rules)).toEqual([]);
  });
});

describe("a kindless list after a sentence that counts stages", () => {
  it("takes no kind from that sentence when its introducing line does not point back to the stages", () => {
    // Invented: a trip counted in stages, then a packing list that is no list of them.
    const trip = [
      "The Tarrow School Trip",
      "",
      "The yearly walk of Tarrow School to the hills runs in three main stages. Pupils learn a rhyme to remember what to pack:",
      "",
      "- Boots: strong shoes with thick soles that keep the feet dry on wet grass.",
      "- Coat: something warm with a hood for the cold wind at the top.",
      "- Lunch: sandwiches, water, fruit and bread for the long day.",
      "",
      "The walk began in 1961 under the teacher Orla Finch.",
    ].join("\n");
    expect(findLabelledLines(parseArticle(trip), trip).map((s) => s.kind)).toEqual([]);
  });
});
