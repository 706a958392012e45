import { describe, expect, it } from "vitest";
import { gateFailure } from "@/lib/generation/gates";
import { choiceBlank, typedBlank } from "../support/typed-blank";

describe("a title before the key's name", () => {
  it("is not given away by a stem that speaks of that kind of person", () => {
    // Invented: "kings" in the stem says nothing of which king.
    const sentence = "The seers said her sons would be kings, and soon King Aldric made Orla warden of Tarn.";
    expect(gateFailure(typedBlank(sentence, "King Aldric"), sentence)).toBeNull();
  });

  it("is still given away by the name's own word", () => {
    const named = "Aldric's heirs ruled long, and King Aldric made Orla warden of Tarn.";
    expect(gateFailure(typedBlank(named, "King Aldric"), named)).toBe("stem-gives-key-away");
  });
});

const choice = choiceBlank;

describe("a title before the key's name among options", () => {
  // Invented: "kings" in the stem, and only the key is a king.
  const sentence = "The seers said her sons would be kings, and soon King Aldric made Orla warden of Tarn.";

  it("gives the key away when no other option bears it", () => {
    expect(gateFailure(choice(sentence, "King Aldric", ["Duke Orm", "Abbot Sela", "Captain Breck"]), sentence)).toBe("stem-gives-key-away");
  });

  it("does not when every other option bears it too", () => {
    expect(gateFailure(choice(sentence, "King Aldric", ["King Orm", "King Sela", "King Breck"]), sentence)).toBeNull();
  });
});

