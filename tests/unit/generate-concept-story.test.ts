import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { findLinks } from "@/lib/generation/find-links";
import { findSpans } from "@/lib/generation/find-spans";
import { findLabelledLines, makeLabelQuestion, makeLabelMatching, makeLabelOrdering } from "@/lib/generation/make-label-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { makePlotOrdering, plotItem } from "@/lib/generation/make-plot-order";
import { dangles, subjectQuestion } from "@/lib/generation/question-stems";
import { makeLimitFlip } from "@/lib/generation/make-statements";
import { createRandom } from "@/lib/generation/random";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";

const read = (name: string) => fs.readFileSync(path.resolve(__dirname, "../fixtures/articles", name), "utf8");
const story = read("study-notes-salt-road.txt");
const glacier = read("glacier-erosion.txt");

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 0, inSummary: false };
}

function defined(text: string) {
  return findDefinitions([sentence(text)]).map((d) => ({ term: d.term, question: d.question, pattern: d.pattern }));
}

function candidates(text: string): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  generateQuestions(text, { trace: (q) => out.push(q) });
  return out;
}

describe("definitions of concept articles", () => {
  it("reads 'Geologists call A the T' with any plural profession as the caller, and drops a trailing 'of a …'", () => {
    expect(defined("Bakers call the second rise of a dough the final proof of a loaf.")).toEqual([
      { term: "final proof", question: "What do bakers call the second rise of a dough?", pattern: "call" },
    ]);
    expect(defined("Astronomers usually call the point nearest the Sun the perihelion.")).toEqual([
      { term: "perihelion", question: "What do astronomers usually call the point nearest the Sun?", pattern: "call" },
    ]);
  });

  it("reads a term named in passing with ', which is the …' or '(often defined as …)' after a preposition or copula", () => {
    expect(defined("Salt reaches the fields through capillary rise, which is the upward creep of water through fine soil, and through flooding.")).toEqual([
      { term: "capillary rise", question: "What is the name for the upward creep of water through fine soil?", pattern: "appositive" },
    ]);
    expect(defined("The worst case is stagflation (often defined as rising prices during a long slump).")).toEqual([
      { term: "stagflation", question: "What is the name for rising prices during a long slump?", pattern: "appositive" },
    ]);
  });

  it("asks a study guide's central theme as a question, and not a clause given as the theme", () => {
    expect(defined("The central theme is dogged loyalty.")).toEqual([{ term: "dogged loyalty", question: "What is the central theme, according to the article?", pattern: "copula" }]);
    expect(defined("The main idea is that debts grow.")).toEqual([]);
  });

  it("asks which term is described or defined as something", () => {
    expect(defined("Thrift is often described as the habit of spending less than one earns.")).toEqual([
      { term: "Thrift", question: "What is often described as the habit of spending less than one earns?", pattern: "refers" },
    ]);
    expect(defined("It is often described as the oldest port on the coast.")).toEqual([]);
    expect(defined("The result is usually described as a disaster.")).toEqual([]);
  });

  it("refuses the shapes that name no term", () => {
    // A plain noun after "the", a verb's object, a pronoun as the thing called, a description pointing outside.
    expect(defined("The town, which is a port on the coast, grew quickly.")).toEqual([]);
    expect(defined("Heavy rain causes runoff, which is the water that flows over the ground.")).toEqual([]);
    expect(defined("Historians call it the Golden Age of the port.")).toEqual([]);
    expect(defined("Readers call the last chapter the best part.")).toEqual([]);
    expect(defined("Crops are lost through blight, which is a disease that spreads when they are wet.")).toEqual([]);
  });

  it("asks for the term as a question on the fixture, and for a typed term when no fair options exist", () => {
    const all = candidates(glacier);
    const moraine = all.find((q) => q.keyKind === "definition" && q.answerText === "moraine")!;
    expect(moraine.prompt).toBe("What do geologists call the heap of mixed rock and clay that a melting glacier leaves behind?");
    expect(moraine.type).toBe("FILL_BLANK");
    const plucking = all.find((q) => q.keyKind === "definition" && q.answerText === "plucking")!;
    expect(plucking.prompt).toBe("What is the name for the freezing of meltwater onto loose rock so that the moving ice tears the rock away?");
    expect(passesGates(plucking, glacier)).toBe(true);
  });
});

