import { describe, expect, it } from "vitest";
import { namesKey } from "@/lib/generation/check-shown-text";
import { isUngrammatical, pointsOutside } from "@/lib/generation/check-stems";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { findSpans } from "@/lib/generation/find-spans";
import { makeDefinitionQuestion } from "@/lib/generation/make-term-questions";
import { mentions } from "@/lib/generation/whole-words";
import { parseArticle } from "@/lib/generation/parse-article";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { applyChecksAtLevel } from "../support/apply-checks";

const found = (text: string) => findDefinitions(parseArticle(text).sentences).map((d) => [d.term, d.question]);
const terms = (text: string) => findDefinitions(parseArticle(text).sentences).map((d) => d.term);

describe("'When <clause>, it is called <term>'", () => {
  it("asks 'When <clause>, what is it called?', the clause kept before the 'it' it explains", () => {
    const text = "Frost\nOn cold nights the air near the ground loses its warmth. When water vapour turns straight into ice, it is called deposition. Frost on a window forms this way.";
    expect(found(text)).toContainEqual(["deposition", "When water vapour turns straight into ice, what is it called?"]);
    expect(pointsOutside("When water vapour turns straight into ice, what is it called?")).toBe(false);
    expect(isUngrammatical("When water vapour turns straight into ice, what is it called?")).toBe(false);
    // (A pronoun before "called" with no verb of its own is still a misfire.)
    expect(isUngrammatical("What is in the hills and in the valley it called?")).toBe(true);
  });

  it("never turns the clause's subject into an event: 'it' keeps its place after the clause", () => {
    const text = "Volcanoes\nDeep under a volcano lies hot melted rock. When magma reaches the surface, it is called lava. Lava cools into new rock.";
    expect(found(text)).toContainEqual(["lava", "When magma reaches the surface, what is it called?"]);
    expect(found(text).map(([, q]) => q)).not.toContain("What is it called when magma reaches the surface?");
  });

  it("takes no capitalised name, and no clause that points outside", () => {
    expect(terms("Rivers\nThe Velm rises in the hills. When the Velm enters the lowlands, it is called the Dorrel.")).toEqual([]);
    expect(terms("Frost\nOn cold nights the ground cools. When this happens to the grass, it is called hoar frost.")).toEqual([]);
  });
});

describe("'When/If <clause>, this is called <term>'", () => {
  it("asks the term with the clause kept and 'this' in place, a reader's 'you' allowed in the clause", () => {
    const text = "Saving Coins\nA purse keeps coins safe. When you hand coins to a clerk for safe keeping, this is called a lodgement. The clerk writes it in a ledger.";
    expect(found(text)).toContainEqual(["lodgement", "When you hand coins to a clerk for safe keeping, what is this called?"]);
    const plant = "Plants\nPlants need light to grow. If a stem bends towards a lamp, this is called phototropism. Roots bend the other way.";
    expect(found(plant)).toContainEqual(["phototropism", "If a stem bends towards a lamp, what is this called?"]);
    expect(isUngrammatical("When you hand coins to a clerk for safe keeping, what is this called?")).toBe(false);
  });

  it("still takes no clause whose pronoun points outside the sentence", () => {
    expect(terms("Saving Coins\nA purse keeps coins safe. When they hand coins to a clerk for safe keeping, this is called a lodgement.")).toEqual([]);
  });
});

describe("an opening clause is no subject of 'is called'", () => {
  it("asks nothing when 'it' after the clause names something outside the sentence", () => {
    expect(terms("Forts\nThe first settlers built a fort by the lake. When they moved the fort to the hill, it was called Newburgh.")).toEqual([]);
  });
});

