import { describe, expect, it } from "vitest";
import { generateQuestions, REVIEW_THRESHOLD } from "@/lib/generation/generate-questions";
import { denyStatement, negateStatement, unsettledByArticle } from "@/lib/generation/negate-statement";
import { PART_WITHOUT_WHOLE, pointsOutside } from "@/lib/generation/check-stems";
import { confidenceScorer } from "@/lib/generation/score-confidence";
import { parseArticle } from "@/lib/generation/parse-article";
import type { GeneratedQuestion } from "@/lib/generation/types";

describe("a central statement denied", () => {
  it("denies the main verb: a past verb with 'did not', a present one with 'does/do not', a form of 'be' or a perfect with 'not'", () => {
    expect(negateStatement("The ferrymen rowed the mail across the firth at dawn.")).toBe("The ferrymen did not row the mail across the firth at dawn.");
    expect(negateStatement("The keeper's daughter used a brass lamp to signal the boats.")).toBe("The keeper's daughter did not use a brass lamp to signal the boats.");
    expect(negateStatement("Marsh orchids grow in the wet hollows behind the dunes.")).toBe("Marsh orchids do not grow in the wet hollows behind the dunes.");
    expect(negateStatement("The gatehouse guards the road into the valley.")).toBe("The gatehouse does not guard the road into the valley.");
    expect(negateStatement("The tollhouse was built to collect fees from the drovers.")).toBe("The tollhouse was not built to collect fees from the drovers.");
    expect(negateStatement("The guild had trained the glaziers of the county.")).toBe("The guild had not trained the glaziers of the county.");
    expect(negateStatement("The miller had two mills on the stream.")).toBe("The miller did not have two mills on the stream.");
    expect(negateStatement("In 1740, the weavers founded a school for the children of the town.")).toBe("In 1740, the weavers did not found a school for the children of the town.");
    expect(negateStatement("Wren Halloway set out on a long walk from the coast.")).toBe("Wren Halloway did not set out on a long walk from the coast.");
    expect(negateStatement("The cell wall holds a nucleus that stores the plan.")).toBe("The cell wall does not hold a nucleus that stores the plan.");
  });
  it("leaves alone what a 'not' would make open to two readings: counts, quantities, hedges, modals, reasons, bounds in time, a second negative", () => {
    for (const s of [
      "Three barges sank in the storm.",
      "Most weavers lived in the lower town.",
      "All the bridges were made of oak.",
      "The hall held about four hundred people.",
      "The ferry could carry twelve carts.",
      "The mill closed because the river silted up.",
      "The queen ruled until her son came of age.",
      "The town was never taken by siege.",
      "The fort did not fall in the first assault.",
      "Some historians believe the wall was older.",
      "The market only opened on feast days.",
    ]) {
      expect(negateStatement(s), s).toBeNull();
    }
  });
  it("refuses a second verb joined on, an aside after the verb, a verb of saying, and a subject that is no plain noun phrase", () => {
    expect(negateStatement("The raiders crossed the sea and burned the abbey.")).toBeNull();
    expect(negateStatement("The college opened its doors to women in 1902, the first in the region to do so.")).toBeNull();
    expect(negateStatement("The pier was finished in 1860, paid for by the fishing families.")).toBeNull();
    expect(negateStatement("The chronicle says that the king fled north.")).toBeNull();
    expect(negateStatement("The lands the duke seized had to pay a yearly tribute.")).toBeNull();
    expect(negateStatement("There is proof that the tower leaned from the start.")).toBeNull();
    expect(negateStatement("He rebuilt the chapel after the fire.")).toBeNull();
    // A pronoun may lean on words the statement left out ("their" after a singular subject is someone else's).
    expect(negateStatement("The sundew traps insects on their sticky leaves.")).toBeNull();
  });
  it("refuses a clause of place or time before the subject, an indefinite or pointing subject, a part without its whole", () => {
    expect(negateStatement("Where rivers meet the sea, deltas form.")).toBeNull();
    expect(negateStatement("When the tide turns, the ferry leaves the pier.")).toBeNull();
    expect(negateStatement("A clerk rang the harbour bell.")).toBeNull();
    expect(negateStatement("Other rafts form the edges of the harbour.")).toBeNull();
  });
  it("leaves a statement that points to the sentence before out of both copies, true and denied", () => {
    // (Refused where the central statements are read, so the true copy goes too.)
    for (const text of ["The other boats reached the harbour at dusk.", "The same king rebuilt the bridge.", "Others wanted a vote by the people."]) expect(pointsOutside(text), text).toBe(true);
    for (const text of ["Magma oozes up through the opening.", "The family enjoys a long supper."]) expect(PART_WITHOUT_WHOLE.test(text), text).toBe(true);
    expect(PART_WITHOUT_WHOLE.test("Lava cools at the top of the cone.")).toBe(false);
    const all: GeneratedQuestion[] = [];
    generateQuestions("The Fen Ferry\n\nThe fen ferry carried travellers across the wide mere for two hundred years. The ferrymen rowed a flat boat from the north bank at dawn. The family ran the ferry from a cottage on the shore.", { count: 10, seed: 1, trace: (q) => all.push(q) });
    expect(all.filter((q) => q.type === "TRUE_FALSE" && /^The family (?:ran|did not run) the ferry/.test(q.prompt))).toEqual([]);
  });
  it("refuses a tense it cannot read, a second verb after 'and', a verb that already denies, and 'is now' or 'was to'", () => {
    expect(negateStatement("The settlers set up a trading post.")).toBeNull();
    expect(negateStatement("Bees collect nectar and make honey.")).toBeNull();
    expect(negateStatement("Red blood cells lack a nucleus.")).toBeNull();
    expect(negateStatement("The council refused the new charter.")).toBeNull();
    expect(negateStatement("The stone is now in the city museum.")).toBeNull();
    expect(negateStatement("The emperor was to rule for forty years.")).toBeNull();
  });
  it("gives 'do/does/did not' a base form only: a past the tagger read as a present is denied as past, a word it cannot turn is refused", () => {
    // ("drew" is read as a name, and after a plural subject as a present: once denied as "do not drew".)
    expect(negateStatement("Ilsa Moravec's sermons drew large crowds.")).toBe("Ilsa Moravec's sermons did not draw large crowds.");
    expect(negateStatement("The smiths smote the glowing bars.")).toBe("The smiths did not smite the glowing bars.");
    expect(negateStatement("The smiths wrought the gates of the abbey.")).toBeNull();
    // ("lay" and "found" are a past and a base at once: after a plural subject the tense cannot be read.)
    expect(negateStatement("The ruins lay beside the old harbour.")).toBeNull();
    // (A true present keeps its "do not".)
    expect(negateStatement("The farmers plant barley in the lower fields.")).toBe("The farmers do not plant barley in the lower fields.");
    for (const s of ["Ilsa Moravec's sermons drew large crowds.", "The smiths smote the glowing bars.", "The herders wove baskets from reeds.", "The pilgrims sought shelter in the abbey."]) {
      expect(negateStatement(s) ?? "", s).not.toMatch(/\b(?:do|does|did) not (?:drew|smote|wove|sought)\b/);
    }
  });
  it("keeps the punctuation after the denied verb", () => {
    expect(negateStatement("The old ferry sank, far from the harbour mouth.")).toBe("The old ferry did not sink, far from the harbour mouth.");
  });
});