describe("a relative 'that' is no pointing word", () => {
  it("lets 'the option that is left' stand, and still catches 'That is what …'", () => {
    expect(dangles("What do bakers call the loaf that is left over?")).toBe(false);
    expect(dangles("The cousins saw the ford that was flooded.")).toBe(false);
    expect(dangles("That is what lets the dough rise.")).toBe(true);
    expect(dangles("The baker explains that is why the crust splits.")).toBe(true);
    expect(dangles("Sliding two sheets together shows how this works.")).toBe(true);
    // A demonstrative standing for an earlier idea, at the end of a clause or before a preposition; a place "there".
    expect(dangles("Towns use several rules to correct this.")).toBe(true);
    expect(dangles("Reed beds do this by trapping the silt.")).toBe(true);
    expect(dangles("From there, traders carried the salt inland.")).toBe(true);
    expect(dangles("The guild met twice this year, and these ships sailed in May.")).toBe(false);
    expect(dangles("From the harbour, traders carried the salt inland.")).toBe(false);
  });
});

describe("headings between prose paragraphs", () => {
  it("reads a short line between two paragraphs as a heading, and a run of short lines under the summary as key facts", () => {
    const article = parseArticle(story);
    expect(article.sections.map((s) => s.heading)).toEqual([null, "What happens", "The characters", "Important themes"]);
    expect(article.keyFacts).toEqual([]);
    const withFacts = parseArticle("The Mill Fire\n\nThe mill burned down in one night and the town rebuilt it within a year.\nDate: 3 May 1881\nPlace: Kell\n\nThe fire began in the drying loft and spread along the roof beams.");
    expect(withFacts.keyFacts.map((k) => k.text)).toEqual(["Date: 3 May 1881", "Place: Kell"]);
    // One fact line alone between two paragraphs is still a fact, not a heading.
    const lone = parseArticle("The Mill Fire\n\nThe mill burned down in one night and the town rebuilt it within a year.\nDate: 3 May 1881\nThe fire began in the drying loft and spread along the roof beams.");
    expect(lone.keyFacts.map((k) => k.text)).toEqual(["Date: 3 May 1881"]);
  });
});

