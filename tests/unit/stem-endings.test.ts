import { describe, expect, it } from "vitest";
import { isUngrammatical } from "@/lib/generation/check-stems";
import { stemWorksOut } from "@/lib/generation/fair-number-options";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { restateCondition } from "@/lib/generation/trim-statement";

function prompts(text: string): { prompt: string; answer: string; type: string }[] {
  return generateQuestions(text, { count: 20, seed: 1 }).questions.map((q) => ({ prompt: q.prompt, answer: q.answerText, type: q.type }));
}

describe("a name ending in Jr. or Sr. inside a sentence", () => {
  const article = [
    "Harbor Rights",
    "",
    "The city council heard the case of Lomax v. Pendry in March 1961. The ruling gave dock workers a paid rest day. A young lawyer named Samuel Ortega Jr. argued the case for the workers and later became a judge. In Harlan vs. Dunmore, a state court ruled in May 1963 that the port could not close the union hall.",
  ].join("\n");

  it("keeps the name's full stop inside the blank, not after it", () => {
    const asked = prompts(article).filter((q) => q.answer.startsWith("Samuel Ortega"));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.prompt).not.toMatch(/_____\./);
  });

  it("still accepts the name without its suffix when typed", () => {
    const keys: string[][] = [];
    generateQuestions(article, { count: 20, seed: 1, trace: (q) => q.answerKey.kind === "text" && q.answerText === "Samuel Ortega Jr." && keys.push(q.answerKey.accepted) });
    expect(keys.length).toBeGreaterThan(0);
    for (const accepted of keys) expect(accepted).toEqual(expect.arrayContaining(["Samuel Ortega", "Ortega"]));
  });
});

describe("a stem or statement ends as a sentence", () => {
  const article = [
    "Coastal Forts",
    "",
    "The kingdom guarded its long coast with stone forts built between 1610 and 1650. The forts relied on two kinds of soldiers, called wardens:",
    "- Gunners fired the heavy iron cannons from the upper walls of the fort and kept the black powder dry in cellars;",
    "- Scouts rode along the high cliffs on small horses and warned the forts whenever foreign ships came near.",
    "",
    "The largest fort, Castle Ravel, held four hundred men in 1642. Its governor, Hugo Marten, ordered a new wall in 1644. The fort fell to a siege in 1671 after a dry summer.",
  ].join("\n");
  const made: { verdict: string; prompt: string }[] = [];
  generateQuestions(article, { count: 20, seed: 1, trace: (q, verdict) => made.push({ verdict, prompt: q.prompt }) });
  const kept = made.filter((m) => m.verdict === "selected" || m.verdict === "not-selected" || m.verdict === "low-confidence");

  it("never keeps one closing on a colon or a semicolon", () => {
    expect(made.some((m) => /wardens/.test(m.prompt))).toBe(true);
    for (const m of kept) expect(m.prompt.replace(/ \([^)]*\)$/, "")).not.toMatch(/[:;][.]?$/);
  });

  it("ends a list item that reads as a sentence with a full stop", () => {
    expect(kept.some((m) => /^Gunners fired .* in cellars\.$/.test(m.prompt))).toBe(true);
  });
});

describe("a fraction in a fixed phrase", () => {
  const article = [
    "Lena Varga",
    "",
    "Lena Varga painted churches in Hungary during the first half of the eighteenth century. She finished her largest mural in 1731 after working on it for six years. The mural covered a quarter of the chapel's ceiling. Every morning she rested for a quarter of an hour before climbing the scaffold. She died in 1749 in the city of Pest.",
  ].join("\n");
  const made: string[] = [];
  generateQuestions(article, { count: 20, seed: 1, trace: (q) => made.push(q.prompt) });

  it("is neither blanked nor swapped", () => {
    const painter = made.filter((p) => p.includes("eighteenth century"));
    const rest = made.filter((p) => p.includes("before climbing"));
    expect(painter.length).toBeGreaterThan(0);
    expect(rest.length).toBeGreaterThan(0);
    for (const p of painter) expect(p).toContain("the first half of");
    for (const p of rest) expect(p).toContain("a quarter of an hour");
  });

  it("still asks about a fraction that is a quantity", () => {
    expect(made.some((p) => /covered (?:_____|one third|half) of the chapel/.test(p))).toBe(true);
  });
});

describe("a fraction of a distance", () => {
  it("is a quantity to ask about, not a fixed phrase", () => {
    const article = ["Ivo Rask", "", "Ivo Rask built a stone road across the marsh near Dunmore in 1822. The road ran for a quarter of a mile between two farms. The road still carries carts today."].join("\n");
    const made: { prompt: string; answer: string }[] = [];
    generateQuestions(article, { count: 20, seed: 1, trace: (q) => made.push({ prompt: q.prompt, answer: q.answerText }) });
    expect(made.some((m) => m.prompt.startsWith("The road ran for _____ of a mile") && m.answer === "a quarter")).toBe(true);
  });
});

