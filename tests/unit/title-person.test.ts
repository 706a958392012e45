import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { findSpans } from "@/lib/generation/find-spans";
import { callsPerson, callsThing, findTitlePerson } from "@/lib/generation/find-title-person";
import { findCauses } from "@/lib/generation/make-cause-questions";
import { lowerFirstWord } from "@/lib/generation/why-question";
import { findRecurringNames } from "@/lib/generation/named-entities";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { resolvePerson } from "@/lib/generation/question-stems";

const fixture = fs.readFileSync(path.join(__dirname, "../fixtures/articles/mansa-musa-pilgrim-king.txt"), "utf8");

describe("a biography's subject the name lexicon does not know", () => {
  it("is found from the title and the opening sentence, at each use of the name", () => {
    const spans = findTitlePerson(parseArticle(fixture), fixture, []);
    expect(spans.map((s) => s.text)).toEqual(["Mansa Musa"]);
    expect(spans[0]).toMatchObject({ type: "PERSON", guessed: true });
    expect(fixture.slice(spans[0]!.start, spans[0]!.end)).toBe("Mansa Musa");
  });

  it("lets the article's 'he' sentences be asked, with the name in place of the pronoun", () => {
    const { questions } = generateQuestions(fixture, { count: 10, seed: 1 });
    expect(questions.length).toBeGreaterThanOrEqual(6);
    // Sentences that open with "He" or "In 1324 he …" become usable only once "he" is known to be Mansa Musa.
    const fromHeSentences = questions.filter((q) => /^(?:He|In \d{3,4} he|When he|On his|His)\b/.test(q.source.sentence));
    expect(fromHeSentences.length).toBeGreaterThan(0);
    for (const q of fromHeSentences) expect(q.prompt).toMatch(/Mansa Musa/);
    for (const q of questions) expect(q.prompt).not.toMatch(/^(?:He|She)\b/);
  });

  it("names the person in a true/false statement instead of leaving their 'his' to a name that is not theirs", () => {
    const { questions } = generateQuestions(fixture, { count: 20, seed: 1, types: ["TRUE_FALSE"], keepUnsure: true });
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const pronoun = /\b(?:he|his|him)\b/i.exec(q.prompt);
      if (pronoun) expect(q.prompt.slice(0, pronoun.index)).toMatch(/Mansa Musa/);
    }
  });

  it("is not guessed for a ship, a place, a known person or a title that is not a name", () => {
    const ship = "Aurora: A Steamer on the Lakes\nAurora was a paddle steamer built in 1850. She carried mail across the lake. She was fast, and she was loved. She sank in a storm.";
    expect(findTitlePerson(parseArticle(ship), ship, [])).toEqual([]);
    const liner = "Caledonia: The Liner Lost in Fog\nCaledonia was a British liner launched in 1890. She carried emigrants west. She was fast, and she was crowded. She sank off the cape, and more than 300 people died.";
    expect(findTitlePerson(parseArticle(liner), liner, [])).toEqual([]);
    const how = "How Glaciers Move\nHow glaciers move was a puzzle. He said it, he wrote it, he died.";
    expect(findTitlePerson(parseArticle(how), how, [])).toEqual([]);
    const opening = "Mansa Musa: A King\nIn 1324 Mansa Musa left Mali. He was born in Mali. He walked. He died in 1337.";
    expect(findTitlePerson(parseArticle(opening), opening, [])).toEqual([]);
    const known = parseArticle(fixture);
    const person = { type: "PERSON" as const, text: "Mansa Musa", start: 0, end: 10 };
    expect(findTitlePerson(known, fixture, [person])).toEqual([]);
  });
});