describe("labelled lines of a study guide", () => {
  const article = parseArticle(story);
  const sets = findLabelledLines(article, story);

  it("finds each section's 'Label: description' lines with the kind its heading names", () => {
    expect(sets.map((s) => [s.kind, s.numbered, s.lines.map((l) => l.label)])).toEqual([
      ["character", false, ["Orla", "Tam", "Brannock"]],
      ["theme", false, ["Debt and power", "Courage in small acts", "Kindness between strangers"]],
    ]);
    expect(sets[0]!.lines[0]!.description).toBe("proud, quick-tempered and fiercely loyal to her family");
  });

  it("asks for a character by what the guide says of them, typed, with the article's fuller name accepted", () => {
    const [characters] = sets;
    const q = makeLabelQuestion(characters!.kind, characters!.lines[0]!, characters!.lines, article.sentences, story, createRandom(1))!;
    expect(q.prompt).toBe("Which character is proud, quick-tempered and fiercely loyal to her family?");
    expect(q.type).toBe("FILL_BLANK");
    expect(q.answerKey).toEqual({ kind: "text", accepted: ["Orla", "Orla Penhallow"] });
    expect(passesGates(q, story)).toBe(true);
  });

  it("matches the themes to what the guide says about each, and never orders them (they are no steps)", () => {
    const themes = sets[1]!;
    const q = makeLabelMatching(themes.kind, themes.lines, article.sentences, createRandom(2))!;
    expect(q.prompt).toBe("Match each theme to what the article says about it.");
    const text = (id: string) => q.options.find((o) => o.id === id)!.text;
    expect(q.answerKey.kind === "match" && Object.entries(q.answerKey.pairs).map(([l, r]) => [text(l), text(r)])).toEqual([
      ["Debt and power", "The landlord keeps whole families poor by setting the prices they must accept"],
      ["Courage in small acts", "The cousins save the load through dogged work rather than heroic deeds"],
      ["Kindness between strangers", "A baker and a farmer help the cousins when their own landlord will not"],
    ]);
    expect(passesGates(q, story)).toBe(true);
    expect(makeLabelOrdering(themes, article.sentences, createRandom(2), 4)).toBeNull();
    // One theme on its own is not asked: its line says what its name means, and the matching asks that very pair.
    for (const line of themes.lines) expect(makeLabelQuestion(themes.kind, line, themes.lines, article.sentences, story, createRandom(2))).toBeNull();
    // A kind of line that is no theme (the same lines read as causes) is still asked one at a time, its fellows the options
    // (a long label is no answer to type).
    const one = makeLabelQuestion("cause", themes.lines[1]!, themes.lines, article.sentences, story, createRandom(2))!;
    expect(one.prompt).toBe("Which cause does the article describe as follows: the cousins save the load through dogged work rather than heroic deeds?");
    expect(one.options.map((o) => o.text).sort()).toEqual(["Courage in small acts", "Debt and power", "Kindness between strangers"]);
    expect(one.answerText).toBe("Courage in small acts");
    expect(passesGates(one, story)).toBe(true);
  });

  it("orders a numbered list of named stages in the article's order", () => {
    const glacierArticle = parseArticle(glacier);
    const [stages] = findLabelledLines(glacierArticle, glacier);
    expect(stages!.kind).toBe("stage");
    expect(stages!.numbered).toBe(true);
    const q = makeLabelOrdering(stages!, glacierArticle.sentences, createRandom(3), 4)!;
    expect(q.prompt).toBe("Put these stages in the order the article gives them, first to last.");
    expect(q.answerText).toBe("Accumulation → Flow → Retreat");
    expect(passesGates(q, glacier)).toBe(true);
  });

  // Written for this test: a bicycle's parts listed under a sentence that names them before a colon that follows another word.
  const bike =
    "How a Bicycle Works\n\nA bicycle turns the push of a rider's legs into steady forward motion on the road.\n\nParts that every bicycle shares\n\nEvery bicycle, from a child's first bike to a racing machine, has several parts that it shares, and every one does its own task:\n\n- Frame: the stiff skeleton that holds every other piece in place.\n- Chain: a loop of steel links that carries the pedals' turning to the back wheel.\n- Brakes: pads that squeeze the rims to slow the wheels.\n- Saddle: the seat the rider sits on while pedalling.";

  it("reads the kind from a counted plural before a colon that ends on another word, or from a heading that opens on it", () => {
    const sets = findLabelledLines(parseArticle(bike), bike);
    expect(sets.map((s) => [s.kind, s.lines.map((l) => l.label)])).toEqual([["part", ["Frame", "Chain", "Brakes", "Saddle"]]]);
    const headed = bike.replace("Every bicycle, from a child's first bike to a racing machine, has several parts that it shares, and every one does its own task:\n\n", "");
    expect(findLabelledLines(parseArticle(headed), headed).map((s) => s.kind)).toEqual(["part"]);
    // "goods" has no singular of its own to ask "Which good …?" with; and no colon, no introduced list.
    const goods = bike.replace("Parts that every bicycle shares", "On the road").replace("several parts that it shares", "several goods that it shares");
    expect(findLabelledLines(parseArticle(goods), goods)).toEqual([]);
    const noColon = bike.replace("Parts that every bicycle shares", "On the road").replace("its own task:", "its own task.");
    expect(findLabelledLines(parseArticle(noColon), noColon)).toEqual([]);
  });

  it("asks 'Which part is a …?' when the description is a singular noun phrase, and keeps 'describe as follows' for a plural one", () => {
    const [parts] = findLabelledLines(parseArticle(bike), bike);
    const sentences = parseArticle(bike).sentences;
    const frame = makeLabelQuestion(parts!.kind, parts!.lines[0]!, parts!.lines, sentences, bike, createRandom(1))!;
    expect(frame.prompt).toBe("Which part is the stiff skeleton that holds every other piece in place?");
    expect(frame.type).toBe("MULTIPLE_CHOICE");
    expect(frame.answerText).toBe("Frame");
    const brakes = makeLabelQuestion(parts!.kind, parts!.lines[2]!, parts!.lines, sentences, bike, createRandom(1))!;
    expect(brakes.prompt).toBe("Which part does the article describe as follows: pads that squeeze the rims to slow the wheels?");
    expect(passesGates(frame, bike) && passesGates(brakes, bike)).toBe(true);
  });

  it("finds no set without a kind, with a single line, or where a description names another label", () => {
    const noKind = "Notes\n\nThe ferry crossed the strait every morning and every evening.\n\nOn deck\n- Ada: calm and careful with every rope.\n- Ben: loud and cheerful with the passengers.";
    expect(findLabelledLines(parseArticle(noKind), noKind)).toEqual([]);
    const singular = "Notes\n\nThe ferry crossed the strait every morning and every evening.\n\nAnalysis\n- Ada: calm and careful with every rope.\n- Ben: loud and cheerful with the passengers.";
    expect(findLabelledLines(parseArticle(singular), singular)).toEqual([]);
    const naming = "Cast\n\nThe play has a small cast of travelling players.\n\nThe characters\n- Ada: calm and careful, unlike Ben.\n- Ben: loud and cheerful with the passengers.";
    expect(findLabelledLines(parseArticle(naming), naming)).toEqual([]);
    const single = "Cast\n\nThe play has a small cast of travelling players.\n\nThe characters\n- Ada: calm and careful with every rope.";
    expect(findLabelledLines(parseArticle(single), single)).toEqual([]);
  });
});