describe("denials that read as riddles, deny nothing sure, or deny the wrong verb", () => {
  it("refuses a class or place denied after 'is/was': 'one of', 'a kind of', 'an example of', a class with a clause of its own, 'where'", () => {
    for (const s of [
      "The Grellmoor Fair is one of the oldest fairs in the valley.",
      "Corran Voss was one of eleven children.",
      "Crop rotation is one simple answer to the problem.",
      "Terrace farming is a kind of slope farming.",
      "The round tower is an example of Norman stonework.",
      "Queen Ildra was a ruler of Vasko who built the first roads.",
      "The marsh edge is where the herons nest.",
    ]) {
      expect(denyStatement(s).refused, s).toBe("class-denied");
    }
    // (After the verbs that link a thing to its class as "is" does.)
    for (const s of ["Queen Ildra became one of the richest rulers of Vasko.", "The Tarrin mill ranks among the oldest in the valley.", "The fungus belonged to a family called Vellia."]) {
      expect(denyStatement(s).refused, s).toBe("class-denied");
    }
    // A measure is no class.
    expect(negateStatement("The tower wall was one metre thick.")).toBe("The tower wall was not one metre thick.");
    // (Every unit check-passing-details counts as a measure: an area, money.)
    expect(negateStatement("The Brask sheep fold was one acre wide.")).toBe("The Brask sheep fold was not one acre wide.");
    expect(negateStatement("The ferry toll was one dollar.")).toBe("The ferry toll was not one dollar.");
    // A plain role or a named thing denied stays.
    expect(negateStatement("Corran Voss was a partner in the ferry company.")).toBe("Corran Voss was not a partner in the ferry company.");
    expect(negateStatement("The capital of Vasko was Tarrin.")).toBe("The capital of Vasko was not Tarrin.");
  });
  it("refuses an object of no sure size: 'a range of', 'a number of', 'a large part of', 'various', 'a special kind of'", () => {
    for (const s of [
      "The new harbour was given a range of duties.",
      "The guild printed a number of maps of the coast.",
      "The Vasko kings ruled a large part of the northern plain.",
      "The mill made various kinds of cloth.",
      "The bridge was built from a special kind of stone.",
      "The museum keeps other relics from the wreck.",
    ]) {
      expect(denyStatement(s).refused, s).toBe("vague-object");
    }
    // "a different route", "the other bank": one sure thing.
    expect(negateStatement("The drovers took a different route to the market.")).toBe("The drovers did not take a different route to the market.");
  });
  it("refuses a clause joined after a comma, or two phrases joined by 'and'", () => {
    expect(denyStatement("The dam became a protected site in 1990, and parts of the old canal.").refused).toBe("joined-after-comma");
    expect(denyStatement("The town was guarded by a stone wall on the east side and by a boom across the river.").refused).toBe("two-phrases-joined");
    // A list's last comma is no second clause.
    expect(negateStatement("The ferry carried sheep, wool, and salt.")).toBe("The ferry did not carry sheep, wool, and salt.");
  });
  it("refuses 'there were not' after an opening with no comma, and an indefinite subject after such an opening", () => {
    // (An opening with no comma reads as an inverted clause.)
    expect(denyStatement("At first there were meetings with the miners.").refused).toBe("opening-without-comma");
    expect(denyStatement("At first, there were meetings with the miners.").refused).toBe("there-without-determiner");
    expect(denyStatement("In 1850 a gale flooded the lower town.").refused).toBe("indefinite-subject");
    // (An indefinite word after a preposition inside the subject is no opening.)
    expect(negateStatement("The son of a ferryman built the mill.")).toBe("The son of a ferryman did not build the mill.");
    expect(denyStatement("Waterlogged peat holds very little air.").refused).toBe("word:little");
  });
});

