import { describe, expect, it } from "vitest";
import { describedSubjectSwapped, statementFault } from "@/lib/generation/check-statement-faults";
import type { TermList } from "@/lib/generation/find-lists";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { grantedClaim } from "@/lib/generation/granted-claims";
import { statementQuestion } from "@/lib/generation/question-parts";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { falseVersionsIn } from "../support/false-versions";

// Our own sentences about an invented marsh and its reed beds.
const tf = (prompt: string, sentence: string, isTrue = false) =>
  statementQuestion({ statement: prompt, isTrue, source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } }, keyKind: "function", confidence: 0.7 });

describe("a false statement that swaps the subject of an opening description", () => {
  const sentence = "Growing above the reed beds, the willow belt shades the marsh from the noon sun.";

  it("is refused: the description was said of the true subject, so the reader judges the description", () => {
    expect(describedSubjectSwapped("Growing above the reed beds, the mud flats shade the marsh from the noon sun.", sentence, sentence.indexOf("willow"))).toBe(true);
    expect(statementFault(tf("Growing above the reed beds, the mud flats shades the marsh from the noon sun.", sentence))).toBe("options-misfit");
    const dense = "Tightly woven, the reed bed keeps most of the rain off the lower mud.";
    expect(statementFault(tf("Tightly woven, the willow belt keeps most of the rain off the lower mud.", dense))).toBe("options-misfit");
  });

  it("is kept where the opening sets a time or place, or is the subject's own name", () => {
    const timed = "In the dry summer of 1904, the willow belt shaded the marsh.";
    expect(statementFault(tf("In the dry summer of 1904, the mud flats shaded the marsh.", timed))).toBe(null);
    const named = "Orla Penhale, a reed cutter, mapped the marsh.";
    expect(statementFault(tf("Orla Penhale, a reed farmer, mapped the marsh.", named))).toBe(null);
    // The swap after the subject is no swap of the described subject.
    expect(statementFault(tf("Growing above the reed beds, the willow belt shades the marsh from the evening sun.", sentence))).toBe(null);
  });

  const swapped = (sentence: string, word: string, other: string) => {
    const at = sentence.indexOf(word);
    return describedSubjectSwapped(sentence.slice(0, at) + other + sentence.slice(at + word.length), sentence, at);
  };

  it("reads a participle phrase, an adverb with its adjective, or a founding year as a description", () => {
    expect(swapped("Founded in 1820, the marsh school trained surveyors.", "marsh school", "reed guild")).toBe(true);
    expect(swapped("Built of turf, the dyke holds back the spring tides.", "dyke", "causeway")).toBe(true);
    expect(swapped("Extremely shallow, the lagoon freezes every winter.", "lagoon", "channel")).toBe(true);
  });

  it("reads a sentence adverb, a time or the subject's own name as no description", () => {
    expect(swapped("Eventually, the reed guild bought the old mill.", "reed guild", "marsh school")).toBe(false);
    expect(swapped("Often, the warden rowed out before dawn.", "warden", "ferryman")).toBe(false);
    expect(swapped("Seven years later, the guild rebuilt the sluice.", "guild", "council")).toBe(false);
    expect(swapped("Earlier, the herders had dug a ditch.", "herders", "fishers")).toBe(false);
    expect(swapped("Following the flood, the council raised the dyke.", "council", "guild")).toBe(false);
    expect(swapped("Brannoc Vell, the ferryman, rowed the warden across.", "ferryman", "reed cutter")).toBe(false);
    // A name that ends like a participle: a lone word in -ing, or one before a capital.
    expect(swapped("Harling, the river port, traded tin.", "river port", "hill fort")).toBe(false);
    expect(swapped("Harling Quay, the old wharf, traded tin.", "old wharf", "new wharf")).toBe(false);
  });
});