describe("a biography titled 'X, the …' or with a ruler's number", () => {
  it("finds the name before a comma's subtitle when the opening calls it a person", () => {
    const text = "Orla Venn, the Weaver of Dunmore\n\nOrla Venn was a Kellish painter whose blue prints sold in every port. She was born in 1712 in Dunmore. Her prints were copied widely. She died there in 1790, at the age of 78.";
    expect(findTitlePerson(parseArticle(text), text, []).map((s) => s.text)[0]).toBe("Orla Venn");
    const town = "Dunmore, the Cloth Town\n\nDunmore was a busy market town on the river. He was born there, and he died there.";
    expect(findTitlePerson(parseArticle(town), town, [])).toEqual([]);
  });

  it("takes a ruler's number as part of the name, and no place the finder took for a person", () => {
    const text = "Tarek II and the Islands of Sorn\n\nTarek II was the chief who united the islands. He was born in 1740, and he sailed from Sorn in 1770 with his warriors. He died in 1801.";
    const sorn = text.indexOf("Sorn");
    const place = { type: "PERSON" as const, text: "Sorn", start: sorn, end: sorn + 4 };
    expect(findTitlePerson(parseArticle(text), text, [place]).map((s) => s.text)[0]).toBe("Tarek II");
  });
});

describe("a biography titled 'X and His …'", () => {
  const text = [
    "Idrisu ibn Kanwa and His Caravans",
    "",
    "Idrisu ibn Kanwa was a salt trader from Fez who led caravans across the desert for most of his life. He was praised by merchants in every oasis town.",
    "",
    "Early Years",
    "",
    "He was born in 1402 in Sijilmasa, and his father taught him to read the stars. He made his first crossing at the age of sixteen.",
    "",
    "Later Journeys",
    "",
    "He met the scholar Ahmad Baba in Timbuktu, and the two spoke of books for a week. His last caravan reached Gao in 1461.",
  ].join("\n");

  it("finds the person named before ' and His'", () => {
    expect(findTitlePerson(parseArticle(text), text, []).map((s) => s.text)[0]).toBe("Idrisu ibn Kanwa");
  });

  it("asks the sentences that open a section with 'He', naming him", () => {
    const { questions } = generateQuestions(text, { count: 10, seed: 1, keepUnsure: true });
    const born = questions.filter((q) => q.source.sentence.startsWith("He was born"));
    expect(born.length).toBeGreaterThan(0);
    for (const q of born) expect(q.prompt).toMatch(/Idrisu ibn Kanwa/);
  });

  it("takes the whole name over a known part of it, and never a name the title gives beside it", () => {
    const kanwa = text.indexOf("Kanwa");
    const part = { type: "PERSON" as const, text: "Kanwa", start: kanwa, end: kanwa + 5 };
    expect(findTitlePerson(parseArticle(text), text, [part]).map((s) => s.text)[0]).toBe("Idrisu ibn Kanwa");
    const pair = text.replace("Idrisu ibn Kanwa and His Caravans", "Idrisu ibn Kanwa and Ahmad Baba");
    const ahmad = { type: "PERSON" as const, text: "Ahmad Baba", start: 0, end: 0 };
    expect(findTitlePerson(parseArticle(pair), pair, [ahmad])).toEqual([]);
  });

  it("is no person when the opening calls the name a place or a ship ('Pompeii and the …')", () => {
    const town = [
      "Harrowmere and the Great Flood",
      "",
      "Harrowmere was a busy market town on the river Lune. The miller Tobias Vane lived at its edge with his family.",
      "",
      "The Flood",
      "",
      "He saw the water rise in the night and woke his neighbours. He was born in the town in 1790, and he died there in 1851. He rowed his boat from house to house.",
    ].join("\n");
    expect(findTitlePerson(parseArticle(town), town, [])).toEqual([]);
    const { questions } = generateQuestions(town, { count: 10, seed: 1, keepUnsure: true });
    for (const q of questions) expect(q.prompt).not.toMatch(/Harrowmere (?:saw|was born|rowed)/);
    expect(callsPerson(" was a busy market town on the river.")).toBe(false);
    expect(callsPerson(" was a salt trader from Fez who led caravans.")).toBe(true);
    expect(callsPerson(" (1402–1461) was an English mathematician.")).toBe(true);
  });

  it("is no person when the opening calls 'The' name a tomb, so no 'him' becomes the building", () => {
    const tomb = [
      "The Grace Harlow: A Tomb for a Queen",
      "",
      "The Grace Harlow is a tall grey stone tomb in the town of Ostrow, beside the Pell River. It was raised in the ninth century by the king Olek Darrow.",
      "",
      "The story begins with a loss. Olek Darrow's beloved queen, Mira Harlow, had ridden with him on long hunts for years, and in 871 she died of a fever at Ostrow. The king was grieving. He ordered a tomb for her, and he paid for it himself. He was born in 830 and he died in 880.",
    ].join("\n");
    const { article, questions } = generateQuestions(tomb, { count: 20, seed: 1, keepUnsure: true });
    for (const s of article.sentences) expect(s.person?.name).toBeUndefined();
    for (const q of questions) expect(q.prompt).not.toMatch(/with Grace Harlow|Grace Harlow (?:was born|ordered)/);
    // (Only as the head noun: "a lighthouse keeper" is a person.)
    expect(callsThing(" was a lighthouse keeper who kept the lamp lit.")).toBe(false);
    expect(callsThing(" is a small brick lighthouse on the cape.")).toBe(true);
  });

  it("leaves the person's father, named by the last part of the name, another person", () => {
    const family = text.replace("He was born in 1402 in Sijilmasa, and his father taught him to read the stars.", "His father, Kanwa, was a judge in the city. He sent his son to study law in Fez in 1415.");
    const { article } = generateQuestions(family, { count: 10, seed: 1, keepUnsure: true });
    const sent = article.sentences.find((s) => s.text.startsWith("He sent his son"))!;
    expect(sent.person).toBeUndefined();
  });

  it("names the person in a question only where its stem opens as the sentence does", () => {
    const salt = text.replace("He met the scholar Ahmad Baba in Timbuktu, and the two spoke of books for a week.", "He disliked the sultan Abu Inan because he had raised the salt tax twice in one year.");
    const { article } = generateQuestions(salt, { count: 10, seed: 1, keepUnsure: true });
    const disliked = article.sentences.find((s) => s.text.startsWith("He disliked"))!;
    expect(disliked.person).toMatchObject({ openingOnly: true });
    // The reason's "he" is the sultan: a clause cut from the middle keeps it.
    expect(resolvePerson("he had raised the salt tax twice in one year", disliked)).toBe("he had raised the salt tax twice in one year");
    expect(resolvePerson("He disliked the sultan Abu Inan because he had raised the salt tax in _____.", disliked)).toMatch(/^Idrisu ibn Kanwa disliked/);
    const causes = findCauses(article.sentences);
    for (const c of causes) expect(c.answer).not.toMatch(/Idrisu ibn Kanwa had raised/);
  });

  it("shows no sentence naming two men as the context of a 'his' that could be either's", () => {
    const { questions } = generateQuestions(text, { count: 20, seed: 1, keepUnsure: true });
    for (const q of questions) expect(q.prompt).not.toMatch(/for a week\. His last caravan/);
  });

  it("keeps a particle name's capital in a 'Why' question", () => {
    expect(lowerFirstWord("Idrisu ibn Kanwa crossed the desert in winter", "")).toBe("Idrisu ibn Kanwa crossed the desert in winter");
  });

  it("resolves only the opening pronoun of a sentence that names someone else later", () => {
    const parsed = generateQuestions(text, { count: 10, seed: 1, keepUnsure: true });
    const met = parsed.article.sentences.find((s) => s.text.startsWith("He met the scholar"))!;
    expect(met.person).toMatchObject({ name: "Idrisu ibn Kanwa", openingOnly: true });
    expect(resolvePerson("He met the scholar Ahmad Baba in _____, and the two spoke of books for a week.", met)).toMatch(/^Idrisu ibn Kanwa met/);
    // A later "he", after the other man is named, is not written out as the title's person.
    expect(resolvePerson("In Timbuktu the scholar Ahmad Baba said he would stay.", met)).toBe("In Timbuktu the scholar Ahmad Baba said he would stay.");
  });
});

