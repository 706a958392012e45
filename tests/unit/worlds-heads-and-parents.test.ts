import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { fitOptionsToStem } from "@/lib/generation/check-option-fit";
import { namesOfAnotherWorld } from "@/lib/generation/check-option-kinds";
import { pickDistractors, indexArticleTexts } from "@/lib/generation/distractors";
import { falseVersions } from "@/lib/generation/falsify-statement";
import { makeFillBlank } from "@/lib/generation/make-cloze";
import { factsOfOtherWorlds, findIdentities, makeIdentityQuestion } from "@/lib/generation/make-identity-questions";
import { findNamedEntities } from "@/lib/generation/named-entities";
import { parseArticle } from "@/lib/generation/parse-article";
import { isPersonName, ofOtherWorlds, worldOfPerson } from "@/lib/generation/person-worlds";
import { subjectQuestion } from "@/lib/generation/question-stems";
import type { Sentence, Span } from "@/lib/generation/types";
import { swapInput } from "../support/false-versions";
import { tracedQuestions } from "../support/traced-candidates";

// Our own retelling of an invented novel: its author and a poet its title quotes are real people; the rest are the
// characters its plot acts on.
const NOVEL = `The Salt Road: Plot Summary

The Salt Road is a brief novel by the Welsh writer Mair Dunstan, published in 1961. Its title comes from a poem by Idris Vaughan.

The story follows two drovers, Owen Pryce and Dai Rhys, who take a herd of cattle across the mountains to a market in England.

Tomos Bell, the farmer's son, is a proud and quarrelsome young man who wants the herd for himself.

Gwen Lloyd, a travelling tinker, warns the drovers about a flooded ford. Ifor Hale, a skilled harpist, plays for them at an inn.

On the last night Tomos Bell steals three of the cattle, but Owen Pryce follows his tracks through the snow and brings the animals back.`;

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

