import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { isCutFrom, restateCondition, trimToMainClause } from "@/lib/generation/trim-statement";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";
import { falseVersionsIn } from "../support/false-versions";

// Main ideas that are plain statements (how a thing works, how many, how often, whether it can): our own three
// fixture articles, a science explanation (sea ice), an economics concept (public goods) and a local history
// (a wool hall), each with sentences that have no name, date or number to blank.
const read = (name: string) => readFileSync(path.join(__dirname, "../fixtures/articles", name), "utf8");
const seaIce = read("sea-ice.txt");
const publicGoods = read("public-goods.txt");
const woolHall = read("tarrow-wool-hall.txt");

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

/** The one-word swaps a statement gets when it has nothing else to change (no names, values or listed terms). */
function plainFalse(statement: string): string[] {
  return falseVersionsIn(statement, statement, { sentences: [sentence(statement)], random: () => 0.3 });
}

/** Every statement candidate that passed the gates and the drop line, as "text => key". */
function statements(text: string): string[] {
  const out: string[] = [];
  generateQuestions(text, { count: 10, seed: 1, trace: (q: GeneratedQuestion, verdict) => { if ((verdict === "selected" || verdict === "not-selected") && q.type === "TRUE_FALSE") out.push(`${q.prompt} => ${q.answerText}`); } });
  return out;
}

describe("a plain statement turned false by its word of quantity, frequency or possibility", () => {
  it("turns 'most'/'many' opening the subject, a frequency word, and a 'cannot'", () => {
    expect(plainFalse("Most towns pay for street lighting through local taxes.")).toEqual(["Few towns pay for street lighting through local taxes."]);
    expect(plainFalse("Pancake ice rarely forms in sheltered bays.")).toEqual(["Pancake ice often forms in sheltered bays."]);
    expect(plainFalse("Voters often disagree about the size of the town budget.")).toEqual(["Voters rarely disagree about the size of the town budget."]);
    expect(plainFalse("Salt cannot fit inside the growing ice crystals.")).toEqual(["Salt can fit inside the growing ice crystals."]);
    expect(plainFalse("A toll road can turn away drivers without a ticket.")).toEqual(["A toll road cannot turn away drivers without a ticket."]);
    expect(plainFalse("Ice floes sometimes crack when storms pass over them.")).toEqual(["Ice floes never crack when storms pass over them."]);
  });

  it("leaves a word inside a side clause: one that describes a noun, or gives a reason or condition", () => {
    // Turned there, the wrong verb is denied and the statement's point ("the spores were Vellia") stays true.
    expect(plainFalse("The spores on the bread were Vellia, moulds that can spoil grain stores.")).toEqual([]);
    expect(plainFalse("The hum you can hear at night is the mill wheel.")).toEqual([]);
    expect(plainFalse("Because gales can flatten the reeds, the cutters work in early autumn.")).toEqual([]);
    expect(plainFalse("Reed cutters who often work alone carry a horn.")).toEqual([]);
    // The main clause's own word still turns.
    expect(plainFalse("Vellia moulds can spoil grain stores.")).toEqual(["Vellia moulds cannot spoil grain stores."]);
    // A contact clause with a noun for its subject; and a main clause after a closed side clause or a relative clause.
    expect(plainFalse("The spores farmers can see on the crust spoil the loaf.")).toEqual([]);
    expect(plainFalse("When the tide is low, visitors can walk to the island.")).toEqual(["When the tide is low, visitors cannot walk to the island."]);
    expect(plainFalse("Herders who live near the pass can cross it in winter.")).toEqual(["Herders who live near the pass cannot cross it in winter."]);
  });

  it("leaves a word that does not carry the claim, or whose opposite might also be true", () => {
    // A share of a whole ("most of the brine"), a superlative ("the most common"), a comparison ("more than"): no plain opposite.
    expect(plainFalse("Over a whole winter most of the brine drains back into the sea.")).toEqual([]);
    // "ever", "any", "yet" lean on the "few": "Many drovers ever …" is no English.
    expect(plainFalse("Few drovers ever crossed the whole moor in winter.")).toEqual([]);
    expect(plainFalse("The most common ice in the bay is pancake ice.")).toEqual([]);
    expect(plainFalse("Many merchants paid the fee more than once a year.")).toEqual([]);
    // "a few", "some": a turn could still be true.
    expect(plainFalse("A few captains steer by the beam in a storm.")).toEqual([]);
    expect(plainFalse("Some goods sit between private and public ones.")).toEqual([]);
    // A quantity inside the clause ("reflects most of the sunlight") and a negation put in ("does not" -> ?) are not turned.
    expect(plainFalse("Sea ice reflects most of the sunlight in the polar summer.")).toEqual([]);
    expect(plainFalse("One walker's use of the light does not leave less light for the next walker.")).toEqual([]);
    // "can" with a word between it and its verb: the turned form would not be English.
    expect(plainFalse("Visitors can still see the old weighing beam above the door.")).toEqual([]);
    expect(plainFalse("Visitors can easily see the old weighing beam above the door.")).toEqual([]);
    // A one-off past event has no "always": only a habit or a present truth turns.
    expect(plainFalse("The fortress was never taken by a besieging army in all its history.")).toEqual([]);
    expect(plainFalse("The old bell founder never married in his long life.")).toEqual([]);
    expect(plainFalse("Crabs never swim far from the rocky shore.")).toEqual(["Crabs always swim far from the rocky shore."]);
    // What most historians date a thing to is their judgement, as what they think is; what most towns date from is a fact.
    expect(plainFalse("Most historians date the first bridge to the ninth century.")).toEqual([]);
    expect(plainFalse("Most towns date from the ninth century.")).toEqual(["Few towns date from the ninth century."]);
    // Two such words: which one is the claim is not sure.
    expect(plainFalse("Most captains rarely pay for the light they steer by.")).toEqual([]);
    // How a name is shortened or written is wording: turned, the statement tests the word "usually", not a fact.
    expect(plainFalse("Salt is weighed in hundredweights, usually shortened to cwt, on the quay scales.")).toEqual([]);
    expect(plainFalse("The island's name is often written as Marra on old charts.")).toEqual([]);
    // Writing as a habit is a fact, and turns.
    expect(plainFalse("The clerks of the isle usually wrote on slate boards.")).toEqual(["The clerks of the isle rarely wrote on slate boards."]);
  });

  it("does not turn a direction word that names one of a series of parts", () => {
    // "an upper, a middle and a lower terrace" names three parts; "a higher terrace" is no claim, only nonsense.
    expect(plainFalse("The vineyard climbs in an upper, a middle and a lower terrace of equal width.")).toEqual([]);
    // A light that "falls on" the ice has no opposite direction.
    expect(plainFalse("Sea ice reflects sunlight that falls on it in summer.")).toEqual([]);
  });
});

