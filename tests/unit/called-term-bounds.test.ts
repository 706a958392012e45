import { describe, expect, it } from "vitest";
import { keyInsideSetPhrase } from "@/lib/generation/check-sentence-point";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { findSpans } from "@/lib/generation/find-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented for these tests: how a beehive guards itself.
const HIVE = `Guarding the Hive

Bees keep their hive safe in many ways. Guard bees stand at the door and smell each visitor. If wasps do get inside, the guards strike hard with what is called the sting reflex system. Small workers called scouts search the fields for flowers. Larger bees called drones mate with the queen. Big ships called treasure barges, were slow. Two kinds of worker bees, called nurses and builders, share the inside work. N bees feed the larvae, and K bees build the comb. Nurse worker bees visit each cell many times a day.`;

const termsOf = (sentence: string) => findSpans(sentence).filter((s) => s.type === "TERM").map((s) => s.text);

describe("a term after 'called' ends where its noun phrase ends", () => {
  it("leaves the sentence's verb outside the term", () => {
    expect(termsOf("Small workers called scouts search the fields for flowers.")).toEqual(["scouts"]);
    // The tagger reads "mate" as a noun here; a plural noun opens no compound.
    expect(termsOf("Larger bees called drones mate with the queen.")).toEqual(["drones"]);
  });

  it("cuts a verb's -s form after a singular word, and keeps a plural noun there", () => {
    expect(termsOf("A warm wind called the vendral blows cold dust over the hives.")).toEqual(["vendral"]);
    expect(termsOf("A dry wind called the vendral sweeps cold dust off the fields.")).toEqual(["vendral"]);
    expect(termsOf("Thin tubes called comb hairs take up the wax.")).toEqual(["comb hairs"]);
  });

  it("keeps a two-word term that ends its clause, whatever the tag of its last word", () => {
    expect(termsOf("Big ships called treasure barges, were slow.")).toEqual(["treasure barges"]);
    expect(termsOf("Cold water near the floor is called bottom water.")).toEqual(["bottom water"]);
  });

  it("ends the term before a preposition, adverb or conjunction that opens a phrase after it", () => {
    // "across" ends in -s, so the plural-then-bare rule let it into the key, and "burhs" was refused as an answer.
    expect(termsOf("The old queen raised a ring of walled villages called burhs across the northern hills.")).toEqual(["burhs"]);
    expect(termsOf("A cold wind called the vendral often sweeps the valley.")).toEqual(["vendral"]);
    expect(termsOf("The guards used a horn called the blare whenever raiders came.")).toEqual(["blare"]);
  });

  it("takes in the head noun that follows the match, and takes no term where a second noun follows it", () => {
    expect(termsOf("If wasps do get inside, the guards strike hard with what is called the sting reflex system.")).toEqual(["sting reflex system"]);
    expect(termsOf("The guards strike with what is called the sting reflex system cells.")).toEqual([]);
  });

  it("lets a short head end the term ('hive gum'), but not a short word of another kind", () => {
    expect(termsOf("On cold days the bees seal the cracks with a paste called hive gum.")).toEqual(["hive gum"]);
    expect(termsOf("Two kinds of worker bees, called nurses and builders, share the inside work.")).toEqual(["nurses"]);
  });

  it("never asks for the verb with the term", () => {
    const questions = generateQuestions(HIVE, { count: 20, keepUnsure: true }).questions;
    const keys = questions.map((q) => q.answerText);
    expect(keys).not.toContain("scouts search");
    expect(keys).not.toContain("drones mate");
    expect(keys).not.toContain("sting reflex");
  });
});

describe("the 'is called' definition takes a noun phrase as what is called", () => {
  it("refuses a subject holding 'what' or a clause set off by a comma", () => {
    const article = parseArticle("The Hive\n\nThe guards strike hard with what is called the sting. The old queen left, so the new hive is called a swarm.");
    expect(findDefinitions(article.sentences)).toEqual([]);
  });

  it("keeps an opening phrase with no verb before the comma", () => {
    const article = parseArticle("The Hive\n\nDeep inside the hive, the wax rooms are called cells.");
    expect(findDefinitions(article.sentences).map((d) => d.term)).toEqual(["cells"]);
  });
});

describe("a one-word key inside a term the article uses as a unit", () => {
  const at = (sentence: string, key: string, from = 0) => [sentence, sentence.indexOf(key, from), sentence.indexOf(key, from) + key.length] as const;

  it("is refused after a lone capital letter or beside a word that recurs with it", () => {
    expect(keyInsideSetPhrase(...at("N bees feed the larvae.", "bees"), "bees", HIVE)).toBe(true);
    expect(keyInsideSetPhrase(...at("Two kinds of worker bees, called nurses and builders, share the work.", "bees"), "bees", HIVE)).toBe(true);
    expect(keyInsideSetPhrase(...at("Nurse worker bees visit each cell.", "worker"), "worker", HIVE)).toBe(true);
  });

  it("is kept where it names one of two kinds the article contrasts ('_____ ions' beside 'salt ions')", () => {
    const tank = "Water Tanks\n\nLime ions make water hard. Salt ions make it taste of the sea. A filter takes lime ions out, but salt ions pass through it.";
    const sentence = "A filter takes lime ions out, but salt ions pass through it.";
    expect(keyInsideSetPhrase(...at(sentence, "lime"), "lime", tank)).toBe(false);
    // With no rival kind named as often, the head gives the phrase away.
    const plain = "Water Tanks\n\nLime ions make water hard. A filter takes lime ions out. Salt ions pass through it.";
    expect(keyInsideSetPhrase(...at("A filter takes lime ions out.", "lime"), "lime", plain)).toBe(true);
  });

  it("is kept when the word beside it is a plain word or stands with it only once", () => {
    expect(keyInsideSetPhrase(...at("Guard bees stand at the door.", "door"), "door", HIVE)).toBe(false);
    expect(keyInsideSetPhrase(...at("Larger bees called drones mate with the queen.", "drones"), "drones", HIVE)).toBe(false);
    expect(keyInsideSetPhrase(...at("A bee keeps the hive safe.", "bee"), "bee", HIVE)).toBe(false);
  });

  it("is kept beside a verb that recurs with it ('release _____' beside 'release oxygen' twice)", () => {
    const pond = "Pond Weed\n\nPond weeds release oxygen into the water. At night the weeds use some of it, but by day their leaves release oxygen again. Fish breathe it.";
    const sentence = "Pond weeds release oxygen into the water.";
    expect(keyInsideSetPhrase(...at(sentence, "oxygen"), "oxygen", pond)).toBe(false);
    // A noun beside it that recurs with it still makes the unit.
    const tank = "Pond Weed\n\nThe oxygen pump runs all night. An oxygen pump is cheap. The pump moves air.";
    expect(keyInsideSetPhrase(...at("The oxygen pump runs all night.", "oxygen"), "oxygen", tank)).toBe(true);
  });
});