describe("who does what in a story", () => {
  it("asks 'Who …?' past a one-word opening aside before the person", () => {
    const s = sentence("Resolute, Orla wades back into the river.");
    expect(subjectQuestion(s, { text: "Orla", start: 10, end: 14, type: "PERSON" }, "Who")).toBe("Who wades back into the river?");
    const otherwise = sentence("Otherwise, Orla would lose the load.");
    expect(subjectQuestion(otherwise, { text: "Orla", start: 11, end: 15, type: "PERSON" }, "Who")).toBeNull();
    // Only for people: a term after an opener stays a cloze.
    expect(subjectQuestion(s, { text: "Orla", start: 10, end: 14, type: "TERM" }, "Which term")).toBeNull();
  });
});

describe("a cause whose 'their' is the effect's own subject", () => {
  it("asks why, with the plural subject, and refuses a singular subject's 'their'", () => {
    const [link] = findLinks([sentence("Hikers tend to stay off the ice in late summer, because their boots cannot grip the wet surface.")], "Glaciers", []);
    expect([link?.question, link?.answer]).toEqual(["Why do hikers tend to stay off the ice in late summer?", "Because their boots cannot grip the wet surface"]);
    expect(findLinks([sentence("The glacier slows down in winter, because their meltwater freezes solid.")], "Glaciers", [])).toEqual([]);
  });
});

