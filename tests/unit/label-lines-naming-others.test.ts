import { describe, expect, it } from "vitest";
import { findLabelledLines, makeLabelQuestion } from "@/lib/generation/make-label-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// A numbered glossary list whose last line names another line's label, and a description that is a clause with a
// prepositional phrase before its verb. The article is invented.
const bread = [
  "How Honey Bread Is Made",
  "",
  "Honey bread is a sweet loaf baked in the villages of the Ostra valley. Every family keeps its own recipe.",
  "",
  "The dough passes through five main stages:",
  "",
  "1. Mixing: flour, honey and water are stirred together.",
  "2. Rising: a thin crust of honey forms on top.",
  "3. Shaping: the baker presses the dough into a round tin.",
  "4. Proving: the loaf swells to twice its size.",
  "5. Baking: the loaf turns brown, and it is done once it looks as it did after Rising.",
  "",
  "The bread keeps for a week in a cool cupboard.",
].join("\n");

describe("a labelled list with a line naming another label", () => {
  it("leaves that line out and asks the set on the rest", () => {
    const [set] = findLabelledLines(parseArticle(bread), bread);
    expect(set?.kind).toBe("stage");
    expect(set!.lines.map((l) => l.label)).toEqual(["Mixing", "Rising", "Shaping", "Proving"]);
  });
  it("still drops a set of two whose lines name each other", () => {
    const two = bread.replace("five main stages", "two main stages").replace(/3\. Shaping.*\n4\. Proving.*\n5\. Baking.*\n/, "").replace("2. Rising: a thin crust of honey forms on top.", "2. Rising: the dough rests after Mixing.");
    expect(findLabelledLines(parseArticle(two), two)).toEqual([]);
  });
  it("asks a clause description 'as follows', never as 'Which stage is <clause>?'", () => {
    const article = parseArticle(bread);
    const [set] = findLabelledLines(article, bread);
    const rising = set!.lines.find((l) => l.label === "Rising")!;
    const q = makeLabelQuestion(set!.kind, rising, set!.lines, article.sentences, bread, createRandom(1));
    expect(q?.prompt).toBe("Which stage does the article describe as follows: a thin crust of honey forms on top?");
    expect(q?.answerText).toBe("Rising");
  });
});

// A bulleted glossary in lower case, each term then "when …" (invented).
const desert = [
  "How Wind Shapes Deserts",
  "",
  "Wind is a slow but steady sculptor of dry land. Over thousands of years it moves sand and carves rock.",
  "",
  "Wind changes a desert in four main ways:",
  "",
  "- deflation, when the wind lifts loose dust and carries it far away;",
  "- scouring, when sand blown low along the ground wears the base of a rock;",
  "- polishing, when those grains smooth the rock until it shines;",
  "- drifting, when sand piles up behind a bush and forms a small dune.",
  "",
  "Some desert rocks end up shaped like mushrooms.",
].join("\n");

describe("a glossary line 'term, when …'", () => {
  it("takes the term as the label and asks 'What is it called when …?', leaving out a line that points back", () => {
    const article = parseArticle(desert);
    const [set] = findLabelledLines(article, desert);
    expect(set?.kind).toBe("way");
    expect(set!.lines.map((l) => l.label)).toEqual(["deflation", "scouring", "drifting"]);
    const scouring = set!.lines.find((l) => l.label === "scouring")!;
    const q = makeLabelQuestion(set!.kind, scouring, set!.lines, article.sentences, desert, createRandom(1));
    expect(q?.prompt).toBe("What is it called when sand blown low along the ground wears the base of a rock?");
    expect(q?.answerText).toBe("scouring");
    expect(q?.options.map((o) => o.text).sort()).toEqual(["deflation", "drifting", "scouring"]);
  });
  it("takes no time or place as a term ('in spring, when …')", () => {
    const seasons = desert.replace("- deflation, when", "- in spring, when").replace("- scouring, when", "- later, when").replace("- drifting, when", "- the next day, when");
    expect(findLabelledLines(parseArticle(seasons), seasons)).toEqual([]);
  });
});

// Two "term, when" lists in one section, one with two lines whose descriptions nest, one with an adverb label (invented).
const river = [
  "How the Brell Wears Its Valley",
  "",
  "The Brell runs fast over hard grey rock. Its valley is deep and narrow.",
  "",
  "The Brell wears away its bed in five main ways:",
  "",
  "- grinding, when pebbles carried by the current rub against the bed;",
  "- rasping, when pebbles carried by the current rub against the bed and the banks;",
  "- dissolving, when the current melts soft rock such as chalk;",
  "- prising, when the force of the current alone splits the rock;",
  "- lifting, when the current raises loose gravel and carries it downstream.",
  "",
  "The herders of the valley work in three seasons:",
  "",
  "- lambing, when the river is low and the meadows are dry;",
  "- usually, when the river floods, the herders climb to the hills;",
  "- often, when the river is high and the grass is short;",
  "- moving, when the river rises, the herders drive the flocks uphill;",
  "- shearing, when the river is low and the wool is thick.",
  "",
  "Most valleys of the Brell end at a marsh.",
].join("\n");

describe("two glossary lists in one section", () => {
  const sets = findLabelledLines(parseArticle(river), river);
  it("starts a new set at each introducing line", () => {
    expect(sets.map((s) => s.kind)).toEqual(["way", "season"]);
  });
  it("leaves out two lines whose descriptions nest", () => {
    expect(sets[0]!.lines.map((l) => l.label)).toEqual(["dissolving", "prising", "lifting"]);
  });
  it("takes no adverb as a term and no line with a main clause after its comma", () => {
    expect(sets[1]!.lines.map((l) => l.label)).toEqual(["lambing", "shearing"]);
  });
});
