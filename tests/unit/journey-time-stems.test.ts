import { describe, expect, it } from "vitest";
import { unanchoredTime } from "@/lib/generation/check-context";
import { smallerUnitOfAMeasure } from "@/lib/generation/check-lesser-keys";

const at = (sentence: string, key: string) => [sentence.indexOf(key), sentence.indexOf(key) + key.length] as const;

// Invented sentences: an invented ferry line's crossing times.
describe("a time counted from the clause before it in the same stem", () => {
  it("reads 'X, but a year later Y' as anchored by X, and a bare 'four years later' as not", () => {
    expect(unanchoredTime("In its first season the Harlow ferry needed _____ hours, but two years later, once the new pier opened, the trip fell to two.")).toBeNull();
    expect(unanchoredTime("The first pier washed away, and two years later a stone one replaced it at _____.")).toBeNull();
    expect(unanchoredTime("Women first rowed in the race four years later, in _____.")).not.toBeNull();
    expect(unanchoredTime("Two years later the ferry was sold to _____.")).not.toBeNull();
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
});
