import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/generation/find-links";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { findCauses, makeRestatedCause } from "@/lib/generation/make-cause-questions";
import { makeLinkQuestion, makeRestatedReason, makeSwappedLink } from "@/lib/generation/make-link-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { statementQuestion } from "@/lib/generation/question-parts";
import { createRandom } from "@/lib/generation/random";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "..", "fixtures", "articles", name), "utf8");
const mill = fixture("calder-mill-fire.txt");
const meadow = fixture("shared-meadow.txt");

function linksOf(text: string) {
  const article = parseArticle(text);
  return { article, links: findLinks(article.sentences, article.title) };
}

describe("causes stated without 'because'", () => {
  it("reads 'S1, so S2', 'S1, and as a result S2', 'Since S1, S2', 'As a result' after a sentence, 'X led Y to V' and 'The result was'", () => {
    const { links } = linksOf(mill);
    expect(links.map((l) => [l.sentenceIndex, l.role, l.question, l.answer])).toEqual([
      [1, "cause", "Why did the loose wool catch fire within minutes?", "Because the night watchman had left a lamp burning beside the carding room"],
      [2, "cause", "Why did the crews arrive almost an hour late?", "Because the town's only fire engine was kept across the river"],
      [3, "cause", "Why did the flames spread to the weavers' cottages along the lane?", "Because the mill's walls were built of timber"],
      // The reason sits in the sentence before the "As a result": the link is placed there.
      [4, "cause", "Why did many weaving families move to the coal towns in the north?", "Because the mill owner could not pay the workers for months"],
      [6, "cause", "What led the town council to ban timber buildings near the river?", "The cost of the fire"],
      [7, "result", "The cost of the fire led the town council to ban timber buildings near the river. What happened as a result?", "A new stone quarter by the harbour"],
    ]);
  });

  it("asks in the past after every verb known-base-form lists as the same in the past, beside a past reason", () => {
    const ask = (sentence: string) => linksOf(`The Tarn Ferry\n\nThe ferry crossed the river each day. ${sentence}`).links.map((l) => l.question);
    expect(ask("The traders shed their heavy coats on the ferry because the cabin was heated by a stove.")).toEqual(["Why did the traders shed their heavy coats on the ferry?"]);
    expect(ask("The town criers broadcast the ferry times because the ferry was used by many traders.")).toEqual(["Why did the town criers broadcast the ferry times?"]);
  });

  it("leaves half a reason ('generous but slow'), a claim as a result ('historians say that'), a time after 'since' and a hedged result", () => {
    const text =
      "The Pier Storm\n\nThe harbour master was careful but tired, so the boats stayed out too long. The storm broke the pier in two, so experts say that the town lost its trade. Since 1902 the pier has been rebuilt four times. Since the great storms of 1902, the harbour board rebuilds the pier every winter. The old pier was built of soft pine. As a result, the fishermen probably moved to the next bay.";
    expect(linksOf(text).links).toEqual([]);
  });

  it("leaves a reason that points outside itself and a previous sentence with a pronoun", () => {
    const text =
      "The New Road\n\nMerchants once took the long road over the pass. The tunnel saved many days on that trip, and as a result wool from the valley grew cheaper. It was closed by snow in winter. As a result, the inns on the pass lost their trade. The new survey of the valley was finished after it flooded. The result was a new map of the river.";
    expect(linksOf(text).links).toEqual([]);
  });

  it("offers the article's other reasons, each given for another event, as options", () => {
    const { article, links } = linksOf(meadow);
    expect(links.map((l) => l.question)).toEqual([
      "Why does each farmer add more cows than the field can feed?",
      "Why does the meadow turn to bare mud?",
      "Why did the number of cows stay within limits?",
      "Why do catches shrink year after year?",
    ]);
    const q = makeLinkQuestion(links[3]!, links, article.sentences, createRandom(1));
    expect(q?.options.map((o) => o.text).sort()).toEqual([
      "Because boats take more fish than the sea replaces",
      "Because no single farmer pays the whole cost",
      "Because the grass is eaten faster than it grows",
      "Because villages in the hills once chose a keeper for the meadow",
    ]);
    expect(q?.answerText).toBe("Because boats take more fish than the sea replaces");
    expect(passesGates(q!, meadow)).toBe(true);
  });

  it("reads a push ('X drove Y to V') as a cause, never as Y's purpose", () => {
    const text = "The Salt Tax\n\nThe salt tax was raised in 1790. The heavy losses drove the council to raise taxes.";
    const { links } = linksOf(text);
    expect(links.map((l) => [l.role, l.question, l.answer])).toEqual([["cause", "What drove the council to raise taxes?", "The heavy losses"]]);
  });

  it("leaves a push whose 'to' leads to a place, and a person as the pusher", () => {
    const text = "The Pass\n\nThe guide led the climbers to the summit. The mayor drove the wagons to the market. The storm drove the boats to the harbour. The old bishop persuaded the queen to build a hospital.";
    expect(linksOf(text).links).toEqual([]);
  });

  it("states a push with 'were' for a plural and the swapped-in cause in lower case", () => {
    const text = "Lean Years\n\nThe long drought forced the farmers to sell their cattle. The heavy losses drove the council to raise taxes.";
    const { article, links } = linksOf(text);
    expect(links.map((l) => [l.question, l.answer, l.head, l.bare])).toEqual([
      ["What forced the farmers to sell their cattle?", "The long drought", "The farmers were forced to sell their cattle by ", "the long drought"],
      ["What drove the council to raise taxes?", "The heavy losses", "The council was driven to raise taxes by ", "the heavy losses"],
    ]);
    expect(makeSwappedLink(links[0]!, links, article.sentences, text)?.prompt).toBe("The farmers were forced to sell their cattle by the heavy losses.");
  });
});

