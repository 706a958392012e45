import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import type { Span } from "@/lib/generation/types";

// Invented: a rowing club's junior wing, introduced under its parent's acronym and then called by the short name.
const CLUB = `The Junior Rowers

In 1921 the QRC Junior Section was founded by the Quay Rowing Club for boys and girls under sixteen. The Junior Section met every Saturday at the boathouse. By 1930 the Junior Section had two hundred members and its own boat.`;

const org = (text: string): Span => ({ type: "ORG", text, start: 0, end: text.length });
const place = (text: string): Span => ({ type: "PLACE", text, start: 0, end: text.length });

describe("a fuller name the article writes around the key", () => {
  it("accepts the name with its parent's acronym, as the article introduces it", () => {
    expect(acceptedAliases(org("Junior Section"), CLUB)).toContain("QRC Junior Section");
  });

  it("accepts the name with a possessor the article writes before it", () => {
    const text = CLUB.replace("the QRC Junior Section", "the Club's Junior Section");
    expect(acceptedAliases(org("Junior Section"), text)).toContain("Club's Junior Section");
  });

  it("refuses a fuller form met only after the short name (not how the article introduces it)", () => {
    const text = CLUB.replace("the QRC Junior Section was", "the Junior Section was").replace("By 1930 the Junior Section", "By 1930 the QRC Junior Section");
    expect(acceptedAliases(org("Junior Section"), text)).not.toContain("QRC Junior Section");
  });

  it("refuses either fuller form where two bodies share the short name", () => {
    const text = `${CLUB} Across the river, the PBC Junior Section trained on Sundays.`;
    const accepted = acceptedAliases(org("Junior Section"), text);
    expect(accepted).not.toContain("QRC Junior Section");
    expect(accepted).not.toContain("PBC Junior Section");
  });

  it("never takes a direction, a title, 'New' or an ordinal as part of the same name", () => {
    const towns = `North Varra lies on the coast. Varra itself is an old inland town.`;
    expect(acceptedAliases(place("Varra"), towns)).not.toContain("North Varra");
    const newer = `New Hollin was founded by settlers from Hollin. Hollin is far older.`;
    expect(acceptedAliases(place("Hollin"), newer)).not.toContain("New Hollin");
    const wars = `The Second Salt War began in 1802. The Salt War had ruined the coast.`;
    expect(acceptedAliases({ type: "EVENT", text: "Salt War", start: 0, end: 8 }, wars)).not.toContain("Second Salt War");
  });
});

describe("one member of a group asked in the plural", () => {
  // Invented: a weaver whose family followed a faith named as a group.
  const WEAVER = `Tam Orrin was a weaver in the hill town of Kessa. His family were Lanterners, and every winter they lit lamps on the town wall. The Lanterners believed light kept the cold away.`;
  const guessed = (text: string): Span => ({ type: "PERSON", text, start: 0, end: text.length, guessed: true });

  it("accepts the singular of a plural the article uses for people", () => {
    expect(acceptedAliases(guessed("Lanterners"), WEAVER)).toContain("Lanterner");
  });

  it("leaves a place whose name ends in s whole", () => {
    const text = `Tam Orrin moved to Varnes in 1820. Varnes is a port on the cold coast.`;
    expect(acceptedAliases({ type: "PLACE", text: "Varnes", start: 0, end: 6 }, text)).not.toContain("Varne");
  });
});
