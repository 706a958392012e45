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

  it("refuses an acronym the article never spells out, and a possessor", () => {
    const unspelled = CLUB.replace("by the Quay Rowing Club ", "");
    expect(acceptedAliases(org("Junior Section"), unspelled)).not.toContain("QRC Junior Section");
    const saint = `Orla was baptised in St Brannock's Chapel in 1702. Later the Chapel refused to ring its bell for her.`;
    expect(acceptedAliases(org("Chapel"), saint)).not.toContain("Brannock's Chapel");
  });

  it("refuses a country's or a union's code: the bare name is another body of that kind", () => {
    const houses = `The EU Parliament of the Varrish Union first met in 1979. Back home, Parliament voted against the plan.`;
    expect(acceptedAliases(org("Parliament"), houses)).not.toContain("EU Parliament");
    const war = `The US Salt War ended in 1865. Decades later, the Salt War drew volunteers from every port.`;
    expect(acceptedAliases({ type: "EVENT", text: "Salt War", start: 0, end: 8 }, war)).not.toContain("US Salt War");
    const river = `The DR Ossa is the larger country. Ossa has a smaller population but a longer coast.`;
    expect(acceptedAliases(place("Ossa"), river)).not.toContain("DR Ossa");
  });

  it("refuses the fuller form where a bare use without a determiner may name another body (final review 15-B)", () => {
    const unions = `The NUS Parliament, run by the National Union of Students, met in Leeds. In 1832 Parliament passed the Reform Act.`;
    expect(acceptedAliases(org("Parliament"), unions)).not.toContain("NUS Parliament");
  });

  it("refuses the fuller form where a bare use names one of another place", () => {
    const charters = `The VCC Charter, from the Varra City Council, was signed in 1936. The Charter of Hollin had been written in 1787.`;
    expect(acceptedAliases(org("Charter"), charters)).not.toContain("VCC Charter");
    expect(acceptedAliases(org("Charter"), charters.replace("The Charter of Hollin", "The Charter"))).toContain("VCC Charter");
  });

  it("refuses the fuller form where a bare use is one at or for another place or body (whole review 15-B)", () => {
    const charters = `The VCC Charter, from the Varra City Council, was signed in 1936. The Charter at Hollin had been written in 1787.`;
    expect(acceptedAliases(org("Charter"), charters)).not.toContain("VCC Charter");
    expect(acceptedAliases(org("Charter"), charters.replace("Charter at Hollin", "Charter for Hollin"))).not.toContain("VCC Charter");
  });
});

describe("one member of a group asked in the plural", () => {
  // Invented: a weaver whose family followed a faith named as a group.
  const WEAVER = `Tam Orrin was a weaver in the hill town of Kessa. His family were Lanterners, and every winter they lit lamps on the town wall. The Lanterners believed light kept the cold away.`;
  const guessed = (text: string): Span => ({ type: "PERSON", text, start: 0, end: text.length, guessed: true });

  it("takes no singular from what the article says of a plural: a list of surnames reads the same (final review 15-B)", () => {
    // "His family were Lanterners" and "The two founders were Adams and Jefferson" have one shape; "Adam" is another man.
    expect(acceptedAliases(guessed("Lanterners"), WEAVER)).not.toContain("Lanterner");
    expect(acceptedAliases(guessed("Adams"), "The two founders were Adams and Jefferson. Adams wrote the draft.")).not.toContain("Adam");
    expect(acceptedAliases(guessed("Roberts"), "The winners were Roberts and Hale.")).not.toContain("Robert");
  });

  it("leaves a place whose name ends in s whole", () => {
    const text = `Tam Orrin moved to Varnes in 1820. Varnes is a port on the cold coast.`;
    expect(acceptedAliases({ type: "PLACE", text: "Varnes", start: 0, end: 6 }, text)).not.toContain("Varne");
    const flooded = `The Varnes were flooded in 1820, and the Varnes are still marshland. Many families became Varnes farmers.`;
    expect(acceptedAliases({ type: "PLACE", text: "Varnes", start: 0, end: 6 }, flooded)).not.toContain("Varne");
  });

  it("accepts the singular of a faith whose plural ends in -us", () => {
    const text = `Tam Orrin traded with Hindus and Zulus along the coast.`;
    expect(acceptedAliases(guessed("Hindus"), text)).toContain("Hindu");
    expect(acceptedAliases(guessed("Zulus"), text)).toContain("Zulu");
  });

  it("never cuts a body or a surname to a singular", () => {
    const house = `The Commons were angry, and the Commons refused to pay the tax. The Lords were furious.`;
    expect(acceptedAliases(org("Commons"), house)).not.toContain("Common");
    expect(acceptedAliases(org("Lords"), house)).not.toContain("Lord");
    const captain = `It was Dr Pellows who found the wreck. Pellows believed the ship had sunk in a storm.`;
    expect(acceptedAliases(guessed("Pellows"), captain)).not.toContain("Pellow");
    const bare = `It was Pellows who found the wreck. Pellows believed the ship had sunk in a storm.`;
    expect(acceptedAliases(guessed("Pellows"), bare)).not.toContain("Pellow");
  });
});
