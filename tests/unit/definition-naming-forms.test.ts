import { describe, expect, it } from "vitest";
import { applyChecks } from "@/lib/generation/check-questions";
import { namesKey } from "@/lib/generation/check-shown-text";
import { pointsOutside } from "@/lib/generation/check-stems";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { makeDefinitionQuestion } from "@/lib/generation/make-term-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import type { GeneratedQuestion } from "@/lib/generation/types";

const found = (text: string) => findDefinitions(parseArticle(text).sentences).map((d) => [d.term, d.question]);
const terms = (text: string) => findDefinitions(parseArticle(text).sentences).map((d) => d.term);

describe("'<Experts> call this <description> <term>' with a bare term", () => {
  it("asks for the term by its description, 'this' made 'a'", () => {
    const text = "Kitchen Chemistry\nA cut apple left on the table turns brown within an hour. Chemists call this slow browning of cut fruit oxidation. Lemon juice slows it down.";
    expect(found(text)).toContainEqual(["oxidation", "What do chemists call a slow browning of cut fruit?"]);
  });

  it("asks nothing when the description says nothing alone, or the last word is no noun", () => {
    const base = "Kitchen Chemistry\nA cut apple left on the table turns brown within an hour. ";
    expect(terms(`${base}Chemists call this process oxidation.`)).toEqual([]);
    expect(terms(`${base}Chemists call this slow change oxidation.`)).toEqual([]);
    expect(terms(`${base}Chemists call this change in the fruit quickly.`)).toEqual([]);
    expect(terms(`${base}Chemists call this change in its skin oxidation.`)).toEqual([]);
  });
});

describe("'When <clause>, it is called <term>'", () => {
  it("asks 'What is it called when …?', and the 'it' is no pointer", () => {
    const text = "Frost\nOn cold nights the air near the ground loses its warmth. When water vapour turns straight into ice, it is called deposition. Frost on a window forms this way.";
    expect(found(text)).toContainEqual(["deposition", "What is it called when water vapour turns straight into ice?"]);
    expect(pointsOutside("What is it called when water vapour turns straight into ice?")).toBe(false);
  });

  it("asks nothing when the clause points outside the sentence", () => {
    expect(terms("Frost\nThe first settlers built a fort by the lake. When they moved the fort to the hill, it was called Newburgh.")).toEqual([]);
    expect(terms("Frost\nOn cold nights the ground cools. When this happens to the grass, it is called hoar frost.")).toEqual([]);
  });
});

describe("a naming followed by another clause", () => {
  it("asks the name of what a possessive or an article introduces", () => {
    const text = "The Salt Traders\nMira ruled the river towns for forty years. Mira's eldest son was named Talo, and he ruled after her. The three small islands are called the Combs, and they shelter the harbour.";
    const asked = found(text);
    expect(asked).toContainEqual(["Talo", "What was Mira's eldest son called?"]);
    expect(asked).toContainEqual(["Combs", "What are the three small islands called?"]);
  });

  it("takes no rank, no particle, no description and no bare name for a name given", () => {
    const none = (sentence: string) => terms(`The Salt Traders\nMira ruled the river towns for forty years. ${sentence}`);
    expect(none("Mira's eldest son was named Regent, and he ruled until she came back.")).toEqual([]);
    expect(none("Talo was named Steward, and he kept the accounts.")).toEqual([]);
    expect(none("The fair was called off, and the traders went home.")).toEqual([]);
    expect(none("The town is known as a centre of trade, and its market is large.")).toEqual([]);
  });
});

describe("a quoted word the article glosses", () => {
  it("asks which word means the gloss", () => {
    const text = "Lava\nA volcano pours out rock from deep inside the Earth. \"Molten\" means melted by heat, and \"solid\" means firm and hard. Lava cools into new rock.";
    expect(found(text)).toContainEqual(["Molten", "Which word means melted by heat?"]);
  });
  it("asks nothing of a gloss that points outside", () => {
    expect(terms("Lava\nA volcano pours out rock. \"Molten\" means that it is very hot.")).toEqual([]);
  });
});

