import { describe, expect, it } from "vitest";
import { isUngrammatical, pointsOutside, stemFailure } from "@/lib/generation/check-stems";
import { denyStatement } from "@/lib/generation/negate-statement";
import { parseArticle } from "@/lib/generation/parse-article";
import { dangles, needsContext, resolvePerson } from "@/lib/generation/question-stems";
import { beginArticle, noteWordTags } from "@/lib/generation/seen-word-tags";
import { clippedList, trimToMainClause } from "@/lib/generation/trim-statement";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";

// Sentences and articles of our own, on invented topics: a stem or statement must stand on its own, with nothing in it
// pointing back to a sentence the student does not see, and must read as English.

describe("a person's pronoun needs a person named before it", () => {
  it("is refused when the only capitalised words before it are a number, a place after a preposition, a people or the other sex", () => {
    beginArticle();
    noteWordTags("Two", ["Value", "TextValue", "Cardinal"]);
    noteWordTags("Arnholt", ["ProperNoun", "Noun"]);
    noteWordTags("Velsians", ["ProperNoun", "Noun"]);
    noteWordTags("Tomas", ["Noun", "Person", "FirstName", "ProperNoun", "MaleName"]);
    noteWordTags("Brandt", ["ProperNoun", "Noun", "Person"]);
    expect(dangles("Two days before Arnholt he routed the raiders at the ford.")).toBe(true);
    expect(dangles("The arrival of the Velsians turned the battle against him.")).toBe(true);
    expect(dangles("Inspired by Tomas Brandt's survey, she mapped the whole coast.")).toBe(true);
    // A stem that opens on the pronoun names no one in a place after it.
    expect(dangles("She was born on _____ in Tarrow, Velland, where her uncle kept a forge.")).toBe(true);
  });

  it("stands when a person is named before it, however the tagger last read the name", () => {
    beginArticle();
    noteWordTags("Arnholt", ["ProperNoun", "Noun"]);
    noteWordTags("Rask", ["ProperNoun", "Noun", "Person"]);
    noteWordTags("Orsk", ["Verb", "PresentTense"]);
    expect(dangles("Two days before Arnholt, Rask routed the raiders and then he rested.")).toBe(false);
    expect(dangles("Orsk, who had lost her post, later moved to _____, where she taught.")).toBe(false);
    expect(dangles("Together with her brothers, Ada slipped away.")).toBe(false);
  });
});

describe("a place's 'there' needs the place named before it", () => {
  it("is refused when no place is named", () => {
    expect(dangles("Aldo took the crown there in _____ while Mira watched.")).toBe(true);
    expect(dangles("One night a ragged pedlar called _____ turns up and rents a loft there.")).toBe(true);
    // ("the college there": the "there" places the college somewhere the stem does not name.)
    expect(dangles("Girls could not study at the college there.")).toBe(true);
  });

  it("stands when the place is named, and for the 'there' of 'there was'", () => {
    expect(dangles("Aldo rode to Tarrow and took the crown there in _____.")).toBe(false);
    expect(dangles("The herders reached the high valley and camped there for the summer.")).toBe(false);
    expect(dangles("There were only _____ boats for the whole crew.")).toBe(false);
    expect(dangles("By 1700 there had been three fires in the old quarter.")).toBe(false);
  });
});

describe("'these' before a noun the stem never names", () => {
  it("is refused after 'of', which only the options may answer", () => {
    expect(pointsOutside("The tale is about a pair of these river traders, Oda and Pim.")).toBe(true);
  });

  it("stands for the options of a built question", () => {
    expect(pointsOutside("Which of these statements about the mill is true?")).toBe(false);
    expect(pointsOutside("Which of these is a metal?")).toBe(false);
  });
});

describe("a linking word that points back", () => {
  it("makes a stem dangle, and a sentence opening on it needs the one before", () => {
    expect(dangles("Shortly afterwards _____ dies of a fever.")).toBe(true);
    expect(dangles("The harvest failed in the third year, however.")).toBe(true);
    const [, second] = parseArticle("Pim sails home\n\nPim sails home in the spring with a cargo of salt. Shortly afterwards Old Bram dies of a fever.").sentences;
    expect(needsContext(second!)).toBe(true);
  });

  it("is dropped from a statement, which is as true without it", () => {
    const text = "The guild of Varn\n\nThe guild met every spring in the old hall. Meanwhile the royal fleet sailed north to the ice. The harvest failed in the third year, however.";
    const [, meanwhile, however] = parseArticle(text).sentences;
    expect(trimToMainClause(meanwhile!)?.text).toBe("The royal fleet sailed north to the ice.");
    expect(trimToMainClause(however!)?.text).toBe("The harvest failed in the third year.");
  });
});