describe("denials widened where the denial is plain and its subject sure", () => {
  it("refuses a possessive even where it looks like the subject's own: it may stand for someone or something named before", () => {
    for (const s of [
      "Maria Voss published his findings in 1911.",
      "Anna Berg gave her money for the journey.",
      "The town grew up below its walls.",
      "Maria Voss published her findings in 1911.",
      "The sundews trap insects on their sticky leaves.",
    ]) {
      expect(denyStatement(s).refused, s).toBe("pronoun");
    }
  });
  it("reads a date opening with no comma, and a subject the tagger took for a verb", () => {
    expect(negateStatement("In 1874 Corran Voss moved to Tarrin.")).toBe("In 1874 Corran Voss did not move to Tarrin.");
    // (The month May is no "may" of possibility.)
    expect(negateStatement("In May 1874 Corran Voss moved to Tarrin.")).toBe("In May 1874 Corran Voss did not move to Tarrin.");
    expect(denyStatement("Corran Voss may have moved to Tarrin.").refused).toBe("word:may");
    expect(negateStatement("Barges entered through the upper gate.")).toBe("Barges did not enter through the upper gate.");
    expect(negateStatement("The besieged Vaskans surrendered in the spring.")).toBe("The besieged Vaskans did not surrender in the spring.");
  });
  it("reads a naming word, or a word after a preposition, as no second verb, but a plain form straight after a noun as one", () => {
    expect(negateStatement("The diver found a wreck called the Heron.")).toBe("The diver did not find a wreck called the Heron.");
    expect(negateStatement("Steam escapes through cracks in the lid.")).toBe("Steam does not escape through cracks in the lid.");
    expect(denyStatement("The lamp dropped during the dance set the barn alight.").refused).toBe("second-verb");
    // (After a list's comma, a describing word the tagger took for a verb is none.)
    expect(negateStatement("The salt trade depends on shallow pans, warm wind and steady raking.")).toBe("The salt trade does not depend on shallow pans, warm wind and steady raking.");
  });
  it("refuses an opening with no comma (the clause may be inverted), 'By' with a date among them", () => {
    expect(denyStatement("On the third night a gale flooded the lower town.").refused).toBe("opening-without-comma");
    expect(denyStatement("Between the two locks are gates called paddles.").refused).toBe("opening-without-comma");
    expect(denyStatement("In the courtyard grew three pear trees.").refused).toBe("opening-without-comma");
    expect(denyStatement("By 1880 the canal reached the coast.").refused).toBe("opening-without-comma");
  });
});