describe("continents", () => {
  it("are places, never a person who acts ('Europe took note')", () => {
    const text = "Mapmakers in Europe took note. Traders from Europe sailed south, and Europe grew rich.";
    expect(findRecurringNames(text, [{ start: 0, end: text.length }]).map((s) => s.text)).toEqual([]);
  });
});

describe("numbers in words", () => {
  it("are accepted typed in figures, and small figures in words", () => {
    const number = (text: string) => acceptedAliases({ type: "NUMBER", text, start: 0, end: text.length });
    expect(number("nine")).toEqual(["nine", "9"]);
    expect(number("three hundred")).toEqual(["three hundred", "300"]);
    expect(number("two thousand")).toEqual(["two thousand", "2000", "2,000"]);
    expect(number("9")).toEqual(["9", "nine"]);
    expect(number("5,000")).toEqual(["5,000", "5000"]);
    expect(number("45")).toEqual(["45"]);
  });

  it("never blanks part of a longer compound", () => {
    const numbers = (t: string) => findSpans(t).filter((s) => s.type === "NUMBER").map((s) => s.text);
    expect(numbers("The guild had three hundred and fifty members.")).toEqual([]);
    expect(numbers("There were two thousand five hundred soldiers.")).toEqual([]);
    expect(numbers("There were three hundred members and seven ships.")).toEqual(["three hundred", "seven"]);
  });

  it("never blanks the end of a compound number", () => {
    const spans = findSpans("The monk did not come home for twenty-five years, and he kept seven servants.");
    // The compound is blanked whole or not at all.
    expect(spans.filter((s) => s.type === "NUMBER").map((s) => s.text)).toEqual(["twenty-five", "seven"]);
  });
});

