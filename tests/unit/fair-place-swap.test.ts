import { describe, expect, it } from "vitest";
import { fairPlaceSwap, placeKind } from "@/lib/generation/fair-place-swap";
import type { Span } from "@/lib/generation/types";
import { falseVersionsIn } from "../support/false-versions";

// Our own short articles: an invented sea floor, spice fleet, lacquer envoys and salt road.
const swapsOf = (text: string, index: number, spans: Span[]) => falseVersionsIn(text, index, { allSpans: spans, how: "name" });

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

  it("finds a named place after an opening word or with a possessive, and refuses the continent that holds it", () => {
    const text = "The Lacquer Envoys\n\nFrom Japan, the lacquer envoys sailed on to Europe. Asia and Africa lay on their charts.";
    const spans = [place("Japan", text, "COUNTRY"), ...["Europe", "Asia", "Africa"].map((p) => place(p, text))];
    expect(swapsOf(text, 0, spans)).toEqual(["From Japan, the lacquer envoys sailed on to Africa."]);
    expect(fairPlaceSwap("Europe", "Asia", "Japan's lacquer envoys sailed on to Europe.")).toBe(false);
    expect(fairPlaceSwap("Southeast Asia", "East Asia", "From Japan, tin traders sailed each spring to Southeast Asia.")).toBe(false);
  });

  it("refuses the country of a named city and a city of a named country", () => {
    expect(fairPlaceSwap("China", "Japan", "Weavers in Osaka bought raw silk from China.", "COUNTRY")).toBe(false);
    expect(fairPlaceSwap("China", "France", "Weavers in Osaka bought raw silk from China.", "COUNTRY")).toBe(true);
    expect(fairPlaceSwap("Beijing", "Kyoto", "Weavers in Japan sold their cloth in Beijing.", "CITY")).toBe(false);
    expect(fairPlaceSwap("Beijing", "Paris", "Weavers in Japan sold their cloth in Beijing.", "CITY")).toBe(true);
  });

  it("keeps a country inside a named continent (plainly false), and a region beside one", () => {
    expect(fairPlaceSwap("France", "Italy", "The first glass tramway in Europe ran in France.", "COUNTRY")).toBe(true);
    expect(fairPlaceSwap("China", "Japan", "Junk traders from China reached Southeast Asia.", "COUNTRY")).toBe(true);
    expect(fairPlaceSwap("East Asia", "Southeast Asia", "Cotton ships from India reached East Asia.")).toBe(true);
    // A part of a continent put where the statement names the continent lies inside it.
    expect(fairPlaceSwap("Europe", "East Asia", "Tea from Asia reached Europe.")).toBe(false);
  });

  it("takes a country or city from the same part of the world where the article gives one", () => {
    const text = "The Salt Road\n\nSalt carts left Poland for France each spring. Later the carts went to Brazil and to Italy.";
    const spans = ["Poland", "France", "Brazil", "Italy"].map((p) => place(p, text, "COUNTRY"));
    const swaps = swapsOf(text, 0, spans);
    expect(swaps).toContain("Salt carts left Poland for Italy each spring.");
    expect(swaps.filter((v) => v.includes("Brazil"))).toEqual([]);
  });

  it("reads the kind of a place from the gazetteer or from its last word", () => {
    expect(placeKind("the Atlantic Ocean")).toBe("ocean");
    expect(placeKind("Africa")).toBe("continent");
    expect(placeKind("Kesh Mountains")).toBe("raised land");
    expect(placeKind("Velmoria")).toBeUndefined();
    expect(fairPlaceSwap("Velmoria", "Ostrand", "Velmoria has a rift.")).toBe(true);
    expect(fairPlaceSwap("Kesh Mountains", "Asia", "The Kesh Mountains rise in the west.")).toBe(false);
    // The kind word may open the name; a lake is no gulf.
    expect(placeKind("Lake Orrin")).toBe("lake");
    expect(placeKind("Gulf of Tessar")).toBe("gulf");
    expect(fairPlaceSwap("Lake Orrin", "Gulf of Tessar", "Herons nest by Lake Orrin.")).toBe(false);
    // Ranges, mountains and highlands are one kind of raised land.
    expect(fairPlaceSwap("Kesh Mountains", "Dorran Range", "Snow lies on the Kesh Mountains.")).toBe(true);
    // A country or city the gazetteer does not list takes its kind from the finder.
    expect(fairPlaceSwap("Velmoria", "Brazil", "Tin came from Velmoria.", "COUNTRY")).toBe(true);
    expect(fairPlaceSwap("Ostrand", "Kyoto", "Tin was sold in Ostrand.", "CITY")).toBe(true);
    expect(placeKind("Ivory Coast", "COUNTRY")).toBe("country");
  });
});
