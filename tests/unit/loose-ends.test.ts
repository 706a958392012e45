import { describe, expect, it } from "vitest";
import { repairContext, shellOpening } from "@/lib/generation/check-context";
import { pointsOutside } from "@/lib/generation/check-stems";
import { bareComparative, bareSubjectPlace, countedSetOfOne } from "@/lib/generation/check-loose-ends";
import { statementFault } from "@/lib/generation/check-statement-faults";
import { draftQuestion } from "../support/draft-question";

// Invented sentences: a statement cut from its sentence or read without the one before it.
const question = (over: Parameters<typeof draftQuestion>[0]) => draftQuestion(over, { keyKind: "statement", confidence: 0.8, answerWhereFound: true });
const tf = (prompt: string, sentence = prompt) =>
  question({ type: "TRUE_FALSE", prompt, answerText: "True", keyKind: "statement", source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } });

describe("a comparative with nothing to compare against", () => {
  it("finds a comparative closing a clause with no 'than'", () => {
    expect(bareComparative("The chalk cliffs crumble faster.")).toBe("faster");
    expect(bareComparative("The copper pans do not cool more slowly.")).toBe("slowly");
    expect(bareComparative("The eastern wall stood higher, so the guards watched from it.")).toBe("higher");
  });

  it("lets a comparison that is whole, or a change, stand", () => {
    expect(bareComparative("The chalk cliffs crumble faster than the granite ones.")).toBeNull();
    expect(bareComparative("Each winter the lake grew colder.")).toBeNull();
    expect(bareComparative("The road became roughly 30% shorter.")).toBeNull();
    expect(bareComparative("When the kettle is heated, the steam moves faster.")).toBeNull();
    expect(bareComparative("The brothers sailed a smaller, lighter boat to Pellan.")).toBeNull();
    expect(bareComparative("The mill no longer.")).toBeNull();
    expect(bareComparative("The faster the wheel turns, the more flour it grinds.")).toBeNull();
  });

  it("refuses the statement as dangling", () => {
    expect(statementFault(tf("The chalk cliffs crumble faster.", "The chalk cliffs crumble faster, leaving caves under the headland."))).toBe("stem-dangles");
    expect(statementFault(tf("The chalk cliffs crumble faster than the granite ones."))).toBeNull();
  });
});

describe("a general noun standing for what the sentence before said", () => {
  it("finds an opening result, work, system, scale or law the title does not name", () => {
    expect(shellOpening("The result was a ledger usually called the Green Book.", "Oskar Vell, Mapmaker")).toBe("result");
    expect(shellOpening("The work depends on dry weather and steady hands.", "Cutting Reeds at Marrow Fen")).toBe("work");
    expect(shellOpening("The system needed nine signal flags.", "The Harbour of Tollan")).toBe("system");
    expect(shellOpening("The law let tenants keep their gardens.", "Tenants of the Vell Estate")).toBe("law");
  });

  it("lets the noun stand when the title names it or the words after say which", () => {
    expect(shellOpening("The system needed nine signal flags.", "The Tollan Flag System")).toBeNull();
    expect(shellOpening("The law of the harbour let boats moor free.", "The Harbour of Tollan")).toBeNull();
    expect(shellOpening("The results that the survey gave were late.", "The Harbour of Tollan")).toBeNull();
  });
});

