import { describe, expect, it } from "vitest";
import { fitOptionsToHead, headOfBlank } from "@/lib/generation/check-head-kind";
import { sideDetailPenalties } from "@/lib/generation/check-side-details";
import { pointsOutside } from "@/lib/generation/check-stems";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findDatedEvents, makeMatching } from "@/lib/generation/make-timeline";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { personalPronounUnbound, pronounAgainstNames } from "@/lib/generation/resolve-person-pronouns";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import { draftQuestion, lettered } from "../support/draft-question";

// Our own articles and sentences, written for these tests: the kinds of question strict reviewers refused most.

const harbour = `The Harbour of Kessel

Ilse Varga was a ship's pilot who changed the harbour of Kessel. She grew up on the quays and learned the channels from her uncle.
Since the 1880s, the harbour had been run by a council of merchants. In 1901 Ilse Varga moved to the port of Kessel. Her brother Tomas Varga ran a shipping office there, and he hired her as a pilot. Tomas fell ill in 1905. Ilse ran his shipping office, and in 1907 she opened a school for pilots. The harbour workers went on strike, but they returned to work in 1911. The new lighthouse at Kessel was finished in 1915. A fire destroyed the old customs house in 1920. Ilse Varga retired in 1928, and she lived by the sea until her death.`;

// Names the article writes capitalised mid-sentence, so an item that opens on one reads it as a name.
const people = "The pilots were led by Ilse and Tomas, and the town knew Varga well.";

