import { describe, expect, it } from "vitest";
import { unanchoredTime } from "@/lib/generation/check-context";
import { smallerUnitOfAMeasure } from "@/lib/generation/check-lesser-keys";
import { keyAt as at } from "../support/key-span";

// Invented sentences: an invented ferry line's crossing times.
describe("a time counted from the clause before it in the same stem", () => {
  it("reads 'X, but a year later Y' as anchored by X, and a bare 'four years later' as not", () => {
    expect(unanchoredTime("In its first season the Harlow ferry needed _____ hours, but two years later, once the new pier opened, the trip fell to two.")).toBeNull();
    expect(unanchoredTime("The first pier washed away, and two years later a stone one replaced it at _____.")).toBeNull();
    expect(unanchoredTime("Women first rowed in the race four years later, in _____.")).not.toBeNull();
    expect(unanchoredTime("Two years later the ferry was sold to _____.")).not.toBeNull();
  });

  it("does not read a clause that only tells a state as the moment the count starts from", () => {
    // The twenty years count from a birth told two sentences before, not from the owning.
    expect(unanchoredTime("The Orrel family owned a mill on the river _____, and twenty years later Tam Orrel bought a second mill.")).not.toBeNull();
    expect(unanchoredTime("The ferrymen were wary of the engine, and _____ years later every boat on the Harlow used steam.")).not.toBeNull();
    // A state the clause itself dates, and an event in the passive, still give the moment.
    expect(unanchoredTime("Trade on the Harlow was slow at first, but _____ years later the ferry ran every hour.")).toBeNull();
    expect(unanchoredTime("The old pier was destroyed by ice, and two years later a stone one was built at _____.")).toBeNull();
    expect(unanchoredTime("Tam Orrel was born in Keld, and twenty years later he moved to _____.")).toBeNull();
    expect(unanchoredTime("The old pier was swept away, and two years later a stone one was built at _____.")).toBeNull();
  });
});

describe("the figure of a measure's smaller unit", () => {
  it("reads the minutes of 'three hours and ten minutes' as lesser, and the hours as not", () => {
    const s = "By then the trip needed three hours and ten minutes.";
    expect(smallerUnitOfAMeasure(s, ...at(s, "ten"))).toBe(true);
    expect(smallerUnitOfAMeasure(s, ...at(s, "three"))).toBe(false);
    const tall = "The tower stood 40 feet 6 inches high.";
    expect(smallerUnitOfAMeasure(tall, ...at(tall, "6"))).toBe(true);
    const two = "The ferry carried 40 passengers and 12 horses.";
    expect(smallerUnitOfAMeasure(two, ...at(two, "12"))).toBe(false);
  });

  it("reads a count of another unit, or a time counted on from the measure, as a measure of its own", () => {
    const later = "The ferry strike lasted three days and 6 weeks later the pier burned.";
    expect(smallerUnitOfAMeasure(later, ...at(later, "6"))).toBe(false);
    const other = "The road ran for forty miles and 2 days passed before the carts arrived.";
    expect(smallerUnitOfAMeasure(other, ...at(other, "2"))).toBe(false);
    const rope = "The mooring rope was 20 meters and 15 centimeters long.";
    expect(smallerUnitOfAMeasure(rope, ...at(rope, "15"))).toBe(true);
  });
});
