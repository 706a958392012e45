import { describe, expect, it } from "vitest";
import { describesPeopleOnly } from "@/lib/generation/story-cast";

// Invented sentences: "Pellan" describes people (a people of the story's world), "Wenna" and "Brask" are names.
const story = [
  "Nella lives with her father and their Pellan cook, Wenna, who helps to raise the children.",
  "In the town, Pellan and Ostri families live side by side, and a Pellan boatman carries Nella across the river.",
  "Wenna hides the children in the mill. The Brask family owes her a great deal, and Orrin Brask says so.",
].join(" ");

describe("a capitalised word written only before a noun", () => {
  it("describes people and is no character's name", () => {
    expect(describesPeopleOnly("Pellan", story)).toBe(true);
  });
  it("leaves a name alone where the article writes it standing alone", () => {
    expect(describesPeopleOnly("Wenna", story)).toBe(false);
    expect(describesPeopleOnly("Brask", story)).toBe(false);
    expect(describesPeopleOnly("Orrin Brask", story)).toBe(false);
  });
});