describe("timeline items stand apart from their sentences", () => {
  it("binds an item's 'his' or 'her' only to a name in it of that gender, or to the woman the article is about", () => {
    const genders: Record<string, "he" | "she"> = { Ilse: "she", Tomas: "he" };
    const genderOf = (word: string) => genders[word] ?? null;
    expect(personalPronounUnbound("Ilse ran his shipping office", genderOf, [], people)).toBe(true);
    expect(personalPronounUnbound("Tomas ran his shipping office", genderOf, [], people)).toBe(false);
    // A name of no known gender still binds; a capitalised first word the article never writes so mid-sentence names nobody.
    expect(personalPronounUnbound("Varga sold his boat", genderOf, [], people)).toBe(false);
    expect(personalPronounUnbound("Years at sea damaged her health", genderOf, [], people)).toBe(true);
    expect(personalPronounUnbound("Years at sea damaged her health", genderOf, ["she"], people)).toBe(false);
    expect(personalPronounUnbound("The old pilot sold his boat", genderOf, [], people)).toBe(false);
  });

  it("keeps an item or statement whose pronoun a person word before it, a possessive's person or the name after its opening phrase may stand for", () => {
    const genderOf = (word: string) => ({ Ilse: "she", Varga: "she", Tomas: "he" } as Record<string, "he" | "she">)[word] ?? null;
    for (const text of [
      "Ilse's brother lost his job at the quay",
      "Ilse married a fisherman and moved into his house",
      "Ilse hired a clerk who kept his books in order",
      "Ilse met the king, who gave her his ring",
      "Ilse bought Tomas's boat and his nets",
      "After his fall from the mast, Tomas left the sea",
      "During her years at sea, Ilse kept a log",
    ]) {
      expect(pronounAgainstNames(text, genderOf, people), text).toBe(false);
      expect(personalPronounUnbound(text, genderOf, [], people), text).toBe(false);
    }
    // Sure cases are still refused: only a woman named before "his", and no word for a man.
    expect(pronounAgainstNames("Ilse married and moved into his house", genderOf, people)).toBe(true);
    expect(pronounAgainstNames("Ilse met the queen and took his seat", genderOf, people)).toBe(true);
  });

  it("dates no event by the year of an aside that sits inside it ('The X, which opened in 1903, burned down')", () => {
    const text = "The Village of Brenn\n\nThe granary, which opened in 1903, burned down. The old forge, which was built in 1822, fell into the river. A stone bridge, which the monks designed, was finished in 1840.";
    const { sentences } = parseArticle(text);
    const texts = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => `${e.text} = ${e.date.text}`);
    expect(texts.some((t) => /burned down|fell into the river/.test(t))).toBe(false);
    // An aside without the date still goes, and the event keeps its own date.
    expect(texts).toContain("A stone bridge was finished = 1840");
  });

  it("dates no event by the year of a participle or bracket aside inside it (whole review 15-A)", () => {
    const text = "The Port of Skarn\n\nThe sea gate, finished in 1612 by Frisian builders, fell in a winter gale. The toll house, first planned in 1680, was burned by rebels. The chapel (opened in 1701) closed after a fire. The old quay, rebuilt twice, was paved in 1744.";
    const { sentences } = parseArticle(text);
    const texts = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => `${e.text} = ${e.date.text}`);
    expect(texts.some((t) => /fell in a winter gale|burned by rebels|closed after a fire/.test(t))).toBe(false);
    // Where the aside holds no date, the event keeps its own.
    expect(texts.some((t) => /paved = 1744$/.test(t))).toBe(true);
  });

  it("keeps the date of a main verb after a comma: a coordinated verb, or one after a closed aside (review 16 #4)", () => {
    const text = "The Brig Wren\n\nThe brig Wren left the harbour of Dorl, turned west past the cliffs and anchored off the isle of Mesk in 1731, where the crew dug a well. The fishermen, guided by the brig's mate, built the first pier in 1734, and the pier stood for a century.";
    const { sentences } = parseArticle(text);
    const texts = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => `${e.text} = ${e.date.text}`);
    expect(texts.some((t) => /anchored off the isle of Mesk = 1731$/.test(t))).toBe(true);
    expect(texts.some((t) => /built the first pier.* = 1734$/.test(t))).toBe(true);
  });

  it("dates no event by the year of a participle aside after a coordinated or opening clause (review 16 r2 #3)", () => {
    const text = "The Town of Pellow\n\nFarmers arrived, and the chapel, finished in 1820, was later burned. Trade grew, and the stone chapel, built in 1831 by local masons, burned down soon after. The tannery grew quickly, and its owner, elected mayor in 1824 by the guild, rebuilt the market hall. When the siege ended, the fort, abandoned in 1815, fell into ruin.";
    const { sentences } = parseArticle(text);
    const texts = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => `${e.text} = ${e.date.text}`);
    expect(texts).toEqual([]);
  });

  it("dates no event by the year of a closing 'which' clause, which says what happened to something else", () => {
    const text = "The Brenn Expedition\n\nThe mayor of Brenn announced the goal of reaching the northern pass within ten years, which happened in 1911. The first party left the village on 4 May 1909. The second party returned in 1910.";
    const { sentences } = parseArticle(text);
    const texts = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, []))).map((e) => `${e.text} = ${e.date.text}`);
    expect(texts.some((t) => /announced the goal/.test(t))).toBe(false);
    expect(texts.some((t) => /first party left/.test(t))).toBe(true);
  });

  it("dates no clause set against the one before it, and matches no state to the year it began", () => {
    const { sentences } = parseArticle(harbour);
    const events = findDatedEvents(sentences, sentences.map((s) => findSpans(s.text, s.start, [])));
    const texts = events.map((e) => e.text);
    expect(texts.some((t) => /went on strike/.test(t))).toBe(false);
    // "Not only …, but also …" is one clause, and its date stays.
    const { sentences: also } = parseArticle("The Charter\n\nNot only the reeve, but also the millers, signed the charter in 1342.");
    expect(findDatedEvents(also, also.map((s) => findSpans(s.text, s.start, []))).map((e) => e.date.text)).toEqual(["1342"]);
    expect(texts).toContain("The new lighthouse at Kessel was finished");
    // The council "since the 1880s" may be ordered, but "when it happened" has no answer for it.
    expect(texts.some((t) => /council of merchants/.test(t))).toBe(true);
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const matching = makeMatching(events, createRandom(seed), 1, 4);
      expect(matching?.options.some((o) => /council of merchants/.test(o.text))).toBe(false);
    }
  });

  it("shows no item or statement whose 'his' leans on a man the item does not name", () => {
    let timelines = 0;
    for (const seed of [1, 2, 3, 4]) {
      const { questions } = generateQuestions(harbour, { count: 12, seed });
      for (const q of questions) {
        if (q.type === "MATCHING" || q.type === "ORDERING") {
          timelines++;
          for (const o of q.options) expect(o.text).not.toMatch(/Ilse ran his/);
        }
        if (q.type === "TRUE_FALSE") expect(q.prompt).not.toMatch(/Ilse ran his/);
      }
    }
    expect(timelines).toBeGreaterThan(0);
  });

  it("finds a statement's 'his' against the only names before it, all of the other gender", () => {
    const genders: Record<string, "she"> = { Ilse: "she", Varga: "she" };
    const genderOf = (word: string) => genders[word] ?? null;
    expect(pronounAgainstNames("Ilse ran his shipping office and opened a school.", genderOf, people)).toBe(true);
    expect(pronounAgainstNames("Ilse ran her own school.", genderOf, people)).toBe(false);
    // No name before it: the statement may lean on the person the article is about, and is not refused here.
    expect(pronounAgainstNames("During the war she trained new pilots.", genderOf, people)).toBe(false);
    // A name of no known gender may be the one meant.
    expect(pronounAgainstNames("Ilse and Tomas ran his office.", genderOf, people)).toBe(false);
  });

  it("reads a statement's opening name as a name when the article writes it mid-sentence after a year, with or without the surname", () => {
    const genderOf = (word: string) => ({ Ilse: "she", Varga: "she", Tomas: "he" } as Record<string, "he" | "she">)[word] ?? null;
    // The harbour article writes "In 1901 Ilse Varga …": a statement opening on "Ilse" is read as naming her.
    expect(pronounAgainstNames("Ilse ran his shipping office, and in 1907 she opened a school for pilots.", genderOf, harbour)).toBe(true);
    expect(pronounAgainstNames("Then Ilse ran his shipping office.", genderOf, harbour)).toBe(true);
    // The first name alone after a figure or a semicolon; a capital only ever at a sentence's start is still no name.
    const alone = "The Quay\n\nBy 1890 Ilse knew every channel; Ilse sailed at dawn. Years later she left.";
    expect(pronounAgainstNames("Ilse took his boat out.", genderOf, alone)).toBe(true);
    expect(pronounAgainstNames("Years at sea took his boat.", genderOf, alone)).toBe(false);
  });
});