describe("'This is called …' with the sentence before as context", () => {
  const text = "Prices\nPrices change for many reasons. Shops sometimes run short of goods, and the owners then ask more for each item. This is called shortage inflation. For example, a storm can close the ports for a week. This is known as port inflation.";
  const { sentences } = parseArticle(text);
  const defs = findDefinitions(sentences);
  const ask = (term: string) => makeDefinitionQuestion(defs.find((d) => d.term === term)!, sentences, defs, [], () => 0.3);
  it("shows the sentence 'this' stands for", () => {
    expect(ask("shortage inflation")?.prompt).toBe("Shops sometimes run short of goods, and the owners then ask more for each item. What is this called?");
    expect(pointsOutside("Shops sometimes run short of goods, and the owners then ask more for each item. What is this called?")).toBe(false);
  });
  it("not when the sentence before is one example of it", () => {
    expect(ask("port inflation")).toBeNull();
  });
});

describe("kinds of one thing as each other's options", () => {
  it("offers the other kinds the article names, not its other terms", () => {
    const text = "Snow\nA blizzard is a storm of snow with strong winds that lasts for hours. A drift is a heap of snow piled up by the wind. Snow that falls as fine powder is called dry snow. Snow that is heavy with water is called wet snow. Snow that has frozen into a hard shell is called crust snow.";
    const { sentences } = parseArticle(text);
    const defs = findDefinitions(sentences);
    const q = makeDefinitionQuestion(defs.find((d) => d.term === "wet snow")!, sentences, defs, [], () => 0.3)!;
    expect(q.prompt).toBe("What is snow that is heavy with water called?");
    expect(q.type).toBe("MULTIPLE_CHOICE");
    expect(q.options.map((o) => o.text).sort()).toEqual(["crust snow", "dry snow", "wet snow"]);
  });
});

function question(answerText: string, keyKind: GeneratedQuestion["keyKind"], prompt: string): GeneratedQuestion {
  return {
    type: "FILL_BLANK",
    prompt,
    options: [],
    answerKey: { kind: "text", accepted: [answerText] },
    answerText,
    source: { sentence: "", start: 0, end: 0, answer: { start: 0, end: 0 } },
    spanType: "TERM",
    score: 1,
    keyKind,
    confidence: 0.7,
  };
}

describe("a common term's last word shown in the stem", () => {
  it("does not give the term away, and the word setting it apart is accepted typed alone", () => {
    const q = question("salt marshes", "definition", "Sea water floods some low marshes twice a day. What are such marshes called?");
    expect(namesKey(q.prompt, q)).toBe(false);
    const text = "Coasts\nSea water floods some low marshes twice a day. Such marshes are called salt marshes.";
    const typed = question("salt marshes", "definition", "Sea water floods some low marshes twice a day. What are such marshes called?");
    applyChecks([typed], parseArticle(text), text);
    expect(typed.answerKey.kind === "text" && typed.answerKey.accepted).toContain("salt");
  });
  it("still gives away a name by any of its words, and a term by its setting-apart word", () => {
    expect(namesKey("Who held Halden for the king?", question("Fort Halden", "name", "Who held Halden for the king?"))).toBe(true);
    expect(namesKey("Which salt flats are called marshes?", question("salt marshes", "definition", "Which salt flats are called marshes?"))).toBe(true);
    // Among options of other kinds the kind word shown picks the key out.
    const choice = { ...question("salt marshes", "definition", "What are such marshes called?"), type: "MULTIPLE_CHOICE" as const, options: ["salt marshes", "sand dunes", "mud flats"].map((text, i) => ({ id: "abc"[i]!, text })) };
    expect(namesKey(choice.prompt, choice)).toBe(true);
  });
});
