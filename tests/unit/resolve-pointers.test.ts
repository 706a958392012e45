import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { titleNames } from "@/lib/generation/resolve-pointers";
import { isCutFrom } from "@/lib/generation/trim-statement";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";

const read = (name: string) => fs.readFileSync(path.resolve(__dirname, "../fixtures/articles", name), "utf8");
const honey = read("honeybee-nectar.txt");
const charge = read("congestion-charge.txt");
const guide = read("lantern-keeper-guide.txt");

function sentencesOf(text: string): Sentence[] {
  return generateQuestions(text).article.sentences;
}

function sentenceStarting(text: string, opening: string): Sentence {
  const found = sentencesOf(text).find((s) => s.text.startsWith(opening));
  if (!found) throw new Error(`no sentence opens with ${opening}`);
  return found;
}

/** What the sentence's opening was resolved to, in one comparable shape. */
function resolution(text: string, opening: string) {
  const s = sentenceStarting(text, opening);
  return { subject: s.subject ?? null, opener: s.opener ?? null, person: s.person?.name ?? null };
}

const UNRESOLVED = { subject: null, opener: null, person: null };

/** Every candidate the generator made from the sentence opening so, with what became of it. */
function candidatesFrom(text: string, opening: string): { q: GeneratedQuestion; verdict: string }[] {
  const start = sentenceStarting(text, opening).start;
  const out: { q: GeneratedQuestion; verdict: string }[] = [];
  generateQuestions(text, { trace: (q, verdict) => out.push({ q, verdict }) });
  return out.filter(({ q }) => q.source.start === start);
}

function stemsWithKeys(text: string, opening: string): string[] {
  return candidatesFrom(text, opening)
    .filter(({ q }) => passesGates(q, text))
    .map(({ q }) => `${q.type}: ${q.prompt} => ${q.answerText}`);
}

describe("a science process: It, They and This process", () => {
  it("writes out It, They and This process from the sentence before", () => {
    expect(resolution(honey, "It sucks up nectar")).toEqual({ subject: "The forager bee", opener: "It", person: null });
    expect(resolution(honey, "They pass the nectar")).toEqual({ subject: "House bees", opener: "They", person: null });
    // "This process" after a sentence that defines a term as a process: the term.
    expect(resolution(honey, "This process brings")).toEqual({ subject: "Evaporation", opener: "This process", person: null });
  });

  it("asks about the resolved sentences with the referent written out in the stem", () => {
    const process = stemsWithKeys(honey, "This process brings");
    expect(process).toContain("MULTIPLE_CHOICE: Evaporation brings the water content of the nectar down to about _____ per cent. => 18");
    expect(process).toContain("FILL_BLANK: Evaporation brings the water content of the nectar down to about _____ per cent. (a number, in figures) => 18");
    expect(stemsWithKeys(honey, "They pass the nectar")).toContain("MULTIPLE_CHOICE: House bees pass the nectar from mouth to mouth for about _____ minutes. => twenty");
    // A statement cut from the sentence with the referent written out is still the article's sentence, cut; a changed word is not.
    expect(isCutFrom("House bees pass the nectar from mouth to mouth.", "They pass the nectar from mouth to mouth for about twenty minutes.")).toBe(true);
    expect(isCutFrom("Evaporation brings the water content of the nectar down.", "This process brings the water content of the nectar down to about 18 per cent.")).toBe(true);
    expect(isCutFrom("House bees pass the honey from mouth to mouth.", "They pass the nectar from mouth to mouth for about twenty minutes.")).toBe(false);
  });

  it("leaves It unresolved when the sentence before names a second thing it could mean", () => {
    // The comb holds the honey: "It is sealed" could be either.
    expect(resolution(honey, "It is sealed")).toEqual(UNRESOLVED);
  });

  it("leaves a plural pronoun after a singular subject unresolved", () => {
    // The queen lays eggs: "They" is not the queen, and the eggs are no subject.
    expect(resolution(honey, "They hatch")).toEqual(UNRESOLVED);
    expect(candidatesFrom(honey, "They hatch").filter(({ verdict }) => verdict === "selected" || verdict === "not-selected")).toEqual([]);
  });

  it("leaves a This standing alone for an idea unresolved", () => {
    expect(resolution(honey, "This is why")).toEqual(UNRESOLVED);
  });
});