describe("a term key that holds of part of a class", () => {
  const penalties = (prompt: string, answerText: string, options: string[]) =>
    sideDetailPenalties(draftQuestion({ prompt, answerText, options: lettered(...options) }, { answerWhereFound: true }), "", "", false).map((p) => p.check);

  it("holds 'some _____' and '_____ are among the …' below the review line, not a key the sentence singles out", () => {
    expect(penalties("Salt spray can kill some _____ on the dunes.", "mosses", ["mosses", "grasses", "lichens"])).toContain("key-one-of-a-class");
    expect(penalties("Small frogs and tiny _____ are among the animals of the marsh.", "newts", ["newts", "snakes", "beetles"])).toContain("key-one-of-a-class");
    expect(penalties("The marsh is drained by _____ in late summer.", "windmills", ["windmills", "canals", "pumps"])).not.toContain("key-one-of-a-class");
    // "some" of one stuff is an amount, which the sentence singles out; "one of" inside a relative clause is said of another noun.
    expect(penalties("The reeds store some _____ in their roots.", "sugar", ["sugar", "salt", "chalk"])).not.toContain("key-one-of-a-class");
    expect(penalties("The pumps lift some _____ out of the dykes.", "water", ["water", "silt", "peat"])).not.toContain("key-one-of-a-class");
    expect(penalties("_____ give off the gas that is one of the smells of the marsh.", "Reeds", ["Reeds", "Mosses", "Sedges"])).not.toContain("key-one-of-a-class");
    // A Latin plural is a class ("some algae"); a disease ending in "-ia" is one thing.
    expect(penalties("The warm ponds feed some _____ in spring.", "algae", ["algae", "reeds", "ferns"])).toContain("key-one-of-a-class");
    expect(penalties("The settlers carried some _____ into the valley.", "malaria", ["malaria", "cholera", "typhus"])).not.toContain("key-one-of-a-class");
  });
});

describe("a definition asked of one of several", () => {
  it("asks no 'What is one common test called?', and still asks a named subject", () => {
    const { sentences } = parseArticle("Testing Salt\n\nMerchants tested salt in several ways. One common test is called the Varn scale. The harbour's crane is called the Heron.");
    const asked = findDefinitions(sentences).map((d) => d.question ?? "");
    expect(asked.some((q) => /one common test/i.test(q))).toBe(false);
    expect(asked).toContain("What is the harbour's crane called?");
    const { sentences: a } = parseArticle("Testing Salt\n\nMerchants tested salt in several ways. A common test is called the Varn scale.");
    expect(findDefinitions(a).map((d) => d.question ?? "").some((q) => /common test/i.test(q))).toBe(false);
  });
});

