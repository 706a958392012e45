import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { findLists } from "@/lib/generation/find-lists";
import { makeCorrelativeQuestion, makeDirectionQuestion, makeTurnedRule } from "@/lib/generation/make-direction-questions";
import { makeExampleQuestions } from "@/lib/generation/make-example-questions";
import { makeListOrderQuestions } from "@/lib/generation/make-list-order";
import { makeSuperlativeQuestions } from "@/lib/generation/make-comparison-questions";
import { findFunctionFacts, kindOf, makeJobQuestion, makePartQuestion, makeSwappedPart, makeTypedPartQuestion } from "@/lib/generation/make-function-questions";
import { makeOppositeStatement } from "@/lib/generation/make-statements";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import type { GeneratedQuestion } from "@/lib/generation/types";

const read = (name: string) => fs.readFileSync(path.resolve(__dirname, "../fixtures/articles", name), "utf8");
const brain = read("human-brain.txt");
const gas = read("gas-pressure.txt");
const storm = read("stages-of-a-storm.txt");
const tidePools = read("tide-pools.md");

function keyed(q: GeneratedQuestion): string {
  return q.options.find((o) => q.answerKey.kind === "choice" && o.id === q.answerKey.optionId)!.text;
}

describe("what each listed part does", () => {
  const { sentences } = parseArticle(brain);
  const lists = findLists(sentences);
  const facts = findFunctionFacts(sentences, lists, brain);

  it("reads a part's job from its own subject, from 'It' after it, and 'the place where'", () => {
    expect(facts.map((f) => [f.part, f.clause, f.place])).toEqual([
      ["cerebrum", "controls thinking, memory and speech", false],
      ["cerebellum", "coordinates balance and smooth movement", false],
      ["cerebellum", "stores the memory of practised skills", false],
      ["brainstem", "regulates breathing and heart rate without any conscious effort", false],
      ["spinal cord", "carries messages between the brain and the rest of the body", false],
      ["spinal cord", "many fast reflexes are handled", true],
    ]);
    // "The brainstem links the brain to the spinal cord": another part in the clause would answer it too.
    expect(facts.some((f) => f.clause.startsWith("links"))).toBe(false);
    expect(kindOf("Its main parts are")).toBe("part");
    expect(kindOf("A tropical reef is built in layers:")).toBe("layer");
  });

  it("asks which part does it, with the other parts as options, and what a part does, with other parts' jobs", () => {
    const random = createRandom(1);
    const which = makePartQuestion(facts[1]!, facts, sentences, random)!;
    expect(which.prompt).toBe("Which part coordinates balance and smooth movement?");
    expect(keyed(which)).toBe("cerebellum");
    expect(which.options.map((o) => o.text).every((t) => ["cerebrum", "cerebellum", "brainstem", "spinal cord"].includes(t))).toBe(true);
    const place = makePartQuestion(facts[5]!, facts, sentences, random)!;
    expect(place.prompt).toBe("Which part is the place where many fast reflexes are handled?");
    expect(keyed(place)).toBe("spinal cord");
    const job = makeJobQuestion(facts[0]!, facts, sentences, random)!;
    expect(job.prompt).toBe("What does the cerebrum do?");
    expect(keyed(job)).toBe("Controls thinking, memory and speech");
    // Never a second job of the key's part, nor two jobs of one other part.
    const cerebellumJobs = job.options.filter((o) => /^(?:Coordinates|Stores)/.test(o.text));
    expect(cerebellumJobs.length).toBeLessThanOrEqual(1);
    for (const q of [which, place, job]) {
      expect(q.keyKind).toBe("function");
      expect(passesGates(q, brain)).toBe(true);
    }
  });

  it("never offers a part the article says does the same thing", () => {
    const text = "The body's tubes\n\nThe main tubes are the artery, the vein, the duct, the canal and the valve. The artery carries blood away from the heart. The vein carries blood back to the heart. The duct carries fluid from a gland. The canal holds a little fluid. The valve stops blood from flowing backwards.\n";
    const { sentences: s } = parseArticle(text);
    const l = findLists(s);
    const f = findFunctionFacts(s, l, text);
    const artery = makePartQuestion(f.find((x) => x.part === "artery")!, f, s, createRandom(2))!;
    expect(artery.prompt).toBe("Which part carries blood away from the heart?");
    // The vein and the duct carry things too: only the canal and the valve are fair wrong options.
    expect(artery.options.map((o) => o.text).sort()).toEqual(["artery", "canal", "valve"]);
  });

  it("reaches the quiz", () => {
    const kinds = generateQuestions(brain, { count: 10, seed: 1 }).questions.map((q) => q.keyKind);
    expect(kinds.filter((k) => k === "function").length).toBeGreaterThanOrEqual(2);
  });
});