describe("a statement said again, not copied: a kept opening after its clause", () => {
  it("moves a place, time or case after a clause with no comma of its own", () => {
    expect(trimToMainClause(sentence("In calm water, the first crystals gather into a thin slick called grease ice."))).toEqual({
      text: "The first crystals gather into a thin slick called grease ice in calm water.",
      resolved: false,
      cut: true,
    });
    expect(trimToMainClause(sentence("In 1642, the wool merchants of Tarrow built a covered hall beside the river."))?.text).toBe("The wool merchants of Tarrow built a covered hall beside the river in 1642.");
    // The gate that a true statement is the article's own claim accepts the restatement, and not one with a word changed.
    expect(isCutFrom("The wool merchants of Tarrow built a covered hall beside the river in 1642.", "In 1642, the wool merchants of Tarrow built a covered hall beside the river.")).toBe(true);
    expect(isCutFrom("The wool merchants of Tarrow built a covered hall beside the river in 1645.", "In 1642, the wool merchants of Tarrow built a covered hall beside the river.")).toBe(false);
    expect(isCutFrom("The wool merchants of Tarrow built a covered hall in 1642 beside the river.", "In 1642, the wool merchants of Tarrow built a covered hall beside the river.")).toBe(false);
  });

  it("keeps in place an opening that bounds, negates or points to another sentence, and one before a clause with an aside", () => {
    // Moved to the end, "before the hall" or "without the wall" could attach to the last words; "at the same time" needs the sentence before.
    expect(trimToMainClause(sentence("Before the hall, sales took place in the open street."))?.text).toBe("Before the hall, sales took place in the open street.");
    expect(trimToMainClause(sentence("Without the harbour wall, the fishing fleet lost boats every winter."))?.cut).toBe(false);
    // ("At the same time" points back to a sentence the statement does not show: it is refused rather than moved.)
    expect(trimToMainClause(sentence("At the same time, the sluice gates on the east side stay open."))).toBeNull();
    // "…, a shallow crossing …" after the clause: the moved phrase would seem to be about the crossing.
    expect(trimToMainClause(sentence("In the last scene, the keeper hands the lamp to Tam, the youngest of the crew."))?.text).toBe(
      "In the last scene, the keeper hands the lamp to Tam, the youngest of the crew.",
    );
  });

  it("keeps a 'By' time that ends in -ing ('By morning', 'By spring', 'By closing time'), and cuts only a 'By' of means", () => {
    // Without it, a state the article bounds in time would be claimed for all time.
    expect(trimToMainClause(sentence("By spring, the rebels held every gate of the walled town."))?.text).toBe("By spring, the rebels held every gate of the walled town.");
    expect(trimToMainClause(sentence("By evening, the harbour of Kell was full of fishing boats."))?.cut).toBe(false);
    expect(trimToMainClause(sentence("By closing time, the market square was empty of stalls."))?.cut).toBe(false);
    expect(trimToMainClause(sentence("By selling the mill, the Orrin family paid off every debt."))?.text).toBe("The Orrin family paid off every debt.");
  });
});