describe("false statements that would test wording or stay true", () => {
  const versions = (text: string, index: number, lists: TermList[] = []) => falseVersionsIn(text, index, { lists });

  it("never turns how often a thing is called or described, only how often it happens", () => {
    const text = "Reed Cutting\n\nMarsh folk often call the willow belt the green wall. Herons often nest in the willow belt.";
    expect(versions(text, 0)).toEqual([]);
    expect(versions(text, 1)).toEqual(["Herons rarely nest in the willow belt."]);
  });

  it("turns how often a thing is seen or known where it lives, but not what most people believe or compare", () => {
    const text = "Marsh Hares\n\nMarsh hares are rarely seen below the alder line. Walkers often see otters along the dyke. Most wardens believe the sluice was cut by herders. Visitors often compare the reed beds to a golden sea.";
    expect(versions(text, 0)).toEqual(["Marsh hares are often seen below the alder line."]);
    expect(versions(text, 1)).toEqual(["Walkers rarely see otters along the dyke."]);
    expect(versions(text, 2)).toEqual([]);
    expect(versions(text, 3)).toEqual([]);
  });

  it("still turns the modal itself, and never puts a 'not' in", () => {
    expect(versions("Marsh Boats\n\nA punt can cross the shallow channel. Herons nest by the sluice.", 0)).toEqual(["A punt cannot cross the shallow channel."]);
    expect(versions("Marsh Boats\n\nA barge cannot cross the open lagoon. Herons nest by the sluice.", 0)).toEqual(["A barge can cross the open lagoon."]);
  });

  it("never swaps a detail of what something can do (the new detail may be possible as well)", () => {
    const text = "Marsh Guides\n\nA marsh guide can show the tide tables. A pocket guide lists the tide tables. Each guide also has wind maps.";
    const kinds = [{ items: [{ text: "tide tables", start: 0, end: 0 }, { text: "wind maps", start: 0, end: 0 }], sentenceIndex: -1, lead: "" }];
    // (The modal itself turned is plainly false: "cannot show the tide tables".)
    expect(versions(text, 0, kinds).filter((v) => v.includes("wind maps"))).toEqual([]);
    expect(versions(text, 1, kinds)).toEqual(["A pocket guide lists the wind maps."]);
    // A turned modal is a plain falsehood, not a possibility.
    expect(versions(text, 0, kinds)).toContain("A marsh guide cannot show the tide tables.");
  });

  it("reads a month, a name, a negated modal or a modal in a side clause as no possibility", () => {
    const dates = (text: string) => {
      const spans = [...text.matchAll(/\b(?:May )?1[89]\d\d\b/g)].map((m) => ({ type: m[0].length > 4 ? ("MONTH_YEAR" as const) : ("YEAR" as const), text: m[0], start: m.index, end: m.index + m[0].length }));
      return falseVersionsIn(text, 1, { allSpans: spans });
    };
    const lead = "The Reed Hall\n\nThe marsh guild met in tents until 1853. ";
    expect(dates(`${lead}The reed hall, which could seat 900 cutters, opened in 1851.`)).toEqual(["The reed hall, which could seat 900 cutters, opened in 1853."]);
    expect(dates("The Reed Hall\n\nThe marsh guild met in tents until May 1853. In May 1851 the reed hall opened by the dyke.")).toEqual(["In May 1853 the reed hall opened by the dyke."]);
    expect(dates(`${lead}Ada May opened the reed hall in 1851.`)).toEqual(["Ada May opened the reed hall in 1853."]);
    expect(dates(`${lead}Herons can't nest there, and the hall opened in 1851.`)).toEqual(["Herons can't nest there, and the hall opened in 1853."]);
    expect(dates(`${lead}Visitors can't miss the hall built in 1851.`)).toEqual(["Visitors can't miss the hall built in 1853."]);
    expect(dates(`${lead}The guild could not pay for the hall in 1851.`)).toEqual([]);
    // The year after the modal in its own clause is what may be: refused.
    expect(dates(`${lead}By then the hall could open in 1851.`)).toEqual([]);
  });
});

describe("true statements anyone would grant", () => {
  const fair = [
    "The Dunmere Fair",
    "",
    "The Dunmere Fair began in 1822 on the green beside the old mill, where farmers sold geese and wool.",
    "The tale of the first fair quickly touched townsfolk, and crowds walked in from the hills every autumn.",
    "Holding the fair was more than a market; it was a vote of thanks to the millers.",
    "The fair matters because it is important to the valley, so that young people learn them.",
    "The great flood of 1851 caused economic and political turmoil, such as lost harvests and empty shops.",
    "In 1853 the council moved the fair to the high field above the river, where it still stands.",
  ].join("\n");

  it("are not asked: how people felt, a teaser cut from its point, 'matters because', a broad effect of any upheaval", () => {
    const trues: string[] = [];
    generateQuestions(fair, { count: 10, seed: 1, trace: (q) => q.type === "TRUE_FALSE" && q.keyKind === "statement" && q.answerText === "True" && trues.push(q.prompt) });
    for (const granted of [/touched townsfolk/, /more than a market\.$/, /matters because/, /economic and political turmoil\.$/]) expect(trues.filter((t) => granted.test(t))).toEqual([]);
    // A plain fact of the same article is still asked.
    expect(trues.some((t) => /moved the fair to the high field/.test(t))).toBe(true);
  });

  const cutFrom = (sentence: string) => sentence.replace(/[;:,] .*$/, ".");
  it("reads a teaser only where the sentence went on with its point, never a measure", () => {
    for (const teaser of ["The guild hall was more than a workshop; it was where disputes were settled.", "The dyke was more than an earth bank: it carried the only road.", "The ferry was more than a boat, it was the valley's post office."]) {
      expect(grantedClaim(cutFrom(teaser), teaser)).toBe(true);
    }
    for (const measure of ["The dyke was more than a mile long; it carried the only road.", "The reed hall is more than a hundred years old: it was raised by the first cutters.", "The sluice was more than a dozen metres wide, and it took a year to dig."]) expect(grantedClaim(cutFrom(measure), measure)).toBe(false);
    // The whole sentence kept: nothing was cut away.
    expect(grantedClaim("The ferry was more than a boat.", "The ferry was more than a boat.")).toBe(false);
  });

  it("reads a tribute only where a people is the whole object", () => {
    expect(grantedClaim("The song touched listeners.", "")).toBe(true);
    expect(grantedClaim("The victory inspired Athenians across the islands.", "")).toBe(true);
    expect(grantedClaim("The victory inspired Athenians to build a new fleet.", "")).toBe(false);
    expect(grantedClaim("Her lectures inspired Peters to study chemistry.", "")).toBe(false);
    expect(grantedClaim("The flood inspired Tollers.", "")).toBe(false);
    // A people named by a plain ending on a place ("Kenyans"), not the place itself.
    expect(grantedClaim("The runner's story quickly touched Kenyans.", "")).toBe(true);
    expect(grantedClaim("The runner's story quickly touched Athens.", "")).toBe(false);
  });

  it("reads 'matters' as a verb, and 'matters because' as granted only with a vague reason", () => {
    expect(grantedClaim("The ferry still matters greatly.", "")).toBe(true);
    expect(grantedClaim("The ferry matters because it is important.", "")).toBe(true);
    expect(grantedClaim("The treaty mattered because it ended the blockade of the port.", "", "The Siege of Carrow")).toBe(false);
    // Why the article's own subject matters is its framing.
    expect(grantedClaim("The reed guild matters because it trains the cutters.", "", "The Reed Guild")).toBe(true);
    expect(grantedClaim("The reed guild matters because it trains the cutters.", "", "Marsh Trades")).toBe(false);
    expect(grantedClaim("Dark matter greatly outweighs the visible stars.", "")).toBe(false);
    expect(grantedClaim("The guild brought printed matter to everyone.", "")).toBe(false);
    expect(grantedClaim("Those matters greatly troubled the council.", "")).toBe(false);
  });
});

