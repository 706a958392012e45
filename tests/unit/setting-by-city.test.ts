import { describe, expect, it } from "vitest";
import { findSettingNames, makeSettingCheck } from "@/lib/generation/find-setting";
import { parseArticle } from "@/lib/generation/parse-article";
import type { Span } from "@/lib/generation/types";
import { draftQuestion } from "../support/draft-question";

// An invented story set in one land whose opening names only a city of it.
const riceRiot = `The Rice Store Riot

In the autumn of 1863, a hungry crowd in Osaka broke open the rice stores of three merchants.

Before the riot

Harvests across Japan had failed two years running, and prices in the markets kept climbing.

The riot

Word of the riot spread quickly, and smaller crowds gathered in other towns of Japan within a week.

Afterwards

The shogun's officials lowered the price of rice, and merchants all over Japan opened their stores to the poor.
`;

const placeSpan = (text: string, name: string, type: Span["type"]): Span => ({ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, type });
const blank = (prompt: string, answerText: string) => draftQuestion({ prompt, answerText }, { keyKind: "name" });

describe("a land named in the opening by one of its cities", () => {
  it("is the article's setting", () => {
    const spans = [placeSpan(riceRiot, "Japan", "COUNTRY"), placeSpan(riceRiot, "Osaka", "PLACE")];
    expect([...findSettingNames(parseArticle(riceRiot), spans)]).toContain("japan");
  });

  it("is no setting when the opening names a city of another land", () => {
    const text = riceRiot.replace("crowd in Osaka", "crowd in Kyoto").replace(/Japan/g, "Korea");
    // (Kyoto lies in Japan, not in Korea.)
    const spans = [placeSpan(text, "Korea", "COUNTRY")];
    expect(findSettingNames(parseArticle(text), spans).size).toBe(0);
  });
});

describe("the setting as the subject of a plain state", () => {
  const asks = makeSettingCheck(new Set(["japan"]));
  it("is a place-of-events blank", () => {
    expect(asks(blank("In the winter of 1862, _____ was in the grip of famine.", "Japan"))).toBe(true);
    expect(asks(blank("_____ remained a land of small farms.", "Japan"))).toBe(true);
  });
  it("stays an actor where the land does or undergoes something", () => {
    expect(asks(blank("In 1868, _____ signed a trade pact with three nations.", "Japan"))).toBe(false);
    expect(asks(blank("_____ was not invited to the talks.", "Japan"))).toBe(false);
    expect(asks(blank("_____ was invaded in the spring.", "Japan"))).toBe(false);
  });
});
