import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { kindsOfTerm } from "@/lib/generation/kind-of-defined-term";

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
    expect(aboutIons.length).toBeGreaterThan(0);
    for (const t of aboutIons) for (const o of t.options) expect(o).toMatch(/ions$/);
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
});
