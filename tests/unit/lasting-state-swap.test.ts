import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { datesLastingState } from "@/lib/generation/lasting-state";
import type { GeneratedQuestion } from "@/lib/generation/types";

const ALL = ["MULTIPLE_CHOICE", "FILL_BLANK", "TRUE_FALSE", "ORDERING", "MATCHING"] as const;

// A state given at two dates: swapping the first date for one between them (or near it) is no sure False.
const ARTICLE = `Varnholt, Seat of the Orvale League

Varnholt was the seat of the Orvale League for most of a century.

In 1742, the seat of the Orvale League was Varnholt. The town grew rich from the amber trade along the Selka River. In 1796, the seat of the Orvale League moved to Dremmen. By 1780, the town had more than forty thousand people. In most years, spring floods covered the lower quays.`;

function falses(): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    generateQuestions(ARTICLE, { count: 30, seed, types: [...ALL], keepUnsure: true, trace: (q) => q.type === "TRUE_FALSE" && q.answerText === "False" && out.push(q) });
  }
  return out;
}

describe("a date swapped on a lasting state", () => {
  it("reads a copula before what the subject is, or a verb of having or living, as a lasting state; an event as none", () => {
    expect(datesLastingState("In 1742, the seat of the League was Varnholt.", "1742")).toBe(true);
    expect(datesLastingState("By 1780, the town had more than forty thousand people.", "1780")).toBe(true);
    expect(datesLastingState("In 1801, she lived in Dremmen.", "1801")).toBe(true);
    expect(datesLastingState("In 1796, the seat moved to Dremmen.", "1796")).toBe(false);
    expect(datesLastingState("The bridge was built in 1758.", "1758")).toBe(false);
    expect(datesLastingState("In 1758, the town had built a wall.", "1758")).toBe(false);
    expect(datesLastingState("Orsa became queen in 1740.", "1740")).toBe(false);
    expect(datesLastingState("In 1761, the town had to pay a tax on amber.", "1761")).toBe(false);
  });

  it("never keys False a statement that moves a lasting state to another date", () => {
    const made = falses().map((q) => q.prompt);
    // The False statements are made, and the event's date is still swapped: only the lasting state's is refused.
    expect(made.length).toBeGreaterThan(0);
    expect(made.some((p) => /moved to Dremmen in 1(?!796)\d{3}\.$|^In 1(?!796)\d{3}, the seat of the Orvale League moved/.test(p))).toBe(true);
    for (const p of made) {
      expect(p).not.toMatch(/^In 1\d{3}, the seat of the Orvale League was Varnholt/);
      expect(p).not.toMatch(/seat of the Orvale League was Varnholt in 1\d{3}/);
      expect(p).not.toMatch(/^By 1\d{3}, the town had more than/);
      expect(p).not.toMatch(/town had more than .* (?:by|in) 1\d{3}/);
    }
  });
});

// States said with "under", "in", a number after the copula, or a verb of employing, belonging or lying: each holds at
// the one date the article gives, so a swapped date is no sure False.
const STATES = `Pellow Harbour

Pellow Harbour grew from a fishing village into a busy port.

The harbour was under Varesian rule in 1750. The town's ropeworks employed 400 workers in 1910. The old chapel was in ruins in 1802. The population was 5,000 in 1880. Two new docks opened in 1865, and the harbour was the region's main port. The lighthouse belonged to the abbey in 1700.`;

describe("a state said with other phrasings", () => {
  it("reads rule, employing, belonging, ruin and a counted copula as lasting states", () => {
    expect(datesLastingState("The harbour was under Varesian rule in 1750.", "1750")).toBe(true);
    expect(datesLastingState("The town's ropeworks employed 400 workers in 1910.", "1910")).toBe(true);
    expect(datesLastingState("The old chapel was in ruins in 1802.", "1802")).toBe(true);
    expect(datesLastingState("The population was 5,000 in 1880.", "1880")).toBe(true);
    expect(datesLastingState("The lighthouse belonged to the abbey in 1700.", "1700")).toBe(true);
    expect(datesLastingState("The chapel lay in ruins in 1802.", "1802")).toBe(true);
    expect(datesLastingState("The port was known as New Pellow in 1790.", "1790")).toBe(true);
    // The date in the first clause of a sentence with no opening phrase dates that clause, an event.
    expect(datesLastingState("Two new docks opened in 1865, and the harbour was the region's main port.", "1865")).toBe(false);
    expect(datesLastingState("The battle was in 1066.", "1066")).toBe(false);
  });

  it("never keys False such a state moved to another date", () => {
    const made: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      generateQuestions(STATES, { count: 30, seed, types: [...ALL], keepUnsure: true, trace: (q) => q.type === "TRUE_FALSE" && q.answerText === "False" && made.push(q.prompt) });
    }
    for (const p of made) {
      expect(p).not.toMatch(/under Varesian rule in 1(?!750)\d{3}/);
      expect(p).not.toMatch(/400 workers in 1(?!910)\d{3}/);
      expect(p).not.toMatch(/belonged to the abbey in 1(?!700)\d{3}/);
    }
  });
});

