import { describe, expect, it } from "vitest";
import {
  birthName,
  countOfOthers,
  dateInTrailingWhileClause,
  dateOfATribute,
  homeOfTheActors,
  placeMovedToOrSetOutFrom,
  startOfAState,
  yearBesideItsPoint,
} from "@/lib/generation/check-trailing-details";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { BLANK } from "@/lib/generation/make-cloze";
import type { KeyKind } from "@/lib/generation/types";
import { draftQuestion, lettered as opts } from "../support/draft-question";

// Our own sentences, about an invented river town and its people, written for these tests.
const at = (sentence: string, key: string) => [sentence, sentence.indexOf(key), sentence.indexOf(key) + key.length] as const;
const checks = (sentence: string, key: string, keyKind: KeyKind, title: string, type: "MULTIPLE_CHOICE" | "TRUE_FALSE" = "MULTIPLE_CHOICE", answerText = key) =>
  triviaPenalties(
    draftQuestion(
      { type, prompt: type === "TRUE_FALSE" ? sentence : sentence.replace(key, BLANK), answerText, options: type === "TRUE_FALSE" ? opts("True", "False") : [], source: { sentence, start: 0, end: sentence.length, answer: { start: sentence.indexOf(key), end: sentence.indexOf(key) + key.length } } },
      { keyKind },
    ),
    sentence,
    title,
  ).map((p) => p.check);

