import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { passesGates } from "@/lib/generation/generate-questions";
import { falseVersions, statedElsewhere } from "@/lib/generation/falsify-statement";
import { findNameSiblings, findOrdinalSeries } from "@/lib/generation/find-siblings";
import { findLists } from "@/lib/generation/find-lists";
import { findSpans } from "@/lib/generation/find-spans";
import { parseArticle } from "@/lib/generation/parse-article";
import { isCutFrom, trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";
import { swapInput } from "../support/false-versions";
import { sureCandidates as candidates } from "../support/traced-candidates";

// Our own article (Markdown headings, a village river lock): a founder, two companies, three locks in order, a "Why does it matter?" section.
const lock = readFileSync(path.join(__dirname, "../fixtures/articles/ashby-lock.md"), "utf8");

function sentence(text: string, extra: Partial<Sentence> = {}): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false, ...extra };
}

describe("a central sentence cut to its main clause", () => {
  it("drops an appositive after the subject and a trailing participle clause", () => {
    const trimmed = trimToMainClause(sentence("Wren Halloway, a ferry pilot from Dunmere, mapped the sandbanks of the estuary, saving many boats from wreck."));
    expect(trimmed).toEqual({ text: "Wren Halloway mapped the sandbanks of the estuary.", resolved: false, cut: true });
  });

  it("refuses a cut that leaves the main clause without its verb (an aside after the subject read as a trailing clause)", () => {
    expect(trimToMainClause(sentence("After the Guild of Carters won the 1871 vote, a toll, a charge of one penny per cart, was written into the town rules."))).toBeNull();
  });

  it("refuses a cut at a relative clause between the subject and a verb that is no auxiliary", () => {
    // The "who …" aside runs to the next comma; the main verb ("kept") follows it. Cutting there left "its keeper and crew." with no verb.
    expect(trimToMainClause(sentence("While the barge crossed the lake, its keeper and crew, who were learning the new locks, kept a steady pace through the night."))).toBeNull();
    expect(trimToMainClause(sentence("The keeper and his crew, who had trained at Ashby for a year, steered the barge through the gates in record time."))).toBeNull();
    // A "which" aside in the middle of a series: the cut would keep only the series' first item.
    expect(trimToMainClause(sentence("The elders hailed the keeper as warden of the lock, which he already was, as master of the weir, and as the next reeve."))).toBeNull();
    // Two items ("…, and as …"): the first joined clause ends inside the aside, and is not taken either.
    expect(trimToMainClause(sentence("The elders hailed the keeper as warden of the lock, which he already was, and as master of the weir."))).toBeNull();
    // A clause of its own after the aside ("…, which they renamed …, and then built …") is no series: the first clause stands.
    expect(trimToMainClause(sentence("The new keepers moved the market to Arnholt, which they renamed Westford, and then built a long stone quay beside the weir."))?.text).toBe(
      "The new keepers moved the market to Arnholt.",
    );
    // The series' own word, not the first preposition of the item ("in the square" is no series).
    expect(trimToMainClause(sentence("The elders hailed the keeper in the square as warden of the lock, which he already was, as master of the weir, and as the next reeve."))).toBeNull();
    // A trailing "which …" with no verb after it is still cut.
    expect(trimToMainClause(sentence("The keepers of the Ashby lock steered every barge through the gates by hand, which took most of the day."))?.text).toBe(
      "The keepers of the Ashby lock steered every barge through the gates by hand.",
    );
  });

  it("cuts an 'including …' list out of the middle of a clause, keeping what the clause says after it", () => {
    expect(trimToMainClause(sentence("The slow river carries many fine grains, including sand and silt from the hills, down to the wide delta each spring."))?.text).toBe(
      "The slow river carries many fine grains down to the wide delta each spring.",
    );
    expect(trimToMainClause(sentence("The river carries many fine grains from the hills, including sand and silt."))?.text).toBe("The river carries many fine grains from the hills.");
    // "certain chemicals" says nothing without its list: the list stays.
    expect(trimToMainClause(sentence("At night the gland releases certain chemicals, including two slow hormones, into the blood of the sleeper."))?.text).toBe(
      "At night the gland releases certain chemicals, including two slow hormones, into the blood of the sleeper.",
    );
  });

  it("drops an opening phrase that sets the scene, but keeps a short date that is the point", () => {
    expect(trimToMainClause(sentence("After three wet winters, the fishermen of Dunmere built a stone harbour wall."))?.text).toBe("The fishermen of Dunmere built a stone harbour wall.");
    // (Kept, the date follows the clause: the statement is said again, not copied.)
    expect(trimToMainClause(sentence("In 1822, the fishermen of Dunmere built a stone harbour wall."))?.text).toBe("The fishermen of Dunmere built a stone harbour wall in 1822.");
  });

  it("keeps an opening that limits a general claim, and drops one that only places a past event", () => {
    expect(trimToMainClause(sentence("In shallow coastal water, the sea grass grows a full metre every summer."))?.text).toBe("The sea grass grows a full metre every summer in shallow coastal water.");
    expect(trimToMainClause(sentence("In a small shed by the quay, the fishermen built their first motor boat."))?.text).toBe("The fishermen built their first motor boat.");
    expect(trimToMainClause(sentence("Before the harbour wall, the fishing fleet was small and poor."))?.text).toBe("Before the harbour wall, the fishing fleet was small and poor.");
    // An opening that negates or qualifies a past event stays: without it the statement says the opposite.
    expect(trimToMainClause(sentence("Without the harbour wall, the fishing fleet lost boats every winter."))?.text).toBe("Without the harbour wall, the fishing fleet lost boats every winter.");
    expect(trimToMainClause(sentence("Unlike the Kellby guild, the fishermen of Dunmere paid their own pilots."))?.text).toBe("Unlike the Kellby guild, the fishermen of Dunmere paid their own pilots.");
    expect(trimToMainClause(sentence("On paper, the harbour board owned every boat in the bay."))?.text).toBe("On paper, the harbour board owned every boat in the bay.");
    expect(trimToMainClause(sentence("In theory, the harbour board controlled every mooring in the bay."))?.text).toBe("In theory, the harbour board controlled every mooring in the bay.");
  });

  it("keeps the first of two joined main clauses when the second leans on a pronoun", () => {
    expect(trimToMainClause(sentence("The harbour wall cost four hundred pounds, and the town paid for it over twenty years."))?.text).toBe("The harbour wall cost four hundred pounds.");
  });

  it("leaves out examples after 'such as', a pointing 'also', and a long second clause", () => {
    expect(trimToMainClause(sentence("The storm also closed the harbour to trade, such as the salt and herring boats from the north."))?.text).toBe("The storm closed the harbour to trade.");
    expect(trimToMainClause(sentence("Wren Halloway's chart quickly spread along the coast, and pilots in every port learned to read its careful symbols and soundings."))?.text).toBe("Wren Halloway's chart quickly spread along the coast.");
    // A run-on of more than 80 words is refused whole, its first clause too.
    const runOn = `The harbour wall cost four hundred pounds, and ${Array.from({ length: 20 }, (_, i) => `boat ${i + 1} came in`).join(" and ")}.`;
    expect(trimToMainClause(sentence(runOn))).toBeNull();
  });

  it("keeps an 'it' that opens a clause about the statement's own named subject, and no other", () => {
    const whole = "The Dunmere guild changed its rules in 1850 when it let boats from every port land their catch.";
    expect(trimToMainClause(sentence(whole))).toEqual({ text: whole, resolved: false, cut: false });
    expect(trimToMainClause(sentence("Heavy rain, strong wind and the crew's fear of the sea defined it."))).toBeNull();
  });

  it("refuses a general noun standing for something said before ('The change …'), and words that add to an earlier sentence", () => {
    expect(trimToMainClause(sentence("The change made the harbour the busiest on the coast."))).toBeNull();
    expect(trimToMainClause(sentence("The harbour wall sheltered the fishing fleet from winter storms too."))).toBeNull();
    expect(trimToMainClause(sentence("The harbour wall sheltered the fishing fleet as well."))).toBeNull();
    expect(trimToMainClause(sentence("The harbour wall, though, was never finished in stone."))).toBeNull();
    expect(trimToMainClause(sentence("The harbour board gave those jobs to men from the town."))).toBeNull();
    expect(trimToMainClause(sentence("The harbour wall was never finished, though."))?.text).toBe("The harbour wall was never finished.");
    expect(trimToMainClause(sentence("The fleet sheltered behind either the wall or the point."))?.text).toBe("The fleet sheltered behind either the wall or the point.");
  });

  it("names the person an opening pronoun stands for, and refuses a pronoun it cannot resolve", () => {
    const person = { name: "Wren Halloway", pronoun: "she" as const };
    expect(trimToMainClause(sentence("She charted the estuary in a single summer.", { person }))).toEqual({ text: "Wren Halloway charted the estuary in a single summer.", resolved: true, cut: true });
    expect(trimToMainClause(sentence("It charted the estuary in a single summer."))).toBeNull();
    expect(trimToMainClause(sentence("It charted the estuary in a single summer."), "The survey")?.text).toBe("The survey charted the estuary in a single summer.");
  });

  it("refuses hedged, quoted, emphatic and example sentences, and anchorless time", () => {
    expect(trimToMainClause(sentence("Some historians think the harbour wall was finished in 1825."))).toBeNull();
    expect(trimToMainClause(sentence("A second storm would have closed the harbour for a whole season."))).toBeNull();
    expect(trimToMainClause(sentence("The fleet could have reached Dunmere before the storm broke."))).toBeNull();
    expect(trimToMainClause(sentence('The mayor called the wall "a gift to every sailor in the bay".'))).toBeNull();
    expect(trimToMainClause(sentence("For example, a boat caught in a storm could shelter behind the wall."))).toBeNull();
    expect(trimToMainClause(sentence("The next year the town added a lamp to the end of the wall."))).toBeNull();
  });

  it("accepts as true only words of the sentence, in order (or a named pronoun)", () => {
    expect(isCutFrom("The fishermen built a wall.", "After a storm, the fishermen of Dunmere built a stone wall.")).toBe(true);
    expect(isCutFrom("The fishermen built a harbour.", "After a storm, the fishermen of Dunmere built a stone wall.")).toBe(false);
    // A series of the subject's deeds cut before its "and" is no sentence; an aside on the subject is no series.
    const series = candidates("The Kiln at Harrow\n\nThe potter Ina Vale fired the great kiln at Harrow for thirty years. Ina Vale had the kiln relined, checked that the flue still drew well after the flood, and then lit it again for the spring market in the town.");
    expect(series.map((q) => q.prompt)).not.toContain("Ina Vale had the kiln relined, checked that the flue still drew well after the flood.");
    // The opening pronoun named, but nothing denied: "The Charter did not" is no name for "It".
    expect(isCutFrom("The Charter set up the river council.", "It set up the river council, where each town had one seat.")).toBe(true);
    expect(isCutFrom("The Charter did not set up the river council.", "It set up the river council, where each town had one seat.")).toBe(false);
    expect(isCutFrom("Wren Halloway charted the estuary.", "She charted the estuary in a summer.")).toBe(true);
    expect(isCutFrom("Wren Halloway charted the estuary.", "After the storm, she charted the estuary in a summer.")).toBe(true);
    expect(isCutFrom("Wren Halloway's chart saved many boats.", "Her chart saved many boats.")).toBe(true);
    expect(isCutFrom("The survey charted the estuary.", "It charted the estuary in a summer.")).toBe(true);
  });

  it("never takes a changed opening for a cut because the sentence says 'its' or 'he' somewhere", () => {
    expect(isCutFrom("In 1794 the Kellby Company opened its second lock.", "In 1801 the Kellby Company opened its second lock.")).toBe(false);
    expect(isCutFrom("The water level inside falls as the sluice opens.", "The water level inside rises as the sluice opens and its gates close.")).toBe(false);
    expect(isCutFrom("The crew rescued twelve sailors from the wreck.", "The crew rescued eleven sailors from the wreck before it sank.")).toBe(false);
    // A name put where no pronoun opened the sentence or its main clause is no cut either.
    expect(isCutFrom("Wren Halloway charted the estuary.", "The guild paid her and charted the estuary.")).toBe(false);
  });
});