describe("a hedge counts where it stays", () => {
  it("asks the main clause when the hedge sits in a part the cut takes away, and refuses a hedged main clause", () => {
    expect(trimToMainClause(sentence("Work on the wool hall began in the spring of 1640; it may have taken ten years."))?.text).toBe("Work on the wool hall began in the spring of 1640.");
    expect(trimToMainClause(sentence("The merchants paid for the hall with a tax on fleeces, which probably angered the farmers."))?.text).toBe("The merchants paid for the hall with a tax on fleeces.");
    expect(trimToMainClause(sentence("The merchants probably paid for the hall with a tax on fleeces, which angered the farmers."))).toBeNull();
    // "makes people think about …" reports no one's opinion.
    expect(trimToMainClause(sentence("Street tolls make drivers think about the true cost of each trip."))?.text).toBe("Street tolls make drivers think about the true cost of each trip.");
    expect(trimToMainClause(sentence("Some economists think that a public good is always paid for by taxes."))).toBeNull();
  });
});

describe("a sentence kept whole said again with its condition first", () => {
  const whole = (text: string) => ({ text, resolved: false, cut: false });
  const article = "Brine channels shrink when the ice cools further. The Tarrow ford flooded until the merchants built a bridge.";

  it("puts a 'when', 'because', 'until' or 'before' clause first, lower-casing a common first word and keeping a name's capital", () => {
    expect(restateCondition(whole("Brine channels shrink when the ice cools further."), article)).toEqual({ text: "When the ice cools further, brine channels shrink.", resolved: false, cut: true });
    expect(restateCondition(whole("The Tarrow ford flooded until the merchants built a bridge."), article)?.text).toBe("Until the merchants built a bridge, the Tarrow ford flooded.");
    expect(restateCondition(whole("Tarrow traded wool because the fells fed many sheep."), "The hall stood in Tarrow.")?.text).toBe("Because the fells fed many sheep, Tarrow traded wool.");
    // The gate reads the two parts swapped as the article's own claim; a word changed in either part is not.
    expect(isCutFrom("When the ice cools further, brine channels shrink.", "Brine channels shrink when the ice cools further.")).toBe(true);
    expect(isCutFrom("When the ice warms further, brine channels shrink.", "Brine channels shrink when the ice cools further.")).toBe(false);
  });

  it("leaves a statement already cut, a condition with a pronoun, 'only when', and a main clause with a clause inside", () => {
    // "named after", "looked after": a phrase of the verb, not a condition (no verb of its own follows).
    expect(restateCondition(whole("The new lighthouse was named after the first keeper of the harbour."), article)).toBeNull();
    expect(restateCondition(whole("The youngest daughter looked after the family's goats in summer."), article)).toBeNull();
    expect(restateCondition(whole("The fishing fleet sailed after the spring storms had passed."), article)?.text).toBe("After the spring storms had passed, the fishing fleet sailed.");
    expect(restateCondition({ text: "Brine channels shrink when the ice cools further.", resolved: false, cut: true }, article)).toBeNull();
    // "When they cool, brine channels shrink": the pronoun would come before what it stands for.
    expect(restateCondition(whole("Brine channels shrink sharply when they cool further."), article)).toBeNull();
    // "only when", "even if": the word belongs to a phrase that would be left behind.
    expect(restateCondition(whole("Ships pay the harbour toll only when the lighthouse is lit."), article)).toBeNull();
    expect(restateCondition(whole("Ships pay the harbour toll even if the lighthouse is dark."), article)).toBeNull();
    expect(restateCondition(whole("A public good is something that everyone can use when the town pays the bill."), article)).toBeNull();
    // The condition may belong to a clause inside the main one ("checking whether …", "said …", "planned to …"): put first, it would govern the whole.
    expect(restateCondition(whole("The engineers were checking whether the old bridge could carry the new trains if the river flooded."), article)).toBeNull();
    expect(restateCondition(whole("The guards said the gates would stay shut if the bell rang twice."), article)).toBeNull();
    expect(restateCondition(whole("The council planned to close the harbour if the storms returned."), article)).toBeNull();
    // A fragment of two words on either side is no clause.
    expect(restateCondition(whole("Prices rise when demand grows."), article)).toBeNull();
  });
});

