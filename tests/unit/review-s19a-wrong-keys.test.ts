import { describe, expect, it } from "vitest";
import { calledInPassing } from "@/lib/generation/called-in-passing";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { makePairedDegreeQuestion } from "@/lib/generation/make-direction-questions";
import { makeUnitQuestions } from "@/lib/generation/make-unit-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { MORE_OPPOSITES } from "@/lib/generation/rule-words";
import { createRandom } from "@/lib/generation/random";

// Invented inputs from review s19a: each gave a question whose key the article contradicts or leaves open.
const first = (text: string) => parseArticle(`Notes\n\n${text}`).sentences[0]!;

describe("paired degrees need the other half to turn the outcome", () => {
  it("asks no way when the other degree gives the same outcome", () => {
    expect(makePairedDegreeQuestion(first("A high wage gives a low debt, and a low wage gives a low debt too."), createRandom(1))).toBeNull();
    expect(makePairedDegreeQuestion(first("A long voyage gives a large profit, and a short voyage also gives a large profit if the wind is kind."), createRandom(1))).toBeNull();
    // The other degree told with a different outcome's thing ("a quiet hum") is no rule for the roar.
    expect(makePairedDegreeQuestion(first("A high gust makes a loud roar, and a low gust makes a quiet hum."), createRandom(1))).toBeNull();
  });

  it("still asks when the other half turns the outcome", () => {
    const q = makePairedDegreeQuestion(first("A high wage gives a low debt, and a low wage a high one."), createRandom(1));
    expect(q?.prompt).toBe("As the wage gets higher, what happens to the debt?");
    expect(q?.answerText).toBe("It gets lower");
  });
});

describe("what a quantity is measured in", () => {
  const units = (text: string) => makeUnitQuestions(parseArticle(text).sentences, text, createRandom(1));

  it("reads no unit from a place after 'measured in'", () => {
    const text = "Huts\n\nAir pressure is measured in mountain huts. Snowfall is recorded in wooden boxes. Rainfall is measured in millimetres.";
    expect(units(text).map((q) => q.answerText)).toEqual(["millimetres"]);
  });

  it("reads a unit the table does not know when the article writes it after a figure", () => {
    const text = "Wrecks\n\nSea depth is measured in fathoms. The old wreck lies at 40 fathoms.";
    expect(units(text).map((q) => q.answerText)).toEqual(["fathoms"]);
  });

  it("offers only units of other measures, so no option could measure the quantity too", () => {
    const text =
      "Weather\n\nRainfall is measured in millimetres. Short lengths are measured in centimetres. Snow depth is measured in inches. " +
      "Wind speed is measured in knots. Heat is measured in joules. The station's mast weighs 90 kilograms.";
    const rain = units(text).find((q) => q.prompt === "In what unit is rainfall measured?")!;
    expect(rain.type).toBe("MULTIPLE_CHOICE");
    expect(rain.options.map((o) => o.text).sort()).toEqual(["joules", "kilograms", "knots", "millimetres"]);
    // With fewer than three units of other measures the unit is typed.
    const few = "Rain\n\nRainfall is measured in millimetres. Short lengths are measured in centimetres. Heat is measured in joules.";
    expect(units(few)[0]).toMatchObject({ type: "FILL_BLANK", answerText: "millimetres" });
  });
});

describe("'X is when …' of a time", () => {
  const terms = (text: string) => findDefinitions(parseArticle(`Farm year\n\n${text}`).sentences).map((d) => [d.term, d.question]);

  it("reads no term from a season, a time of day, a month or a weekday", () => {
    expect(terms("Spring is when the calves are born on the hill. Winter is when most of the flock stays in the shed.")).toEqual([]);
    expect(terms("Dusk is when the bats leave the old barn. March is when the geese fly north again. Sunday is when the market opens early.")).toEqual([]);
  });

  it("still reads a term said to be an event", () => {
    expect(terms("Hail is when frozen drops fall from a storm cloud.")).toEqual([["Hail", "What is it called when frozen drops fall from a storm cloud?"]]);
  });
});