describe("a built question's 'also'", () => {
  const asked = (prompt: string) => ({ type: "FILL_BLANK", prompt, answerText: "Varn", source: { sentence: "The earl also faced a raid from Varn." } }) as unknown as GeneratedQuestion;

  it("is refused: it points to a first one the question does not name, which answers it too", () => {
    expect(stemFailure(asked("From where did the earl also face a raid?"))).toBe("stem-dangles");
  });

  it("stands when it asks for another name, or in a sentence shown before the question", () => {
    expect(stemFailure(asked("What is the peak also called?"))).toBeNull();
    expect(stemFailure(asked("Who was the queen's stepson as well as her nephew?"))).toBeNull();
    expect(stemFailure(asked("Rivers carve valleys, and glaciers carve them too. What are such valleys called?"))).toBeNull();
  });
});

describe("a statement cut so that it no longer reads as English", () => {
  it("is never a list of what one subject did with its 'and' cut away", () => {
    expect(clippedList("Queen Ilsa founded a school of music, set up a library for the town.")).toBe(true);
    expect(clippedList("Queen Ilsa founded a school of music, set up a library, and paved the roads.")).toBe(false);
    expect(clippedList("The army, led by Queen Ilsa, crossed the river.")).toBe(false);
    const [, sentence] = parseArticle(
      "Queen Ilsa\n\nQueen Ilsa ruled Varn for thirty years. Queen Ilsa founded a school of music, set up a library for the town, and had the old roads paved with stone.",
    ).sentences;
    const trimmed = trimToMainClause(sentence!)?.text;
    expect(trimmed === undefined || /, and had the old roads/.test(trimmed)).toBe(true);
  });

  it("never ends on a 'so' with no clause after it", () => {
    const [, sentence] = parseArticle(
      "Light\n\nLight travels in straight lines. Light can pass through glass and water, but not through stone, so in a cave, where no lamp burns, there is no light.",
    ).sentences;
    const trimmed = trimToMainClause(sentence!)?.text ?? "";
    expect(trimmed).not.toMatch(/, so in a cave\.$/);
  });

  it("denies the real verb when the tagger misread 'had'", () => {
    expect(denyStatement("Duke Otto the Bold had Brother Tam hidden in the old mill.").text).toBe("Duke Otto the Bold did not have Brother Tam hidden in the old mill.");
  });

  it("refuses a built question ending on a joining word", () => {
    expect(isUngrammatical("Who reaches the camp first and?")).toBe(true);
  });
});

describe("'Who' only for a person", () => {
  it("is refused for a word the article writes in lower case and never as a name", () => {
    beginArticle();
    noteWordTags("Loudness", ["ProperNoun", "Noun", "Singular"]);
    noteWordTags("loudness", ["Noun", "Singular"]);
    noteWordTags("Tamsin", ["Noun", "Person", "FirstName", "FemaleName"]);
    const question = (prompt: string, answerText: string) =>
      ({ type: "FILL_BLANK", prompt, answerText, source: { sentence: `${answerText} depends on the size of the waves.` } }) as unknown as GeneratedQuestion;
    expect(stemFailure(question("Who depends on the size of the waves?", "Loudness"))).toBe("stem-ungrammatical");
    expect(stemFailure(question("Who led the choir at the fair?", "Tamsin"))).toBeNull();
  });
});

describe("a sure referent is written in", () => {
  it("names the article's person for an opening 'She' even when a place shares her first name", () => {
    const text = "She was born on 4 March 1861 in Sydney, New South Wales, where her parents ran a bakery.";
    const sentence: Sentence = { ...parseArticle(`Title\n${text}`).sentences[0]!, person: { name: "Sydney Marsh", pronoun: "she" } };
    expect(resolvePerson("She was born on _____ in Sydney, New South Wales, where her parents ran a bakery.", sentence)).toBe(
      "Sydney Marsh was born on _____ in Sydney, New South Wales, where her parents ran a bakery.",
    );
    // In an article about her, her pronoun after men's names only is hers, unless the sentence before named someone else.
    beginArticle();
    noteWordTags("Tomas", ["Noun", "Person", "FirstName", "ProperNoun", "MaleName"]);
    noteWordTags("Brandt", ["ProperNoun", "Noun", "Person"]);
    noteWordTags("Ilse", ["Noun", "Person", "FirstName", "ProperNoun", "FemaleName"]);
    const inArticle = (othersBefore: boolean): Sentence => ({ ...sentence, person: undefined, titlePerson: { name: "Sydney Marsh", pronoun: "she", othersBefore } });
    expect(resolvePerson("Tomas Brandt, a friend of hers, asked her to survey the bay.", inArticle(false))).toBe("Tomas Brandt, a friend of Sydney Marsh's, asked her to survey the bay.");
    expect(resolvePerson("Tomas Brandt, a friend of hers, asked her to survey the bay.", inArticle(true))).toBe("Tomas Brandt, a friend of hers, asked her to survey the bay.");
    expect(resolvePerson("Ilse Brandt, a friend of hers, asked her to survey the bay.", inArticle(false))).toBe("Ilse Brandt, a friend of hers, asked her to survey the bay.");
    // A later pronoun after a word of the name is left alone: the stem may name her already.
    expect(resolvePerson("In 1885 Sydney moved to Hobart, where she worked.", { ...sentence, text: "In 1885 Sydney moved to Hobart, where she worked." })).toBe(
      "In 1885 Sydney moved to Hobart, where she worked.",
    );
  });
});
