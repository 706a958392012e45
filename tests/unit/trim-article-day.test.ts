import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";
import { trimToMainClause } from "@/lib/generation/trim-statement";

const first = (text: string) => parseArticle(`The Harbour Pact Is Sealed\nDate: 4 May 1702\n\n${text}`).sentences[0]!;

describe("a dated article's opening 'On this day, …'", () => {
  it("is cut before a bare plural subject whose verb stands far into the clause", () => {
    const pact = "On this day, envoys of the northern ports and the elders of twelve fishing towns sealed the Harbour Pact at Corrow.";
    expect(trimToMainClause(first(pact))?.text).toBe("Envoys of the northern ports and the elders of twelve fishing towns sealed the Harbour Pact at Corrow.");
  });

  it("is cut before a counted subject", () => {
    const meet = "On this day, two crews digging from opposite banks of the Lune valley met under the old mill at Harrow.";
    expect(trimToMainClause(first(meet))?.text).toBe("Two crews digging from opposite banks of the Lune valley met under the old mill at Harrow.");
  });

  it("stays where the clause tells no past event", () => {
    const today = "On this day, towns along the whole coast of the Lune valley hold fairs and light beacons on the cliffs.";
    expect(trimToMainClause(first(today))?.text ?? "").not.toMatch(/^Towns/);
  });
});

describe("another opening before a bare plural subject", () => {
  it("stays as before: a means is often the point", () => {
    const charts = "Using star charts and long songs, sailors of the Lune coast found the small outer islands.";
    expect(trimToMainClause(first(charts))?.text ?? "").not.toMatch(/^Sailors/);
  });
});