describe("options of the kind the key names", () => {
  const marsh = "The Marsh Defences\n\nThe marsh has two defences. The quick water system floods the low fields in spring. The slow water system drains them in autumn. Reeds and herons live along the dykes. Small birds called terns nest on the dunes. The grain that is left, called chaff, feeds the geese.";

  it("refuses options that are not of the key's own last word ('system') or of that kind by the article", () => {
    const q = draftQuestion({ prompt: "In spring the farmers open what is called the _____.", answerText: "quick water system", options: lettered("reeds", "quick water system", "herons", "slow water system") });
    expect(fitOptionsToHead(q, marsh)).toEqual(["a", "c"]);
    // A one-word key names no kind this way.
    const one = draftQuestion({ prompt: "Along the dykes live _____ and herons.", answerText: "reeds", options: lettered("reeds", "terns", "chaff") });
    expect(fitOptionsToHead(one, marsh)).toEqual([]);
  });

  it("keeps options of the right kind that do not end on the key's last word, and those the article lists with the key", () => {
    const mill = "The Mill\n\nThe grain passes the hopper, the feed shoe, the upper millstone and the lower millstone. The miller sweeps the floor. Above the hill slope lies the valley floor and the high ridge.";
    // No wrong option ends on "floor": nothing shows that the word names the kind asked for.
    const floor = draftQuestion({ prompt: "Below the slope lies the _____.", answerText: "valley floor", options: lettered("high ridge", "valley floor", "hill slope", "hopper") });
    expect(fitOptionsToHead(floor, mill)).toEqual([]);
    // "upper millstone" shows the kind; the parts listed with the key stay, the miller goes.
    const stone = draftQuestion({ prompt: "The grain is ground on the _____.", answerText: "lower millstone", options: lettered("hopper", "lower millstone", "upper millstone", "feed shoe", "miller") });
    expect(fitOptionsToHead(stone, mill)).toEqual(["e"]);
    // A whole word: "bicycle" does not end on "cycle".
    const cycle = draftQuestion({ prompt: "Rain and snow feed the _____.", answerText: "water cycle", options: lettered("water cycle", "rock cycle", "bicycle") });
    expect(fitOptionsToHead(cycle, mill)).toEqual(["c"]);
  });

  it("reads no kind from an adverb or 'one' before 'called'", () => {
    expect(headOfBlank("The river was always called _____.", "The river was always called the Tay.")).toBeNull();
    expect(headOfBlank("The one that survived, called _____, is kept in a barn.", "The one that survived is kept.")).toBeNull();
    // Any word in -s right after a verb, unless the article uses it as a noun.
    expect(headOfBlank("The pass is thus called _____.", "The pass is thus called the Gap.")).toBeNull();
    expect(headOfBlank("The hut was nowadays called _____.", "The hut was nowadays called the Lodge.")).toBeNull();
    expect(headOfBlank("There were birds called _____ on the dunes.", "The birds nest there. There were birds called terns on the dunes.")).toBe("birds");
  });

  it("reads the kind from 'small birds called _____' and 'the grain that is left, called _____'", () => {
    expect(headOfBlank("Small birds called _____ nest on the dunes.", marsh)).toBe("birds");
    expect(headOfBlank("The grain that is left, called _____, feeds the geese.", marsh)).toBe("grain");
    const grain = draftQuestion({ prompt: "The grain that is left, called _____, feeds the geese.", answerText: "chaff", options: lettered("chaff", "terns", "herons") });
    expect(fitOptionsToHead(grain, marsh)).toEqual(["b", "c"]);
  });
});

describe("an appositive that names a counted subject", () => {
  it("keeps 'the slow guard' after 'The second part', and still cuts an appositive after a name", () => {
    const { sentences } = parseArticle("The Town Guard\n\nThe guard had two parts. The second part, the slow guard, was smaller but better armed. Anna Vell, a baker from the hills, won the prize at the spring fair.");
    expect(trimToMainClause(sentences[1]!)?.text).toBe("The second part, the slow guard, was smaller but better armed.");
    expect(trimToMainClause(sentences[2]!)?.text).toBe("Anna Vell won the prize at the spring fair.");
  });

  it("cuts the clause hung on the end after the kept appositive, and names the set, so the stem check lets it pass", () => {
    const { sentences } = parseArticle("The Town Guard\n\nThe guard had two parts. The second part, a troop that rode at night, was led by Anna Vell, who came from the hills.");
    expect(trimToMainClause(sentences[1]!)?.text).toBe("The second part, a troop that rode at night, was led by Anna Vell.");
    expect(pointsOutside("The second part, the slow guard, was smaller but better armed.")).toBe(false);
    expect(pointsOutside("The second part was smaller but better armed.")).toBe(true);
  });
});
