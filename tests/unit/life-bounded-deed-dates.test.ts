import { describe, expect, it } from "vitest";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { livesOf, ruledOutByLife } from "@/lib/generation/fair-life-dates";
import { namedLifeStatements } from "@/lib/generation/life-sentences";
import { findSpans } from "@/lib/generation/find-spans";
import type { Span } from "@/lib/generation/types";

// Invented: a dock reformer's life, its ends written in the forms biographies use, around the same deeds.
const deeds =
  "In 1848 Rosa Delgado founded the Dockside League near the fish market. In 1852 Delgado led a march of dock workers to the palace. " +
  "In 1861 Delgado gave a speech at the harbour. In 1870 Delgado wrote a book about the docks. Delgado retired from public life in 1883.";
const FORMS: Record<string, string> = {
  "a bracket of whole dates": `Rosa Delgado\n\nRosa Delgado (3 March 1820 – 9 May 1890) was a reformer from the port of Valmera. ${deeds}`,
  "a bracket of month-first dates": `Rosa Delgado\n\nRosa Delgado (March 3, 1820 – May 9, 1890) was a reformer from the port of Valmera. ${deeds}`,
  "a relative clause": `Rosa Delgado\n\nRosa Delgado, who was born in 1820 and died in 1890, was a reformer from Valmera. ${deeds}`,
  "an opening participle and a later death": `Rosa Delgado\n\nBorn in Valmera in 1820, Rosa Delgado was a reformer of the docks. ${deeds} Rosa Delgado died in 1890.`,
  "pronouns after the sentences that name her": `Rosa Delgado\n\nRosa Delgado is the most famous reformer of the coast. She was born in Valmera around 1820. ${deeds} She died there in 1890, and her book was read for years.`,
};

function contextOf(articleText: string) {
  return { articleTexts: indexArticleTexts(findSpans(articleText)), year: null, articleText };
}
function year(text: string): Span {
  return { type: "YEAR", text, start: 0, end: text.length };
}
const TWENTY_SEEDS = Array.from({ length: 20 }, (_, i) => i / 20);

describe("a deed's year options lie inside the doer's adult life (judges: birth and death years offered for a speech)", () => {
  for (const [form, article] of Object.entries(FORMS)) {
    it(`reads the birth and the death from ${form}`, () => {
      expect(livesOf(article)[0]).toMatchObject({ name: "Rosa Delgado", birth: 1820, death: 1890 });
      expect(ruledOutByLife("1861", "1820", "In _____ Delgado gave a speech at the harbour.", article)).toBe(true);
      expect(ruledOutByLife("1861", "1890", "In _____ Delgado gave a speech at the harbour.", article)).toBe(true);
      expect(ruledOutByLife("1861", "1829", "In _____ Delgado gave a speech at the harbour.", article)).toBe(true);
      expect(ruledOutByLife("1861", "1874", "In _____ Delgado gave a speech at the harbour.", article)).toBe(false);
    });

    it(`never offers the birth or death year for a deed, with ${form}`, () => {
      for (const seed of TWENTY_SEEDS) {
        const options = pickDistractors(year("1883"), "Delgado retired from public life in _____.", contextOf(article), 3, () => seed);
        for (const o of options) {
          expect(Number(o)).toBeGreaterThanOrEqual(1820 + 12);
          expect(Number(o)).toBeLessThan(1890);
        }
      }
    });
  }

  it("reads a death alone, and keeps a deed's options before it", () => {
    const article = `Rosa Delgado\n\nRosa Delgado was a reformer from the port of Valmera. ${deeds} Rosa Delgado died in Valmera in 1890.`;
    expect(livesOf(article)[0]).toMatchObject({ name: "Rosa Delgado", birth: null, death: 1890 });
    expect(ruledOutByLife("1861", "1890", "In _____ Delgado gave a speech at the harbour.", article)).toBe(true);
    expect(ruledOutByLife("1861", "1874", "In _____ Delgado gave a speech at the harbour.", article)).toBe(false);
  });

  it("reads no death of another person told beside the name", () => {
    const widow = 
      "Rosa Delgado\n\nRosa Delgado was born in Valmera in 1820. Rosa Delgado, whose husband died in 1850, ran the league alone. " +
      "In 1861 Rosa Delgado visited the grave of a friend who died in 1855.";
    expect(livesOf(widow)[0]).toMatchObject({ birth: 1820, death: null });
  });

  it("binds no pronoun's birth or death to a name when kin or a second person stands between", () => {
    // "She" is the mother the sentence before tells of; "He" is not the woman the article is about.
    const kin = "Rosa Delgado\n\nRosa Delgado grew up near the docks. Her mother, Ana Delgado, sold fish on the quay. She died in 1831.";
    expect(livesOf(kin)).toEqual([]);
    const other =
      "Rosa Delgado\n\nRosa Delgado worked with Tomas Brenn for many years. He was born in 1801. She wrote her book in 1870, and she printed it herself. " +
      "She gave her last speech at the harbour. She sold her house and she left the city.";
    expect(livesOf(other).map((l) => l.name)).not.toContain("Rosa Delgado");
  });
});