describe("a statement cut cleanly at a trailing aside, reason or example", () => {
  it("cuts an appositive with its own relative clause, and an 'each of which' clause", () => {
    expect(trimToMainClause(sentence("The merchants' guild took its name from the old Tarrow ford, a shallow crossing that had served drovers for centuries."))?.text).toBe(
      "The merchants' guild took its name from the old Tarrow ford.",
    );
    expect(trimToMainClause(sentence("Merchants kept careful books of every sale, each of which listed the weight and price of every bale."))?.text).toBe(
      "Merchants kept careful books of every sale.",
    );
  });

  it("leaves out an inserted 'for instance' and a trailing 'whether …', and keeps the 'also' of 'cannot also'", () => {
    expect(trimToMainClause(sentence("Money paid for lighthouses, for instance, cannot also pay for harbour walls, and so captains argue about which matters more."))?.text).toBe(
      "Money paid for lighthouses cannot also pay for harbour walls.",
    );
    expect(plainFalse("Money paid for lighthouses cannot also pay for harbour walls.")).toEqual(["Money paid for lighthouses can also pay for harbour walls."]);
    expect(trimToMainClause(sentence("Farms, mills and towns all share one river, whether the water is used for crops, wheels or kitchens."))?.text).toBe("Farms, mills and towns all share one river.");
    // Elsewhere an "also" still points back, and goes.
    expect(trimToMainClause(sentence("The storm also closed the harbour to trade for a week."))?.text).toBe("The storm closed the harbour to trade for a week.");
  });

  it("drops an opening 'However,' (no 'How …' question) but never the subject after it as if it were an aside", () => {
    expect(trimToMainClause(sentence("However, many harbours also charge ships that never see the light."))?.text).toBe("Many harbours charge ships that never see the light.");
    expect(trimToMainClause(sentence("However, the hall's opening day, attended by the mayor, the bishop and the guild, was spoiled by rain."))?.text).toBe(
      "The hall's opening day, attended by the mayor, the bishop and the guild, was spoiled by rain.",
    );
    expect(trimToMainClause(sentence("However, its first fair, watched by the mayor, the town clerk, was spoiled by rain."))).toBeNull();
    // An opening that hedges ("According to legend,") takes the statement with it: what is left is no plain fact.
    expect(trimToMainClause(sentence("According to legend, the outlaw hid in this cave for three long nights."))).toBeNull();
    expect(trimToMainClause(sentence("In the dry summer of 1911, the outlaw hid in this cave for three long nights."))?.text).toBe("The outlaw hid in this cave for three long nights in the dry summer of 1911.");
  });

  it("cuts a trailing reason only where the sentence would otherwise be copied whole or run on", () => {
    // Copied whole, the sentence is too easy: its main clause is the statement.
    expect(trimToMainClause(sentence("Most weavers moved to the valley towns, partly because the new mills paid better wages and mainly because the canal carried their cloth to the coast."))?.text).toBe(
      "Most weavers moved to the valley towns.",
    );
    // Already cut elsewhere, the reason fits and stays part of the claim.
    expect(trimToMainClause(sentence("After the bank failed, the farmers of the valley lost their savings, because the bank held every coin."))?.text).toBe(
      "The farmers of the valley lost their savings, because the bank held every coin.",
    );
  });

  it("reads a 'they' after 'when' or 'because' as the statement's own plural subject, and nothing else", () => {
    expect(trimToMainClause(sentence("Brine channels shrink sharply when they cool further."))?.text).toBe("Brine channels shrink sharply when they cool further.");
    // A singular subject: "they" means something the statement does not show.
    expect(trimToMainClause(sentence("The ice sheet shrinks when they cool further."))).toBeNull();
    // A pronoun subject: the sentence before is needed.
    expect(trimToMainClause(sentence("They shrink sharply when they cool further."))).toBeNull();
    // An "it" that only holds the place of what follows ("makes it hard to …") stands for nothing; any other "it" still needs its referent.
    expect(trimToMainClause(sentence("Sudden price swings make it harder for farmers to choose a crop."))?.text).toBe("Sudden price swings make it harder for farmers to choose a crop.");
    expect(trimToMainClause(sentence("Sudden price swings make it worth less to farmers than before."))).toBeNull();
  });
});