describe("a reason with no fair options, restated after its effect", () => {
  const wicker = "Balloon Baskets\n\nEarly balloon baskets were woven from wicker. Wicker bends easily under weight, so landings in a basket are gentle. Pilots carried sand to drop when they needed to climb.";

  it("asks 'S2 because S1.' as a true statement that passes the gates", () => {
    const article = parseArticle(wicker);
    const causes = findCauses(article.sentences);
    expect(causes).toHaveLength(1);
    const q = makeRestatedCause(causes[0]!, article.sentences, wicker);
    expect(q?.prompt).toBe("Landings in a basket are gentle because wicker bends easily under weight.");
    // A name opening the reason keeps its capital when the article writes it so after an initial.
    const named = "Ghost Stories\n\nThe tale is by the writer W. W. Jacobs. Jacobs never shows the visitor at the door, so the reader imagines the worst.";
    const article2 = parseArticle(named);
    expect(makeRestatedCause(findCauses(article2.sentences)[0]!, article2.sentences, named)?.prompt).toBe("The reader imagines the worst because Jacobs never shows the visitor at the door.");
    expect(q?.answerText).toBe("True");
    expect(passesGates(q!, wicker)).toBe(true);
    expect(generateQuestions(wicker, { count: 10, seed: 1 }).questions.map((g) => g.prompt)).toContain("Landings in a basket are gentle because wicker bends easily under weight.");
  });

  it("restates a link's reason only when it has no options of its own", () => {
    const { article, links } = linksOf(meadow);
    expect(links.every((l) => makeRestatedReason(l, links, article.sentences, meadow) === null)).toBe(true);
    const single = linksOf("Reed Roofs\n\nReed roofs last for decades. Since the reeds shed rain quickly, the roof beams stay dry.");
    expect(makeRestatedReason(single.links[0]!, single.links, single.article.sentences, "Reed Roofs\n\nReed roofs last for decades. Since the reeds shed rain quickly, the roof beams stay dry.")?.prompt).toBe(
      "The roof beams stay dry because the reeds shed rain quickly.",
    );
  });

  it("places a reason told in the sentence before at the effect's sentence", () => {
    const text = "Ghost Tales\n\nThe tale is told by a lodger. The writer never shows the visitor at the door. As a result, the reader imagines the worst.";
    const { article, links } = linksOf(text);
    expect(links.map((l) => [l.sentenceIndex, l.effectIndex, l.question])).toEqual([[1, 2, "Why does the reader imagine the worst?"]]);
    const q = makeRestatedReason(links[0]!, links, article.sentences, text);
    expect(q?.prompt).toBe("The reader imagines the worst because the writer never shows the visitor at the door.");
    expect(q?.source.sentence).toBe("As a result, the reader imagines the worst.");
    expect(passesGates(q!, text)).toBe(true);
    // The older cause maker reads the same "As a result": one restatement among the candidates, not two.
    const made: string[] = [];
    generateQuestions(text, { count: 10, seed: 1, trace: (c) => made.push(c.prompt) });
    expect(made.filter((p) => p === "The reader imagines the worst because the writer never shows the visitor at the door.")).toHaveLength(1);
  });

  it("never restates a hedged or reported reason, or one leaning on the effect's pronoun", () => {
    for (const text of [
      "Old Roads\n\nScholars think the roads were poor, so trade slowed in the hills.",
      "Old Roads\n\nThe roads were probably poor, so trade slowed in the hills.",
      "Old Roads\n\nThe hill roads were poor, so it slowed in the hills.",
      // The effect would come first, and its pronoun or "there" would point ahead or nowhere.
      "Old Roads\n\nThe duke was restless and harsh, so Ivo Marr was glad to ride to Ghent as his messenger.",
      "Old Roads\n\nThe valley floor is always in deep shade, so little corn grows there.",
      // The aside cut from inside the subject leaves it without its verb.
      "Old Roads\n\nBecause the tank is under high pressure, gas and tiny dissolved crystals, such as salt, are pushed out into the tank.",
    ]) {
      const article = parseArticle(text);
      const restated = findCauses(article.sentences).map((c) => makeRestatedCause(c, article.sentences, text));
      const { links } = linksOf(text);
      restated.push(...links.map((l) => makeRestatedReason(l, links, article.sentences, text)));
      expect(restated.filter(Boolean), text).toEqual([]);
    }
  });

  it("restates a reason whose 'think' or 'say' is something done after 'could' or 'to', not a hedge", () => {
    const text = "Deep Dives\n\nIn 1931 the diver Oren Vask went down in a steel sphere. Every valve was worked from the boat, because no one then knew whether a diver could think clearly at that depth.";
    const article = parseArticle(text);
    const restated = findCauses(article.sentences).map((c) => makeRestatedCause(c, article.sentences, text)?.prompt);
    expect(restated).toEqual(["Every valve was worked from the boat because no one then knew whether a diver could think clearly at that depth."]);
    // The writer's own hedge still stops it.
    const hedged = "Deep Dives\n\nEvery valve was worked from the boat, because experts think the divers were slow.";
    const other = parseArticle(hedged);
    expect(findCauses(other.sentences).map((c) => makeRestatedCause(c, other.sentences, hedged))).toEqual([null]);
  });

  it("reads an opening 'Because …' whose effect goes on after a semicolon", () => {
    const text = "The Kell Canal\n\nThe Kell Canal opened in 1802 between the town of Arn and the sea. Because the ground was level and the two rivers lie at nearly one height, the canal needed no locks; the sea simply ran in at either end.";
    const article = parseArticle(text);
    const causes = findCauses(article.sentences);
    expect(causes.map((c) => [c.question, c.answer])).toEqual([["Why did the canal need no locks?", "The ground was level and the two rivers lie at nearly one height"]]);
    expect(makeRestatedCause(causes[0]!, article.sentences, text)?.prompt).toBe("The canal needed no locks because the ground was level and the two rivers lie at nearly one height.");
  });

  it("keeps a restated reason whose halves the article does not write out of a quiz", () => {
    const source = { sentence: "Wicker bends easily under weight, so landings in a basket are gentle.", start: 60, end: 128, answer: { start: 60, end: 84 } };
    const made = statementQuestion({ statement: "Landings in a basket are soft because wicker bends easily under weight.", isTrue: true, source, keyKind: "cause", confidence: 0.64 });
    const fixed = { ...made, source: { ...made.source, start: wicker.indexOf(source.sentence), end: wicker.indexOf(source.sentence) + source.sentence.length } };
    expect(passesGates(fixed, wicker)).toBe(false);
  });
});

