import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { personNameElsewhere, shorterFormsOf } from "@/lib/generation/shorter-forms";
import type { Span } from "@/lib/generation/types";

const place = (text: string): Span => ({ type: "PLACE", text, start: 0, end: text.length });

// Invented forts and lakes, and people who share their bare names.
describe("a fort's or lake's bare name that the article also gives a person", () => {
  it("counts the person's possessive as a use of the name", () => {
    const fort = "Fort William stood on the cold bay. William's men built its walls in 1712. Fort William later fell to the rebels.";
    expect(personNameElsewhere("William", "Fort William", fort)).toBe(true);
    expect(acceptedAliases(place("Fort William"), fort)).not.toContain("William");
    // The fort's own possessive is a use of the key, not of someone else.
    const walls = "Fort William stood on the cold bay. Fort William's walls were built in 1712 by a clerk.";
    expect(personNameElsewhere("William", "Fort William", walls)).toBe(false);
  });

  it("reads a name the word list does not know as a person's where the article writes it after a title or a word for a person", () => {
    const lake = "Lake Tamsin lies in the hills. The trader Tamsin's boats crossed it each spring.";
    expect(personNameElsewhere("Tamsin", "Lake Tamsin", lake)).toBe(true);
    expect(acceptedAliases(place("Lake Tamsin"), lake)).not.toContain("Tamsin");
    expect(personNameElsewhere("Orsk", "Fort Orsk", "Fort Orsk stood on the bay. Governor Orsk built its walls. Orsk's men kept it.")).toBe(true);
    // The bare name used for the place itself stays accepted.
    const own = "Lake Tamsin lies in the hills. Each spring the traders crossed Tamsin in small boats.";
    expect(personNameElsewhere("Tamsin", "Lake Tamsin", own)).toBe(false);
    expect(acceptedAliases(place("Lake Tamsin"), own)).toContain("Tamsin");
  });
});

const org = (text: string): Span => ({ type: "ORG", text, start: 0, end: text.length });
// Invented: a navy of an invented land, named with and without its "Royal".
const NAVY = `The Tessan Fleet

The Royal Tessan Navy was founded in 1702. By 1790 the Tessan Navy held the straits. Its ships were built at Orm.`;

describe("a body's shorter name less its leading \"Royal\"", () => {
  it("is accepted where the article writes it alone after the full name", () => {
    expect(shorterFormsOf("Royal Tessan Navy", NAVY)).toEqual(["Tessan Navy"]);
    expect(acceptedAliases(org("Royal Tessan Navy"), NAVY)).toContain("Tessan Navy");
  });

  it("is accepted whoever else its sentence names: a person beside the form says nothing of which body it is", () => {
    expect(shorterFormsOf("Royal Tessan Navy", NAVY.replace("By 1790 the Tessan Navy held", "By 1790 Admiral Hale and the Tessan Navy held"))).toEqual(["Tessan Navy"]);
    // (The word list reads "Victoria" as a person's name too.)
    expect(shorterFormsOf("Royal Tessan Navy", NAVY.replace("held the straits", "held the straits off Victoria"))).toEqual(["Tessan Navy"]);
  });

  it("is refused where the article may use it for another body, or never writes it alone", () => {
    expect(shorterFormsOf("Royal Tessan Navy", NAVY.replace("the Tessan Navy held", "the Tessan Navy of Vell held"))).toEqual([]);
    expect(shorterFormsOf("Royal Tessan Navy", NAVY.replace("the Tessan Navy held", "the Royal Tessan Navy held"))).toEqual([]);
    expect(shorterFormsOf("Royal Tessan Navy", NAVY.replace("the Tessan Navy held", "Admiral Hale's Tessan Navy held"))).toEqual([]);
    expect(shorterFormsOf("Royal Tessan Navy", `The Tessan Fleet\n\nThe Tessan Navy had failed by 1700. The Royal Tessan Navy was founded in 1702.`)).toEqual([]);
  });

  it("is read for a people's word only where the article uses the shorter form for the key (elsewhere prefixed-bodies refuses it)", () => {
    expect(shorterFormsOf("Swedish Tessan Navy", NAVY.replace("Royal", "Swedish"))).toEqual(["Tessan Navy"]);
    expect(shorterFormsOf("Tessan Navy", NAVY.replace("Royal", "Swedish"))).toEqual([]);
  });
});
