import { describe, expect, it } from "vitest";
import { indexArticleTexts } from "@/lib/generation/distractors";
import { fairPlaceSwap, placeKind } from "@/lib/generation/fair-place-swap";
import { falseVersions } from "@/lib/generation/falsify-statement";
import { parseArticle } from "@/lib/generation/parse-article";
import type { Span } from "@/lib/generation/types";

// Our own short articles: an invented sea floor and an invented spice fleet.
function swapsOf(text: string, index: number, spans: Span[]) {
  const sentences = parseArticle(text).sentences;
  const sentence = sentences[index]!;
  const own = spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end);
  return falseVersions({ statement: sentence.text, sentence, sentenceIndex: index, sentences, spans: own, allSpans: spans, lists: [], nameSiblings: new Map(), ordinalSeries: new Map(), articleText: text, ctx: { articleTexts: indexArticleTexts(spans), year: null, articleText: text }, random: () => 0 })
    .filter((f) => f.how === "name")
    .map((f) => f.text);
}

function place(text: string, article: string, type: Span["type"] = "PLACE"): Span {
  const start = article.indexOf(text);
  return { type, text, start, end: start + text.length };
}

describe("a place swapped into a false statement", () => {
  it("takes a place of the same kind (a sea for a sea), never a land for a sea", () => {
    const text = "Drifting Plates\n\nTwo plates drift slowly apart beneath the Verran Sea. Velmoria has a long rift on land. Storms often cross the Tollish Sea in winter.";
    const spans = ["Verran Sea", "Velmoria", "Tollish Sea"].map((p) => place(p, text));
    expect(swapsOf(text, 0, spans)).toEqual(["Two plates drift slowly apart beneath the Tollish Sea."]);
    // With no other sea in the article there is no fair swap: the land is not offered instead.
    expect(swapsOf(text, 0, spans.slice(0, 2))).toEqual([]);
  });

  it("never takes a region that holds a country the statement names", () => {
    const text = "The Pepper Fleet\n\nThe pepper fleet sailed from Japan to Southeast Asia. A rival fleet traded in East Asia and in Europe. Later traders crossed Western Europe by road.";
    const spans = [place("Japan", text, "COUNTRY"), ...["Southeast Asia", "East Asia", "Europe", "Western Europe"].map((p) => place(p, text))];
    // "East Asia" holds Japan (read true of a fleet that sailed there), "Europe" is a continent for a region.
    expect(swapsOf(text, 0, spans)).toEqual(["The pepper fleet sailed from Japan to Western Europe."]);
    expect(swapsOf(text, 0, spans.slice(0, 4))).toEqual([]);
  });

  it("reads the kind of a place from the gazetteer or from its last word", () => {
    expect(placeKind("the Atlantic Ocean")).toBe("ocean");
    expect(placeKind("Africa")).toBe("continent");
    expect(placeKind("Kesh Mountains")).toBe("mountain");
    expect(placeKind("Velmoria")).toBeUndefined();
    expect(fairPlaceSwap("Velmoria", "Ostrand", "Velmoria has a rift.")).toBe(true);
    expect(fairPlaceSwap("Kesh Mountains", "Asia", "The Kesh Mountains rise in the west.")).toBe(false);
  });
});