describe("a naming followed by another clause", () => {
  it("asks the name of what a possessive or an article introduces", () => {
    const text = "The Salt Traders\nMira ruled the river towns for forty years. Mira's eldest son was named Talo, and he ruled after her. The three small islands are called the Combs, and they shelter the harbour.";
    const asked = found(text);
    expect(asked).toContainEqual(["Talo", "What was Mira's eldest son called?"]);
    expect(asked).toContainEqual(["Combs", "What are the three small islands called?"]);
  });

  it("takes no rank or honour, no bare subject, no particle, no lowercase word and no phrase after the name", () => {
    const none = (sentence: string) => terms(`The Salt Traders\nMira ruled the river towns for forty years. ${sentence}`);
    // Ranks and honours appoint or reward.
    expect(none("Mira's eldest son was named Regent, and he ruled until she came back.")).toEqual([]);
    expect(none("The port was named European Capital of Trade, and many ships came.")).toEqual([]);
    expect(none("The harbour was named Best Port, and the traders were proud.")).toEqual([]);
    // A bare name as subject: "Talo was named Steward" appoints a man.
    expect(none("Talo was named Steward, and he kept the accounts.")).toEqual([]);
    // A verb's particle, an adverb, a judgement or a description after "called".
    expect(none("The fair was called off, and the traders went home.")).toEqual([]);
    expect(none("The guards were called home, and they marched through the town.")).toEqual([]);
    expect(none("The vote was called early, and her party lost.")).toEqual([]);
    expect(none("The new plan was called a failure, and the mayor resigned.")).toEqual([]);
    expect(none("The town is known as a centre of trade, and its market is large.")).toEqual([]);
    // A phrase after the name would be graded as part of it.
    expect(none("The lake is called Deepmere by the locals, and it is very cold.")).toEqual([]);
  });

  it("takes a capitalised name that happens to be a particle word", () => {
    const text = "The Salt Traders\nMira ruled the river towns for forty years. The smallest village is called Over, and it lies on the river. The next hamlet is known as Up Marsh.";
    expect(terms(text)).toEqual(["Over", "Up Marsh"]);
  });

  it("lowercases an owner the lexicon knows as a common word, and an opening article", () => {
    expect(found("Water\nRain falls on the hills. Water's pull on the grains is called drag.")).toContainEqual(["drag", "What is water's pull on the grains called?"]);
    expect(found("Rocks\nThe crust is thin. Earth's hot centre is called the core.")).toContainEqual(["core", "What is Earth's hot centre called?"]);
    expect(found("Faults\nRocks press on each other. A sudden slip of rock is called a quake.")).toContainEqual(["quake", "What is a sudden slip of rock called?"]);
  });
});