describe("keys in what a sentence adds after its point", () => {
  it("reads a date in a trailing 'while' clause about someone else, not one about the title's subject or in the main clause", () => {
    const s = "The ferry lost most of its trade, and two boatmen were fined, while the mayor's barn burned down in March 1902.";
    expect(dateInTrailingWhileClause(s, s.indexOf("March"), "The Kellby Ferry")).toBe(true);
    const own = "The town grew quickly, while the ferry itself was rebuilt in March 1902.";
    expect(dateInTrailingWhileClause(own, own.indexOf("March"), "The Kellby Ferry")).toBe(false);
    const main = "The mayor's barn burned down in March 1902, while the ferry kept running.";
    expect(dateInTrailingWhileClause(main, main.indexOf("March"), "The Kellby Ferry")).toBe(false);
  });

  it("reads the year a state began, said after the main clause, unless the state is the title subject's own", () => {
    const s = "The island of Vell, which has no harbour, has also been given two seats since 1931 by a later act.";
    expect(startOfAState(s, s.indexOf("1931"), "The Kellby Council")).toBe(true);
    const truce = "The towns signed a pact in 1880, ending the feud that had lasted since 1841.";
    expect(startOfAState(truce, truce.indexOf("1841"), "The Pact of 1880")).toBe(true);
    // The title's subject in a state since that date: its own story.
    const own = "The ferry had crossed the river daily since 1841.";
    expect(startOfAState(own, own.indexOf("1841"), "The Kellby Ferry")).toBe(false);
    // "since" giving a reason, and a plain date of an event.
    const reason = "The mill closed in 1841, since the river had silted up.";
    expect(startOfAState(reason, reason.indexOf("1841"), "The Kellby Mill")).toBe(false);
  });

  it("reads a year the sentence calls long after the matter, or one in a reason hung on a claim, not one tied to an event", () => {
    expect(yearBesideItsPoint(...at("The town's nickname is recent, since it was coined by a visiting poet in 1902, long after the mills had gone.", "1902"))).toBe(true);
    expect(yearBesideItsPoint(...at("The nickname is recent: a poet coined it in 1902, long after the mills had gone.", "1902"))).toBe(true);
    expect(yearBesideItsPoint(...at("The ballad was probably written around 1902, not long after the flood.", "1902"))).toBe(false);
    expect(yearBesideItsPoint(...at("The nickname is recent, since a poet coined it in 1902.", "1902"))).toBe(true);
    expect(yearBesideItsPoint(...at("A poet coined the nickname in 1902.", "1902"))).toBe(false);
  });

  it("reads a count of the others beside the one the sentence is about, not a count of the things themselves", () => {
    expect(countOfOthers(...at("The keeper told her and four other boatmen to wait on the bank.", "four"))).toBe(true);
    expect(countOfOthers(...at("Four boatmen waited on the bank.", "Four"))).toBe(false);
    // "the other _____" points back to things named, a check of its own.
    expect(countOfOthers(...at("She had read the other four chapters.", "four"))).toBe(false);
  });

  it("reads a birth name, not a birthplace", () => {
    const s = "She was born Ellen Mara Voss in Kellby on 3 May 1840.";
    expect(birthName(s, s.indexOf("Ellen"))).toBe(true);
    const named = "His birth name was Tomas Brell.";
    expect(birthName(named, named.indexOf("Tomas"))).toBe(true);
    expect(birthName(s, s.indexOf("Kellby"))).toBe(false);
  });

  it("reads a place someone later moved to or set out from, not where the sentence's action goes", () => {
    const moved = "Voss, who had sold the ferry by then, later moved to Arnholt, and she is still called the queen of the river.";
    expect(placeMovedToOrSetOutFrom(moved, moved.indexOf("Arnholt"))).toBe(true);
    const setOut = "The keeper shut the lock, so that the crew might meet the owner, due to sail over from Brell.";
    expect(placeMovedToOrSetOutFrom(setOut, setOut.indexOf("Brell"))).toBe(true);
    const fled = "Many of the boatmen fled to Arnholt when the river froze.";
    expect(placeMovedToOrSetOutFrom(fled, fled.indexOf("Arnholt"))).toBe(false);
    const came = "The first ferry came from Brell.";
    expect(placeMovedToOrSetOutFrom(came, came.indexOf("Brell"))).toBe(false);
  });

  it("reads the home town of the people a sentence is about inside its subject, not the title's place or where they went", () => {
    const s = "On a wet spring day in 1911, two sisters from Arnholt, Westmarch, flew a glider over the river.";
    expect(homeOfTheActors(s, s.indexOf("Arnholt"), s.indexOf("Arnholt") + 7, "Arnholt", "The First Glider at Kellby")).toBe(true);
    expect(homeOfTheActors(s, s.indexOf("Arnholt"), s.indexOf("Arnholt") + 7, "Arnholt", "Arnholt and Its Gliders")).toBe(false);
    const went = "The next year the sisters brought settlers from Arnholt to the valley.";
    expect(homeOfTheActors(went, went.indexOf("Arnholt"), went.indexOf("Arnholt") + 7, "Arnholt", "The First Glider at Kellby")).toBe(false);
  });

  it("reads the year of a later tribute, not the year of the deed", () => {
    expect(dateOfATribute(...at("Her ferry was never rebuilt, but around 1990 the town named a bridge after her.", "1990"))).toBe(true);
    expect(dateOfATribute(...at("In 1990 the town built a new bridge, and later a street was named after her.", "1990"))).toBe(false);
  });

  it("holds the question below the review line, and a false statement made by changing the span, but not a true copy", () => {
    const s = "The ferry lost most of its trade, and two boatmen were fined, while the mayor's barn burned down in March 1902.";
    expect(checks(s, "March 1902", "date", "The Kellby Ferry")).toContain("date-in-trailing-while-clause");
    expect(checks(s, "March 1902", "date", "The Kellby Ferry", "TRUE_FALSE", "False")).toContain("date-in-trailing-while-clause");
    expect(checks(s, "March 1902", "date", "The Kellby Ferry", "TRUE_FALSE", "True")).not.toContain("date-in-trailing-while-clause");
    expect(checks("The keeper told her and four other boatmen to wait on the bank.", "four", "number", "The Kellby Ferry")).toContain("count-of-others");
    expect(checks("She was born Ellen Mara Voss in Kellby on 3 May 1840.", "Ellen Mara Voss", "name", "The Kellby Ferry")).toContain("birth-name");
  });

  it("lets a count stand in a sentence whose 'since' says when, not why (the point there is the count)", () => {
    const s = "The island of Vell has been given two seats since 1931.";
    expect(checks(s, "two", "number", "The Kellby Council")).not.toContain("number-in-reason");
    expect(checks("The island of Vell was given two seats, since its people had paid the toll.", "two", "number", "The Kellby Council")).toContain("number-in-reason");
  });
});
