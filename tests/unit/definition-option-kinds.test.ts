import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { kindsOfTerm } from "@/lib/generation/kind-of-defined-term";
import { indexArticleTexts, pickDistractors } from "@/lib/generation/distractors";
import { findSpans } from "@/lib/generation/find-spans";

// Invented: an article that names kinds of particles and, beside them, a kind of water and a process.
const CHARGES = `Charged Particles in Solutions

Salts break apart into charged particles when they dissolve. Ions with a positive charge are called cations. Ions with a negative charge are called anions. Ions that form when an acid gives a proton to water are called hydronium ions.

Water that contains almost no dissolved salts is called pure water, and it barely carries an electric current. Tap water conducts much better, because the cations and anions in it move towards the two wires of a battery. Seawater holds so many dissolved ions that it conducts well.

A tube that lets ions flow between two halves of a cell is called a salt bridge. The use of a current to split a compound is known as electrolysis. During electrolysis the cations travel to the negative wire and the anions travel to the positive wire.`;

describe("options of the key's own kind", () => {
  it("reads a term's kind from its head noun and from what the article calls it", () => {
    expect([...kindsOfTerm("hydronium ions", CHARGES)]).toContain("ion");
    expect([...kindsOfTerm("cations", CHARGES)]).toContain("ion");
    expect([...kindsOfTerm("pure water", CHARGES)]).toContain("water");
    expect([...kindsOfTerm("salt bridge", CHARGES)]).toEqual(expect.arrayContaining(["bridge", "tube"]));
  });

  it("reads the kind before 'often called' or 'usually known as' as the definitions do", () => {
    const text = "Stones that fall from the sky are often called meteorites. Rings of gas round a young star are usually known as disks.";
    expect([...kindsOfTerm("meteorites", text)]).toContain("stone");
    expect([...kindsOfTerm("disks", text)]).toContain("ring");
  });

  it("never offers a term of another kind beside kinds of ions, in any question", () => {
    const traced: { options: string[]; key: string }[] = [];
    generateQuestions(CHARGES, {
      count: 10,
      seed: 3,
      trace: (q) => {
        if (q.type === "MULTIPLE_CHOICE") traced.push({ options: q.options.map((o) => o.text), key: q.answerText });
      },
    });
    const aboutIons = traced.filter((t) => /ions$/.test(t.key));
    for (const t of aboutIons) for (const o of t.options) expect(o).toMatch(/ions$/);
    // Two terms of one kind may be one inside the other: hydronium ions are ions with a positive charge too, so the kind
    // never makes "cations / anions / hydronium ions" a set of options (a second right answer).
    expect(traced.some((t) => t.key === "cations" && t.options.includes("hydronium ions"))).toBe(false);
    expect(traced.some((t) => t.key === "hydronium ions" && t.options.includes("cations"))).toBe(false);
  });

  it("reads no kind from an adjective or an adverb after the copula, and the head of a whole term", () => {
    const text = `Lava is always hot. Magma is also called molten rock. Osmosis is about water moving across a skin. Basalt is an igneous rock. Quarks are smaller than atoms. The law of motion says a body keeps moving. The money supply grew.`;
    expect([...kindsOfTerm("lava", text)]).toEqual([]);
    expect([...kindsOfTerm("magma", text)]).toEqual([]);
    expect([...kindsOfTerm("osmosis", text)]).toEqual([]);
    expect([...kindsOfTerm("quarks", text)]).toEqual([]);
    expect([...kindsOfTerm("basalt", text)]).toEqual(["rock"]);
    expect([...kindsOfTerm("law of motion", text)]).toEqual(["law"]);
    expect([...kindsOfTerm("money supply", text)]).toEqual(["supply"]);
  });

  it("keeps a gazetteer option of the key's group where the article says what kind the key is", () => {
    const text = `The Harbour Lady\n\nThe Harbour Lady is a statue on the pier at Varra. Its outer skin is made of copper, beaten into thin sheets. Copper is a soft metal that turns green in wet air.`;
    const context = { articleTexts: indexArticleTexts(findSpans(text)), year: null, articleText: text };
    const options = pickDistractors({ type: "TERM", text: "copper", start: 0, end: 6 }, "Its outer skin is made of _____, beaten into thin sheets.", context, 3, () => 0.3);
    expect(options.length).toBeGreaterThan(0);
  });

  // The article's named terms, asked "Which of these …?" by what one does: the options must be kinds of ion too.
  const SINGLE = `Charged Particles

Salts break apart into charged particles when they dissolve. An ion with a positive charge is called a cation. An ion with a negative charge is called an anion. An ion that forms when an acid gives a proton to water is called a hydronium ion.

Water that contains almost no dissolved salts is called pure water. A tube that lets ions flow between two halves of a cell is called a salt bridge.

In a battery cell, the cation moves towards the negative wire. The anion drifts towards the positive wire. The hydronium ion makes a liquid taste sour.`;

  it("asks which of the named terms does a job among terms of the key's kind only", () => {
    const asked: string[][] = [];
    generateQuestions(SINGLE, {
      count: 10,
      seed: 1,
      trace: (q) => {
        if (q.type === "MULTIPLE_CHOICE" && q.keyKind === "function" && q.prompt.startsWith("Which of these")) asked.push(q.options.map((o) => o.text));
      },
    });
    expect(asked.length).toBeGreaterThan(0);
    for (const options of asked) for (const o of options) expect(o).toMatch(/ion$/);
  });

  it("turns a question typed only for a naming sentence when its options were all of other kinds", () => {
    // Invented: three named tools and places of a glass works, and one reversed copula ("The drop … is the loss …").
    const glass = `Making Glass by Hand\n\nSand is melted with soda in a hot kiln. A tool that gathers and shapes the hot glass is called a blowpipe. An oven where the finished glass cools slowly is called a lehr. Broken glass that is melted again is called cullet. The drop in weight is the loss on melting.`;
    const typed: string[] = [];
    generateQuestions(glass, {
      count: 10,
      seed: 2,
      trace: (q) => {
        if (q.type === "FILL_BLANK" && q.keyKind === "definition") typed.push(q.answerText);
      },
    });
    expect(typed).toContain("blowpipe");
    expect(typed).not.toContain("drop in weight");
  });
});
