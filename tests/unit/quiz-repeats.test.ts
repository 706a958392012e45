import { describe, expect, it } from "vitest";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { restates } from "@/lib/generation/restated-fact";
import { repeatFaults, shownElsewhere } from "../../scripts/lib/quiz-repeats";

// The eval's own count of repeats and giveaways, on sentences invented for this test.
function question(type: GeneratedQuestion["type"], prompt: string, answerText: string, sentence: string, answer: string, extra: Partial<GeneratedQuestion> = {}): GeneratedQuestion {
  const at = sentence.indexOf(answer);
  return {
    type,
    prompt,
    options: [],
    answerKey: { kind: "text", accepted: [answerText] },
    answerText,
    source: { sentence, start: 0, end: sentence.length, answer: { start: at, end: at + answer.length } },
    spanType: "YEAR",
    score: 1,
    keyKind: "date",
    confidence: 0.8,
    ...extra,
  };
}

const charter = "The town of Velmore received its charter in 1773.";
const market = "Three years later the new market hall of Velmore opened on 4 May 1776.";

describe("the eval's count of one fact asked twice", () => {
  it("counts a year asked beside a date that holds it, and one fact told in other words", () => {
    const year = question("FILL_BLANK", "The town of Velmore received its charter in _____. (a year)", "1773", charter, "1773");
    const date = question("MULTIPLE_CHOICE", "On _____ the charter of Velmore was read in the square.", "12 June 1773", "On 12 June 1773 the charter of Velmore was read in the square.", "12 June 1773");
    expect(restates(year, date)).toBe(true);
    const truth = question("TRUE_FALSE", "Velmore's charter was received by the town in 1773.", "True", charter, "", { keyKind: "statement" });
    const typed = question("FILL_BLANK", "Which document did the town receive in 1773? (a term from the article)", "charter", charter, "charter", { keyKind: "term", spanType: "TERM" });
    expect(restates(truth, typed)).toBe(true);
  });

  it("does not count two parallel facts whose keys differ, nor a subject's name alone", () => {
    const supply = question("FILL_BLANK", "A shop's _____ is the amount of goods it can sell at a given price.", "supply", "", "", { keyKind: "term", spanType: "TERM" });
    const demand = question("FILL_BLANK", "A shop's _____ is the amount of goods buyers wish to purchase at a given price.", "demand", "", "", { keyKind: "term", spanType: "TERM" });
    expect(restates(supply, demand)).toBe(false);
    const born = question("TRUE_FALSE", "Ada Velmore was born in Harlow Bay.", "True", "", "", { keyKind: "statement" });
    const wed = question("TRUE_FALSE", "Ada Velmore married a Harlow Bay fisherman.", "True", "", "", { keyKind: "statement" });
    expect(restates(born, wed)).toBe(false);
  });
});

describe("the eval's count of two facts that share a value", () => {
  const mill = "In 1764 the weaver Jory Talck built the first water mill.";
  const fire = "In 1764 a great fire destroyed the old market hall.";
  // Each from its own sentence of the article: the second starts further on.
  const later = (q: GeneratedQuestion): GeneratedQuestion => {
    const { start, end, answer } = q.source;
    return { ...q, source: { ...q.source, start: start + 80, end: end + 80, answer: { start: answer.start + 80, end: answer.end + 80 } } };
  };
  it("does not count two facts of one year, nor one person asked for two deeds", () => {
    const built = question("FILL_BLANK", "In _____ the weaver Jory Talck built the first water mill. (a year)", "1764", mill, "1764");
    const burned = later(question("MULTIPLE_CHOICE", "In _____ a great fire destroyed the old market hall.", "1764", fire, "1764"));
    expect(restates(built, burned)).toBe(false);
    const weaver = question("FILL_BLANK", "Who built the first water mill? (a name)", "Jory Talck", mill, "Jory Talck", { keyKind: "name", spanType: "PERSON" });
    const mayor = later(question("FILL_BLANK", "Who later served as mayor of the town? (a name)", "Jory Talck", "Jory Talck later served as mayor of the town.", "Jory Talck", { keyKind: "name", spanType: "PERSON" }));
    expect(restates(weaver, mayor)).toBe(false);
  });

  it("does not call a false statement's year settled by another fact printing it", () => {
    const changed = later(question("TRUE_FALSE", "In 1769 a great fire destroyed the old market hall.", "False", fire, "1764", { keyKind: "statement" }));
    const other = question("FILL_BLANK", "In 1764 the weaver _____ built the first water mill. (a name)", "Jory Talck", mill, "Jory Talck", { keyKind: "name", spanType: "PERSON" });
    expect(shownElsewhere(changed, other)).toBe(false);
    expect(repeatFaults([changed, other])).toMatchObject({ restated: 0, shown: 0 });
  });
});

describe("the eval's count of a key printed in another question", () => {
  it("sees a key in another form: the year inside a date, a number in words, a surname", () => {
    const year = question("FILL_BLANK", "The market hall opened in _____. (a year)", "1776", market, "1776");
    const context = question("FILL_BLANK", `${market} Its clock was made by _____. (a name)`, "Orla Fenn", "Its clock was made by Orla Fenn.", "Orla Fenn");
    expect(shownElsewhere(year, context)).toBe(true);
    const count = question("MULTIPLE_CHOICE", "How many years after the charter did the hall open?", "3", market, "Three", { keyKind: "number", spanType: "NUMBER" });
    expect(shownElsewhere(count, context)).toBe(true);
    const maker = question("FILL_BLANK", "Who made the clock of the market hall?", "Orla Fenn", "Its clock was made by Orla Fenn.", "Orla Fenn", { keyKind: "name", spanType: "PERSON" });
    const later = question("FILL_BLANK", "In _____ Fenn mended the clock again. (a year)", "1790", "In 1790 Fenn mended the clock again.", "1790");
    expect(shownElsewhere(maker, later)).toBe(true);
  });

  it("counts statements with a negative by their key", () => {
    const denial = question("TRUE_FALSE", "The town of Velmore did not receive its charter in 1773.", "False", charter, "", { keyKind: "statement" });
    const own = question("TRUE_FALSE", "No market was held in Velmore before the hall opened.", "True", "", "", { keyKind: "statement" });
    expect(repeatFaults([denial, own])).toMatchObject({ negativeFalse: 1, negativeTrue: 1 });
  });
});