describe("rules with a direction", () => {
  const { sentences } = parseArticle(gas);
  const find = (start: string) => sentences.find((s) => s.text.startsWith(start))!;

  it("asks what happens to the outcome, with rises / falls / stays the same", () => {
    const q = makeDirectionQuestion(find("When a trapped gas is cooled"), createRandom(1))!;
    expect(q.prompt).toBe("When a trapped gas is cooled, what happens to the pressure?");
    expect(keyed(q)).toBe("It falls");
    expect(q.options.map((o) => o.text).sort()).toEqual(["It falls", "It rises", "It stays the same"]);
    expect(q.keyKind).toBe("direction");
    expect(passesGates(q, gas)).toBe(true);
    const up = makeDirectionQuestion(find("When the temperature"), createRandom(1))!;
    expect(keyed(up)).toBe("It rises");
    // A sentence whose outcome is no plain rise or fall is left alone.
    expect(makeDirectionQuestion(find("Under the first rule"), createRandom(1))).toBeNull();
  });

  it("turns the outcome of a 'the …er, the …er' rule into a false statement the article does not make", () => {
    const q = makeTurnedRule(find("The hotter the gas"), gas)!;
    expect(q.prompt).toBe("The hotter the gas, the slower its particles move.");
    expect(q.answerText).toBe("False");
    expect(passesGates(q, gas)).toBe(true);
    const rule = makeTurnedRule(find("Under the first rule"), gas)!;
    expect(rule.prompt).toBe("Under the first rule, when the temperature goes up, the particles will hit the walls less often.");
  });
});

describe("superlatives among listed members", () => {
  it("asks which member is the most …, with the list's kind in the stem", () => {
    const text = "Kinds of cloud\n\nThere are four kinds of cloud in this course: cirrus, cumulus, stratus and nimbus. On a summer day, the cumulus kind is the most common, and it looks like cotton.\n";
    const { sentences } = parseArticle(text);
    const [q] = makeSuperlativeQuestions(sentences, findLists(sentences), createRandom(1));
    expect(q!.prompt).toBe("Which of the kinds of cloud in this course is the most common?");
    expect(keyed(q!)).toBe("cumulus");
    expect(q!.options).toHaveLength(4);
    expect(passesGates(q!, text)).toBe(true);
  });

  it("falls back to 'these' when the lead names no kind", () => {
    const { sentences } = parseArticle(brain);
    const [q] = makeSuperlativeQuestions(sentences, findLists(sentences), createRandom(1));
    expect(q!.prompt).toBe("Which of these is the largest part of the brain?");
    expect(keyed(q!)).toBe("cerebrum");
  });
});