describe("two true statements on one name", () => {
  const truth = (sentence: string, start: number, name: string): GeneratedQuestion => {
    const at = sentence.indexOf(name);
    return { ...statementQuestion({ statement: sentence, isTrue: true, source: { sentence, start, end: start + sentence.length, answer: { start: start + at, end: start + at + name.length } }, keyKind: "name", confidence: 0.7 }), spanType: "PLACE", score: 0.7 };
  };
  const filler = (i: number): GeneratedQuestion => {
    const sentence = `Diver number ${i} found the shell k${i} on the reef.`;
    return { ...truth(sentence, 1000 + i * 100, `k${i}`), type: "FILL_BLANK", prompt: sentence.replace(`k${i}`, "_____"), options: [], answerKey: { kind: "text", accepted: [`k${i}`] }, answerText: `k${i}`, keyKind: "term", spanType: "TERM", confidence: 0.8, score: 0.8 };
  };

  it("are not both asked from one paragraph: they tell one thing twice", () => {
    const spreading = truth("The bed of the Hollin Sea is slowly spreading apart.", 0, "Hollin Sea");
    const rate = truth("Every spring the Hollin Sea bed widens by a hand's breadth.", 60, "Hollin Sea");
    const quiz = selectQuestions([spreading, rate, ...[1, 2, 3, 4, 5, 6, 7].map(filler)], 10, ["FILL_BLANK", "TRUE_FALSE"], createRandom(2));
    expect(quiz.filter((q) => q.type === "TRUE_FALSE")).toHaveLength(1);
    // From different paragraphs, each is its own point.
    const apart = selectQuestions([spreading, rate, ...[1, 2, 3, 4, 5, 6, 7].map(filler)], 10, ["FILL_BLANK", "TRUE_FALSE"], createRandom(2), () => 0, (offset) => (offset < 50 ? 0 : 1));
    expect(apart.filter((q) => q.type === "TRUE_FALSE")).toHaveLength(2);
  });

  it("are both asked when they say different things of the name", () => {
    const mapped = truth("Orla Penhale mapped the northern marsh in a single wet summer.", 0, "Orla Penhale");
    const founded = truth("Later Orla Penhale founded the first guild of reed cutters.", 70, "Orla Penhale");
    const quiz = selectQuestions([mapped, founded, ...[1, 2, 3, 4, 5, 6, 7, 8].map(filler)], 10, ["FILL_BLANK", "TRUE_FALSE"], createRandom(2));
    expect(quiz.filter((q) => q.type === "TRUE_FALSE")).toHaveLength(2);
  });
});

describe("a 'how often' word that hedges a tacked-on clause", () => {
  const versions = (text: string, index: number) => falseVersionsIn(text, index, {});

  it("is not turned: 'rarely where …' or 'rarely when …' reads as nonsense", () => {
    const text = "Marsh Paths\n\nThe causeway ends at the sluice, usually where the reed beds begin. The herons nest often when the tide is low. Herons often nest in the willow belt.";
    expect(versions(text, 0)).toEqual([]);
    expect(versions(text, 1)).toEqual([]);
    expect(versions(text, 2)).toEqual(["Herons rarely nest in the willow belt."]);
  });
});