describe("a civics concept: These rules and Such a tax", () => {
  it("writes out These rules as the phrase the sentence before names them with", () => {
    expect(resolution(charge, "These rules")).toEqual({ subject: "The rules of the scheme", opener: "These rules", person: null });
    expect(stemsWithKeys(charge, "These rules")).toContain(
      "FILL_BLANK: The rules of the scheme also give people who live inside the zone a discount of _____ per cent. (a number, in figures) => 90",
    );
  });

  it("writes out Such a tax as the kind the sentence before names", () => {
    expect(resolution(charge, "Such a tax")).toEqual({ subject: "A Pigouvian tax", opener: "Such a tax", person: null });
  });
});

describe("a story guide: she and he with two characters", () => {
  it("names the one character the sentence before names, of the pronoun's gender", () => {
    expect(resolution(guide, "She rows")).toEqual({ subject: null, opener: null, person: "Mira" });
    // The sentence before says what he is ("a restless boy"): that noun is no second person.
    expect(resolution(guide, "He dreams")).toEqual({ subject: null, opener: null, person: "Tobias" });
    expect(candidatesFrom(guide, "He dreams").map(({ q }) => q.prompt)).toContain("Tobias dreams of the bright streets of Kestwick, the capital.");
  });

  it("leaves he unresolved after a sentence naming two men", () => {
    expect(resolution(guide, "He finds")).toEqual(UNRESOLVED);
  });

  it("leaves he unresolved after a sentence that mentions an unnamed man", () => {
    // "her brother": the one name in the sentence is not whom "he" means.
    expect(resolution(guide, "He sends")).toEqual(UNRESOLVED);
  });
});

