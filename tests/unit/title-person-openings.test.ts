import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Our own invented articles: a title line, a blank line, then the body.
const article = (title: string, body: string) => [title, "", body].join("\n");
const personOf = (text: string, opening: string) => generateQuestions(text, { count: 10, seed: 1 }).article.sentences.find((s) => s.text.startsWith(opening))?.person?.name;

describe("the title person's pronoun right after the opening", () => {
  it("is the person where the opening only says what they were ('a nurse and businesswoman')", () => {
    const text = article(
      "Ama Rell: A Nurse of the North",
      "Ama Rell was a Kellish nurse and businesswoman famous for tending fishermen along the northern shore. She was refused by the navy's hospital, so she set up a clinic with her savings. Her father was a sailor. She died in 1790 at the age of 78.",
    );
    expect(personOf(text, "She was refused")).toBe("Ama Rell");
  });

  it("is left open where the opening's word for a woman is another's, after 'of' ('the daughter of a queen')", () => {
    const text = article(
      "Ilsa Dorn: A Princess of Varrow",
      "Ilsa Dorn was the youngest daughter of a stern empress. She governed the port of Varrow for thirty years. Ilsa was sent to the court of Ombry in 1610. She married a weaver of Ombry in 1615. She died in 1660.",
    );
    expect(personOf(text, "She governed")).toBeUndefined();
    expect(personOf(text, "She married")).toBe("Ilsa Dorn");
  });

  it("is the person where a kinsman who shares the surname is named after 'His father,'", () => {
    const text = article(
      "Tomas Vey: A Clockmaker",
      "Tomas Vey was born on 3 May 1801 in a small village east of Harl. His father, Piet Vey, made clocks for the churches of the valley, and young Tomas spent long hours at the bench. He built his first clock at the age of twelve. He died in 1870.",
    );
    expect(personOf(text, "His father")).toBe("Tomas Vey");
  });
});

describe("a name the sentence gives the title person", () => {
  it("is theirs: 'born <Name>', 'called her <Name>', and their surname after a title of their sex", () => {
    const text = article(
      "Ada Vell: A Nurse of the North",
      "Ada Vell was a Kellish nurse who cared for sailors during the war in the north. She was born Ada Grant in Harl in 1805. Her work was praised by the navy, and sailors began to call her \"Mother Vell\". In 1857 she published a book, \"Letters of Mrs Vell\", about her travels. She died in Harl in 1881.",
    );
    expect(personOf(text, "She was born")).toBe("Ada Vell");
    expect(personOf(text, "She died")).toBe("Ada Vell");
  });
});

describe("a place's name after a word that makes it part of a larger name", () => {
  it("is not blanked alone ('East _____', 'Spanish _____')", () => {
    const text = article(
      "Odo Tarn: A Sailor",
      "Odo Tarn was a sailor from Lisbon who spent his life at sea. In 1331 he steered his ship south past East Africa towards the ports of Zanj. In 1340 he wrote a letter explaining why Spanish America should trade with Portugal. He died in Lisbon in 1352.",
    );
    const prompts: string[] = [];
    generateQuestions(text, { count: 20, seed: 1, keepUnsure: true, trace: (q) => prompts.push(q.prompt) });
    expect(prompts.some((p) => /In _____ Odo Tarn steered/.test(p))).toBe(true);
    for (const p of prompts) expect(p).not.toMatch(/(?:East|Spanish) _____/);
  });
});