describe("people of two worlds in an article that retells a work", () => {
  it("tells the work's real people from its characters, and everyone is of one world elsewhere", () => {
    expect(worldOfPerson("Mair Dunstan", NOVEL)).toBe("real");
    expect(worldOfPerson("Dunstan", NOVEL)).toBe("real");
    expect(worldOfPerson("Idris Vaughan", NOVEL)).toBe("real");
    expect(worldOfPerson("Tomos Bell", NOVEL)).toBe("story");
    expect(worldOfPerson("Gwen Lloyd", NOVEL)).toBe("story");
    const history = "The Drovers of Gwent\n\nOwen Pryce, a cattle dealer, crossed the mountains in 1790. The historian Mair Dunstan wrote a book about the trade.";
    expect(worldOfPerson("Owen Pryce", history)).toBeUndefined();
  });

  it("makes no author of a 'by' after anything but a work, and no real person of a character sharing a surname", () => {
    const narrated = "The Quiet Orchard\n\nThe Quiet Orchard is a novel by Ada Vell. The story is narrated by Nell Carrow, a girl of nine. Her father, Tam Carrow, is a country lawyer who defends a poor farmer.";
    expect(worldOfPerson("Nell Carrow", narrated)).toBe("story");
    expect(worldOfPerson("Tam Carrow", narrated)).toBe("story");
    expect(worldOfPerson("Ada Vell", narrated)).toBe("real");
    const murdered = "The Iron Bell\n\nThe Iron Bell is a novel by Ada Vell. In the story, the old chief Orm is murdered by Brannoc, who then takes the hall. Brannoc is haunted by the dead chief.";
    expect(worldOfPerson("Brannoc", murdered)).toBe("story");
  });

  it("reads no retold work in a history whose opening says none, though it mentions a plot and a book", () => {
    const history = "The Salt Tax Plot\n\nThe salt tax plot was a failed scheme to burn the customs house of Vellport in 1602. Its leader, Piet Hollis, hid the powder in a warehouse. The story of the plot was told in a book by the clerk Jory Mace.";
    expect(worldOfPerson("Piet Hollis", history)).toBeUndefined();
    expect(worldOfPerson("Jory Mace", history)).toBeUndefined();
  });

  it("keeps a real ruler an allegory stands for real, and reads the author in initials, after a nationality or before a stop", () => {
    const allegory = "The Goose Parliament\n\nThe Goose Parliament is a novella by Ada Vell. The gander Tusk drives the farmer away and rules the yard. Tusk stands for Joseph Stalin, who ruled the Soviet Union with fear.";
    expect(worldOfPerson("Joseph Stalin", allegory)).toBe("real");
    expect(worldOfPerson("Tusk", allegory)).toBe("story");
    expect(worldOfPerson("J. R. Vell", "The Ember Crown\n\nThe Ember Crown is a novel by J. R. Vell. Its hero, Odo Marsh, carries the crown north.")).toBe("real");
    expect(worldOfPerson("Marlowe", "The Red Lantern\n\nThe Red Lantern is a tragedy by Marlowe. In it, Odo Marsh loses his lands.")).toBe("real");
    expect(worldOfPerson("Mair Dunstan", "The Dry Creek\n\nThe Dry Creek is a 1937 novella written by Welsh author Mair Dunstan. Odo Marsh and Bren Tull work on a ranch.")).toBe("real");
  });

  it("keeps the author's kin real, and leaves a titled person's world unsure, never sorted on", () => {
    const text = "The Cold Isle\n\nThe Cold Isle is a novel by Ada Vell. Vell wrote it for her young stepson Kit Rowe. In the story, King Orm rules the isle and the fisher boy Sim Tarr rows out to the wreck.";
    expect(worldOfPerson("Kit Rowe", text)).toBe("real");
    expect(worldOfPerson("Sim Tarr", text)).toBe("story");
    expect(worldOfPerson("King Orm", text)).toBeUndefined();
    expect(ofOtherWorlds("King Orm", "Ada Vell", text)).toBe(false);
    expect(ofOtherWorlds("Sim Tarr", "Ada Vell", text)).toBe(true);
  });

  it("reads every name particle of the one shared list as part of a name", () => {
    expect(isPersonName("Yusuf Tamin ibn Harith")).toBe(true);
    expect(isPersonName("Rania bint Salim")).toBe(true);
    expect(isPersonName("Ines dos Ramos")).toBe(true);
    expect(isPersonName("Lucia della Vento")).toBe(true);
    const lamp = `The Brass Lamp\n\n"The Brass Lamp" is a story by Yusuf Tamin ibn Harith, written in 1190. In the story, the trader Salim finds a lamp in the souk. Yusuf Tamin ibn Harith lived by the sea.`;
    expect(worldOfPerson("Yusuf Tamin ibn Harith", lamp)).toBe("real");
  });

  it("counts no description as a person: a maker, a real person or a character needs a name", () => {
    const harbour = "The Grey Harbour\n\nThe Grey Harbour is a novel by Ada Vell. The Narrator, a young clerk, rents a room by the quay. Tam Orr, a poet, lodges in the attic. Nell Carrow is the widow of a drowned fisherman.";
    expect(worldOfPerson("The Narrator", harbour)).toBeUndefined();
    expect(worldOfPerson("the old sailor", harbour)).toBeUndefined();
    expect(worldOfPerson("Tam Orr", harbour)).toBe("story");
    // "a poet" is what the character is in the story: the description does not make him real beside the widow.
    const { sentences } = parseArticle(harbour);
    const facts = findIdentities(sentences, sentences.map(() => []));
    const poet = facts.find((f) => f.name === "Tam Orr")!;
    const widow = facts.find((f) => f.name === "Nell Carrow")!;
    expect(factsOfOtherWorlds(poet, widow, harbour)).toBe(false);
    // A role of the real world still settles a named person whose name alone leaves the world unsure.
    const studied = "The Cold Isle\n\nThe Cold Isle is a novel by Ada Vell. In 1990 the historian Jory Mace wrote about its storms. Sim Tarr, a fisher boy, rows out to the wreck.";
    const read = parseArticle(studied);
    const people = findIdentities(read.sentences, read.sentences.map(() => []));
    expect(worldOfPerson("Jory Mace", studied)).toBeUndefined();
    expect(factsOfOtherWorlds(people.find((f) => f.name === "Jory Mace")!, people.find((f) => f.name === "Sim Tarr")!, studied)).toBe(true);
    // A description in the maker's place makes no retelling, so no one is sorted into a world.
    const byDescription = "The Lantern\n\nThe Lantern is a story by The Narrator. Tam Orr, a fisher boy, listens at the door.";
    expect(worldOfPerson("Tam Orr", byDescription)).toBeUndefined();
    const owned = "The Sailor's Yarn\n\nThe Old Sailor's story is a poem of the northern coast. Tam Orr, a fisher boy, listens at the door.";
    expect(worldOfPerson("The Old Sailor", owned)).toBeUndefined();
    expect(worldOfPerson("Tam Orr", owned)).toBeUndefined();
  });

  it("never offers a character's role for the author, nor the author's for a character", () => {
    const { sentences } = parseArticle(NOVEL);
    const facts = findIdentities(sentences, sentences.map(() => []));
    const author = facts.find((f) => f.name === "Mair Dunstan");
    const son = facts.find((f) => f.name === "Tomos Bell");
    expect(factsOfOtherWorlds(author!, son!, NOVEL)).toBe(true);
    for (const seed of [0.1, 0.4, 0.7]) {
      // The characters' roles make the author's options: none of them may stand beside "Welsh writer".
      expect(makeIdentityQuestion(author!, facts, sentences, NOVEL, () => seed)).toBeNull();
      const q = makeIdentityQuestion(son!, facts, sentences, NOVEL, () => seed);
      expect(q?.answerText).toBe("Farmer's son");
      expect(q?.options.map((o) => o.text)).not.toContain("Welsh writer");
    }
  });

  it("lets a person of unsure world (a titled character) take the story characters' roles as options, as everywhere else", () => {
    const text = "The Cold Isle\n\nThe Cold Isle is a novel by Ada Vell. In the story, King Orm rules the isle and the fisher boy Sim Tarr rows out to the wreck. King Orm is the stern ruler of the isle. Nell Tarr is the boy's grandmother. Bram Hale is a lighthouse keeper.";
    const { sentences } = parseArticle(text);
    const facts = findIdentities(sentences, sentences.map(() => []));
    const king = facts.find((f) => f.name === "King Orm")!;
    const q = makeIdentityQuestion(king, facts, sentences, text, () => 0.4);
    expect(q?.answerText).toBe("Stern ruler of the isle");
    expect(q?.options.map((o) => o.text)).toEqual(expect.arrayContaining(["Lighthouse keeper", "Fisher boy"]));
    // A relation of the other sex is no option for a king: anyone rules "Boy's grandmother" out by his title.
    expect(q?.options.map((o) => o.text)).not.toContain("Boy's grandmother");
  });

  it("offers a relation beside roles, each answering 'who', but none of the other sex than the key's own word", () => {
    const text = "The Mill Race\n\nThe Mill Race is a story of a flooded valley. Pell Rook, the miller's son, guards the sluice. Tilda Rook, the carter's daughter, keeps the ledger. Jos Marr, a ferryman, crosses at dusk. Ona Fenn, a weaver, sells cloth at the fair. Cal Brisk, a carter, hauls the grain.";
    const { sentences } = parseArticle(text);
    const facts = findIdentities(sentences, sentences.map(() => []));
    const son = facts.find((f) => f.name === "Pell Rook")!;
    for (const seed of [0.1, 0.4, 0.7]) {
      const q = makeIdentityQuestion(son, facts, sentences, text, () => seed);
      expect(q?.answerText).toBe("Miller's son");
      expect(q?.options.map((o) => o.text)).not.toContain("Carter's daughter");
      expect(q?.options.map((o) => o.text)).toContain("Weaver");
    }
  });

  it("reads a step- or grand- relative's sex from the kin word it is built on", () => {
    const text = "The Mill Race\n\nThe Mill Race is a story of a flooded valley. Tilda Rook, the carter's stepdaughter, keeps the ledger. Ned Vole, the miller's grandson, guards the sluice. Ona Fenn, a weaver, sells cloth at the fair. Cal Brisk, a potter, fires the jars. Bo Lusk, a baker, feeds the workers.";
    const { sentences } = parseArticle(text);
    const facts = findIdentities(sentences, sentences.map(() => []));
    for (const [name, other] of [["Tilda Rook", "Miller's grandson"], ["Ned Vole", "Carter's stepdaughter"]]) {
      for (const seed of [0.1, 0.4, 0.7, 0.9]) {
        const q = makeIdentityQuestion(facts.find((f) => f.name === name)!, facts, sentences, text, () => seed);
        expect(q?.prompt).toBe(`Who was ${name}?`);
        expect(q?.options.map((o) => o.text)).not.toContain(other);
      }
    }
  });

  it("reads a relative of any tie as a person: 'Who was …?', beside people's descriptions only", () => {
    const text = "The Mill Race\n\nThe Mill Race is a story of a flooded valley. Tilda Rook, the carter's aunt, keeps the ledger. Ona Fenn, a weaver, sells cloth at the fair. Cal Brisk, a carter, hauls the grain. Ned Vole, the miller's grandson, guards the sluice.";
    const { sentences } = parseArticle(text);
    const facts = findIdentities(sentences, sentences.map(() => []));
    expect(facts.filter((f) => f.person).map((f) => f.name)).toEqual(expect.arrayContaining(["Tilda Rook", "Ned Vole"]));
    const q = makeIdentityQuestion(facts.find((f) => f.name === "Tilda Rook")!, facts, sentences, text, () => 0.4);
    expect(q?.prompt).toBe("Who was Tilda Rook?");
    expect(q?.options.map((o) => o.text)).not.toContain("Story of a flooded valley");
  });

  it("never offers the author's name among the characters' names, or a character's among the author's", () => {
    const spans: Span[] = ["Mair Dunstan", "Idris Vaughan", "Owen Pryce", "Dai Rhys", "Tomos Bell", "Gwen Lloyd", "Ifor Hale"].map((text) => ({ text, type: "PERSON", start: NOVEL.indexOf(text), end: NOVEL.indexOf(text) + text.length }));
    const ctx = { articleTexts: indexArticleTexts(spans), year: 1961, articleText: NOVEL };
    const character = spans.find((s) => s.text === "Tomos Bell")!;
    const options = pickDistractors(character, "On the last night _____ steals three of the cattle.", ctx, 3, () => 0.3);
    expect(options.length).toBeGreaterThan(0);
    expect(options).not.toContain("Mair Dunstan");
    expect(options).not.toContain("Idris Vaughan");
    const author = spans.find((s) => s.text === "Mair Dunstan")!;
    expect(pickDistractors(author, "The Salt Road is a brief novel by the Welsh writer _____.", ctx, 3, () => 0.3)).not.toEqual(expect.arrayContaining(["Tomos Bell"]));
  });

  it("refuses, whatever built the question, a name option of the other world", () => {
    const q = {
      type: "MULTIPLE_CHOICE" as const,
      prompt: "Who steals three of the cattle on the last night?",
      options: ["Tomos Bell", "Dai Rhys", "Mair Dunstan", "Gwen Lloyd"].map((text, i) => ({ id: String(i), text })),
      answerKey: { kind: "choice" as const, optionId: "0" },
      answerText: "Tomos Bell",
      source: { sentence: "", start: 0, end: 0, answer: { start: 0, end: 0 } },
      spanType: "PERSON" as const,
      keyKind: "name" as const,
      score: 1,
      confidence: 0.8,
    };
    expect(namesOfAnotherWorld(q, NOVEL)).toEqual(["2"]);
    expect(namesOfAnotherWorld({ ...q, answerText: "Mair Dunstan" }, NOVEL)).toEqual(["0", "1", "3"]);
    // Through the option-fit gate every multiple-choice question passes: the author goes, the characters stay.
    const fitted = { ...q, options: q.options.map((o) => ({ ...o })) };
    expect(fitOptionsToStem(fitted, NOVEL)).toBeNull();
    expect(fitted.options.map((o) => o.text)).toEqual(["Tomos Bell", "Dai Rhys", "Gwen Lloyd"]);
  });

  it("never swaps the author in for a character in a false statement", () => {
    const { sentences } = parseArticle(NOVEL);
    const index = sentences.findIndex((x) => x.text.startsWith("Gwen Lloyd, a travelling tinker"));
    const statement = "Gwen Lloyd warns Owen Pryce about a flooded ford.";
    const allSpans: Span[] = ["Mair Dunstan", "Idris Vaughan", "Owen Pryce", "Dai Rhys", "Tomos Bell", "Gwen Lloyd", "Ifor Hale"].map((text) => ({ text, type: "PERSON", start: NOVEL.indexOf(text), end: NOVEL.indexOf(text) + text.length }));
    const spans = allSpans.filter((x) => statement.includes(x.text));
    const swapped = new Set<string>();
    for (const r of [0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9]) {
      const out = falseVersions(swapInput(NOVEL, index, { sentences, statement, spans, allSpans, year: 1961, random: () => r }));
      for (const f of out.filter((v) => v.how === "name")) swapped.add(f.text);
    }
    expect(swapped.size).toBeGreaterThan(0);
    for (const text of swapped) expect(text).not.toMatch(/Mair Dunstan|Idris Vaughan/);
  });

  it("asks no generated question that mixes the two worlds in its options", () => {
    const real = ["Mair Dunstan", "Idris Vaughan", "Welsh writer"];
    for (const seed of [1, 2, 3]) {
      for (const q of tracedQuestions(NOVEL, { seed, count: 12 })) {
        if (q.type !== "MULTIPLE_CHOICE" || !/^Who\b|_____/.test(q.prompt)) continue;
        const texts = q.options.map((o) => o.text);
        const realOptions = texts.filter((t) => real.some((r) => t.includes(r)));
        if (realOptions.length) expect(realOptions.length, `${q.prompt} ${texts.join(" | ")}`).toBe(texts.length);
      }
    }
  });
});