describe("a thing described by its own clause, then ', called'", () => {
  const asked = (text: string) => findDefinitions(parseArticle(`Ice\n\n${text}`).sentences).map((d) => [d.term, d.question]);

  it("asks nothing of a mass noun or of a plural head named with 'a'", () => {
    expect(asked("The river carries grey silt into ponds with water that looks cloudy, called rock milk.")).toEqual([]);
    expect(asked("A melting ice sheet leaves dips where a chunk of ice thawed, called a pothole.")).toEqual([]);
  });

  it("still asks of a plural head and of a head with 'a'", () => {
    expect(asked("Each gust makes ridges where the sand is piled up, called dunes.")).toEqual([["dunes", "What are ridges where the sand is piled up called?"]]);
    expect(asked("The flood leaves a hollow where the bank gave way, called a scour.")).toEqual([["scour", "What is a hollow where the bank gave way called?"]]);
  });
});

describe("a name given in passing, then a deed", () => {
  it("asks nothing when another naming comes earlier in the clause", () => {
    expect(calledInPassing("Traders used a jar called a crock or a tub called a firkin, which held about nine gallons of butter.")).toBeNull();
  });

  it("still asks when an earlier naming sits in a clause of its own", () => {
    expect(calledInPassing("The crew used a rope called a halyard; they also fitted a wheel called a capstan, which raised the anchor.")?.question).toBe(
      "What was the wheel called that raised the anchor?",
    );
  });
});

describe("a label line over the summary", () => {
  const summary = "The dam at Orrin was finished after six years of work. It held back the spring floods.";

  it("reads the page's own notes as no key fact and no heading", () => {
    const article = parseArticle(`The Orrin Dam\n\nUpdated: 4 August 2021\nReading time: 6 minutes\n\n${summary}\n\nThe valley below was farmed again by 1931.`);
    expect(article.keyFacts).toEqual([]);
    expect(article.sections.map((s) => s.heading)).toEqual([null]);
    expect(article.sentences.filter((s) => s.inSummary).map((s) => s.text)).toEqual(summary.split(/(?<=\.) /));
  });

  it("keeps a numbered part a heading, and a fact of the subject a key fact", () => {
    const part = parseArticle(`The Orrin Dam\n\nPart One: The Flood of 1924\n\n${summary}`);
    expect(part.keyFacts).toEqual([]);
    expect(part.sections.map((s) => s.heading)).toContain("Part One: The Flood of 1924");
    const facts = parseArticle(`The Orrin Dam\n\nWork began: 3 May 1925\nHeight: 41 metres\n\n${summary}`);
    expect(facts.keyFacts.map((k) => k.text)).toEqual(["Work began: 3 May 1925", "Height: 41 metres"]);
  });
});

describe("one table of comparative opposites", () => {
  it("turns each pair both ways, and the paired degrees read it", () => {
    for (const [a, b] of MORE_OPPOSITES) expect(MORE_OPPOSITES.get(b)).toBe(a);
    const q = makePairedDegreeQuestion(first("A thick string gives a quiet note, and a thin string a loud one."), createRandom(1));
    expect(q?.answerText).toBe("It gets quieter");
    expect(q?.options.map((o) => o.text)).toContain("It gets louder");
  });
});

describe("a typed unit's singular", () => {
  it("is the word's own singular", () => {
    const accepted = (text: string) => makeUnitQuestions(parseArticle(text).sentences, text, createRandom(1))[0]?.answerKey;
    expect(accepted("Snow\n\nSnow depth is measured in inches.")).toEqual({ kind: "text", accepted: ["inches", "inch"] });
    expect(accepted("Wind\n\nWind speed is measured in miles per hour.")).toEqual({ kind: "text", accepted: ["miles per hour", "mile per hour"] });
    expect(accepted("Sea\n\nSea depth is measured in feet.")).toEqual({ kind: "text", accepted: ["feet", "foot"] });
  });
});