describe("a denial the article unsettles", () => {
  it("is refused where its own sentence hedges it before the point, or another sentence on the point doubts or denies it", () => {
    expect(unsettledByArticle("The monks built the tower.", "According to legend, the monks built the tower.", [])).toBe(true);
    expect(unsettledByArticle("The monks built the tower.", "The monks built the tower.", ["Some say the monks never built the tower at all."])).toBe(true);
    expect(unsettledByArticle("The monks built the tower.", "The monks built the tower.", ["The tower may be older than the monks who built it."])).toBe(true);
    // (A denial's bare verb meets the statement's past form.)
    expect(unsettledByArticle("The mill closed in 1920.", "The mill closed in 1920.", ["The mill did not in fact close in 1920."])).toBe(true);
    expect(unsettledByArticle("The fire started in a bakery.", "The fire started in a bakery.", ["The fire did not start in the bakery, a later study found."])).toBe(true);
    // (A hedge after the point in its own clause counts.)
    expect(unsettledByArticle("The monks of Hask built the tower in 1120.", "The monks of Hask built the tower in 1120, but some historians doubt this.", [])).toBe(true);
    expect(unsettledByArticle("The monks of Hask built the tower in 1120.", "The monks of Hask built the tower in 1120, according to a local legend.", [])).toBe(true);
    // A hedge after a semicolon is about something else; the month May is no "may"; a sentence on another point is no doubt.
    expect(unsettledByArticle("The monks built the tower in 1120.", "The monks built the tower in 1120; travellers claimed it was taller than any church.", [])).toBe(false);
    expect(unsettledByArticle("The monks built the tower in 1120.", "The monks built the tower in 1120.", ["The tower was finished in May 1120 by the monks."])).toBe(false);
    expect(unsettledByArticle("The monks built the tower in 1120.", "The monks built the tower in 1120.", ["The monks did not farm the hill."])).toBe(false);
  });
  it("leaves the denial out of a quiz where another sentence doubts the point", () => {
    const text = (doubt: string) =>
      `The Hask Tower\n\nThe Hask Tower stands on a hill above the river Ell. The monks of Hask built the tower to watch for raiders from the sea. The tower has four floors and a bell at the top. ${doubt} Today the tower is a small museum of the valley.`;
    const denials = (body: string) => {
      const out: string[] = [];
      generateQuestions(body, { count: 10, seed: 2, trace: (q) => q.type === "TRUE_FALSE" && / not /.test(q.prompt) && out.push(q.prompt) });
      return out;
    };
    expect(denials(text("Travellers praised the view from its roof."))).toContain("The monks of Hask did not build the tower to watch for raiders from the sea.");
    expect(denials(text("Some writers doubt that the monks of Hask built the tower to watch for raiders."))).not.toContain("The monks of Hask did not build the tower to watch for raiders from the sea.");
  });
});