describe("a reason after 'since', never a time", () => {
  it("leaves 'since' that counts time from an event", () => {
    const text = "Forest Edge\n\nSince the settlers arrived, the forest has shrunk by half. Since the end of the war, the mill stands empty.";
    expect(linksOf(text).links).toEqual([]);
  });

  it("leaves a time or an event named after 'since' with no verb of its own, and keeps a reason with one", () => {
    const text = "The Salt Road\n\nSince medieval times, traders carried salt along the road to the hill towns. Since the spring floods, the lower bridge stays shut to carts.";
    expect(linksOf(text).links).toEqual([]);
    const reason = linksOf("Ferry Times\n\nThe ferry crosses the lake twice a day. Since the lake freezes each winter, the ferry stops in December.");
    expect(reason.links.map((l) => [l.question, l.answer])).toEqual([["Why does the ferry stop in December?", "Because the lake freezes each winter"]]);
  });
});

describe("a false statement with another event's reason", () => {
  it("never swaps in a reason that opens with its own subject's pronoun, nor turns an effect that says 'there'", () => {
    const text = "Hill Farms\n\nFarmers return seed from each harvest, so the seed store grows every year. Lowland wheat often fails in Velland, because it was bred for long dry summers.";
    const { article, links } = linksOf(text);
    expect(links.map((l) => l.question)).toEqual(["Why does the seed store grow every year?", "Why does lowland wheat often fail in Velland?"]);
    // The only other reason opens with "it" (the wheat): none to swap in.
    expect(makeSwappedLink(links[0]!, links, article.sentences, text)).toBeNull();
    // The wheat's reason is swapped for the seed's: a statement, unless its effect says "there", which would place it nowhere.
    expect(makeSwappedLink(links[1]!, links, article.sentences, text)?.prompt).toMatch(/^Lowland wheat often fails in Velland because farmers return seed/);
    const there = { ...links[1]!, head: links[1]!.head!.replace("in Velland", "there") };
    expect(makeSwappedLink(there, [links[0]!, there], article.sentences, text)).toBeNull();
  });
});
