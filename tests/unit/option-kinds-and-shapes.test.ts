import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { narrowerPlaceNamed } from "@/lib/generation/check-broad-place";
import { headOfBlank, fitOptionsToHead } from "@/lib/generation/check-head-kind";
import { nameKind, namesOfAnotherKind, optionsOfAnotherBroadKind } from "@/lib/generation/check-option-kinds";
import { giveEventsTheirThe, optionsOfAnotherShape } from "@/lib/generation/check-option-shape";
import { fitOptionsToStem } from "@/lib/generation/check-option-fit";
import { namesKey } from "@/lib/generation/check-shown-text";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { BLANK } from "@/lib/generation/generate-questions";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Our own sentences, in several styles, and our own fixture article (tests/fixtures/articles/harrowgate-observatory.txt).
const observatory = readFileSync("tests/fixtures/articles/harrowgate-observatory.txt", "utf8");
const mc = (prompt: string, key: string, options: string[], keyKind: "name" | "term" | "event" = "name") =>
  draftQuestion({ prompt, answerText: key, options: opts(...options) }, { keyKind, answerWhereFound: true });
const texts = (q: ReturnType<typeof mc>, ids: string[]) => q.options.filter((o) => ids.includes(o.id)).map((o) => o.text);

describe("the stem shows the key's other form", () => {
  it("refuses a blank whose stem or context shows the people's word for the place keyed, or the place for the word", () => {
    expect(namesKey(`The British fleet left the harbour and sailed home to ${BLANK}.`, mc("", "Britain", []))).toBe(true);
    expect(namesKey(`Most of the canal company's shares were bought by French investors living in ${BLANK}.`, mc("", "France", []))).toBe(true);
    expect(namesKey(`Roman engineers laid a paved road from the coast all the way to ${BLANK}.`, mc("", "Rome", []))).toBe(true);
    expect(namesKey(`After the war the fort passed from the Dutch to ${BLANK} and back.`, mc("", "Netherlands", []))).toBe(true);
    expect(namesKey(`Goods from France were sold at the ${BLANK} court.`, mc("", "Spanish", []))).toBe(false);
    expect(namesKey(`Goods from Spain were sold at the ${BLANK} court.`, mc("", "Spanish", []))).toBe(true);
    // Regular pairs were read already ("Egyptian" for "Egypt"); a word that only begins like the demonym is none.
    expect(namesKey(`Egyptian labourers dug the channel through ${BLANK}.`, mc("", "Egypt", []))).toBe(true);
    expect(namesKey(`Romantic poets wrote about the ruins of ${BLANK}.`, mc("", "Rome", []))).toBe(false);
    expect(namesKey(`The British fleet sailed for ${BLANK} in the spring.`, mc("", "France", []))).toBe(false);
  });
});