describe("the doer after an opening clause", () => {
  const article = FORMS["a relative clause"]!;
  it("bounds a deed whose stem opens with a clause before the name", () => {
    expect(ruledOutByLife("1861", "1890", "After years on the docks, Delgado gave a speech at the harbour in _____.", article)).toBe(true);
    expect(ruledOutByLife("1861", "1874", "After years on the docks, Delgado gave a speech at the harbour in _____.", article)).toBe(false);
  });

  it("leaves a blank in the opening clause alone: its date is not the person's deed", () => {
    expect(ruledOutByLife("1861", "1890", "After the strike ended in _____, Delgado gave a speech at the harbour.", article)).toBe(false);
  });
});

describe("the deeds of a life story told by its pronoun", () => {
  // Invented: a ferrywoman whose life the article tells of "she" after its opening sentence.
  const ferry =
    "Lise Amaro\n\nLise Amaro was a ferrywoman who carried travellers across the Vell estuary for forty years. She was born in 1850 in the village of Orth. " +
    "Her father built boats, and her mother kept the inn. As a girl, she rowed the mail across the estuary. In 1871 she married Piet Hamm, a carpenter. " +
    "He built the ferry that she sailed until her last years. She took over the crossing in 1876, after the old ferryman drowned. She retired in 1911.";

  it("reads the years of the sentences her pronoun opens as her deeds, where no one else is in sight", () => {
    expect(livesOf(ferry)[0]).toMatchObject({ name: "Lise Amaro", birth: 1850 });
    expect(livesOf(ferry)[0]!.deeds).toEqual(expect.arrayContaining([1871, 1876, 1911]));
  });

  it("never offers a birth year as late as her first dated deed", () => {
    expect(ruledOutByLife("1850", "1871", "Lise Amaro was born in _____ in the village of Orth.", ferry)).toBe(true);
    expect(ruledOutByLife("1850", "1911", "Lise Amaro was born in _____ in the village of Orth.", ferry)).toBe(true);
    expect(ruledOutByLife("1850", "1846", "Lise Amaro was born in _____ in the village of Orth.", ferry)).toBe(false);
  });

  it("reads no deed of hers where the sentence before names kin or another person", () => {
    const kin = "Lise Amaro\n\nLise Amaro was born in 1850 in the village of Orth. She rowed the mail as a girl. Her mother, Ana Amaro, kept the inn. She sold the inn in 1890. She was fond of the sea.";
    expect(livesOf(kin)[0]!.deeds).not.toContain(1890);
  });
});