describe("typed answers for a person asked by surname or with a rank", () => {
  const person = (text: string, article: string) => acceptedAliases({ type: "PERSON", text, start: 0, end: text.length }, article);
  const article =
    "The survey ship left Plymouth in March. Its commander, Captain Amos Threlkeld, kept a careful log. " +
    "The botanist Iris Mallow Penhale collected seeds at every landing. Penhale later wrote that Threlkeld never once raised his voice.";

  it("accepts the full name the article gives for a surname asked alone", () => {
    expect(person("Penhale", article)).toEqual(expect.arrayContaining(["Penhale", "Iris Mallow Penhale"]));
  });

  it("never takes a relative's full name, met after the surname alone, for the person asked", () => {
    const relative = "The survey was led by Penhale from the start. Her cousin, Iris Mallow Penhale, kept the seed lists.";
    expect(person("Penhale", relative)).toEqual(["Penhale"]);
  });

  it("leaves the surname alone when two people in the article share it", () => {
    const two = `${article} Her brother Tobias Penhale stayed at home.`;
    expect(person("Penhale", two)).toEqual(["Penhale"]);
  });

  it("accepts a ranked name without its rank, by surname, and with the rank before the surname", () => {
    expect(person("Captain Amos Threlkeld", article)).toEqual(expect.arrayContaining(["Amos Threlkeld", "Threlkeld", "Captain Threlkeld"]));
  });

  it("never takes a rank or a sentence's first word for part of the full name", () => {
    expect(person("Threlkeld", article)).toEqual(["Threlkeld", "Amos Threlkeld"]);
  });
});

describe("a study guide's author, named in its title after 'by'", () => {
  const guide = [
    'Study Guide: "The Lamp on the Stair" by Henry Marlowe',
    '"The Lamp on the Stair" is a ghost tale by the English writer Henry Marlowe, first published in 1911.',
    "Plot",
    "The narrator, a young clerk, rents a room at the top of a narrow house. He insists that he is calm, yet every night he climbs the dark stair past a lamp that nobody lights. For eight nights he creeps up to the attic and holds a candle to its keyhole until the sun rises. On the tenth evening he breaks the lock and finds the room empty except for a letter. He reads it by the light of the lamp, which is burning for the first time.",
    "Themes",
    "The story is about loneliness and guilt. The lamp stands for a welcome that comes too late.",
  ].join("\n");

  it("is not the 'he' of the story's plot: no stem puts the author in the narrator's place", () => {
    const { questions, article } = generateQuestions(guide, { count: 10, seed: 3 });
    expect(article.sentences.filter((s) => s.person?.name === "Henry Marlowe").map((s) => s.text)).toEqual([]);
    expect(questions.map((q) => q.prompt).filter((p) => /Marlowe/.test(p) && !/ghost tale by the English writer/.test(p))).toEqual([]);
  });
});
