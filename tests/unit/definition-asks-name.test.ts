import { describe, expect, it } from "vitest";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented definitions: the term is the key, and its description is headed by a measure or amount.
const questionsOf = (text: string) => findDefinitions(parseArticle(text).sentences).map((d) => [d.term, d.question ?? ""]);

describe("a definition keyed on the term asks for its name when the description is a measure", () => {
  it("asks 'What is the size of … called?', not 'What is the size of …?'", () => {
    expect(questionsOf("Waves\nThe swell is the height of a wave above the calm sea.")).toContainEqual(["swell", "What is the height of a wave above the calm sea called?"]);
    expect(questionsOf("Sound\nLoudness is the size of the push a sound gives the ear.")).toContainEqual(["Loudness", "What is the size of the push a sound gives the ear called?"]);
    expect(questionsOf("Tides\nThe range is the distance between high and low water on one day.")).toContainEqual(["range", "What is the distance between high and low water on one day called?"]);
    expect(questionsOf("Trains\nThe fare is a price that a rider pays for one trip.")).toContainEqual(["fare", "What is a price that a rider pays for one trip called?"]);
  });

  it("keeps the plain question for a description that names a thing", () => {
    expect(questionsOf("The Kiln\nThe firebox is the lower chamber of the kiln that holds the coals.")).toContainEqual(["firebox", "What is the lower chamber of the kiln that holds the coals?"]);
    expect(questionsOf("Roads\nA toll is a charge paid for using a road or bridge.")).toContainEqual(["toll", "What is a charge paid for using a road or bridge?"]);
  });
});
