import { describe, expect, it } from "vitest";
import { countOfPeopleInAScene } from "@/lib/generation/check-people-counts";
import { framingSwapPenalty } from "@/lib/generation/check-statement-faults";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { BLANK } from "@/lib/generation/blank";
import { draftQuestion } from "../support/draft-question";

// Invented: a short story's scenes and cast, and sentences where the count is the point.
const STORY_TITLE = "The Lantern on the Pier";
const story =
  "The Lantern on the Pier\n\nThe Lantern on the Pier is a short story by Idris Morrow. Four boys are fishing off the end of the pier when the wind rises. " +
  "Tam is one of seven children. Out at sea, the captain sails with twelve sailors through the storm.";
function count(sentence: string, key: string, articleText = story, title = STORY_TITLE): boolean {
  return countOfPeopleInAScene(sentence, sentence.indexOf(key) + key.length, key, articleText, title);
}

describe("a count of people in a story's scene or cast is a side detail (judges: 'How many boys …')", () => {
  it("reads the count of a scene's people and of a family", () => {
    expect(count("Four boys are fishing off the end of the pier when the wind rises.", "Four")).toBe(true);
    expect(count("Out at sea, the captain sails with twelve sailors through the storm.", "twelve")).toBe(true);
    expect(count("Tam is one of seven children.", "seven")).toBe(true);
    expect(count("The old queen had three young daughters.", "three")).toBe(true);
  });

  it("leaves a count that is the article's point: a toll, the title's group, a founding, a count told twice", () => {
    expect(count("The ferry struck a sandbank, and nine passengers drowned.", "nine")).toBe(false);
    expect(count("Three sisters ran the inn for forty years.", "Three", story, "The Three Sisters of Harl Inn")).toBe(false);
    expect(count("In 1913 three students passed the entrance exam.", "three", story, "The First Women Students of Orlen University")).toBe(false);
    expect(count("Five friends founded the Orlen Rowing Club in 1871.", "Five", story, "The Orlen Rowing Club")).toBe(false);
    const twice = `${story} The twelve sailors came home safe.`;
    expect(count("Out at sea, the captain sails with twelve sailors through the storm.", "twelve", twice)).toBe(false);
  });

  it("leaves a count of the people one of whom the title names", () => {
    expect(count("Four boys are fishing off the end of the pier when the wind rises.", "Four", story, "The Boy Who Swam the Tarn")).toBe(false);
    expect(count("Three thieves hid in the loft of the mill.", "Three", story, "The Thief of Marrow Mill")).toBe(false);
    expect(count("Two wives kept the inn while the men were at sea.", "Two", story, "The Fisherman's Wife")).toBe(false);
    // (A title naming something else still leaves the count a side detail.)
    expect(count("Three thieves hid in the loft of the mill.", "Three", story, "The Mill at Marrow")).toBe(true);
  });

  it("reads no count of things, of large crowds, or of measures", () => {
    expect(count("Four boats are tied up at the end of the pier.", "Four")).toBe(false);
    expect(count("About 300 villagers watched from the shore.", "300")).toBe(false);
    expect(count("The storm lasted nine hours.", "nine")).toBe(false);
  });

  it("holds the blank below the review line, and a false statement that swaps the count", () => {
    const sentence = "Four boys are fishing off the end of the pier when the wind rises.";
    const blank = draftQuestion({ prompt: sentence.replace("Four", BLANK), answerText: "Four", source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: 4 } } }, { keyKind: "number" });
    const held = triviaPenalties(blank, story, STORY_TITLE, false).find((p) => p.check === "count-of-people-in-a-scene");
    expect(held).toMatchObject({ belowReviewLine: true });
    const crew = "Out at sea, the captain sails with twelve sailors through the storm.";
    const tf = draftQuestion({ type: "TRUE_FALSE", prompt: crew.replace("twelve", "fourteen"), answerText: "False", options: [{ id: "true", text: "True" }, { id: "false", text: "False" }], source: { sentence: crew, start: 0, end: crew.length, answer: { start: 0, end: crew.length } } }, { keyKind: "statement" });
    expect(framingSwapPenalty(tf, STORY_TITLE, story)?.check).toBe("count-of-people-in-a-scene");
  });
});
