import { describe, expect, it } from "vitest";
import { laterClauses } from "@/lib/generation/split-clauses";
import type { Sentence } from "@/lib/generation/types";
import { tracedQuestions } from "../support/traced-candidates";

// Invented article and sentences: after "It carried salt from the mines to the port:" the next "it" means the salt as
// much as the subject, so the clause after the colon must not be credited to the subject (review s20a, finding 1).

const canal = [
  "The Orrin Canal",
  "",
  "The Orrin Canal is a waterway in the province of Velm. It was opened in 1841 by the engineer Pia Dross.",
  "",
  "It carried salt from the mines to the port: it was the chief export of the province. It crossed the Tarn River on an iron bridge: it was the longest bridge in Velm for many years. It also brought grave harm: it drained the great marshes of the delta and ruined the old fishing villages.",
].join("\n");

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false, subject: "The Orrin Canal", opener: "It" };
}

describe("a clause after a colon whose 'it' may mean the thing named before it", () => {
  it("is not credited to the sentence's subject", () => {
    expect(laterClauses(sentence("It carried salt from the mines to the port: it was the chief export of the province."))).toEqual([]);
    expect(laterClauses(sentence("It crossed the Tarn River on an iron bridge: it was the longest bridge in Velm for many years."))).toEqual([]);
    expect(laterClauses(sentence("It carried salt to the port: it fed the tanneries of the coast."))).toEqual([]);
    // The harm reached a thing the clause before names after "to": the "it" after the colon may mean that thing.
    expect(laterClauses(sentence("It brought ruin to the old tannery: it shut in 1862."))).toEqual([]);
    expect(laterClauses(sentence("It brought wealth to the river town: it built a new hall."))).toEqual([]);
    const prompts = tracedQuestions(canal).filter((q) => q.type === "TRUE_FALSE").map((q) => q.prompt);
    expect(prompts.filter((p) => /Orrin Canal (?:was|was not) the (?:chief export|longest bridge)/.test(p))).toEqual([]);
  });

  it("is still taken when the clause before names only what the subject did to others, or the subject itself", () => {
    expect(laterClauses(sentence("It also brought grave harm: it drained the great marshes of the delta."))).toEqual(["It drained the great marshes of the delta."]);
    // (Not when the change names the valley it reached: that "it" may mean the valley, as in the cases above.)
    expect(laterClauses(sentence("It brought a great change to the valley: it made the farmers of the plain rich."))).toEqual([]);
    expect(laterClauses(sentence("It was a great success: it paid for itself within ten years."))).toEqual(["It paid for itself within ten years."]);
    const made = tracedQuestions(canal).filter((q) => q.type === "TRUE_FALSE" && q.answerText === "True").map((q) => q.prompt);
    expect(made).toContain("The Orrin Canal drained the great marshes of the delta and ruined the old fishing villages.");
  });
});