describe("the order of a study guide's plot", () => {
  it("takes each present-tense event's main clause, its opening time phrase or one-word aside cut", () => {
    expect(plotItem(sentence("At the market, the landlord's agent refuses to pay the old price, so the cousins sell the salt."))).toBe("The landlord's agent refuses to pay the old price");
    expect(plotItem(sentence("Resolute, Orla wades back into the river and drags two sacks to the bank."))).toBe("Orla wades back into the river and drags two sacks to the bank");
    expect(plotItem(sentence("The sacks, now soaked, are carried up to the barn."))).toBe("The sacks are carried up to the barn");
    // The first of a list of names is not an aside: never "Tam and Bree leave …" (the main clause is cut at its comma, so none is asked).
    expect(plotItem(sentence("Orla, Tam and Bree leave the farm for the city."))).toBe(null);
  });

  it("leaves out states, settings, pronoun openings and a long opening clause", () => {
    expect(plotItem(sentence("The cousins live in a damp cottage at the edge of the moor."))).toBeNull();
    expect(plotItem(sentence("The story takes place in one cold week of March."))).toBeNull();
    expect(plotItem(sentence("She then sells the last sack to a farmer."))).toBeNull();
    expect(plotItem(sentence("The agent is a cold and greedy man."))).toBeNull();
  });

  it("leaves out a naming, a denied event and one placed 'later' in its own thread, none an event in the telling's order", () => {
    expect(plotItem(sentence("Tam is named after his uncle Orrin."))).toBeNull();
    expect(plotItem(sentence("Bree never opens the locked chest."))).toBeNull();
    expect(plotItem(sentence("The agent does not return to the farm."))).toBeNull();
    expect(plotItem(sentence("Tam later sells his boat too."))).toBeNull();
    // The same events told plainly are items.
    expect(plotItem(sentence("Bree opens the locked chest."))).toBe("Bree opens the locked chest");
    expect(plotItem(sentence("Tam sells his boat to the agent."))).toBe("Tam sells his boat to the agent");
  });

  it("orders the plot section's events in the article's order, and asks nothing of a section not headed as the plot", () => {
    const article = parseArticle(story);
    const [q] = makePlotOrdering(article, createRandom(4), 4);
    expect(q!.prompt).toBe("Put these events of the plot in the order they happen, first to last.");
    expect(q!.answerText).toBe(
      "On the second day a storm floods the ford → Orla wades back into the river and drags two sacks to the bank → Tam trades his father's pocket knife for a dry barn to sleep in → The landlord's agent refuses to pay the old price",
    );
    expect(passesGates(q!, story)).toBe(true);
    const renamed = story.replace("What happens\n", "Background\n");
    expect(makePlotOrdering(parseArticle(renamed), createRandom(4), 4)).toEqual([]);
  });
});

describe("a limit turned into the claim it denies", () => {
  const flip = (text: string) => makeLimitFlip(sentence(text), text)?.prompt ?? null;
  it("leaves out the 'not' of 'is not always/only' and the opening lead-in", () => {
    expect(flip("As this chart shows, a bigger harvest is not always a richer one.")).toBe("A bigger harvest is always a richer one.");
    expect(flip("However, salt is not only a seasoning.")).toBe("Salt is only a seasoning.");
  });
  it("refuses pairs, other negations, pronoun subjects and clauses after a comma", () => {
    expect(flip("Salt is not only a seasoning but a preservative.")).toBeNull();
    expect(flip("It is not always easy to carry salt.")).toBeNull();
    expect(flip("The ford is not always deep, and it never freezes.")).toBeNull();
    expect(flip("It is important that the cost is not everything that was given up.")).toBeNull();
  });
});

describe("numbers in words with their scale", () => {
  it("reads 'three hundred members' as one count, never 'three' or 'hundred' alone", () => {
    expect(findSpans("By 1950 the guild had more than three hundred members.").map((s) => [s.text, s.type])).toEqual([
      ["1950", "YEAR"],
      ["three hundred", "NUMBER"],
    ]);
    expect(findSpans("The road took two thousand workers.").map((s) => s.text)).toEqual(["two thousand"]);
    expect(findSpans("The road took two workers.").map((s) => s.text)).toEqual(["two"]);
  });
});