const article = `The Harrow Lantern Walk

Every October the people of Harrow walk through the town with paper lanterns to remember the night the old bridge was saved.

What Happened?
In 1821 a flood rose against the old bridge. The townspeople carried sandbags to the bridge through the night. The bridge survived the flood, and the town held a walk with lanterns the next year. The lantern walk became a yearly custom. Children make the lanterns at school in the week before the walk. The walk ends at the bridge with a song.`;

describe("denied statements in a quiz", () => {
  it("offers a central sentence denied, keyed False, beside the true copies", () => {
    const all: GeneratedQuestion[] = [];
    generateQuestions(article, { count: 10, seed: 3, trace: (q, verdict) => verdict !== "low-confidence" && all.push(q) });
    const denied = all.filter((q) => q.type === "TRUE_FALSE" && / (?:did|does|do|was|were|is|are) not /.test(q.prompt));
    expect(denied.length).toBeGreaterThan(0);
    for (const q of denied) expect(q.answerText).toBe("False");
  });
  it("rates a true statement of a central sentence higher than the same sentence asked another way, a denied one by half as much", () => {
    const parsed = parseArticle(article);
    const score = confidenceScorer(parsed, parsed.sentences.map(() => 0.3));
    const base = { type: "TRUE_FALSE" as const, prompt: "The townspeople carried sandbags to the old bridge through the night of the flood.", options: [], answerKey: { kind: "choice" as const, optionId: "true" }, answerText: "True", source: { sentence: "", start: parsed.sentences[2]!.start, end: 0, answer: { start: 0, end: 0 } }, spanType: "TERM" as const, score: 1, keyKind: "statement" as const, confidence: 0.7 };
    const logit = (p: number) => Math.log(p / (1 - p));
    const boost = logit(score({ ...base, mainPoint: true })) - logit(score(base));
    expect(boost).toBeCloseTo(0.6, 5);
    const denied = { ...base, prompt: "The townspeople did not carry sandbags to the old bridge through the night of the flood.", answerKey: { kind: "choice" as const, optionId: "false" }, answerText: "False" };
    expect(logit(score({ ...denied, mainPoint: true })) - logit(score(denied))).toBeCloseTo(0.3, 5);
  });
});

describe("statements held under the questions that ask their facts", () => {
  const saga = `The Lay of Brannoc

Brannoc is a tale from the western fens about a mill in a long drought. A trader named Vell cheats the millers of Hask every autumn. Hask asks the young boatwright Iona for help. Iona builds a fast boat from black oak. Vell races Iona across the flooded fen and loses the race. Hask gives Iona a copper bell and a place at the mill.`;
  it("ranks a statement of a sentence under the real question on it, and holds one that prints that question's key below the review line", () => {
    const all: GeneratedQuestion[] = [];
    generateQuestions(saga, { count: 10, seed: 1, trace: (q) => all.push(q) });
    const who = all.find((q) => q.prompt === "Who asks the young boatwright Iona for help?");
    expect(who?.answerText).toBe("Hask");
    const same = all.filter((q) => q.mainPoint && q.source.start === who!.source.start);
    expect(same.length).toBeGreaterThan(0);
    for (const q of same) expect(q.confidence).toBeLessThan(who!.confidence);
    const elsewhere = all.filter((q) => q.mainPoint && q.source.start !== who!.source.start && /\bHask\b/.test(q.prompt) && !/\bof Hask\b/.test(q.prompt));
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const q of elsewhere) expect(q.confidence).toBeLessThan(REVIEW_THRESHOLD);
  });
});
