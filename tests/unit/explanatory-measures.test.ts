import { describe, expect, it } from "vitest";
import { keepsCapital } from "@/lib/generation/clause-order";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { makeTopicStatement } from "@/lib/generation/make-definition-questions";
import { makePairedDegreeQuestion } from "@/lib/generation/make-direction-questions";
import { makeUnitQuestions } from "@/lib/generation/make-unit-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

const tides =
  "Tides\n\nA tidal swing is the height between low and high water, measured in metres (m). Tidal flow is measured in knots; a fast flow is dangerous. " +
  "Sailors mark a depth of 30 feet on their charts. Harbour cranes lift loads of 40 tonnes, and dock workers stand on their feet all day. The harbour horn sounds at 120 decibels.";

describe("explanatory articles: what a quantity is, is measured in and goes with", () => {
  it("asks what a named quantity is measured in, among the article's other units", () => {
    const qs = makeUnitQuestions(parseArticle(tides).sentences, tides, createRandom(1));
    expect(qs.map((q) => [q.type, q.prompt, q.answerText])).toEqual([
      ["MULTIPLE_CHOICE", "In what unit is a tidal swing measured?", "metres"],
      ["MULTIPLE_CHOICE", "In what unit is tidal flow measured?", "knots"],
    ]);
    expect(qs[0]!.options.map((o) => o.text).sort()).toEqual(["decibels", "knots", "metres", "tonnes"]);
  });

  it("reads no unit from a measure that is not one ('in terms of …', a list of units)", () => {
    const text = "Shops\n\nSuccess is measured in terms of sales. Time is measured in seconds, minutes and hours.";
    expect(makeUnitQuestions(parseArticle(text).sentences, text, createRandom(1))).toEqual([]);
  });

  it("types the unit, its short form accepted, when the article names too few other units", () => {
    const text = "Rain\n\nRainfall is measured in millimetres (mm). Most of it falls in spring.";
    const [q] = makeUnitQuestions(parseArticle(text).sentences, text, createRandom(1));
    expect(q).toMatchObject({ type: "FILL_BLANK", prompt: "In what unit is rainfall measured?", answerKey: { kind: "text", accepted: ["millimetres", "millimetre", "mm"] } });
  });

  it("reads a definition whose description closes with the unit it is measured in", () => {
    const defs = findDefinitions(parseArticle(tides).sentences);
    expect(defs.map((d) => [d.term, d.question])).toEqual([["tidal swing", "What is the height between low and high water called?"]]);
  });

  it("reads a thing described by its own clause and then named with ', called'", () => {
    const text = "Ripples\n\nA ripple is a small wave. Each push of the paddle makes bands where the water is piled up, called crests, and bands where it sinks, called troughs.";
    const defs = findDefinitions(parseArticle(text).sentences);
    expect(defs.map((d) => [d.term, d.question])).toContainEqual(["crests", "What are bands where the water is piled up called?"]);
  });

  it("reads a term said to be an event ('X is when …') and a thing named between commas after its own clause", () => {
    const text =
      "Weather\n\nSleet is when rain freezes on its way down to the ground. Rock that cools slowly underground, called granite, has large crystals. The best time to visit is when the rains stop.";
    const defs = findDefinitions(parseArticle(text).sentences);
    expect(defs.map((d) => [d.term, d.question])).toEqual([
      ["Sleet", "What is it called when rain freezes on its way down to the ground?"],
      ["granite", "What is rock that cools slowly underground called?"],
    ]);
    const grains = "Rivers\n\nFine grains that float in the water, called silt, make the river brown.";
    expect(findDefinitions(parseArticle(grains).sentences).map((d) => d.question)).toEqual(["What are fine grains that float in the water called?"]);
  });

  it("states what the title's topic is, cut before its aside, when too few other terms are described to ask it by", () => {
    const text = "How Geysers Work\n\nA geyser is a hot spring that throws water high into the air, which draws many visitors. Most geysers erupt every few hours.";
    const article = parseArticle(text);
    const [def] = findDefinitions(article.sentences);
    const q = makeTopicStatement(def!, article.sentences);
    expect(q?.prompt).toBe("A geyser is a hot spring that throws water high into the air.");
    expect(q?.answerText).toBe("True");
    expect(passesGates(q!, text)).toBe(true);
    const made: string[] = [];
    generateQuestions(text, { count: 10, seed: 1, trace: (x) => made.push(x.prompt) });
    expect(made).toContain("A geyser is a hot spring that throws water high into the air.");
  });

  it("states the topic cut before its examples, or before a phrase that explains its last words even where that phrase points", () => {
    const statementOf = (text: string) => {
      const article = parseArticle(text);
      const def = findDefinitions(article.sentences).find((d) => d.sentenceIndex === 0);
      const q = def ? makeTopicStatement(def, article.sentences) : null;
      if (q) expect(passesGates(q, text)).toBe(true);
      return q?.prompt;
    };
    expect(statementOf("How Kilns Work\n\nA kiln is an oven that hardens wet clay into stone, such as pots and roof tiles. Most kilns burn wood.")).toBe("A kiln is an oven that hardens wet clay into stone.");
    expect(statementOf("How Lodestars Work\n\nA lodestar is a bright star that guides ships at night, a fixed light that sailors steer them by. Sailors learn it young.")).toBe(
      "A lodestar is a bright star that guides ships at night.",
    );
    // (An "a" phrase that goes on as a list is no aside: cut there, the statement would stop mid-list.)
    expect(statementOf("How Dunes Form\n\nA dune is a hill of sand that forms where wind, a hedge or a fence slows the grains. Dunes move slowly.")).toBeUndefined();
    expect(statementOf("How Tides Work\n\nA tide is a rise of water that reaches the quay, a wall or a slipway twice a day. Tides follow the moon.")).toBeUndefined();
    // (Nor an aside the description goes on after: the words after it are what makes the topic what it is.)
    expect(statementOf("How Predators Hunt\n\nA predator is a large wild animal, such as a lion or a shark, that hunts other animals for food. Predators eat meat.")).toBeUndefined();
    expect(statementOf("How Predators Hunt\n\nA predator is a large wild animal, such as lions, sharks or wolves, that hunts other animals for food. Predators eat meat.")).toBeUndefined();
    // (A pointer in what would be stated is never cut around.)
    expect(statementOf("How Lodestars Work\n\nA lodestar is a bright star that guides them at night, a fixed light that sailors steer by. Sailors learn it young.")).toBeUndefined();
  });

  it("reads a description set aside for a pointer from the definition the finder made, whatever its article", () => {
    const text = "How Keystones Work\n\nThe keystone is the wedge at the top of an arch, which holds the other stones in place as they settle. Builders set it last.";
    const article = parseArticle(text);
    const def = findDefinitions(article.sentences).find((d) => d.sentenceIndex === 0);
    expect(def?.description).toBeNull();
    const q = makeTopicStatement(def!, article.sentences);
    expect(q?.prompt).toBe("The keystone is the wedge at the top of an arch.");
    expect(passesGates(q!, text)).toBe(true);
  });

  it("lets 'What is it called when …?' stand alone: its 'it' is the thing the clause names", () => {
    const text = "Weather\n\nClouds form high in the sky. Sleet is when rain freezes on its way down to the ground. Snow is common in winter.";
    const verdicts: string[] = [];
    generateQuestions(text, { count: 10, seed: 1, trace: (q, v) => q.prompt.startsWith("What is it called when") && verdicts.push(v) });
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).not.toBe("stem-dangles");
  });

  it("never blanks a figure of the opening condition when the main clause holds the sentence's own figure", () => {
    const text = "Gases\n\nAt about 15 degrees, a balloon of helium lifts roughly 1,000 grams for each cubic metre. Balloons are made of thin rubber.";
    const keys = generateQuestions(text, { count: 10, seed: 1 }).questions.filter((q) => q.keyKind === "number").map((q) => q.answerText);
    const traced: string[] = [];
    generateQuestions(text, { count: 10, seed: 1, trace: (q) => q.keyKind === "number" && q.type !== "TRUE_FALSE" && traced.push(q.answerText) });
    expect(keys).not.toContain("15");
    expect(traced).not.toContain("15");
    expect(traced).toContain("1,000");
    // "With …" as often opens the sentence's own figure as a condition: it is left alone.
    const bound = "Floods\n\nWith 200 boats, the village saved 5,000 people from the flood. The river rose quickly.";
    const asked: string[] = [];
    generateQuestions(bound, { count: 10, seed: 1, trace: (q) => q.keyKind === "number" && asked.push(q.answerText) });
    expect(asked).toContain("200");
  });

  it("asks which way one quantity goes with another when the article pairs their degrees both ways", () => {
    const s = parseArticle("Tides\n\nA high tide gives a strong current, and a low tide gives a weak current.").sentences[0]!;
    const q = makePairedDegreeQuestion(s, createRandom(1));
    expect(q?.prompt).toBe("As the tide gets higher, what happens to the current?");
    expect(q?.answerText).toBe("It gets stronger");
    expect(q?.options.map((o) => o.text).sort()).toEqual(["It gets stronger", "It gets weaker", "It stays the same"]);
    // One degree alone names a kind ("a warm front"), no rule.
    expect(makePairedDegreeQuestion(parseArticle("Fronts\n\nA warm front brings a heavy rain.").sentences[0]!, createRandom(1))).toBeNull();
  });
});

describe("capitals of the title and headings", () => {
  it("reads no word as a name because the title or a heading capitalises it", () => {
    const text = "How Rivers Shape Valleys\n\nRivers flow faster in narrow channels. Most valleys are wide.\n\nWhere Rivers End\n\nThe Nile ends in a delta, and Ada Rivers studied it.";
    expect(keepsCapital("Valleys", text)).toBe(false);
    expect(keepsCapital("Rivers", text.replace(", and Ada Rivers studied it", ""))).toBe(false);
    // A name the prose itself writes with a capital after a lower-case word still keeps it.
    expect(keepsCapital("Rivers", text)).toBe(true);
    expect(keepsCapital("Nile", text)).toBe(true);
  });
});