describe("a life before the common era, its years counted down", () => {
  // Invented: a queen of an invented river kingdom, her years written with "BC".
  const queen =
    "Queen Amaret of Tesh\n\nQueen Amaret was a ruler of the river kingdom of Tesh. Amaret was born around 1507 BC in the palace at Hennu. " +
    "In 1479 BC Amaret became regent for her young nephew. In 1465 BC Amaret sent a trading fleet to the southern coast. " +
    "Amaret built a great temple at Deir Sefa in 1462 BC. Amaret died in 1458 BC, and her nephew ruled alone.";
  const fleet = "In _____ BC Amaret sent a trading fleet to the southern coast.";

  it("reads the birth, the death and the deeds as years before the era, in the forms the life reader knows", () => {
    expect(livesOf(queen)[0]).toMatchObject({ name: "Amaret", birth: -1507, death: -1458, deeds: [-1479, -1465, -1462, -1458] });
    const bracket = "Tavor Enkesh\n\nTavor Enkesh (c. 1320 – 1262 BC) was a scribe of the river kingdom. In 1290 BC Tavor Enkesh copied the laws.";
    expect(livesOf(bracket)[0]).toMatchObject({ birth: -1320, death: -1262 });
    const born = "Tavor Enkesh\n\nBorn in Hennu in 1320 BCE, Tavor Enkesh was a scribe. Tavor Enkesh died in 1262 BCE.";
    expect(livesOf(born)[0]).toMatchObject({ birth: -1320, death: -1262 });
  });

  it("keeps a deed's options inside the life: after the birth is a smaller number, before the death a larger one", () => {
    // (The birth year, a year of childhood and the death year are ruled out; a year between is not.)
    expect(ruledOutByLife("1465", "1507", fleet, queen)).toBe(true);
    expect(ruledOutByLife("1465", "1500", fleet, queen)).toBe(true);
    expect(ruledOutByLife("1465", "1458", fleet, queen)).toBe(true);
    expect(ruledOutByLife("1465", "1450", fleet, queen)).toBe(true);
    expect(ruledOutByLife("1465", "1470", fleet, queen)).toBe(false);
    expect(ruledOutByLife("1465", "1460", fleet, queen)).toBe(false);
    // (A death's options never fall before a dated deed: 1462 BC came before a death in 1458 BC, so 1470 BC is ruled out.)
    expect(ruledOutByLife("1458", "1470", "Amaret died in _____ BC, and her nephew ruled alone.", queen)).toBe(true);
    expect(ruledOutByLife("1458", "1455", "Amaret died in _____ BC, and her nephew ruled alone.", queen)).toBe(false);
    for (const seed of TWENTY_SEEDS) {
      for (const o of pickDistractors(year("1465"), fleet, contextOf(queen), 3, () => seed)) {
        expect(Number(o), o).toBeLessThanOrEqual(1507 - 12);
        expect(Number(o), o).toBeGreaterThan(1458);
      }
    }
  });
});

describe("a life read from a pronoun or a birth clause goes to no one else", () => {
  it("gives no 'She was born' to the one man the sentence before names", () => {
    const lamp =
      "Rosa Delgado: Keeper of the Tarn Light\n\nRosa Delgado kept the Tarn light for forty years. She learned to row as a child. " +
      "The new lamp of 1851 was designed by Tomas Brenn. She was born in 1822 on a small island and died in 1899.";
    expect(livesOf(lamp).map((l) => l.name)).not.toContain("Tomas Brenn");
    const death = "The Tarn Light\n\nThe light was built in 1840. Its first keeper was Rosa Delgado. In 1851 the lamp was replaced by Tomas Brenn. She died in 1899 at the age of eighty.";
    expect(livesOf(death).map((l) => l.name)).not.toContain("Tomas Brenn");
    // (A woman named before "She" is still read.)
    const met = "Rosa Delgado\n\nRosa Delgado ran the ferry at Valmera. She was born in 1822 on a small island.";
    expect(livesOf(met)[0]).toMatchObject({ name: "Rosa Delgado", birth: 1822 });
  });

  it("reads no year of a later clause as the birth year", () => {
    expect(namedLifeStatements("Rosa Delgado was born on a farm near Valmera, and by 1850 she ran the mill.")).toEqual([]);
    expect(namedLifeStatements("Rosa Delgado was born in Valmera and moved to Tarn in 1850.")).toEqual([]);
    expect(namedLifeStatements("Rosa Delgado was born to Tomas and Ana Delgado in 1822.")).toEqual([{ name: "Rosa Delgado", birth: 1822, death: null }]);
    expect(namedLifeStatements("Rosa Delgado, who was born in 1822 and died in 1899, kept the light.")).toEqual([{ name: "Rosa Delgado", birth: 1822, death: 1899 }]);
    // (Nor a daughter's birth as her father's.)
    expect(namedLifeStatements("Born in Tarn in 1822, Tomas Brenn's daughter became a keeper.")).toEqual([]);
  });
});