// Openings that no preposition of the old list starts: the words before the comma have no verb, so they are an opening
// phrase and the state after the comma is what the date dates.
const OPENINGS = `Kessary Vale

Kessary Vale lies between two chalk ridges.

Three years later in 1858, the capital of the vale was Orrin. Under the new treaty of 1861, the vale was part of the Dunmere march. Later in 1866, the largest market had two hundred stalls. Soon after the flood of 1870, Orrin lay in ruins. Later that spring, on 3 May 1871, the seat of the council was Tarrow.`;

describe("a lasting state after an opening phrase with no verb", () => {
  it("reads the clause after any verbless opening as the one the date belongs to", () => {
    expect(datesLastingState("Three years later in 1858, the capital of the vale was Orrin.", "1858")).toBe(true);
    expect(datesLastingState("Under the new treaty of 1861, the vale was part of the Dunmere march.", "1861")).toBe(true);
    expect(datesLastingState("Later in 1866, the largest market had two hundred stalls.", "1866")).toBe(true);
    expect(datesLastingState("Soon after the flood of 1870, Orrin lay in ruins.", "1870")).toBe(true);
    // An opening of more than one phrase: the date in its second phrase still dates the clause after it.
    expect(datesLastingState("Later that spring, on 3 May 1871, the seat of the council was Tarrow.", "3 May 1871")).toBe(true);
    expect(datesLastingState("Three years later, in 1858, the capital of the vale was Orrin.", "1858")).toBe(true);
    // An event after such an opening is still an event, and a first clause with its own verb still dates itself.
    expect(datesLastingState("Three years later in 1858, the capital moved to Orrin.", "1858")).toBe(false);
    expect(datesLastingState("When the war ended in 1858, the capital was Orrin.", "1858")).toBe(false);
  });

  it("never keys False such a state moved to another date", () => {
    const made: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      generateQuestions(OPENINGS, { count: 30, seed, types: [...ALL], keepUnsure: true, trace: (q) => q.type === "TRUE_FALSE" && q.answerText === "False" && made.push(q.prompt) });
    }
    for (const p of made) {
      expect(p).not.toMatch(/later in 1(?!858)\d{3}, the capital of the vale was Orrin/);
      expect(p).not.toMatch(/treaty of 1(?!861)\d{3}, the vale was part/);
      expect(p).not.toMatch(/^Later in 1(?!866)\d{3}, the largest market/);
      expect(p).not.toMatch(/flood of 1(?!870)\d{3}, Orrin lay/);
      expect(p).not.toMatch(/on (?!3 May 1871)[^,]*, the seat of the council was Tarrow/);
    }
  });
});

// Openings holding a plural ("guild laws", "town gates"), read as a verb by the -s guess, and asides between the subject and
// its verb: the date still dates the state after them.
const PLURAL_OPENINGS = `Brannock Fen

Brannock Fen is a marsh town on the Tollow estuary.

Under the old guild laws of 1712, the fen was part of the Tollow reeve's land. Within the east town gates in 1730, the fish market was the busiest in the shire. By 1748, the port, with its stone jetties, had sixty fishing boats. The first school opened in 1760.`;

describe("a lasting state after an opening holding a plural or an aside", () => {
  it("reads no plural in an opening as a verb, and passes over an aside after the date", () => {
    expect(datesLastingState("Under the old guild laws of 1712, the fen was part of the Tollow reeve's land.", "1712")).toBe(true);
    expect(datesLastingState("Within the east town gates in 1730, the fish market was the busiest in the shire.", "1730")).toBe(true);
    expect(datesLastingState("Amid the bread riots of 1731, the fen was under the reeve's rule.", "1731")).toBe(true);
    expect(datesLastingState("By 1748, the port, with its stone jetties, had sixty fishing boats.", "1748")).toBe(true);
    expect(datesLastingState("By 1748, the port, which grew quickly, had sixty fishing boats.", "1748")).toBe(true);
    // A date inside the aside dates the aside; an event after a plural opening is still an event.
    expect(datesLastingState("The port, which was founded in 1748, had sixty fishing boats.", "1748")).toBe(false);
    expect(datesLastingState("Amid the bread riots of 1731, the reeve moved to Tollow.", "1731")).toBe(false);
    expect(datesLastingState("When the river floods in 1731, the fields are part of the estuary.", "1731")).toBe(false);
  });

  it("never keys False such a state moved to another date", () => {
    const made: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      generateQuestions(PLURAL_OPENINGS, { count: 30, seed, types: [...ALL], keepUnsure: true, trace: (q) => q.type === "TRUE_FALSE" && q.answerText === "False" && made.push(q.prompt) });
    }
    expect(made.length).toBeGreaterThan(0);
    for (const p of made) {
      expect(p).not.toMatch(/guild laws of 1(?!712)\d{3}, the fen was part/);
      expect(p).not.toMatch(/town gates in 1(?!730)\d{3}, the fish market was the busiest/);
      expect(p).not.toMatch(/^By 1(?!748)\d{3}, the port, with its stone jetties, had sixty/);
    }
  });
});