describe("a place named by its kind word before 'of'", () => {
  const text = "The Fishing Coast\n\nEvery spring the boats crossed the Bay of Lisbon before dawn. The catch was sold on the quay by noon.";

  it("is a place, not the city its last word names", () => {
    const bay = findNamedEntities(text).find((s) => s.text === "Bay of Lisbon");
    expect(bay?.type).toBe("PLACE");
    const lake = findNamedEntities("The Ferry\n\nIn spring the traders sailed across Lake Geneva with their cloth.").find((s) => s.text === "Lake Geneva");
    expect(lake?.type).toBe("PLACE");
  });

  it("is never hinted as a city or a country when another reading typed it so", () => {
    const { sentences } = parseArticle(text);
    const s = sentences.find((x) => x.text.includes("Bay of Lisbon"))!;
    const start = text.indexOf("Bay of Lisbon");
    const q = makeFillBlank(s, { text: "Bay of Lisbon", type: "CITY", start, end: start + 13 }, 1, text);
    expect(q?.prompt).toMatch(/\(a place\)$/);
    // A city so named keeps its hint.
    const city = makeFillBlank(s, { text: "Lisbon", type: "CITY", start: start + 7, end: start + 13 }, 1, text);
    expect(city?.prompt).toMatch(/\(a city\)$/);
  });
});

