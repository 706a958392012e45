import { describe, expect, it } from "vitest";
import { dropsSetting, onlyOpeningCondition } from "@/lib/generation/check-dropped-setting";
import { dangles } from "@/lib/generation/question-stems";

describe("statements cut from the context that settles them", () => {
  it("refuses a place 'here' whose place the statement does not name", () => {
    expect(dangles("Mosses often grow here where the bank stays damp.")).toBe(true);
    expect(dangles("Mosses grow in Varrow Glen, and ferns thrive here too.")).toBe(false);
    expect(dangles("Small ponds appear here and there across the moor.")).toBe(false);
  });

  it("refuses a statement that is only the opening condition of its sentence", () => {
    const sentence = "If the fuse melts at any point, for instance after a surge, the whole line goes dark.";
    expect(onlyOpeningCondition("If the fuse melts at any point.", sentence)).toBe(true);
    expect(onlyOpeningCondition("The whole line goes dark.", sentence)).toBe(false);
  });

  it("refuses a statement that drops the case its sentence opens with", () => {
    const sentence = "When the tank is empty, the pump stops.";
    expect(dropsSetting("The pump stops.", sentence, "")).toBe(true);
    expect(dropsSetting("When the tank is empty, the pump stops.", sentence, "")).toBe(false);
    expect(dropsSetting("The lamps stand on one wire in a chain circuit.", "In a chain circuit, the lamps stand on one wire.", "")).toBe(false);
    // A time in a life is no case the claim depends on.
    expect(dropsSetting("He became a miller.", "When he was twelve, he became a miller.", "")).toBe(false);
  });

  it("refuses a statement from the sentence after one that sets a case, unless it names the case", () => {
    const before = "Lamps can be wired two ways. In a chain circuit, the lamps stand in a row on one wire. ";
    expect(dropsSetting("The load is split between the lamps.", "The load is split between the lamps.", before)).toBe(true);
    expect(dropsSetting("In a chain circuit the load is split between the lamps.", "The load is split between the lamps.", before)).toBe(false);
    // (A new paragraph starts afresh.)
    expect(dropsSetting("The load is split between the lamps.", "The load is split between the lamps.", `${before}\n`)).toBe(false);
  });
});