describe("a length of time whose two ends the stem states", () => {
  const article = [
    "The Dock Strike",
    "",
    "In 1903 the dock workers of Varn stopped work over unpaid wages. The strike lasted for 212 days, from 3 March 1903 to 1 October 1903, and closed the harbour to all trade. About 6,000 workers joined it at its height. The city council paid the workers 40 marks each when the strike ended in 1903. A new harbour law followed in 1907, after four years of debate.",
  ].join("\n");
  const made: { prompt: string; answer: string }[] = [];
  generateQuestions(article, { count: 20, seed: 1, trace: (q) => made.push({ prompt: q.prompt, answer: q.answerText }) });

  it("is neither blanked nor swapped", () => {
    expect(made.some((m) => m.prompt.startsWith("The strike lasted"))).toBe(true);
    expect(made.filter((m) => m.prompt.startsWith("The strike lasted")).every((m) => m.prompt.includes("for 212 days"))).toBe(true);
  });

  it("is still asked when only one end is given", () => {
    expect(made.some((m) => m.answer === "four" || /after (?!four)\w+ years of debate/.test(m.prompt))).toBe(true);
  });
});

describe("a statement cut so that only a subject's apposition is left", () => {
  it("reads as ungrammatical", () => {
    expect(isUngrammatical("A young tailor from the valley, was arrested in the town square after the market closed.")).toBe(true);
    expect(isUngrammatical("In 1902 a young tailor was arrested in the town square, and the market closed.")).toBe(false);
    expect(isUngrammatical("The tailor, who came from the valley, was arrested in the town square.")).toBe(false);
  });
});

describe("a cloze on a list item that closes on a semicolon", () => {
  const article = [
    "Coastal Forts",
    "",
    "The kingdom guarded its long coast with stone forts built between 1610 and 1650. Two changes made the forts stronger:",
    "- Engineers from the capital rebuilt the gate towers of the fort at Castle Ravel in 1642 with thick granite;",
    "- Scouts rode along the high cliffs on small horses and warned the forts whenever foreign ships came near.",
    "",
    "The largest fort held four hundred men at its height. The fort fell to a siege in 1671 after a dry summer.",
  ].join("\n");
  const made: { verdict: string; prompt: string }[] = [];
  generateQuestions(article, { count: 20, seed: 1, trace: (q, verdict) => made.push({ verdict, prompt: q.prompt }) });

  it("ends with a full stop when the item reads as a sentence", () => {
    const clozes = made.filter((m) => m.prompt.startsWith("Engineers") && m.prompt.includes("_____"));
    expect(clozes.length).toBeGreaterThan(0);
    expect(clozes.some((m) => m.verdict === "selected" || m.verdict === "not-selected")).toBe(true);
    for (const m of clozes) expect(m.prompt.replace(/ \([^)]*\)$/, "")).toMatch(/granite\.$/);
  });
});

describe("a condition after a main clause with two verbs", () => {
  const whole = (text: string) => ({ text, resolved: false, cut: false });
  const article = "The surveyors estimated the bridge would collapse if the floods returned. The mill wheel turned faster when the river rose.";

  it("stays where it is: put first it would govern the report or the order too", () => {
    expect(restateCondition(whole("The surveyors estimated the bridge would collapse if the floods returned."), article)).toBeNull();
    expect(restateCondition(whole("The duke commanded his soldiers to burn the fields if the rebels advanced."), article)).toBeNull();
    expect(restateCondition(whole("The nurses noticed patients slept longer if the ward stayed dark."), article)).toBeNull();
    expect(restateCondition(whole("The judges ruled the lease void if the rent went unpaid."), article)).toBeNull();
  });

  it("still moves one after a clause with a single verb group", () => {
    expect(restateCondition(whole("The mill wheel turned faster when the river rose."), article)?.text).toBe("When the river rose, the mill wheel turned faster.");
    expect(restateCondition(whole("The old guild could not sell its cloth abroad until the treaty was signed."), article)?.text).toBe("Until the treaty was signed, the old guild could not sell its cloth abroad.");
  });
});

describe("a length of time beside a range that does not work it out", () => {
  const key = (text: string) => ({ text, type: "NUMBER" as const, start: 0, end: 0 });

  it("is refused only when the range in the blank's clause gives that length in the blank's unit", () => {
    expect(stemWorksOut(key("212"), "The strike lasted for _____ days, from 3 March 1903 to 1 October 1903.")).toBe(true);
    expect(stemWorksOut(key("26"), "Oda Brenn was mayor for _____ years, from 1910 to 1936.")).toBe(true);
    expect(stemWorksOut(key("seven"), "The blockade lasted _____ months, from March 1702 to October 1702.")).toBe(true);
    // Years alone cannot give a count of months; a range about something else, or in the sentence before, gives nothing.
    expect(stemWorksOut(key("nine"), "The blockade of the port lasted _____ months, between 1702 and 1703.")).toBe(false);
    expect(stemWorksOut(key("12"), "Oda Brenn was mayor from 1910 to 1936. After losing the vote she spent _____ years abroad.")).toBe(false);
    expect(stemWorksOut(key("12"), "Oda Brenn, mayor from 1910 to 1936, spent _____ years abroad.")).toBe(false);
  });

  it("is still asked in an article", () => {
    const article = [
      "Oda Brenn",
      "",
      "Oda Brenn was mayor of the river town of Kell from 1910 to 1936. After losing the vote in 1936 she spent 12 years abroad in the south. She came home in 1948 and wrote a history of the town. The book sold 4,000 copies in its first year.",
    ].join("\n");
    const made: string[] = [];
    generateQuestions(article, { count: 20, seed: 1, trace: (q) => made.push(`${q.prompt} => ${q.answerText}`) });
    expect(made.some((m) => /years abroad/.test(m) && /=> 12$/.test(m))).toBe(true);
  });
});