describe("a subject placed inside a thing the sentence before named", () => {
  it("finds a bare 'inside' or 'outside' after the opening subject", () => {
    expect(bareSubjectPlace("The air inside cools until the dome sinks.")).toBe("inside");
    expect(bareSubjectPlace("The crowd outside was silent.")).toBe("outside");
    expect(bareSubjectPlace("Inside, the walls were painted with red ochre.")).toBe("inside");
    expect(bareSubjectPlace("Here the stream slows and drops its gravel.")).toBe("here");
  });

  it("lets a place word with its own object, or one after a named thing, stand", () => {
    expect(bareSubjectPlace("The air inside the dome cools at night.")).toBeNull();
    expect(bareSubjectPlace("The inn within walking distance sold bread.")).toBeNull();
    expect(bareSubjectPlace("When the dome is shut, the air inside cools.")).toBeNull();
    expect(bareSubjectPlace("Inside the fort, the walls were painted with red ochre.")).toBeNull();
    expect(bareSubjectPlace("Here is the oldest mill in Tarn.")).toBeNull();
  });

  it("refuses the statement, and shows the sentence before a cloze", () => {
    const first = "Tarlo built a glass dome over the spring.";
    const second = "The air inside cools in about ten minutes.";
    const sentences = [
      { text: first, start: 0, end: first.length, section: 0, inSummary: false },
      { text: second, start: first.length + 1, end: first.length + 1 + second.length, section: 0, inSummary: false },
    ];
    const article = `${first} ${second}`;
    expect(repairContext(tf(second), sentences, 1, "Tarlo's Dome", () => 1, article)).toBe("stem-dangles");
    const ten = sentences[1]!.start + second.indexOf("ten");
    const cloze = question({ type: "FILL_BLANK", prompt: "The air inside cools in about _____ minutes.", answerText: "ten", source: { sentence: second, start: sentences[1]!.start, end: sentences[1]!.end, answer: { start: ten, end: ten + 3 } } });
    expect(repairContext(cloze, sentences, 1, "Tarlo's Dome", () => 1, article)).toBeNull();
    expect(cloze.prompt).toBe(`${first} The air inside cools in about _____ minutes.`);
  });
});

describe("a counted set cut to one member", () => {
  const sentence = "Its two chief harbours are Vellmouth, which faces west, and Orrin Quay, which was dug in 1840.";
  it("finds the set said to be one thing", () => {
    expect(countedSetOfOne("Tarn's two chief harbours are Vellmouth.", sentence)).toBe(true);
    expect(statementFault(tf("Tarn's two chief harbours are Vellmouth.", sentence))).toBe("stem-fragment");
  });

  it("lets a set with all its members, or the sentence itself, stand", () => {
    expect(countedSetOfOne("Tarn's two chief harbours are Vellmouth and Orrin Quay.", sentence)).toBe(false);
    expect(countedSetOfOne("The three mills were built by one family.", "The three mills were built by one family, the Orrs.")).toBe(false);
    expect(countedSetOfOne("Its two chief harbours are tidal.", "Its two chief harbours are tidal.")).toBe(false);
  });
});

describe("the biggest of a set named before", () => {
  it("finds 'the largest pieces' with no 'of' saying of what", () => {
    expect(pointsOutside("The widest pieces stretch for ninety miles.")).toBe(true);
    expect(pointsOutside("The oldest ones do not float.")).toBe(true);
  });

  it("lets a superlative with its whole, or a plain noun, stand", () => {
    expect(pointsOutside("The widest pieces of the ice shelf stretch for ninety miles.")).toBe(false);
    expect(pointsOutside("The tallest trees in Varn Wood stretch for ninety feet.")).toBe(false);
  });
});

describe("an 'it' after a blank that names a plural", () => {
  it("finds no thing for 'it' when the blank is the name of many", () => {
    expect(pointsOutside("Small creeks called _____ feed it each spring.")).toBe(true);
    expect(pointsOutside("Small creeks known as _____ feed it each spring.")).toBe(true);
  });

  it("lets a blank that is one thing, or a named thing before, bind 'it'", () => {
    expect(pointsOutside("A small lake called _____ feeds it each spring.")).toBe(false);
    expect(pointsOutside("The Varn is a slow river, and small creeks called _____ feed it each spring.")).toBe(false);
  });
});

describe("a comparative closing a condition", () => {
  it("is bare: the condition measures what comes after it, not itself", () => {
    expect(bareComparative("If the upward force is greater, the balloon rises until it floats high in the air.")).toBe("greater");
    expect(bareComparative("When the current is stronger, the ferry waits at the quay.")).toBe("stronger");
    // The outcome's comparative is still measured by the condition, and a compared condition stands.
    expect(bareComparative("If the load is greater than the lift, the balloon sinks.")).toBeNull();
    expect(bareComparative("When the kettle is heated, the steam moves faster.")).toBeNull();
  });
});