describe("resolution on short texts of our own", () => {
  const article = (body: string) => `A Test Article\n\n${body}\n`;

  it("never reads an It that opens a clause about a clause as a thing", () => {
    const text = article("The marsh is a wide flat wetland. It is believed that the marsh formed after the last ice age. It takes years to drain a field.");
    expect(resolution(text, "It is believed")).toEqual(UNRESOLVED);
    expect(resolution(text, "It takes")).toEqual(UNRESOLVED);
  });

  it("leaves It unresolved when the subject's verb has an object it could mean", () => {
    const text = article("A chart can be used to show inflation over ten years. It rises when prices climb faster than wages.");
    expect(resolution(text, "It rises")).toEqual(UNRESOLVED);
  });

  it("resolves It after a subject that an opening phrase precedes, and carries it on to the next It", () => {
    const text = article("Long and narrow, the canal is a channel of still water. It links the two rivers. It closed in 1962.");
    expect(resolution(text, "It links")).toEqual({ subject: "The canal", opener: "It", person: null });
    // "the two rivers" is plural: it does not compete with "it".
    expect(resolution(text, "It closed")).toEqual({ subject: "The canal", opener: "It", person: null });
  });

  it("takes the article's topic for It even when the sentence before names other things, but only the topic", () => {
    const topic = `The Harbour Canal Opens\n\nThe canal linked the port with the river town of Amble, and trade along the coast grew quickly. It carried 2,000 boats in its first year.\n`;
    expect(resolution(topic, "It carried")).toEqual({ subject: "The canal", opener: "It", person: null });
    const other = `The Harbour Canal Opens\n\nThe tollhouse linked the port with the river town of Amble, and trade along the coast grew quickly. It carried 2,000 boats in its first year.\n`;
    expect(resolution(other, "It carried")).toEqual(UNRESOLVED);
  });

  it("leaves They unresolved after a singular subject", () => {
    const text = article("The oak is a slow tree. They live for many centuries.");
    expect(resolution(text, "They live")).toEqual(UNRESOLVED);
  });

  it("writes Its and Their as possessives", () => {
    const text = article("The lighthouse is a tall white tower of stone. Its lamp can be seen from 30 kilometres away. The keepers were brothers from the village. Their shifts lasted twelve hours.");
    expect(resolution(text, "Its lamp")).toEqual({ subject: "The lighthouse's", opener: "Its", person: null });
    expect(resolution(text, "Their shifts")).toEqual({ subject: "The keepers'", opener: "Their", person: null });
  });

  it("does not resolve a demonstrative that adds a modifier, picks out a part, or meets two phrases with its noun", () => {
    const added = article("A cold front is the edge of a mass of cold air. This sharp front brings heavy rain to the valley.");
    expect(resolution(added, "This sharp front")).toEqual(UNRESOLVED);
    const ordinal = article("The first stage of the storm is the build-up of warm air. This stage brings heavy rain to the valley.");
    expect(resolution(ordinal, "This stage")).toEqual(UNRESOLVED);
    const part = article("The crust is split into many pieces. The biggest pieces stretch for thousands of kilometres. These pieces are called plates.");
    expect(resolution(part, "These pieces")).toEqual(UNRESOLVED);
    const two = article("The river has a fast upper course and a slow lower course. This course ends at the sea in a wide delta.");
    expect(resolution(two, "This course")).toEqual(UNRESOLVED);
  });

  it("does not take Such a tax for one particular tax", () => {
    const text = article("The council raised the heavy tax on petrol in 1990. Such a tax raises the price of every journey.");
    expect(resolution(text, "Such a tax")).toEqual(UNRESOLVED);
  });

  it("does not give a she to a name whose pronouns in the article are his", () => {
    const text = article("Peter Lund ran the ferry for many years, and his boat was famous. Peter Lund crossed the bay at dawn. She waved from the quay.");
    expect(resolution(text, "She waved")).toEqual(UNRESOLVED);
  });

  it("does not give a he to the one name when the sentence before mentions an unnamed person too", () => {
    const text = article("Tobias Crane is a boy of twelve, and his boat is small. Tobias Crane meets the captain at the harbour. He asks for work on the ship.");
    expect(resolution(text, "He asks")).toEqual(UNRESOLVED);
    // Without the captain, he is Tobias Crane.
    const alone = article("Tobias Crane is a boy of twelve, and his boat is small. Tobias Crane walks to the harbour. He asks for work on the ship.");
    expect(resolution(alone, "He asks")).toEqual({ subject: null, opener: null, person: "Tobias Crane" });
  });

  it("does not give a he to a name when a he comes before it in the sentence before", () => {
    const text = article("Paul Dorsey sold his nets at the market. Tomas Reyes kept his boat at Fairhaven for years. In the harbour he met Paul Dorsey. He sailed north in the spring.");
    expect(resolution(text, "He sailed")).toEqual(UNRESOLVED);
  });

  it("does not merge two people who share a surname, but does merge a surname with the full name", () => {
    // Review 10 item 1: Charlotte and Branwell Bronte are two people; "He" after both is unsure.
    const siblings = article("Charlotte Bronte and Branwell Bronte grew up in Haworth. He painted portraits of local people for money. Branwell Bronte drank at the inn and he lost his post. Charlotte Bronte wrote novels.");
    expect(resolution(siblings, "He painted")).toEqual(UNRESOLVED);
    const couple = article("Edith Hale and Tomas Hale ran the mill together. She kept the accounts for thirty years. Edith Hale was born in Leeds and she married in 1890.");
    expect(resolution(couple, "She kept")).toEqual(UNRESOLVED);
    // "Hale" alone is the one named in full: her "she" there counts for Edith Hale.
    const one = article("Edith Hale ran the mill with care. She kept the accounts for thirty years. Hale was born in Leeds and she married in 1890.");
    expect(resolution(one, "She kept")).toEqual({ subject: null, opener: null, person: "Edith Hale" });
  });

  it("does not take one name of a list for a demonstrative that means the whole list", () => {
    // Review 10 item 4.
    const list = article("The heart pumps blood through a network of tubes called arteries and veins. These tubes carry blood to every organ of the body.");
    expect(resolution(list, "These tubes")).toEqual(UNRESOLVED);
    const three = article("The eye holds cells known as rods, cones and ganglia. These cells turn light into signals.");
    expect(resolution(three, "These cells")).toEqual(UNRESOLVED);
    const single = article("The heart pumps blood through a network of tubes called arteries. These tubes carry blood to every organ of the body.");
    expect(resolution(single, "These tubes")).toEqual({ subject: "Arteries", opener: "These tubes", person: null });
    // A singular noun ending in s (item 12: one plural test for the generator): "This gas".
    const gas = article("Leaves take in a gas called carbon dioxide. This gas is turned into sugar in sunlight.");
    expect(resolution(gas, "This gas")).toEqual({ subject: "Carbon dioxide", opener: "This gas", person: null });
  });

  it("never reads an It of weather or of time as a thing", () => {
    // Review 10 item 5.
    const text = article("The canal was begun in 1793. It rained only twice in July of that year. The canal was finished in 1805. It snowed heavily that winter. The canal froze in 1814. It was midnight when the last boats arrived. The old mill stood beside the canal. It was 1850 before the railway reached the valley. The tollhouse was built of brick. It was three years before anyone paid a toll.");
    for (const opening of ["It rained", "It snowed", "It was midnight", "It was 1850", "It was three years"]) expect(resolution(text, opening)).toEqual(UNRESOLVED);
    const out: GeneratedQuestion[] = [];
    generateQuestions(`The Canal\n\n${text.split("\n\n")[1]}`, { trace: (q) => out.push(q) });
    expect(out.filter((q) => /canal was midnight|mill was|canal (?:rained|snowed)/i.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    // A passive "It was built … when" is still the thing.
    const built = article("The canal was begun in 1793. It was built in only twelve years by gangs of navvies.");
    expect(resolution(built, "It was built")).toEqual({ subject: "The canal", opener: "It", person: null });
  });

  it("takes no verb of the sentence before into a demonstrative's referent", () => {
    // Review 10 item 6.
    const dug = article("Farmers dug deep drainage ditches across the moor in 1820. These ditches lowered the water table by two metres within ten years.");
    expect(resolution(dug, "These ditches")).toEqual({ subject: "The deep drainage ditches", opener: "These ditches", person: null });
    const built = article("Workers built long stone walls around the fields. These walls kept the sheep off the young crops for fifty years.");
    expect(resolution(built, "These walls")).toEqual({ subject: "The long stone walls", opener: "These walls", person: null });
    // The tagger reads "grow" as a noun here: a walk that ends at no determiner, preposition or verb is refused.
    const grow = article("Farmers grow grains on the lower slopes. These grains feed the cattle through the long winter months.");
    expect(resolution(grow, "These grains")).toEqual(UNRESOLVED);
  });

  it("never shows a question's key inside the written-out referent", () => {
    for (const text of [honey, charge, guide]) {
      const out: GeneratedQuestion[] = [];
      const { article: parsed } = generateQuestions(text, { trace: (q) => out.push(q) });
      const resolved = new Set(parsed.sentences.filter((s) => s.subject || s.person).map((s) => s.start));
      for (const q of out.filter((c) => resolved.has(c.source.start) && passesGates(c, text))) {
        if (q.type === "TRUE_FALSE") continue;
        expect(q.prompt.toLowerCase()).not.toContain(q.answerText.toLowerCase());
      }
    }
  });
});

describe("a title opening with A or An keeps its own article", () => {
  const guideToPlay = [
    "A Winter Lantern by Ines Marl | Study Guide",
    "",
    "A Winter Lantern is a short play by the stage writer Ines Marl. It was first staged in March 1931 in a small hall in Corlow. The play follows a lamp seller through one long night.",
    "",
    "A lantern is a lamp with a case around its flame. It keeps the flame safe from wind and rain on a dark road.",
    "",
    "A Roman road was once very busy. It was paved with flat grey stones.",
  ].join("\n");
  it("writes out the title as the article gives it, and a generic 'A lantern' as 'The lantern'", () => {
    expect(resolution(guideToPlay, "It was first staged")).toEqual({ subject: "A Winter Lantern", opener: "It", person: null });
    expect(resolution(guideToPlay, "It keeps the flame")).toEqual({ subject: "The lantern", opener: "It", person: null });
    expect(resolution(guideToPlay, "It was paved")).toEqual({ subject: "The Roman road", opener: "It", person: null });
  });
});

describe("the name a title gives its topic", () => {
  // Invented: a weather balloon named with a figure, which the tagger reads as no noun.
  const balloon = [
    "The Flight of Windhook 4",
    "",
    "In 1962 a small team of students in Norvale built a weather balloon from paper and wax.",
    "",
    "Windhook 4 was released from the school roof on 3 May 1962.",
    "",
    "It drifted east over the hills for about 90 kilometres before it came down in a barley field.",
  ].join("\n");

  it("writes out It as the title's name when that name is the subject before", () => {
    expect(resolution(balloon, "It drifted east")).toEqual({ subject: "Windhook 4", opener: "It", person: null });
    expect(stemsWithKeys(balloon, "It drifted east").some((stem) => stem.includes("Windhook 4 drifted east over the hills"))).toBe(true);
  });

  it("leaves the same name unresolved when the title does not give it", () => {
    expect(resolution(balloon.replace("The Flight of Windhook 4", "A School Science Project"), "It drifted east")).toEqual(UNRESOLVED);
  });

  it("gives no name of a person the title names, even one the article writes with 'the'", () => {
    const sentence = (text: string, titlePerson?: Sentence["titlePerson"]): Sentence => ({ text, start: 0, end: text.length, section: 0, inSummary: true, titlePerson });
    const opening = "Tessaly Brook founded the Tessaly Brook works in 1931.";
    expect([...titleNames("Tessaly Brook", [sentence(opening, { name: "Tessaly Brook", pronoun: "she" })], [[]]).keys()]).toEqual([]);
    // The same words under a title about no person are the name of a thing.
    expect([...titleNames("Tessaly Brook", [sentence(opening)], [[]]).keys()]).toEqual(["Tessaly Brook"]);
    // A name with "the" is still a person's when a word for a person heads it, or the name finder reads it as a person's.
    expect([...titleNames("The Grey Duke", [sentence("The Grey Duke sailed home in 1412.")], [[]]).keys()]).toEqual([]);
    const harlow = sentence("The Harlow Vane sailed home in 1412.");
    expect([...titleNames("The Harlow Vane", [harlow], [[]]).keys()]).toEqual(["Harlow Vane"]);
    expect([...titleNames("The Harlow Vane", [harlow], [[{ text: "Harlow Vane", type: "PERSON", start: 4, end: 15 }]]).keys()]).toEqual([]);
  });

  it("still counts the sentence's other things when the subject is the title's name", () => {
    // "Windhook 4" is read only by the title's names; the kite is what "it" may mean.
    const kite = balloon.replace("Windhook 4 was released from the school roof on 3 May 1962.", "Windhook 4 was carried aloft by a large kite. It had first been built as a toy.");
    expect(resolution(kite, "It had first been built")).toEqual(UNRESOLVED);
    const stone = ["The Carrow Stone", "", "The Carrow Stone carries a decree in two scripts. It was issued at Tully in 1710 on behalf of the abbot."].join("\n");
    expect(resolution(stone, "It was issued")).toEqual(UNRESOLVED);
  });

  it("reads a plural title name as plural", () => {
    const scrolls = ["The Orme Scrolls", "", "The Orme Scrolls came to light in 1931. It lies in a dry valley above the Orme.", "", "The Orme Scrolls came to light in 1932. They were written on goat skin."].join("\n");
    expect(resolution(scrolls, "It lies")).toEqual(UNRESOLVED);
    expect(resolution(scrolls, "They were written")).toEqual({ subject: "The Orme Scrolls", opener: "They", person: null });
  });

  it("takes no person written with 'the' for a thing", () => {
    const duke = ["The Grey Duke", "", "The Grey Duke sailed home from the south in 1412. It made him a hero in the valley."].join("\n");
    expect(resolution(duke, "It made him")).toEqual(UNRESOLVED);
  });

  it("takes a title's name written with 'the' for a thing, and an opening 'Called X,' for the subject's own name", () => {
    const stone = [
      "The Carrow Stone",
      "",
      "The Carrow Stone is a tall slab of grey slate.",
      "",
      "Its face bears a list of the village's first twelve families, cut in 1710.",
      "",
    ].join("\n");
    expect(resolution(stone, "Its face")).toEqual({ subject: "The Carrow Stone's", opener: "Its", person: null });
    // The name in the opening is the crane's own, no second thing "it" could mean.
    const crane = [
      "Harbour Life in Old Dunmere",
      "",
      "Called 'Old Tom' by the dock workers, the crane unloaded ships for forty years. It was taken down in 1988 after a storm bent its arm.",
    ].join("\n");
    expect(resolution(crane, "It was taken down")).toEqual({ subject: "The crane", opener: "It", person: null });
    // "Called to …" names nothing: the place it was called to may be what "it" means.
    const called = crane.replace("Called 'Old Tom' by the dock workers,", "Called to the north quay in 1950,");
    expect(resolution(called, "It was taken down")).toEqual(UNRESOLVED);
  });
});

describe("a person named by a common noun, and the owner a title names", () => {
  it("never takes a person named by a common noun for It", () => {
    const court = ["Old Times in Brenmark", "", "The old pope fell ill in 1820. It was a shock to the whole city.", "", "The young governor fell ill in 1822. It was a hard winter for the court."].join("\n");
    expect(resolution(court, "It was a shock")).toEqual(UNRESOLVED);
    expect(resolution(court, "It was a hard winter")).toEqual(UNRESOLVED);
  });

  it("writes out 'Its sinking' as the one whose sinking the title names", () => {
    const wreck = [
      "The Sinking of the Marlow Star",
      "",
      "The Marlow Star was a cargo steamer that ran between Dunport and the northern isles.",
      "",
      "On 12 March 1911 it struck a reef in thick fog. Its sinking led the port to build a lighthouse on the reef.",
    ].join("\n");
    expect(resolution(wreck, "Its sinking")).toEqual({ subject: "The Marlow Star's", opener: "Its", person: null });
    // Another noun after "Its" is not what the title names: left as it was.
    expect(resolution(wreck.replace("Its sinking led", "Its crew asked"), "Its crew")).toEqual(UNRESOLVED);
    // A bracketed date after the title is no part of the owner.
    expect(resolution(wreck.replace("The Sinking of the Marlow Star", "The Sinking of the Marlow Star (1911)"), "Its sinking")).toEqual({ subject: "The Marlow Star's", opener: "Its", person: null });
    // So is the topic as the subject before, even with other things named after it.
    expect(resolution(wreck.replace("On 12 March 1911 it struck", "The Marlow Star struck"), "Its sinking")).toEqual({ subject: "The Marlow Star's", opener: "Its", person: null });
    // "This ship" before it is the topic too.
    expect(resolution(wreck.replace("On 12 March 1911 it struck", "On 12 March 1911 this ship struck"), "Its sinking")).toEqual({ subject: "The Marlow Star's", opener: "Its", person: null });
  });

  it("leaves 'Its sinking' alone when the sentence before has another thing as its subject", () => {
    const other = ["The Sinking of the Marlow Star", "", "The Marlow Star was a cargo steamer that ran between Dunport and the northern isles.", "", "The Grey Heron was struck by a mine in May 1915. Its sinking helped bring the isles into the war."].join("\n");
    expect(resolution(other, "Its sinking")).toEqual(UNRESOLVED);
    const voyage = ["The Voyage of the Marlow Star", "", "The Marlow Star left Dunport in 1880 to chart the northern isles.", "", "The Adder sailed with the Marlow Star as a supply ship in 1881. Its voyage ended at Portmay, where it was sold."].join("\n");
    expect(resolution(voyage, "Its voyage")).toEqual(UNRESOLVED);
  });
});
