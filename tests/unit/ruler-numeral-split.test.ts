import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/generation/split-sentences";

// Invented sentences: an invented realm's rulers.
const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe("a ruler's numeral of one letter ends a sentence", () => {
  it("splits after 'Oskar I.' or 'Maren V.' when a sentence opens next", () => {
    expect(texts("The old fairs were ended under the regent Oskar I. In the 1720s a clerk named Ilse Varn began to revive them.")).toEqual([
      "The old fairs were ended under the regent Oskar I.",
      "In the 1720s a clerk named Ilse Varn began to revive them.",
    ]);
    expect(texts("The bridge was opened by Queen Maren V. She crossed it on foot.")).toEqual(["The bridge was opened by Queen Maren V.", "She crossed it on foot."]);
  });

  it("splits before a story's 'Then' or 'Finally' too, after a numeral or a clock time", () => {
    expect(texts("Its greatest ruler was Edmar V. Then the realm had its golden age.")).toEqual(["Its greatest ruler was Edmar V.", "Then the realm had its golden age."]);
    expect(texts("The dam at Tarrow was finished at 4 p.m. Then the king opened the gates.")).toEqual(["The dam at Tarrow was finished at 4 p.m.", "Then the king opened the gates."]);
    expect(texts("The crown passed to Osric I. Finally, in 1420, the realm split in two.")).toEqual(["The crown passed to Osric I.", "Finally, in 1420, the realm split in two."]);
  });

  it("keeps an initial inside a name, and a name's initial before its surname", () => {
    expect(texts("The mill was sold to Ada V. Holm in 1790. She kept it for years.")).toEqual(["The mill was sold to Ada V. Holm in 1790.", "She kept it for years."]);
    expect(texts("The letter was signed by Tomas I. Brandt and two clerks.")).toEqual(["The letter was signed by Tomas I. Brandt and two clerks."]);
  });
});

describe("a clock time's 'a.m.' or 'p.m.' may end a sentence", () => {
  it("ends a sentence on a clock time's 'a.m.' or 'p.m.' before an opener, and not before a name", () => {
    expect(texts("The first ferry sailed from Harlow at 7 a.m. In those days each trip lasted two hours.")).toEqual(["The first ferry sailed from Harlow at 7 a.m.", "In those days each trip lasted two hours."]);
    expect(texts("The ferry sailed at 9 p.m. The crossing took an hour.")).toEqual(["The ferry sailed at 9 p.m.", "The crossing took an hour."]);
    expect(texts("The ferry left at 9 a.m. Harlow time and reached Osk by noon.")).toEqual(["The ferry left at 9 a.m. Harlow time and reached Osk by noon."]);
  });
});