describe("an article about a thing", () => {
  it("names the thing an opening 'it' stands for when the sentence before is about it", () => {
    const road = "What Was the Salt Road?\n\nThe Salt Road was a mule track from the coast to the hill towns of Varra. Because the three passes were steep, it carried salt and dried fish only in summer. Traders paid a toll at each pass. It was widened for carts in 1880.";
    const prompts = candidates(road).filter((q) => q.keyKind === "statement" && q.answerText === "True").map((q) => q.prompt);
    expect(prompts).toContain("The Salt Road carried salt and dried fish only in summer.");
    // (After an opening that names a thing of its own, "Because the track climbed …, it …", the "it" may be that thing: no
    // statement, see cut-clause-pronouns.test.ts.)
    // An "it" after a sentence about the traders may not be the road: no statement from it.
    expect(prompts.filter((p) => /widened/.test(p))).toEqual([]);
    expect(trimToMainClause(sentence("It was widened for carts in 1880."), "The Salt Road")?.text).toBe("The Salt Road was widened for carts in 1880.");
    expect(trimToMainClause(sentence("It was the traders who paid for the new bridge."), "The Salt Road")).toBeNull();
  });
});

describe("one detail changed", () => {
  it("finds names of one kind by their last word, but not parts of one place", () => {
    const siblings = findNameSiblings("The Wend Company built a lock. The Tollbury Company dug a canal, and the company grew. Upper Norland and Lower Norland lie in Norland. Mount Halloway was named after Wren Halloway.");
    expect(siblings.get("Company")).toEqual(["Wend Company", "Tollbury Company"]);
    expect(siblings.has("Norland")).toBe(false);
    expect(siblings.has("Halloway")).toBe(false);
    expect(findOrdinalSeries("The first lock was small. The third lock was wide. The first keeper was old.")).toEqual(new Map([["lock", ["first", "third"]]]));
  });

  it("swaps a listed term for a sibling, with 'a' or 'an' to match, and never one in a row of terms", () => {
    const text = "Reef fish\n\nThe reef holds a lagoon, an atoll and a channel. A parrotfish sleeps in a lagoon at night. Crabs hide in the channel, the atoll and the lagoon by day. The lagoon is warm and shallow at night.";
    const sentences = parseArticle(text).sentences;
    const lists = findLists(sentences);
    const input = (index: number) => swapInput(text, index, { sentences, lists });
    const swapped = falseVersions(input(1)).map((f) => f.text);
    expect(swapped).toContain("A parrotfish sleeps in an atoll at night.");
    for (const s of swapped) expect(s).toMatch(/^A parrotfish sleeps in (?:an atoll|a channel) at night\.$/);
    expect(falseVersions(input(2))).toEqual([]);
    // The subject keeps its name: "The atoll is warm …" would claim what the article never says of the atoll.
    expect(falseVersions(input(3))).toEqual([]);
    // A term that opened its defining sentence is written in lower case mid-sentence.
    const terms = [{ items: [{ text: "Salinity", start: 0, end: 0 }, { text: "current", start: 0, end: 0 }], sentenceIndex: -1, lead: "", defined: true }];
    const grazing = { ...input(1), statement: "A parrotfish feeds where the current carries weed.", lists: terms, articleText: `${text} Salinity is how salty water is. A current is moving water.` };
    expect(falseVersions(grazing).map((f) => f.text)).toEqual(["A parrotfish feeds where the salinity carries weed."]);
  });

  it("takes the nearest year the article gives, and never one end of a change from one value to another", () => {
    const text = "The Crossing\n\nMonks first kept a ferry at Holm in 1190. The stone bridge at Holm opened in 1862. The railway reached Holm in 1871. The ferry crossing took forty to fifty minutes in calm weather.";
    const sentences = parseArticle(text).sentences;
    const spans = sentences.map((s) => findSpans(s.text, s.start, []));
    const input = (index: number) => swapInput(text, index, { sentences, spans: spans[index]!, allSpans: spans.flat(), year: 1871 });
    expect(falseVersions(input(1)).map((f) => f.text)).toEqual(["The stone bridge at Holm opened in 1871."]);
    // "forty" is read against "fifty": only the far end of the range may change.
    // … and stays above it: "forty to thirty minutes" is a slip a reader spots, not a false claim.
    for (const f of falseVersions(input(3))) expect(f.text).toMatch(/took forty to (?:fifty-|sixty|seventy|eighty|ninety|\d{3})/);
    const barge = "It took 90 minutes by barge.";
    const withNinety = { ...input(3), articleText: `${text} ${barge}`, allSpans: [...input(3).allSpans, ...findSpans(barge, text.length + 1, [])] };
    expect(falseVersions(withNinety).map((f) => f.text)).toEqual(["The ferry crossing took forty to 90 minutes in calm weather."]);
  });

  it("never changes a year a bound sets with its season or part ('by the autumn of 1871' is true of later years too)", () => {
    const text = "The Crossing\n\nThe stone bridge at Holm opened in 1862. By the autumn of 1871 the old ferry had stopped running. Until the end of 1890 the bridge charged a toll. The railway reached Holm in 1871.";
    const sentences = parseArticle(text).sentences;
    const spans = sentences.map((s) => findSpans(s.text, s.start, []));
    const input = (index: number) => swapInput(text, index, { sentences, spans: spans[index]!, allSpans: spans.flat(), year: 1871 });
    expect(falseVersions(input(1)).filter((f) => f.how === "value")).toEqual([]);
    expect(falseVersions(input(2)).filter((f) => f.how === "value")).toEqual([]);
    // A year no bound sets is still changed.
    expect(falseVersions(input(0)).filter((f) => f.how === "value").length).toBeGreaterThan(0);
  });

  it("never changes a value with a bound after it ('nine days or longer' is true of seven as well)", () => {
    const text = "The Ferry\n\nA crossing in winter took nine days or longer. The summer trip on the Kellby barge lasted seven days.";
    const sentences = parseArticle(text).sentences;
    const spans = sentences.map((s) => findSpans(s.text, s.start, []));
    const input = (index: number) => swapInput(text, index, { sentences, spans: spans[index]!, allSpans: spans.flat() });
    expect(falseVersions(input(0))).toEqual([]);
  });

  it("keeps the subject's name when a plural noun comes before the verb ('The workers of the Wend Company opened …')", () => {
    const text = "The Lock\n\nThe workers of the Wend Company opened the first lock at Farley. The Tollbury Company dug a canal at Pellow.";
    const companies = [{ items: [{ text: "Wend Company", start: 0, end: 0 }, { text: "Tollbury Company", start: 0, end: 0 }], sentenceIndex: -1, lead: "" }];
    const input = swapInput(text, 0, { lists: companies });
    expect(falseVersions(input)).toEqual([]);
    // A verb in -s before "in" is still the verb: the name after it may change.
    const stands = { ...input, statement: "The mill stands in the yard of the Wend Company at Farley." };
    expect(falseVersions(stands).map((f) => f.text)).toEqual(["The mill stands in the yard of the Tollbury Company at Farley."]);
  });

  it("turns a direction word in a claim about a process ('faster' on one side of a bend), never in a comparison", () => {
    const text = "Bends\n\nWater flows faster on the outside of a river bend. The outer bank wears away faster than the inner bank.";
    const input = (index: number) => swapInput(text, index);
    expect(falseVersions(input(0)).map((f) => f.text)).toEqual(["Water flows slower on the outside of a river bend."]);
    expect(falseVersions(input(1))).toEqual([]);
  });

  it("never swaps an organisation in where the statement's subject stands for the title's ('the society replaced' itself)", () => {
    const text = "The Founding of the Marsh Society\n\nThe Marsh Society was set up by the reed cutters of Oller in 1761. The society replaced the Reed Council, which had let the dykes fall into ruin. Its rival was the Fen Board.";
    const sentences = parseArticle(text).sentences;
    const named = (name: string) => ({ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, type: "ORG" as const });
    const allSpans = [named("Marsh Society"), named("Reed Council"), named("Fen Board")];
    const input = swapInput(text, 1, { sentences, statement: "The society replaced the Reed Council.", spans: [allSpans[1]!], allSpans, title: "The Founding of the Marsh Society" });
    // (Nor another of its organisations: in an article about one, those are mostly its own bodies.)
    expect(falseVersions(input)).toEqual([]);
    // A subject the article names for itself keeps the whole pool: the title's name put in is a plain false claim there.
    const rival = { ...input, statement: "The Fen Board replaced the Reed Council." };
    expect(falseVersions(rival).map((f) => f.text)).toEqual(["The Fen Board replaced the Marsh Society."]);
    // A person's article: "She married <herself>" is no false claim to weigh; another person the article names is.
    const life = "The Life of Ada Venn\n\nAda Venn was born in Oller in 1790. She married Tom Gale in 1812. Her brother was Hal Orme.";
    const people = ["Ada Venn", "Tom Gale", "Hal Orme"].map((name) => ({ text: name, start: life.indexOf(name), end: life.indexOf(name) + name.length, type: "PERSON" as const }));
    const married = swapInput(life, 1, { statement: "She married Tom Gale.", spans: [people[1]!], allSpans: people, title: "The Life of Ada Venn" });
    expect(falseVersions(married).map((f) => f.text)).toEqual(["She married Hal Orme."]);
    // A person who joins an organisation is no organisation acting on itself: a life story's "He joined …" keeps its swap
    // (review 16 r2 #7), whether the statement says "He" or the person's name.
    const union = "Life of Ivo Marsh\n\nIvo Marsh was born in Oller in 1790. He joined the Dock Union in 1812. His brother led the Fen Board.";
    const orgs = ["Dock Union", "Fen Board"].map((name) => ({ text: name, start: union.indexOf(name), end: union.indexOf(name) + name.length, type: "ORG" as const }));
    const joined = swapInput(union, 1, { statement: "He joined the Dock Union.", spans: [orgs[0]!], allSpans: orgs, title: "Life of Ivo Marsh" });
    expect(falseVersions(joined).map((f) => f.text)).toEqual(["He joined the Fen Board."]);
    // (The person the life story is about, as generate-questions marks them on the sentence.)
    const byName = { ...joined, statement: "Ivo Marsh joined the Dock Union.", sentence: { ...joined.sentence, person: { name: "Ivo Marsh", pronoun: "he" as const } } };
    expect(falseVersions(byName).map((f) => f.text)).toEqual(["Ivo Marsh joined the Fen Board."]);
  });

  it("refuses a swap the article states elsewhere", () => {
    const sentences = [sentence("The Wend Company opened the lock at Farley."), sentence("The Tollbury Company also opened a lock at Farley.")];
    expect(statedElsewhere("The Tollbury Company opened the lock at Farley.", "Tollbury Company", sentences, 0)).toBe(true);
    expect(statedElsewhere("The Tollbury Company opened the lock at Pellow.", "Tollbury Company", [sentences[0]!, sentence("The Tollbury Company dug a canal.")], 0)).toBe(false);
  });

  const statements = candidates(lock).filter((q) => q.keyKind === "statement");
  const byPrompt = new Map(statements.map((q) => [q.prompt, q]));

  it("makes false statements from the article's own names, values and series", () => {
    // Another year the article gives; never the other company as the subject (the article says nothing of what it opened in 1801).
    const farley = statements.filter((q) => q.answerText === "False" && /opened the second lock at Farley\.$/.test(q.prompt)).map((q) => q.prompt);
    expect(farley.length).toBeGreaterThan(0);
    for (const p of farley) expect(["In 1794 the Wend Company opened the second lock at Farley.", "In 1830 the Wend Company opened the second lock at Farley."]).toContain(p);
    expect(byPrompt.get("Miriam Coles ran the lock for ten years and kept a record of every boat that passed.")?.answerText).toBe("False");
    expect(byPrompt.get("In 1801 the Wend Company opened the second lock at Farley.")?.answerText).toBe("True");
  });

  it("never turns a bound into a false statement ('within ten years' is true of thirty as well)", () => {
    expect(statements.filter((q) => /^Trade on the river doubled within/.test(q.prompt) && q.answerText === "False")).toEqual([]);
  });

  it("keeps every statement short, cut from its sentence when true and absent from the article when false", () => {
    expect(statements.length).toBeGreaterThanOrEqual(6);
    for (const q of statements) {
      expect(passesGates(q, lock)).toBe(true);
      if (q.type !== "TRUE_FALSE") continue;
      expect(q.prompt.split(/\s+/).length).toBeLessThanOrEqual(28);
      if (q.answerText === "True") expect(isCutFrom(q.prompt, q.source.sentence)).toBe(true);
      else expect(lock.includes(q.prompt.replace(/\.$/, ""))).toBe(false);
    }
  });

  it("asks 'Which of these statements is true?' with one true statement and three false ones from other sentences", () => {
    const choice = statements.find((q) => q.type === "MULTIPLE_CHOICE");
    expect(choice?.prompt).toBe("Which of these statements is true?");
    expect(choice?.answerText).toBe("The Ashby Lock showed that a village could pay for its own river works.");
    const wrong = choice!.options.filter((o) => o.text !== choice!.answerText).map((o) => o.text);
    expect(wrong).toHaveLength(3);
    for (const text of wrong) expect(lock.includes(text.replace(/\.$/, ""))).toBe(false);
    expect(new Set(choice!.sources!.map((s) => s.start)).size).toBe(4);
  });
});
