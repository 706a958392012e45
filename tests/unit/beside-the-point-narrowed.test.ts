import { describe, expect, it } from "vitest";
import { deathYearBesideAnEvent, gapBetweenSteps, onlyTheMonth, tailOfANumberedName, yearsInARole } from "@/lib/generation/check-beside-the-point";
import { pointsOutside } from "@/lib/generation/check-stems";
import { BLANK } from "@/lib/generation/blank";
import { draftQuestion, lettered } from "../support/draft-question";
import { keyAt as at } from "../support/trivia-checks";

// Invented sentences about an invented quarry, a fort, a flood and a march, written for these tests (review s21c).

describe("a 'this effect is called _____' sentence after a shown one", () => {
  it("still points outside: the shown sentence may be only the result of what 'this' names", () => {
    expect(pointsOutside(`Many cliffs along the quarry road shine like polished brass. This effect is known as ${BLANK}.`)).toBe(true);
    expect(pointsOutside(`In spring the meltwater fills the cracks and splits the slate. This process is called ${BLANK}.`)).toBe(true);
    expect(pointsOutside(`The old beacon burned from 1840. This man was named ${BLANK}.`)).toBe(true);
  });
});

describe("keys beside the point, kept to what they were meant for", () => {
  it("does not read the length of a siege or an occupation as years in a post", () => {
    expect(yearsInARole(...at("The few guards held Fort Amsel for three years against the hill tribes.", "three"))).toBe(false);
    expect(yearsInARole(...at("For nine years the valley folk lived under siege.", "nine"))).toBe(false);
    expect(yearsInARole(...at("Tessa Vorn held the office of harbour master for twelve years.", "twelve"))).toBe(true);
  });

  it("does not read an event's span or its outcome as a gap between steps", () => {
    expect(gapBetweenSteps(...at("The salt war began in 1712 and ended two years later with the Pact of Brill.", "two"))).toBe(false);
    expect(gapBetweenSteps(...at("The weir was built in 1880, and three years later it burst, drowning the mill.", "three"))).toBe(false);
    expect(gapBetweenSteps(...at("Vorn first sailed in 1702, and five years later she bought her own brig.", "five"))).toBe(true);
    // Two steps of schooling, the second with no person after its gap.
    expect(gapBetweenSteps(...at("Vorn earned a law degree in Brill in 1701 and a doctorate from Amsel three years later.", "three"))).toBe(true);
  });

  it("never takes a year for a name's number", () => {
    const peace = "The salt war ended with the 1714 Pact of Brill.";
    expect(tailOfANumberedName(peace, peace.indexOf("Pact"))).toBe(false);
    const accord = "Both towns signed the 1902 Amsel Accord.";
    expect(tailOfANumberedName(accord, accord.indexOf("Amsel"))).toBe(false);
  });

  it("takes the title's or first paragraph's year as the event's own, and a death within the event's span as part of it", () => {
    const ask = draftQuestion(
      { prompt: `The marchers left Brill in ${BLANK}.`, answerText: "April 1788", options: lettered("January 1788", "April 1788", "June 1788", "May 1788") },
      { keyKind: "date" },
    );
    const march = "The Brill March\n\nIn 1788 the weavers of Brill marched to the capital.\n\nThe marchers left Brill in April 1788.";
    expect(onlyTheMonth(ask, march, "The Brill March")).toBe(false);
    const died = "Captain Orsk died in 1664, on the last day of the siege.";
    const siege = `The Siege of Amsel\nDate: 1661\nIn 1661 the hill tribes closed round Fort Amsel.\n${died}`;
    expect(deathYearBesideAnEvent(...at(died, "1664"), siege, "The Siege of Amsel")).toBe(false);
    const inSpan = "Captain Orsk died in 1663.";
    const dated = `The Siege of Amsel\nDate: 1661\nFrom 1661 to 1664 the hill tribes held Fort Amsel in a ring.\n${inSpan}`;
    expect(deathYearBesideAnEvent(...at(inSpan, "1663"), dated, "The Siege of Amsel")).toBe(false);
  });
});