describe("options that differ in shape from the key", () => {
  it("gives an event's name the key's 'the', and refuses a country or a bare common word that cannot take it", () => {
    const q = mc(`Work slowed during ${BLANK}, when two assistants left to serve.`, "the Second Boer War", ["the Second Boer War", "First World War", "Crimean War", "France"], "event");
    giveEventsTheirThe(q);
    expect(q.options.map((o) => o.text)).toEqual(["the Second Boer War", "the First World War", "the Crimean War", "France"]);
    expect(texts(q, optionsOfAnotherShape(q))).toEqual(["France"]);
    // The same, in the options check every candidate passes: mended where it can be, refused where not.
    const checked = mc(`Work slowed during ${BLANK}, when two assistants left to serve.`, "the Second Boer War", ["the Second Boer War", "First World War", "Crimean War", "France"], "event");
    expect(fitOptionsToStem(checked, observatory)).toBe(null);
    expect(checked.options.map((o) => o.text)).toEqual(["the Second Boer War", "the First World War", "the Crimean War"]);
  });

  it("gives a world war's fellow events their 'the' (the key's name takes none), and refuses none of them for it", () => {
    for (const key of ["World War I", "World War II"]) {
      const q = mc(`The squadron was formed in ${BLANK} to defend the coast.`, key, [key, "Korean War", "the Crimean War", "Napoleonic Wars"], "event");
      giveEventsTheirThe(q);
      expect(q.options.map((o) => o.text)).toEqual([key, "the Korean War", "the Crimean War", "the Napoleonic Wars"]);
      expect(optionsOfAnotherShape(q)).toEqual([]);
    }
    // A country offered beside it is still of another shape once it wears "the".
    const country = mc(`The treaty was signed after ${BLANK} had ended.`, "World War I", ["World War I", "the Netherlands", "the Crimean War"], "event");
    expect(texts(country, optionsOfAnotherShape(country))).toEqual(["the Netherlands"]);
  });

  it("refuses an option with 'the' where the key has none, a capital among common words, a plural among singulars", () => {
    const withThe = mc(`The treaty was signed after ${BLANK} had ended.`, "Liverpool", ["Liverpool", "the Hague", "Bristol"]);
    expect(texts(withThe, optionsOfAnotherShape(withThe))).toEqual(["the Hague"]);
    const capital = mc(`The dome was rebuilt in ${BLANK} after the storm.`, "copper", ["copper", "Portland stone", "zinc", "lead"], "term");
    expect(texts(capital, optionsOfAnotherShape(capital))).toEqual(["Portland stone"]);
    const plural = mc(`Inside each leaf cell sits a green ${BLANK} that traps light.`, "chloroplast", ["chloroplast", "nucleus", "ribosomes", "vacuole"], "term");
    expect(texts(plural, optionsOfAnotherShape(plural))).toEqual(["ribosomes"]);
    const singulars = mc(`The roots take up ${BLANK} from the soil.`, "minerals", ["minerals", "sugars", "oxygen", "nitrates"], "term");
    expect(texts(singulars, optionsOfAnotherShape(singulars))).toEqual(["oxygen"]);
  });

  it("leaves options of the key's shape, a blank that opens the sentence, and words whose number the ending does not tell", () => {
    const names = mc(`The copies went by steamer from ${BLANK} to Calcutta.`, "Liverpool", ["Liverpool", "Glasgow", "Bristol", "Hull"]);
    expect(optionsOfAnotherShape(names)).toEqual([]);
    const opening = mc(`${BLANK} is the gas that plants give off.`, "Oxygen", ["Oxygen", "nitrogen", "helium"], "term");
    expect(optionsOfAnotherShape(opening)).toEqual([]);
    const latin = mc(`Energy is released in the ${BLANK} of the cell.`, "mitochondria", ["mitochondria", "nucleus", "vacuole"], "term");
    expect(optionsOfAnotherShape(latin)).toEqual([]);
    // A capital with an accent or a stroke is a capital: "Émile Zola", "Łódź" are names like the rest.
    const accented = mc(`The novel was dedicated to the writer ${BLANK} by his friend.`, "Émile Zola", ["Émile Zola", "Victor Hugo", "Gustave Flaubert", "Honoré de Balzac"]);
    expect(optionsOfAnotherShape(accented)).toEqual([]);
    const cities = mc(`The trade fair moved to ${BLANK} in the spring.`, "Berlin", ["Berlin", "Łódź", "Ōsaka", "Vienna"]);
    expect(optionsOfAnotherShape(cities)).toEqual([]);
    const common = mc(`The trade fair moved to ${BLANK} in the spring.`, "Łódź", ["Łódź", "Berlin", "market", "Vienna"]);
    expect(texts(common, optionsOfAnotherShape(common))).toEqual(["market"]);
  });
});

describe("options of the wrong kind", () => {
  const cells = "The Leaf\n\nThe chloroplast is a structure inside the leaf cell. The stoma is a structure on the leaf's underside. Osmosis is a process that moves water. Glucose is a sugar made in the leaf. Sodium is a metal. The ion is small: chloride is an ion, and sodium forms an ion too. Rocks such as basalt and granite form from magma; chalk is a rock as well. Quartz is a mineral.";

  it("reads the kind a stem names in several shapes", () => {
    expect(headOfBlank(`Plants take in the ${BLANK} ion through their roots.`, cells)).toBe("ion");
    expect(headOfBlank("Which structure lets gases in and out of the leaf?", cells)).toBe("structure");
    expect(headOfBlank(`${BLANK}, a kind of rock, forms from cooled magma.`, cells)).toBe("rock");
    expect(headOfBlank(`${BLANK}, a rock that forms from magma, is dark.`, cells)).toBe("rock");
    expect(headOfBlank(`Chalk is a type of ${BLANK}.`, cells)).toBe(null);
    expect(headOfBlank("Which term names the loss of water from leaves?", cells)).toBe(null);
  });

  it("refuses an option the article never puts in the kind a built question or an appositive names", () => {
    const asked = draftQuestion({ prompt: "Which rock forms from cooled magma?", answerText: "basalt", options: opts("basalt", "granite", "quartz", "glucose") }, { keyKind: "term" });
    expect(texts(asked, fitOptionsToHead(asked, cells))).toEqual(["quartz", "glucose"]);
    const apposed = mc(`${BLANK}, a kind of rock, forms from cooled magma.`, "basalt", ["basalt", "chalk", "osmosis", "granite"], "term");
    expect(texts(apposed, fitOptionsToHead(apposed, cells))).toEqual(["osmosis"]);
  });

  it("refuses an option the article calls a thing of another broad kind, with no kind named in the stem", () => {
    const q = mc(`Gases pass into the leaf through the ${BLANK}.`, "stoma", ["stoma", "chloroplast", "osmosis", "glucose"], "term");
    expect(texts(q, optionsOfAnotherBroadKind(q, cells))).toEqual(["osmosis", "glucose"]);
    const same = mc(`Gases pass into the leaf through the ${BLANK}.`, "stoma", ["stoma", "chloroplast"], "term");
    expect(optionsOfAnotherBroadKind(same, cells)).toEqual([]);
  });

  it("refuses a person among places and a place among people, by the article's own use of each name", () => {
    expect(nameKind("Lena Marsh", observatory)).toBe("person");
    expect(nameKind("Calcutta", observatory)).toBe("place");
    const places = mc(`The copies went by steamer from ${BLANK} to Calcutta.`, "Liverpool", ["Liverpool", "Lena Marsh", "Edinburgh", "Ewan Tarrant"]);
    expect(texts(places, namesOfAnotherKind(places, observatory))).toEqual(["Lena Marsh", "Ewan Tarrant"]);
    const people = mc(`A visiting poet, ${BLANK}, wrote a verse about the dome.`, "Lena Marsh", ["Lena Marsh", "Ewan Tarrant", "Calcutta"]);
    expect(texts(people, namesOfAnotherKind(people, observatory))).toEqual(["Calcutta"]);
    // Refused in the options check every candidate passes: the question keeps its other options, or goes when one is left.
    const one = mc(`The copies went by steamer from ${BLANK} to Calcutta.`, "Liverpool", ["Liverpool", "Lena Marsh", "Edinburgh", "Glasgow"]);
    expect(fitOptionsToStem(one, observatory)).toBe(null);
    expect(one.options.map((o) => o.text)).toEqual(["Liverpool", "Edinburgh", "Glasgow"]);
    expect(fitOptionsToStem(places, observatory)).toBe("options-misfit");
  });
});