describe("which numbered concept an example illustrates", () => {
  it("asks for the stage named in the example's paragraph, with the other stages as options", () => {
    const { sentences } = parseArticle(storm);
    const questions = makeExampleQuestions(sentences, storm, createRandom(1));
    expect(questions.map((q) => [q.prompt, keyed(q)])).toEqual([
      ["“A puffy white cloud growing taller on a summer afternoon is a storm in its early hours.” Which stage does this example illustrate?", "the first stage"],
      ["“A sudden cold gust before a downpour comes from the sinking air of a storm at its peak.” Which stage does this example illustrate?", "the second stage"],
    ]);
    for (const q of questions) {
      expect(q.options.map((o) => o.text).sort()).toEqual(["the first stage", "the second stage", "the third stage"]);
      expect(passesGates(q, storm)).toBe(true);
    }
  });

  it("asks nothing where fewer than three numbered concepts are named", () => {
    const { sentences } = parseArticle(tidePools);
    expect(makeExampleQuestions(sentences, tidePools, createRandom(1))).toEqual([]);
  });
});

describe("jobs stated with a copula, and swapped parts as false statements", () => {
  const council = read("city-council.txt");
  const { sentences } = parseArticle(council);
  const lists = findLists(sentences);
  const facts = findFunctionFacts(sentences, lists, council);

  it("reads 'has the power to' and a part with a name set off by commas", () => {
    expect(facts.map((f) => [f.part, f.clause])).toEqual([
      ["council", "writes the town's rules"],
      ["council", "sets the yearly budget after a public vote"],
      ["mayor", "leads the town's staff and speaks for the town at public events"],
      ["court", "has the power to settle disputes about the rules"],
    ]);
    const court = makePartQuestion(facts[3]!, facts, sentences, createRandom(1))!;
    expect(court.prompt).toBe("Which body has the power to settle disputes about the rules?");
    expect(keyed(court)).toBe("court");
    // "Has the power to …" is no answer to "What does the court do?".
    expect(makeJobQuestion(facts[3]!, facts, sentences, createRandom(1))).toBeNull();
  });

  it("swaps the part for another listed part, never where words set off after the part describe it", () => {
    const swapped = makeSwappedPart(facts[2]!, facts, sentences, council, createRandom(1))!;
    expect(swapped.prompt).toMatch(/^The (?:council|court) leads the town's staff and speaks for the town at public events\.$/);
    expect(swapped.answerText).toBe("False");
    expect(passesGates(swapped, council)).toBe(true);
    expect(makeSwappedPart(facts[0]!, facts, sentences, council, createRandom(1))).toBeNull();
  });
});

describe("thresholds, appositive definitions and a term pointed back to over two sentences", () => {
  it("turns 'above 6' into 'below 6' and leaves place words alone", () => {
    const council = read("city-council.txt");
    const sentence = parseArticle(council).sentences.find((s) => s.text.startsWith("Water in"))!;
    expect(makeOppositeStatement(sentence, council, true)!.prompt).toBe("Water in the town's pipes must have a pH below 6 before it reaches homes.");
    const hut = "Huts\n\nThe warm hut sits above the tree line, where the water level of the stream is low.\n";
    expect(makeOppositeStatement(parseArticle(hut).sentences[0]!, hut, true)).toBeNull();
  });

  it("asks for a term given in apposition, and for a term named after two sentences of context", () => {
    const text =
      "Inside a planet\n\nA rocky planet has several layers. The thin outer shell floats on the planet's mantle, a layer of stone that is soft and warm. The shell breaks into pieces over time.\n\nTwo pieces that pull apart can leave a deep gap. This happens if fresh rock does not fill the space between them. Such gaps are called rift zones.\n";
    const defs = findDefinitions(parseArticle(text).sentences);
    expect(defs.map((d) => [d.term, d.question])).toEqual([
      ["mantle", "What is the name of the layer of stone that is soft and warm?"],
      ["rift zones", "What are such gaps called?"],
    ]);
    const questions = generateQuestions(text, { count: 10, seed: 1 }).questions;
    const rift = questions.find((q) => q.answerText === "rift zones")!;
    expect(rift.prompt).toBe("Two pieces that pull apart can leave a deep gap. This happens if fresh rock does not fill the space between them. What are such gaps called?");
    expect(questions.find((q) => q.answerText === "mantle")!.prompt).toBe("What is the name of the layer of stone that is soft and warm?");
  });
});

describe("a list in an order the article names", () => {
  it("orders the members as written when the sentence says from where to where, and never a list with no stated order", () => {
    const text =
      "The layers of the sea\n\nThe open sea is divided into zones, from the top to the bottom: the sunlit zone, the twilight zone, the midnight zone and the abyss. Each zone is darker than the one above it.\n\nFish, squid, crabs and worms live there.\n";
    const { sentences } = parseArticle(text);
    const questions = makeListOrderQuestions(sentences, findLists(sentences), createRandom(1));
    expect(questions).toHaveLength(1);
    const [q] = questions;
    expect(q!.prompt).toBe("Put these zones in the order the article gives them, from top to bottom.");
    expect(q!.answerText).toBe("sunlit zone → twilight zone → midnight zone → abyss");
    expect(q!.answerKey.kind === "order" && q!.answerKey.itemIds.map((id) => q!.options.find((o) => o.id === id)!.text)).toEqual(["sunlit zone", "twilight zone", "midnight zone", "abyss"]);
    expect(passesGates(q!, text)).toBe(true);
  });
});

describe("parts named with their kind word, and powers", () => {
  it("asks 'Which branch …?' with whole names when the list gives only the describing words", () => {
    const text = read("three-branches.txt");
    const { sentences } = parseArticle(text);
    const lists = findLists(sentences);
    const facts = findFunctionFacts(sentences, lists, text);
    expect(facts.map((f) => [f.part, f.clause])).toEqual([
      ["legislative branch", "writes the country's laws each year"],
      ["executive branch", "carries out the laws and runs the daily work of the government"],
      ["judicial branch", "settles arguments about the laws"],
      ["judicial branch", "can cancel a law that breaks the constitution"],
    ]);
    const q = makePartQuestion(facts[3]!, facts, sentences, createRandom(1))!;
    expect(q.prompt).toBe("Which branch can cancel a law that breaks the constitution?");
    expect(keyed(q)).toBe("judicial branch");
    expect(q.options.map((o) => o.text).sort()).toEqual(["executive branch", "judicial branch", "legislative branch"]);
    expect(passesGates(q, text)).toBe(true);
    // A power ("can cancel …") is no answer to "What does the judicial branch do?".
    expect(makeJobQuestion(facts[3]!, facts, sentences, createRandom(1))).toBeNull();
  });
});

describe("the article's named terms as parts", () => {
  it("asks 'Which of these …?' among four or more terms the article names, after words that describe the term", () => {
    const text =
      "Parts of a flower\n\nEvery flower has a few parts with their own names. The sticky top of the flower's centre is called the stigma. The thin stalk that holds up the pollen is called the filament. The coloured outer leaves are called petals. The green cup under the flower is called the calyx.\n\nThe bright petals attract bees and other insects. The sticky stigma catches pollen that insects bring from other flowers.\n";
    const { sentences } = parseArticle(text);
    const lists = findLists(sentences);
    const facts = findFunctionFacts(sentences, lists, text, findDefinitions(sentences));
    expect(facts.map((f) => [f.part, f.clause, f.kind])).toEqual([["stigma", "catches pollen that insects bring from other flowers", "of these"]]);
    const q = makePartQuestion(facts[0]!, facts, sentences, createRandom(1))!;
    expect(q.prompt).toBe("Which of these catches pollen that insects bring from other flowers?");
    expect(keyed(q)).toBe("stigma");
    // "petals" is plural beside singular names: left out of the options.
    expect(q.options.map((o) => o.text).sort()).toEqual(["calyx", "filament", "stigma"]);
    expect(passesGates(q, text)).toBe(true);
    expect(makeTypedPartQuestion(facts[0]!, sentences, text)).toBeNull();
  });
});

describe("definitions in brackets and states named when a condition holds", () => {
  it("asks for a term defined in an aside, and for a state the article names with 'is in … when …'", () => {
    const text =
      "Life in a pond\n\nA pond holds water, plants, fish and insects. (A producer is simply a living thing able to make its own food.) A pond is in balance when the plants make as much oxygen as the animals use. Snails, frogs and beetles all depend on the plants.\n";
    const defs = findDefinitions(parseArticle(text).sentences);
    expect(defs.map((d) => [d.term, d.question, d.pattern])).toEqual([
      ["producer", "What is a living thing able to make its own food?", "copula"],
      ["balance", null, "state"],
    ]);
    // Never rewritten into a false statement: the brackets would stay around it.
    expect(defs[0]!.description).toBeNull();
    const questions = generateQuestions(text, { count: 10, seed: 1 }).questions;
    expect(questions.find((q) => q.answerText === "producer")?.prompt).toBe("What is a living thing able to make its own food?");
    expect(questions.find((q) => q.answerText === "balance")?.prompt).toBe("A pond is in _____ when the plants make as much oxygen as the animals use. (a term from the article)");
  });

  it("does not ask for the state the title itself names, and asks its sentence's other term instead", () => {
    // The same article under its first title: "balance" is on the screen, so the state asked of itself tests nothing.
    const text =
      "Balance in a pond\n\nA pond holds water, plants, fish and insects. (A producer is simply a living thing able to make its own food.) A pond is in balance when the plants make as much oxygen as the animals use. Snails, frogs and beetles all depend on the plants.\n";
    const fates = new Map<string, string>();
    const questions = generateQuestions(text, { count: 10, seed: 1, trace: (q, fate) => fates.set(`${q.prompt} => ${q.answerText}`, fate) }).questions;
    expect(questions.some((q) => q.answerText === "balance")).toBe(false);
    for (const [shown, fate] of fates) if (shown.endsWith("=> balance")) expect(fate).toBe("low-confidence");
    expect(questions.map((q) => q.prompt)).toContain("A pond is in balance when the plants make as much _____ as the animals use.");
  });
});

describe("what a thing consists of", () => {
  it("asks for the thing by what it is made up of", () => {
    const text = "Old boats\n\nA twin-keeled raft consisted of two logs of equal length, lashed to each other with rope. Such rafts crossed wide rivers.\n";
    const [def] = findDefinitions(parseArticle(text).sentences);
    expect([def!.term, def!.question]).toEqual(["twin-keeled raft", "What consisted of two logs of equal length, lashed to each other with rope?"]);
    expect(def!.description).toBeNull();
  });
});

describe("'the …er, the …er' rules asked as what happens", () => {
  it("asks what happens to the outcome as the cause grows, and leaves a rule with no plain noun phrases alone", () => {
    const text = "Carts\n\nA cart is pushed along a flat road. The heavier the load, the slower the cart. The hotter the gas, the faster its particles move.\n";
    const { sentences } = parseArticle(text);
    const q = makeCorrelativeQuestion(sentences[1]!, createRandom(1))!;
    expect(q.prompt).toBe("As the load gets heavier, what happens to the cart?");
    expect(keyed(q)).toBe("It gets slower");
    expect(q.options.map((o) => o.text).sort()).toEqual(["It gets faster", "It gets slower", "It stays the same"]);
    expect(passesGates(q, text)).toBe(true);
    expect(makeCorrelativeQuestion(sentences[2]!, createRandom(1))).toBeNull();
  });
});

describe("an example's outcome is no rule", () => {
  it("does not ask what happens in a 'For instance, if …' example", () => {
    const text = "Prices\n\nWhen the harvest grows while buyers stay the same, the price will fall. For instance, if a farm grew twice as many apples, the price of its apples would go down.\n";
    const { sentences } = parseArticle(text);
    expect(makeDirectionQuestion(sentences[0]!, createRandom(1))!.prompt).toBe("When the harvest grows while buyers stay the same, what happens to the price?");
    expect(makeDirectionQuestion(sentences[1]!, createRandom(1))).toBeNull();
  });
});
