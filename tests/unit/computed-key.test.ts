import { describe, expect, it } from "vitest";
import { ageWorkedOutFromYears, countWorkedOutFromParts, stemComputesKey, yearWorkedOutFromAge } from "@/lib/generation/check-computed-key";
import { checkShownText } from "@/lib/generation/check-shown-text";
import { draftQuestion, lettered } from "../support/draft-question";

// Invented sentences: a queen of a made-up realm and a made-up rowing crew.
describe("a blank the shown figures work out", () => {
  it("refuses a year the stem's birth year and age add up to", () => {
    expect(yearWorkedOutFromAge("Born in 1402, Queen Aldra of Vesk was crowned at 19 in _____.", "1421")).toBe(true);
    expect(yearWorkedOutFromAge("Queen Aldra, born in 1402, was crowned at the age of nineteen in _____.", "1421")).toBe(true);
    expect(yearWorkedOutFromAge("Queen Aldra was 19 years old when she was crowned in _____; she was born in 1402.", "1420")).toBe(true);
    // Taking away: a death year and an age at death settle the birth year.
    expect(yearWorkedOutFromAge("Born in _____, Aldra died in 1460, aged 58.", "1402")).toBe(true);
  });

  it("keeps a year whose age and other year do not add up to it", () => {
    expect(yearWorkedOutFromAge("In 1402, aged 19, Aldra sailed to Vesk, and she was crowned in _____.", "1430")).toBe(false);
    expect(yearWorkedOutFromAge("Born in 1402, Aldra was crowned in _____.", "1421")).toBe(false);
    expect(yearWorkedOutFromAge("Aldra's fleet sailed at 6 pm in _____, a year after the 1402 treaty.", "1403")).toBe(false);
  });

  it("refuses a count the stem's parts add up to with a word of adding or taking away", () => {
    expect(countWorkedOutFromParts("Four rowers dropped out, leaving 24 of the original _____.", "28")).toBe(true);
    expect(countWorkedOutFromParts("Four rowers dropped out, leaving _____ of the original 28.", "24")).toBe(true);
    expect(countWorkedOutFromParts("The crew had six more than the _____ who rowed in 1880, with twelve in all.", "6")).toBe(true);
  });

  it("keeps a count whose stem's figures do not work it out", () => {
    expect(countWorkedOutFromParts("Four rowers dropped out, leaving 24 of the original _____.", "30")).toBe(false);
    expect(countWorkedOutFromParts("Four rowers and 24 oarsmen joined the _____ boats.", "28")).toBe(false);
    expect(stemComputesKey("Born in 1402, she was crowned at 19 in _____.", "Vesk", "name")).toBe(false);
  });

  it("refuses an age the stem's two years span", () => {
    // Invented: asking the age once the years are shown tests a subtraction, as asking the year once the age is shown does.
    expect(ageWorkedOutFromYears("Aldra was born in 1402 and was crowned in 1421, when she was only _____ years old.", "19")).toBe(true);
    expect(ageWorkedOutFromYears("Aldra was born in 1402 and was crowned in 1421 at the age of _____.", "19")).toBe(true);
    expect(stemComputesKey("Aldra was born in 1402 and was crowned in 1421, when she was only _____ years old.", "19", "number")).toBe(true);
    // Years that do not span it, or a blank that is no age, keep the question.
    expect(ageWorkedOutFromYears("Aldra was crowned in 1421, when she was only _____ years old.", "19")).toBe(false);
    expect(ageWorkedOutFromYears("Aldra was born in 1402 and was crowned in 1421 with _____ knights.", "19")).toBe(false);
  });

  it("refuses such a question as one whose stem gives the key away", () => {
    const q = draftQuestion(
      { prompt: "Born in 1402, Queen Aldra of Vesk was crowned at 19 in _____.", answerText: "1421", options: lettered("1421", "1398", "1455", "1480") },
      { keyKind: "date" },
    );
    expect(checkShownText(q, [], undefined, "Queen Aldra", () => 1, "")).toBe("stem-gives-key-away");
    const fair = draftQuestion(
      { prompt: "Born in 1402, Queen Aldra of Vesk was crowned in _____.", answerText: "1421", options: lettered("1421", "1398", "1455", "1480") },
      { keyKind: "date" },
    );
    expect(checkShownText(fair, [], undefined, "Queen Aldra", () => 1, "")).toBeNull();
  });
});
