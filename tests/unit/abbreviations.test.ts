import { describe, expect, it } from "vitest";
import { abbreviationPairs, withAbbreviations } from "@/lib/generation/abbreviations";
import { acceptedAliases } from "@/lib/generation/aliases";
import { generateQuestions } from "@/lib/generation/generate-questions";

// Invented: a harbour board and its price survey, each named once in full with its letters in brackets.
const article = `The Harbour Price Survey

Every spring the Orrin Harbour Board (OHB) checks what a basket of goods costs at the quay. The figure the board prints for that basket each spring is called the Harbour Price Index (HPI). When the HPI climbs fast, the board raises its mooring fees. Traders watch the gross landing weight (GLW) of each boat as well. The survey began in 1882 after a bad winter. It now covers forty goods, from rope to salt fish.`;

describe("bracketed abbreviations", () => {
  it("pairs a full name with the letters after it, either way round, and the letters' plural", () => {
    const pairs = abbreviationPairs(article);
    expect(pairs.get("harbour price index")).toEqual(["HPI", "HPIs"]);
    expect(pairs.get("hpi")).toEqual(["Harbour Price Index"]);
    expect(pairs.get("orrin harbour board")).toEqual(["OHB", "OHBs"]);
    expect(pairs.get("gross landing weight")).toEqual(["GLW", "GLWs"]);
  });

  it("reads a quoted name, a hyphenated word and a small word the letters keep", () => {
    const pairs = abbreviationPairs("Fees follow the “Quay Cost Rate” (QCR). The North-West Ferry Office (NWFO) sets them. The Bank of Orrin (BoO) lends.");
    expect(pairs.get("qcr")).toEqual(["Quay Cost Rate"]);
    expect(pairs.get("nwfo")).toEqual(["North-West Ferry Office"]);
    expect(pairs.get("boo")).toEqual(["Bank of Orrin"]);
    // One letter for a hyphenated word, and a word that is itself letters.
    const more = abbreviationPairs("The Lamp-Makers Co-operative Guild (LCG) met. The UN Harbour Council (UNHC) sat.");
    expect(more.get("lcg")).toEqual(["Lamp-Makers Co-operative Guild"]);
    expect(more.get("unhc")).toEqual(["UN Harbour Council"]);
    // A run stops at an earlier bracket.
    expect(abbreviationPairs("The Orrin Harbour Board (OHB) Price Survey (OPS) is read.").get("ops")).toBeUndefined();
  });

  it("pairs nothing whose initials do not spell the letters, and no letters given for two names", () => {
    expect(abbreviationPairs("The survey counts the catch (cod) and the boats at the pier (XY) each year. The fee rose (see below).").size).toBe(0);
    const twice = abbreviationPairs("The Port Master (PM) spoke first. Later the levels of particle matter (PM) rose along the quay.");
    expect(twice.get("pm")).toBeUndefined();
    expect(twice.get("port master")).toBeUndefined();
    // One set of letters in the plural, another in capitals: "MPs" may mean either.
    const plural = abbreviationPairs("The Members of Parley (MPs) met at noon. The Metro Patrol Service (MPS) kept the doors.");
    expect(plural.get("mps")).toBeUndefined();
    expect(plural.get("members of parley")).toBeUndefined();
    expect(plural.get("metro patrol service")).toBeUndefined();
  });

  it("adds the other form to accepted answers, once", () => {
    const pairs = abbreviationPairs(article);
    expect(withAbbreviations(["Harbour Price Index", "the Harbour Price Index"], pairs)).toEqual(["Harbour Price Index", "the Harbour Price Index", "HPI", "HPIs"]);
    expect(withAbbreviations(["HPI"], pairs)).toEqual(["HPI", "Harbour Price Index"]);
    expect(withAbbreviations(["rope"], pairs)).toEqual(["rope"]);
  });

  it("gives a name's letters as its alias, never the last capitalised word before the bracket", () => {
    const text = "Loans come from the Bank of Orrin (BoO), which opened in 1820.";
    const accepted = acceptedAliases({ text: "BoO", type: "ORG", start: 0, end: 0 }, text);
    expect(accepted).toContain("Bank of Orrin");
    expect(accepted).not.toContain("Orrin");
    // Letters that are no initials ("Orrin Union Party (OVP)") still name the party they follow.
    const party = acceptedAliases({ text: "Orrin Union Party", type: "ORG", start: 0, end: 0 }, "The Orrin Union Party (OVP) won the vote in 1921.");
    expect(party).toContain("OVP");
  });

  it("reaches the typed answers of a generated quiz", () => {
    const text = `Measuring a Harbour\n\nEconomists of the harbour measure its trade with gross landing value (GLV). Gross landing value is the total worth of all the fish and goods a harbour lands in one year. The board publishes it every spring. Traders use it to plan the next season.`;
    const typed = generateQuestions(text, { count: 10, seed: 1, types: ["FILL_BLANK"] }).questions.filter((q) => q.answerKey.kind === "text");
    const onTheTerm = typed.filter((q) => q.answerKey.kind === "text" && q.answerKey.accepted.some((a) => /^gross landing value$/i.test(a)));
    expect(onTheTerm.length).toBeGreaterThan(0);
    for (const q of onTheTerm) if (q.answerKey.kind === "text") expect(q.answerKey.accepted).toContain("GLV");
  });
});
