import { describe, expect, it } from "vitest";
import {
  birthName,
  countOfOthers,
  dateInTrailingWhileClause,
  dateOfATribute,
  homeOfTheActors,
  placeMovedToOrSetOutFrom,
  sinceGivesReason,
  startOfAState,
  yearBesideItsPoint,
} from "@/lib/generation/check-trailing-details";
import { dateInList } from "@/lib/generation/check-sentence-point";
import { boundInsideClause } from "@/lib/generation/check-passing-details";
import { isArticleSubject, titleStems } from "@/lib/generation/title-words";
import { triviaPenalties } from "@/lib/generation/check-trivia";
import { BLANK } from "@/lib/generation/blank";
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
    false,
  ).map((p) => p.check);

describe("keys in what a sentence adds after its point", () => {
  it("reads a date in a trailing 'while' clause about someone else, not one about the article's subject or in the main clause", () => {
    const s = "The ferry lost most of its trade, and two boatmen were fined, while the mayor's barn burned down in March 1902.";
    expect(dateInTrailingWhileClause(s, s.indexOf("March"), "The Kellby Ferry")).toBe(true);
    const own = "The town grew quickly, while the ferry itself was rebuilt in March 1902.";
    expect(dateInTrailingWhileClause(own, own.indexOf("March"), "The Kellby Ferry")).toBe(false);
    const main = "The mayor's barn burned down in March 1902, while the ferry kept running.";
    expect(dateInTrailingWhileClause(main, main.indexOf("March"), "The Kellby Ferry")).toBe(false);
    // A pronoun or a class noun standing for the subject: its own date, the point.
    const she = "Vera Lind won the river race in 1890, while she became the first woman pilot of the ferry in 1896.";
    expect(dateInTrailingWhileClause(she, she.indexOf("1896"), "Vera Lind")).toBe(false);
    // A short title word ("War") and a year count as the title's words.
    const war = "The truce was signed in May 1702, while the war itself had begun in June 1699.";
    expect(dateInTrailingWhileClause(war, war.indexOf("June"), "The Salt War")).toBe(false);
    const year = "The truce was signed in May 1702, while the fighting had begun in June 1699.";
    expect(dateInTrailingWhileClause(year, year.indexOf("June"), "The Feud of 1699")).toBe(false);
    // The event's other half ("…, while the south invaded …"): it repeats the main clause's deed.
    const half = "The northern clans invaded Vell, while the southern fleet invaded from the sea on 3 May 1702.";
    expect(dateInTrailingWhileClause(half, half.indexOf("3 May"), "The Raid on Vell")).toBe(false);
  });

  it("reads the year someone else's state began, not the article subject's own", () => {
    const s = "The island of Vell, which has no harbour, has also been given two seats since 1931 by a later act.";
    expect(startOfAState(...at(s, "1931"), "The Kellby Council")).toBe(true);
    const truce = "The towns signed a pact in 1880, ending the feud that had lasted since 1841.";
    expect(startOfAState(...at(truce, "1841"), "The Pact of 1880")).toBe(true);
    const own = "The ferry had crossed the river daily since 1841.";
    expect(startOfAState(...at(own, "1841"), "The Kellby Ferry")).toBe(false);
    // "The country", "It": the subject without its name.
    const country = "The country has been a free state since 1931.";
    expect(startOfAState(...at(country, "1931"), "Vellmark")).toBe(false);
    const it = "It has been a protected site since 1931.";
    expect(startOfAState(...at(it, "1931"), "The Kellby Ferry")).toBe(false);
    // The title named after the verb: joining it is the title's story.
    const member = "Vell has been a member of the Northern League since 1931.";
    expect(startOfAState(...at(member, "1931"), "The Northern League")).toBe(false);
  });

  it("reads a year a sentence about a name gives long after the matter, or in a reason hung on that claim", () => {
    expect(yearBesideItsPoint(...at("The town's nickname is recent, since it was coined by a visiting poet in 1902, long after the mills had gone.", "1902"))).toBe(true);
    expect(yearBesideItsPoint(...at("The nickname is recent: a poet coined it in 1902, long after the mills had gone.", "1902"))).toBe(true);
    expect(yearBesideItsPoint(...at("The nickname is recent, since a poet coined it in 1902.", "1902"))).toBe(true);
    expect(yearBesideItsPoint(...at("A poet coined the nickname in 1902.", "1902"))).toBe(false);
    // An event's own date with a comparison added is its point.
    expect(yearBesideItsPoint(...at("Kellby freed its serfs in 1802, decades before the other river towns did.", "1802"))).toBe(false);
    // After a perfect tense, "since" tells when, not why.
    expect(yearBesideItsPoint(...at("The name has been used ever more, since the mills were closed in 1902.", "1902"))).toBe(false);
  });

  it("reads a count of the others beside one named, not a count of the others that is the point", () => {
    expect(countOfOthers(...at("The keeper told her and four other boatmen to wait on the bank.", "four"))).toBe(true);
    expect(countOfOthers(...at("By 1902, twelve other towns had followed Kellby in building a ferry.", "twelve"))).toBe(false);
  });

  it("reads a birth name, not a birthplace or a 'first-born' child", () => {
    const s = "She was born Ellen Mara Voss in Kellby on 3 May 1840.";
    expect(birthName(s, s.indexOf("Ellen"))).toBe(true);
    const named = "His birth name was Tomas Brell.";
    expect(birthName(named, named.indexOf("Tomas"))).toBe(true);
    expect(birthName(s, s.indexOf("Kellby"))).toBe(false);
    const child = "Her first-born Tomas took over the ferry.";
    expect(birthName(child, child.indexOf("Tomas"))).toBe(false);
  });

  it("reads a place someone later moved to in the middle of the sentence, or set out from in a purpose clause, not a move that is the point", () => {
    const moved = "Voss, who had sold the ferry by then, later moved to Arnholt, and she is still called the queen of the river.";
    expect(placeMovedToOrSetOutFrom(...at(moved, "Arnholt"), "The Kellby Ferry")).toBe(true);
    const setOut = "The keeper shut the lock so that the crew could wait for the owner to sail over from Brell.";
    expect(placeMovedToOrSetOutFrom(...at(setOut, "Brell"), "The Kellby Ferry")).toBe(true);
    // The move that ends the sentence, the title's place, a capital moved: the point.
    const last = "Voss was born in Kellby in 1840 and later moved to Arnholt.";
    expect(placeMovedToOrSetOutFrom(...at(last, "Arnholt"), "Ellen Voss")).toBe(false);
    expect(placeMovedToOrSetOutFrom(...at(moved, "Arnholt"), "Arnholt")).toBe(false);
    const capital = "The council, which had met in Kellby, later moved to Arnholt, and it never met in Kellby again.";
    expect(placeMovedToOrSetOutFrom(...at(capital, "Arnholt"), "The River Towns")).toBe(true);
    const seat = "The seat of the council later moved to Arnholt, and it never met in Kellby again.";
    expect(placeMovedToOrSetOutFrom(...at(seat, "Arnholt"), "The River Towns")).toBe(false);
    // A journey told with a finite verb after an opening phrase is the sentence's event.
    const sailed = "In May 1702, the owner set out to sail over from Brell with three barges.";
    expect(placeMovedToOrSetOutFrom(...at(sailed, "Brell"), "The Kellby Ferry")).toBe(false);
  });

  it("reads the home town of a pair a sentence is about inside its subject, not a group's origin or the title's place", () => {
    const s = "On a wet spring day in 1911, two sisters from Arnholt, Westmarch, flew a glider over the river.";
    expect(homeOfTheActors(...at(s, "Arnholt"), "Arnholt", "The First Glider at Kellby")).toBe(true);
    expect(homeOfTheActors(...at(s, "Arnholt"), "Arnholt", "Arnholt and Its Gliders")).toBe(false);
    // Where a group came from is their story.
    const group = "Settlers from Arnholt founded Kellby in 1620.";
    expect(homeOfTheActors(...at(group, "Arnholt"), "Arnholt", "Kellby")).toBe(false);
    const came = "Two brothers from Arnholt came north to work the ferry.";
    expect(homeOfTheActors(...at(came, "Arnholt"), "Arnholt", "The Kellby Ferry")).toBe(false);
  });

  it("reads the year of a later tribute, not a year followed by 'after her …' in time, nor a tribute that is the subject", () => {
    expect(dateOfATribute(...at("Her ferry was never rebuilt, but around 1990 the town named a bridge after her.", "1990"), "Vera Lind")).toBe(true);
    expect(dateOfATribute(...at("In 1990 the town built a new bridge, and later a street was named after her.", "1990"), "Vera Lind")).toBe(false);
    expect(dateOfATribute(...at("Vera was named warden of the lock in 1890 after her father died.", "1890"), "Vera Lind")).toBe(false);
    expect(dateOfATribute(...at("In 1890, the council named the bridge after him.", "1890"), "The Kellby Bridge")).toBe(false);
    expect(dateOfATribute(...at("In 1890, the council named the bridge after him.", "1890"), "Tomas Brell")).toBe(true);
    // The name given is the honoured one's own: still a tribute.
    expect(dateOfATribute(...at("The barge sank, but in 1990 the town named a ferry \"Lind\" after her.", "1990"), "Vera Lind")).toBe(true);
  });

  it("reads a pair of years as a pair, but a period's two ends and a year beside a count as facts", () => {
    expect(dateInList(...at("The fair was held twice, in 1801 and 1807.", "1807"))).toBe(true);
    expect(dateInList(...at("The keeper died around 1801 or 1802.", "1801"))).toBe(true);
    expect(dateInList(...at("The mill ground barley between the years 1781 and 1839.", "1839"))).toBe(false);
    expect(dateInList(...at("The castle changed hands between c. 1781 and 1839.", "1839"))).toBe(false);
    // The first end of a period written "c." is an end too, not one of a pair.
    expect(dateInList(...at("The fort was held between c. 1405 and 1452.", "1405"))).toBe(false);
    expect(dateInList(...at("The kiln burned lime from c. 1405 to 1452.", "1405"))).toBe(false);
    expect(dateInList(...at("The town was founded in 1630 and 1000 settlers came within a year.", "1630"))).toBe(false);
  });

  it("reads a year that bounds a state before the clause's subject, later in the sentence", () => {
    expect(boundInsideClause(...at("Kell had dug for years, and by 1911 his backer, Lord Brell, was ready to stop paying.", "1911"))).toBe(true);
    expect(boundInsideClause(...at("By 1911 the town was twice its old size.", "1911"))).toBe(false);
  });

  it("holds the question below the review line, and a false statement made by changing the span, but not a true copy", () => {
    const s = "The ferry lost most of its trade, and two boatmen were fined, while the mayor's barn burned down in March 1902.";
    expect(checks(s, "March 1902", "date", "The Kellby Ferry")).toContain("date-in-trailing-while-clause");
    expect(checks(s, "March 1902", "date", "The Kellby Ferry", "TRUE_FALSE", "False")).toContain("date-in-trailing-while-clause");
    expect(checks(s, "March 1902", "date", "The Kellby Ferry", "TRUE_FALSE", "True")).not.toContain("date-in-trailing-while-clause");
    expect(checks("The keeper told her and four other boatmen to wait on the bank.", "four", "number", "The Kellby Ferry")).toContain("count-of-others");
    expect(checks("She was born Ellen Mara Voss in Kellby on 3 May 1840.", "Ellen Mara Voss", "name", "The Kellby Ferry")).toContain("birth-name");
  });

  it("leaves a false statement made from a trimmed clause alone: it has no key span (out of scope)", () => {
    const s = "The ferry lost most of its trade, and two boatmen were fined, while the mayor's barn burned down in March 1902.";
    expect(checks(s, "March 1902", "statement", "The Kellby Ferry", "TRUE_FALSE", "False")).not.toContain("date-in-trailing-while-clause");
  });

  it("lets a count stand in a sentence whose 'since' says when, not why (the point there is the count)", () => {
    expect(checks("The island of Vell has been given two seats since 1931.", "two", "number", "The Kellby Council")).not.toContain("number-in-reason");
    expect(checks("The island of Vell has had two seats since independence.", "two", "number", "The Kellby Council")).not.toContain("number-in-reason");
    expect(checks("The island of Vell was given two seats, since its people had paid the toll.", "two", "number", "The Kellby Council")).toContain("number-in-reason");
    for (const when of ["It has won five cups since the war.", "They have kept two boats since the mid-1990s.", "It has held two fairs ever since its founding.", "The club has won two cups since it was founded."]) {
      expect(sinceGivesReason(when)).toBe(false);
    }
    // With no perfect tense: "ever since", or an event after it.
    expect(sinceGivesReason("The town kept two fairs ever since.")).toBe(false);
    expect(sinceGivesReason("The island kept its two seats since independence.")).toBe(false);
    expect(sinceGivesReason("The price rose by two pence, since the harvest failed.")).toBe(true);
  });

  it("reads the title's words alike everywhere: short words, years and letters outside ASCII", () => {
    expect([...titleStems("The Salt War of 1699")]).toEqual(["salt", "war", "1699"]);
    expect([...titleStems("Gdańsk")]).toEqual(["gdańs"]);
    // No title: no way to tell, and the subject counts as the article's own.
    expect(isArticleSubject("the mayor's barn", "")).toBe(true);
    expect(isArticleSubject("the island of Vell", "Kellby")).toBe(false);
    expect(isArticleSubject("The country", "Vellmark")).toBe(true);
  });
});
