import { describe, expect, it } from "vitest";
import { yearWorkedOutFromAge, yearWorkedOutFromEvent, yearWorkedOutFromInterval } from "@/lib/generation/check-computed-key";

// Invented: a harbour town flooded before the common era, and a hill fort shaken in the common era.
const HARBOUR = "The great tide struck Ossel in 412 BCE. In 407 BCE, five years after the tide, the harbour wall was rebuilt.";
const FORT = "A landslide struck the fort of Kerrow in AD 53. In AD 71, eighteen years after the landslide, the fort was left empty.";

describe("a year worked out from another year, in either era", () => {
  it("counts years before the common era downwards", () => {
    expect(yearWorkedOutFromEvent("In _____ BCE, five years after the tide, the harbour wall was rebuilt.", "407", HARBOUR)).toBe(true);
    // 417 BCE is five years before the tide, not after it: no sum settles it.
    const wrongWay = "The great tide struck Ossel in 402 BCE. In 407 BCE, five years after the tide, the wall was rebuilt.";
    expect(yearWorkedOutFromEvent("In _____ BCE, five years after the tide, the wall was rebuilt.", "407", wrongWay)).toBe(false);
    expect(yearWorkedOutFromInterval("The tide struck in 412 BCE; five years later, in _____ BCE, the wall was rebuilt.", "407")).toBe(true);
    expect(yearWorkedOutFromAge("Born in 440 BCE, Hesk became king at 21 in _____ BCE.", "419")).toBe(true);
  });

  it("reads years of one or two digits the era marks", () => {
    expect(yearWorkedOutFromEvent("In AD _____, eighteen years after the landslide, the fort was left empty.", "71", FORT)).toBe(true);
    expect(yearWorkedOutFromInterval("A landslide struck in AD 53; eighteen years later, in AD _____, the fort was left empty.", "71")).toBe(true);
  });

  it("keeps a year when only an unmarked count or a year of the other era would make the sum", () => {
    expect(yearWorkedOutFromEvent("In AD _____, eighteen years after the landslide, the fort was left empty.", "71", "The landslide killed 53 goats.")).toBe(false);
    expect(yearWorkedOutFromEvent("In _____, five years after the tide, the wall was rebuilt.", "1417", "The tide came in 1412 BCE.")).toBe(false);
  });

  it("counts a sum across the era line with no year 0", () => {
    // 27 BCE and forty years is AD 14 (1 BCE runs straight into AD 1), and one year past 1 BCE is AD 1.
    const siege = "The siege of Varn ended in 27 BCE.";
    expect(yearWorkedOutFromEvent("In AD _____, forty years after the siege, the gates were rebuilt.", "14", siege)).toBe(true);
    expect(yearWorkedOutFromEvent("In AD _____, forty years after the siege, the gates were rebuilt.", "13", siege)).toBe(false);
    expect(yearWorkedOutFromInterval("The siege ended in 1 BCE; one year later, in AD _____, the gates were rebuilt.", "1")).toBe(true);
  });
});