describe("a broad place keyed where a narrower one fits", () => {
  const at = (text: string, sentence: string, key: string) => {
    const start = text.indexOf(sentence);
    const q = mc(sentence.replace(key, BLANK), key, [key, "Africa", "Europe"]);
    q.source = { sentence, start, end: start + sentence.length, answer: { start: start + sentence.indexOf(key), end: start + sentence.indexOf(key) + key.length } };
    return q;
  };

  it("refuses a continent or region when the passage names a port or country inside it", () => {
    const s = "Through this exchange the plates reached Asia within six weeks.";
    expect(narrowerPlaceNamed(at(observatory, s, "Asia"), observatory)).toBe(true);
    // Among the checks every candidate passes it puts the question below the drop line (the next candidate takes its place).
    expect(triviaPenalties(at(observatory, s, "Asia"), observatory, "The Harrowgate Observatory", false).find((p) => p.check === "broad-place-keyed")?.belowDropLine).toBe(true);
    const voyage = "The Voyage\n\nThe fleet left Lisbon in March. After rounding the cape, the ships sailed on to East Asia, and the spices were loaded at Malacca.";
    expect(narrowerPlaceNamed(at(voyage, "After rounding the cape, the ships sailed on to East Asia, and the spices were loaded at Malacca.", "East Asia"), voyage)).toBe(true);
    const known = "Trade\n\nMerchants in Egypt bought the cloth. Caravans carried it to Africa for sale.";
    expect(narrowerPlaceNamed(at(known, "Caravans carried it to Africa for sale.", "Africa"), known)).toBe(true);
  });

  it("keeps a continent when the passage names no narrower place, only places of another continent, or speaks of the whole region", () => {
    const alone = "Trade\n\nThe cloth was prized everywhere. Caravans carried it to Africa for sale.";
    expect(narrowerPlaceNamed(at(alone, "Caravans carried it to Africa for sale.", "Africa"), alone)).toBe(false);
    const elsewhere = "Trade\n\nMerchants in France bought the cloth. Caravans carried it to Africa for sale.";
    expect(narrowerPlaceNamed(at(elsewhere, "Caravans carried it to Africa for sale.", "Africa"), elsewhere)).toBe(false);
    const whole = "Freedom\n\nThe vote in Egypt was peaceful. It proved that foreign rule in Africa could end without fighting.";
    expect(narrowerPlaceNamed(at(whole, "It proved that foreign rule in Africa could end without fighting.", "Africa"), whole)).toBe(false);
    // A starting point is no narrower destination: the cloves came from the island and went to the continent.
    const start = "Spice\n\nThe spice grew on few islands. Merchants carried cloves from Tidore to Europe by sea.";
    expect(narrowerPlaceNamed(at(start, "Merchants carried cloves from Tidore to Europe by sea.", "Europe"), start)).toBe(false);
    const landed = "Spice\n\nThe cloves were landed in Venice. Merchants carried cloves from Tidore to Europe by sea.";
    expect(narrowerPlaceNamed(at(landed, "Merchants carried cloves from Tidore to Europe by sea.", "Europe"), landed)).toBe(true);
  });
});