describe("the fixture articles: plain main ideas asked", () => {
  it("asks the science article's plain statements, true restated and false turned", () => {
    const got = statements(seaIce);
    expect(got).toContain("Salt can fit inside the growing ice crystals. => False");
    expect(got).toContain("Pancake ice often forms in sheltered bays. => False");
    expect(got).toContain("The first crystals gather into a thin slick called grease ice in calm water. => True");
    expect(got).toContain("When the surrounding ice cools further, brine channels narrow. => True");
    // No statement turns the light that "falls on" the ice, or copies a hedged claim.
    expect(got.some((s) => /rises on it|may keep thinning/.test(s))).toBe(false);
  });

  it("asks the economics article's claims of possibility, frequency and quantity", () => {
    const got = statements(publicGoods);
    expect(got).toContain("A lighthouse can charge the ships that use its light. => False");
    expect(got).toContain("Few towns pay for street lighting through local taxes. => False");
    expect(got).toContain("Private firms rarely build public goods. => True");
  });

  it("asks the history article's hall and its name, cut cleanly", () => {
    const got = statements(woolHall);
    expect(got).toContain("The merchants' guild took its name from the old Tarrow ford. => True");
    expect(got).toContain("The wool merchants of Tarrow built a covered hall beside the river in 1642. => True");
    expect(got).toContain("Few merchants paid a yearly fee to keep a stall in the hall. => False");
    // The statement cut at its reason is asked both ways.
    expect(got).toContain("Most weavers moved to the valley towns. => True");
  });
});

describe("two statements about the subject are two points, not one", () => {
  it("does not read the title's words as a point made twice", () => {
    const mill = [
      "The Harrow Tide Mill",
      "",
      "The Harrow tide mill ground flour for the whole valley, drawing on the power of the sea. The tide mill at Harrow stopped work in 1921, which ended four centuries of milling. Millers opened the sluice gates twice a day.",
    ].join("\n");
    const got = statements(mill);
    expect(got).toContain("The Harrow tide mill ground flour for the whole valley. => True");
    expect(got).toContain("The tide mill at Harrow stopped work in 1921. => True");
  });
});