describe("kinds of one thing as each other's options", () => {
  it("offers the other kinds the article names, not its other terms", () => {
    const text = "Snow\nA blizzard is a storm of snow with strong winds that lasts for hours. A drift is a heap of snow piled up by the wind. Snow that falls as fine powder is called dry snow. Snow that is heavy with water is called wet snow. Snow that has frozen into a hard shell is called crust snow.";
    const { sentences } = parseArticle(text);
    const defs = findDefinitions(sentences);
    const q = makeDefinitionQuestion(defs.find((d) => d.term === "wet snow")!, sentences, defs, [], () => 0.3, text)!;
    expect(q.prompt).toBe("What is snow that is heavy with water called?");
    expect(q.type).toBe("MULTIPLE_CHOICE");
    expect(q.options.map((o) => o.text).sort()).toEqual(["crust snow", "dry snow", "wet snow"]);
  });

  const ask = (text: string, term: string) => {
    const { sentences } = parseArticle(text);
    const defs = findDefinitions(sentences);
    return makeDefinitionQuestion(defs.find((d) => d.term === term)!, sentences, defs, [], () => 0.3, text)!;
  };
  it("never offers the thing itself beside its kinds: it is a right answer too", () => {
    const text = "Snow\nFrozen water that falls from clouds in flakes is called snow. Snow that falls as fine powder is called dry snow. Snow that is heavy with water is called wet snow. When flakes grow as large as a hand in very cold still air, it is called supersnow.";
    const q = ask(text, "supersnow");
    expect(q.options.map((o) => o.text).sort()).toEqual(["dry snow", "supersnow", "wet snow"]);
    // Nor among the article's other terms when it names no other kind.
    const plain = "Snow\nFrozen water that falls from clouds in flakes is called snow. Frozen rain that bounces off roofs is called sleet. Balls of ice that fall in summer storms are called hail. Wind that carries ice dust is called a whiteout. When flakes grow as large as a hand in very cold still air, it is called supersnow.";
    expect(ask(plain, "supersnow").options.map((o) => o.text)).not.toContain("snow");
  });
  it("takes no word that only ends like the key for one of its kinds", () => {
    // Two other terms only: as "kinds" of heat they would make a choice of three; as plain terms they are too few.
    const text = "Farms\nEnergy that flows from a warm thing to a cold one is called heat. A grain grown for bread is called wheat. A grain grown on poor soil is called buckwheat.";
    const q = ask(text, "heat");
    expect(q.type).toBe("FILL_BLANK");
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
    applyChecksAtLevel([typed], parseArticle(text), text);
    expect(typed.answerKey.kind === "text" && typed.answerKey.accepted).toContain("salt");
    const dunes = "Dunes\nThe dunes are held in place by a tough kind of grass called lyme grass.";
    const kind = question("lyme grass", "definition", "The dunes are held in place by a tough kind of grass called _____. (a term from the article)");
    applyChecksAtLevel([kind], parseArticle(dunes), dunes);
    expect(kind.answerKey.kind === "text" && kind.answerKey.accepted).toContain("lyme");
  });
  it("neither accepts the first word alone nor lets the last one show when the stem uses it in another role", () => {
    const prompt = "What is the dry land that lies in the shadow of a mountain range called?";
    const text = "Deserts\nThe dry land that lies in the shadow of a mountain range is called a rain shadow.";
    const typed = question("rain shadow", "definition", prompt);
    applyChecksAtLevel([typed], parseArticle(text), text);
    expect(typed.answerKey.kind === "text" && typed.answerKey.accepted).not.toContain("rain");
    expect(namesKey(prompt, question("rain shadow", "definition", prompt))).toBe(true);
  });
  it("still gives away a name by any of its words, and a term by its setting-apart word", () => {
    expect(namesKey("Who held Halden for the king?", question("Fort Halden", "name", "Who held Halden for the king?"))).toBe(true);
    expect(namesKey("Which salt flats are called marshes?", question("salt marshes", "definition", "Which salt flats are called marshes?"))).toBe(true);
    // Among options of other kinds the kind word shown picks the key out.
    const choice = { ...question("salt marshes", "definition", "What are such marshes called?"), type: "MULTIPLE_CHOICE" as const, options: ["salt marshes", "sand dunes", "mud flats"].map((text, i) => ({ id: "abc"[i]!, text })) };
    expect(namesKey(choice.prompt, choice)).toBe(true);
  });
});

describe("a term after 'called' in a sentence", () => {
  it("is no verb's particle or adverb ('were called home', 'was called early')", () => {
    const terms = (sentence: string) => findSpans(sentence).filter((s) => s.type === "TERM").map((s) => s.text);
    expect(terms("The guards were called home, and they marched through the town.")).toEqual([]);
    expect(terms("The vote was called early, and her party lost.")).toEqual([]);
    expect(terms("The roots hold tiny hairs called fibrils.")).toEqual(["fibrils"]);
    // "named after …" says for whom a thing was named: the preposition is no term.
    expect(terms("The school was named after Oren Pike.")).toEqual([]);
    expect(terms("The new hall was named after the mayor's daughter.")).toEqual([]);
  });
});

describe("a term named in a text", () => {
  it("is found whole in any case, never inside a longer word", () => {
    expect(mentions("The Kell River floods each spring.", "kell river")).toBe(true);
    expect(mentions("the kell river floods each spring.", "Kell River")).toBe(true);
    expect(mentions("Kellsford lies on the river.", "Kell")).toBe(false);
    expect(mentions("The half-kell weir held.", "kell")).toBe(false);
    expect(mentions("The weir held.", "kell")).toBe(false);
  });

  it("is found in any case with letters outside plain ASCII too", () => {
    expect(mentions("The guild met in ZÜRICH that year.", "Zürich")).toBe(true);
    // The pattern's case folding matches either small sigma to a capital one; lower case writes a word's last one as "ς".
    expect(mentions("The ΜΟΣ crater", "μοσ")).toBe(true);
    // And the micro sign to the Greek mu, which lower case leaves apart.
    expect(mentions("A gap of 5 µm.", "μm")).toBe(true);
  });
});