describe("a lake or fort by its bare name", () => {
  const lake = (text: string) => acceptedAliases({ text: "Lake Geneva", type: "PLACE", start: text.indexOf("Lake Geneva"), end: 0 }, text);
  it("is not accepted where the article also names the city of that name", () => {
    expect(lake("The Ferry\n\nIn spring the traders sailed across Lake Geneva with their cloth.")).toContain("Geneva");
    expect(lake("The Ferry\n\nIn spring the traders sailed across Lake Geneva with their cloth. They sold it in Geneva.")).not.toContain("Geneva");
  });

  it("is not accepted where the article also writes that name for a person", () => {
    const fort = (text: string) => acceptedAliases({ text: "Fort William", type: "PLACE", start: text.indexOf("Fort William"), end: 0 }, text);
    const built = "The River Fort\n\nFort William was raised on the bank of the Sarn in 1690. Its walls were of grey stone.";
    expect(fort(built)).toContain("William");
    expect(fort(`${built} William, a young clerk from the coast, kept its accounts.`)).not.toContain("William");
    expect(fort(`${built} Its first clerk was Captain William Orr.`)).not.toContain("William");
  });
});

describe("a body named with its parent body", () => {
  const youth = (text: string) => acceptedAliases({ text: "Youth League", type: "ORG", start: text.indexOf("Youth League"), end: 0 }, text);

  it("accepts the name with the parent's acronym or full name where the article writes it as the parent's", () => {
    const owned = "The Varn People's Congress (VPC) was founded in 1912. In 1944 young members formed the VPC's Youth League. The Youth League pushed the older leaders to act.";
    expect(youth(owned)).toEqual(expect.arrayContaining(["VPC Youth League", "VPC's Youth League", "Varn People's Congress Youth League"]));
    const of = "In 1944 young members formed the Youth League of the Varn People's Congress. The Youth League pushed the older leaders to act.";
    expect(youth(of)).toEqual(expect.arrayContaining(["Varn People's Congress Youth League", "Youth League of the Varn People's Congress"]));
  });

  it("accepts no parent where the article names two, or the parent is a place", () => {
    const two = "The Youth League of the Varn Labour Party met in May. The Youth League of the Orsk Farmers' Union met in June. The Youth League grew.";
    expect(youth(two)).toEqual(["Youth League"]);
    // A place the gazetteer knows whose name ends in a body's word is still a place.
    const place = "In 1944 young members formed the Youth League of the Soviet Union. The Youth League grew.";
    expect(youth(place)).toEqual(["Youth League"]);
  });

  it("reads one parent written as its acronym and its full name as one parent, and a parent's own 'of the'", () => {
    const twoWays = "The Varn People's Congress (VPC) was founded in 1912. The Youth League of the Varn People's Congress met in May. Later the VPC's Youth League grew.";
    expect(youth(twoWays)).toEqual(expect.arrayContaining(["VPC Youth League", "Varn People's Congress Youth League"]));
    const longParent = "The Youth League of the Workers' Party of the Varn Republic met in May. The Youth League of the Workers' Party of the Orsk Republic met in June. The Youth League grew.";
    expect(youth(longParent)).toEqual(["Youth League"]);
  });
});

describe("a 'Who …?' question cut at an aside inside its predicate", () => {
  it("is refused rather than left ending on its joining word", () => {
    // (The clause cut at ", so that …" kept only what came before the aside's comma.)
    const s = sentence("Owen reaches the ford first and, while telling the others about the inn one more time, drives the cattle across the water with Dai's stick, so that none of them are lost in the flood.");
    expect(subjectQuestion(s, { text: "Owen", type: "PERSON", start: 0, end: 4 }, "Who")).toBeNull();
    const plain = sentence("Owen reaches the ford first and drives the cattle across before dawn.");
    expect(subjectQuestion(plain, { text: "Owen", type: "PERSON", start: 0, end: 4 }, "Who")).toBe("Who reaches the ford first and drives the cattle across before dawn?");
    // Only a joining word hangs: an ordinary "yet", "so" or "then" at the end is kept.
    const yet = sentence("Owen had not married yet.");
    expect(subjectQuestion(yet, { text: "Owen", type: "PERSON", start: 0, end: 4 }, "Who")).toBe("Who had not married yet?");
  });
});
