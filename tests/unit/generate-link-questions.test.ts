import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findLinks } from "@/lib/generation/find-links";
import { generateQuestions, passesGates } from "@/lib/generation/generate-questions";
import { makeLinkQuestion, makeSwappedLink } from "@/lib/generation/make-link-questions";
import { makeOddLinkQuestions } from "@/lib/generation/make-odd-link-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "..", "fixtures", "articles", name), "utf8");
const town = fixture("ferrow-bridge-town.txt");
const story = fixture("greyhollow-lantern-story.txt");

function linksOf(text: string) {
  const article = parseArticle(text);
  return { article, links: findLinks(article.sentences, article.title) };
}

describe("causes, results, means and purposes from discourse markers", () => {
  it("reads each marker into a question that names its event and a short key", () => {
    const { links } = linksOf(town);
    expect(links.map((l) => [l.role, l.question, l.answer])).toEqual([
      ["cause", "Why did the first settlers build a timber bridge in 1320?", "Because the river was too deep to ford"],
      ["cause", "Why did the wool trade grow quickly?", "Because of the rich grazing land on the hills above the valley"],
      ["means", "How did the weaving guild keep its prices high?", "By limiting the number of apprentices"],
      ["cause", "Why did the old market hall burn down in 1604?", "Because a bakery fire spread through the thatched roofs"],
      ["means", "How did the council pay for a new hall?", "By selling the common pasture"],
      ["result", "What did the great flood of 1771 lead to?", "The building of a stone embankment"],
      ["purpose", "Why did the council build the embankment?", "To keep the river out of the lower streets"],
      ["purpose", "Why did the mill owners dig a canal?", "To carry cloth to the coast"],
      ["result", "What did the arrival of the railway in 1852 bring about?", "The decline of the river barges"],
      ["means", "How did the vicar open a free library?", "By using donations from the mill owners"],
      ["purpose", "Why did Ada Pell found a night school?", "To teach the mill workers to read"],
      ["result", "What did the closing of the last mill cause?", "A long depression in the town"],
    ]);
  });

  it("offers only answers of the same role given for other events", () => {
    const { article, links } = linksOf(town);
    const random = createRandom(1);
    const options = (i: number) => makeLinkQuestion(links[i]!, links, article.sentences, random)?.options.map((o) => o.text).sort();
    expect(options(5)).toEqual(["A long depression in the town", "The building of a stone embankment", "The decline of the river barges"]);
    expect(options(2)).toEqual(["By limiting the number of apprentices", "By selling the common pasture", "By using donations from the mill owners"]);
    expect(options(7)).toEqual(["To carry cloth to the coast", "To keep the river out of the lower streets", "To teach the mill workers to read"]);
    // Every question built over the whole article passes the gates and keys its own answer.
    for (const [i, link] of links.entries()) {
      const q = makeLinkQuestion(link, links, article.sentences, random);
      expect(q, link.question).not.toBeNull();
      expect(passesGates(q!, town)).toBe(true);
      expect(q!.options.find((o) => q!.answerKey.kind === "choice" && o.id === q!.answerKey.optionId)?.text).toBe(links[i]!.answer);
    }
  });

  it("falls back to a false statement with another event's cause when no fair option set exists", () => {
    const text =
      "Why Things Move\n\nA sled slides to a stop because the snow rubs against its runners. A kite climbs higher because the wind pushes up under its face. Boats float on water.";
    const { article, links } = linksOf(text);
    expect(links.map((l) => l.question)).toEqual(["Why does a sled slide to a stop?", "Why does a kite climb higher?"]);
    expect(makeLinkQuestion(links[0]!, links, article.sentences, createRandom(1))).toBeNull();
    const swapped = makeSwappedLink(links[0]!, links, article.sentences, text);
    expect(swapped?.prompt).toBe("A sled slides to a stop because the wind pushes up under its face.");
    expect(swapped?.answerText).toBe("False");
    expect(passesGates(swapped!, text)).toBe(true);
  });

  it("never offers one actor's or one event's other answers, so a one-topic article gets no such question", () => {
    const text =
      "What Was the Long Walk?\n\nThe Long Walk was a charity walk across the moor. Ida Rowe walked across the moor to raise money for the hospital. Ida Rowe wrote a diary to remember the journey. The Long Walk led to a new ward. It also led to a yearly charity walk. The Long Walk brought about a rush of donations.";
    const { article, links } = linksOf(text);
    // Two purposes of one walker, three results of one walk ("It" is the title's walk).
    expect(links.map((l) => l.role)).toEqual(["purpose", "purpose", "result", "result", "result"]);
    for (const link of links) {
      expect(makeLinkQuestion(link, links, article.sentences, createRandom(1))).toBeNull();
      expect(makeSwappedLink(link, links, article.sentences, text)).toBeNull();
    }
  });

  it("reads a means after 'through' a process or 'with the help of', and a result after ', leading to', never a place passed through", () => {
    const text =
      "The Salt Road\n\nThe salt road linked the coast to the hill towns for three hundred years.\n\nThe hill towns grew rich through the salt trade. The road was closed by a landslide in 1810, leading to a sharp rise in the price of salt. The carters passed through the station at Morrow. The old toll house was rebuilt with the help of a grant from the county.";
    const { article, links } = linksOf(text);
    expect(links.map((l) => [l.role, l.question, l.answer])).toEqual([
      ["means", "How did the hill towns grow rich?", "Through the salt trade"],
      ["result", "The road was closed by a landslide in 1810. What happened as a result?", "A sharp rise in the price of salt"],
      ["means", "How was the old toll house rebuilt?", "With the help of a grant from the county"],
    ]);
    expect(makeSwappedLink(links[0]!, links, article.sentences, text)?.prompt).toBe("The hill towns grew rich through a grant from the county.");
  });

  it("asks what causes a thing stated in the passive, and what a thing is used to do, with the article's other causes and uses", () => {
    const text =
      "How Coasts Change\n\nCoasts change shape all the time.\n\nTides are caused by the pull of the Moon. Longshore drift is caused by waves that arrive at an angle. Storm surges are mainly caused by strong winds over shallow water. Groynes are used to trap sand on a beach. Sea walls are used to stop waves from reaching the town. Beaches grow in summer due to gentle waves.";
    const { article, links } = linksOf(text);
    expect(links.map((l) => [l.question, l.answer])).toEqual([
      ["What causes tides?", "The pull of the Moon"],
      ["What causes longshore drift?", "Waves that arrive at an angle"],
      ["What causes storm surges?", "Strong winds over shallow water"],
      ["What are groynes used to do?", "To trap sand on a beach"],
      ["What are sea walls used to do?", "To stop waves from reaching the town"],
      ["Why do beaches grow in summer?", "Because of gentle waves"],
    ]);
    const random = createRandom(1);
    // A noun-phrase cause stands beside "because of" causes without its "Because of"; "Gentle waves" shares the key's word and stays out.
    expect(makeLinkQuestion(links[1]!, links, article.sentences, random)?.options.map((o) => o.text).sort()).toEqual(["Strong winds over shallow water", "The pull of the Moon", "Waves that arrive at an angle"]);
    expect(makeLinkQuestion(links[5]!, links, article.sentences, random)?.options.map((o) => o.text).sort()).toEqual(["Because of gentle waves", "Because of strong winds over shallow water", "Because of the pull of the Moon"]);
    expect(makeSwappedLink(links[3]!, links, article.sentences, text)?.prompt).toBe("Groynes are used to stop waves from reaching the town.");
  });

  it("reads a story's goals, causes and means, and keeps near-identical answers from standing side by side", () => {
    const { article, links } = linksOf(story);
    expect(links.map((l) => [l.question, l.answer])).toEqual([
      ["Why did Old Bram light the great lantern on the cliff?", "To guide the boats home"],
      ["Why did Bram climb the cliff path?", "Because the boats were still out at sea"],
      ["How did the fishermen find the harbour?", "By following the faint light on the cliff"],
      ["Why did the villagers sell their best nets?", "To buy new glass"],
      ["Why did the glassmaker in Porthmere sail to Greyhollow?", "To fit the new glass"],
      ["Why did the light reach twice as far?", "Because the new glass was thicker"],
    ]);
    // "To buy new glass" and "To fit the new glass" say nearly the same: never both options of one question, so no fair set here.
    for (const link of links) expect(makeLinkQuestion(link, links, article.sentences, createRandom(1))).toBeNull();
    const swapped = links.map((l) => makeSwappedLink(l, links, article.sentences, story)?.prompt);
    expect(swapped).toEqual([
      "Old Bram lit the great lantern on the cliff to buy new glass.",
      "Bram climbed the cliff path because the new glass was thicker.",
      undefined,
      "The villagers sold their best nets to guide the boats home.",
      "The glassmaker in Porthmere sailed to Greyhollow to guide the boats home.",
      "The light reached twice as far because the boats were still out at sea.",
    ]);
  });

  it("reads present-tense purposes of several actors, whose answers share only a topic word", () => {
    const text =
      "How Bees Make Honey\n\nHoneybees live in large colonies.\n\nWorker bees visit flowers to collect nectar. The bees store the nectar in wax cells. Beekeepers use smoke to calm the bees. Scientists use tiny tags to track single bees. The queen needs workers to feed her. It takes a long time to fill a cell.";
    const { article, links } = linksOf(text);
    expect(links.map((l) => [l.question, l.answer])).toEqual([
      ["Why do worker bees visit flowers?", "To collect nectar"],
      ["Why do beekeepers use smoke?", "To calm the bees"],
      ["Why do scientists use tiny tags?", "To track single bees"],
    ]);
    expect(makeLinkQuestion(links[1]!, links, article.sentences, createRandom(1))?.options.map((o) => o.text).sort()).toEqual(["To calm the bees", "To collect nectar", "To track single bees"]);
  });

  it("reads 'This led to …' after a sentence that stands alone, shown before the question", () => {
    const text =
      "The Dam at Carrow\n\nThe dam at Carrow held back the river for forty years.\n\nThe dam burst during the spring storms of 1889. This led to new building rules for every dam in the county. He said it was unsafe. This caused a long quarrel. The new rules caused a rise in building costs.";
    expect(linksOf(text).links.map((l) => [l.question, l.answer])).toEqual([
      ["The dam burst during the spring storms of 1889. What happened as a result?", "New building rules for every dam in the county"],
      ["What did the new rules cause?", "A rise in building costs"],
    ]);
    // The rise in costs followed from the new rules, which followed from the burst: no false statement swaps one in for the other.
    const { article, links } = linksOf(text);
    expect(makeSwappedLink(links[0]!, links, article.sentences, text)).toBeNull();
  });

  it("asks a one-topic article's results together, with one of its causes as the odd one out", () => {
    const text =
      "What Was the Great Smog?\n\nThe Great Smog was a thick fog of smoke that covered the city of Dunmere for five days in 1952.\n\nThe Great Smog was caused by cold still air and coal smoke. Few people at first saw the danger. The Great Smog led to the Clean Air Act. It also caused thousands of early deaths. The Great Smog brought about a shift to cleaner fuels in homes.";
    const { article, links } = linksOf(text);
    // Three results of one event: none is another's wrong option.
    for (const link of links) expect(makeLinkQuestion(link, links, article.sentences, createRandom(1))).toBeNull();
    const [q, ...rest] = makeOddLinkQuestions(links, article.sentences, createRandom(1));
    expect(rest).toEqual([]);
    expect(q?.prompt).toBe("Which of these was NOT a result of the Great Smog, according to the article?");
    expect(q?.answerText).toBe("Cold still air and coal smoke");
    expect(q?.options.map((o) => o.text).sort()).toEqual(["A shift to cleaner fuels in homes", "Cold still air and coal smoke", "The Clean Air Act", "Thousands of early deaths"]);
    expect(passesGates(q!, text)).toBe(true);
    // With two results, the cause is asked for among them; with no stated cause, nothing.
    const two = linksOf(text.replace(" The Great Smog brought about a shift to cleaner fuels in homes.", ""));
    expect(makeOddLinkQuestions(two.links, two.article.sentences, createRandom(1)).map((x) => x.prompt)).toEqual(["Which of these was one of the causes of the Great Smog, according to the article?"]);
    const none = linksOf(text.replace("The Great Smog was caused by cold still air and coal smoke. ", ""));
    expect(makeOddLinkQuestions(none.links, none.article.sentences, createRandom(1))).toEqual([]);
  });

  it("leaves a 'to' that belongs to a noun, an ordinal, a copula or a clause of its own, and a clause that cannot stand alone", () => {
    const text =
      "Firsts\n\nMira Holt became the first woman to cross the strait. The guild won the right to trade in the port. Tom Vale showed that plants need light to grow. At this stage no rain falls yet because the rising air holds the drops up. The pump lifts water and fills the tank because the motor turns the wheel. The next spring the villagers sold their nets to buy glass.";
    expect(linksOf(text).links).toEqual([]);
  });

  it("asks them in a generated quiz, with a key kind for each role", () => {
    const { questions } = generateQuestions(town, { count: 12, seed: 1 });
    const kinds = new Set(questions.map((q) => q.keyKind));
    for (const kind of ["cause", "result", "means", "purpose"]) expect(kinds.has(kind as never), kind).toBe(true);
    for (const q of questions) expect(passesGates(q, town)).toBe(true);
  });
});

describe("link options belong to the list they were asked with", () => {
  it("does not reuse options picked from another call's links", () => {
    const { article, links } = linksOf(town);
    const index = links.findIndex((l) => makeLinkQuestion(l, links, article.sentences, createRandom(1)) !== null);
    expect(index).toBeGreaterThanOrEqual(0);
    // The same fact asked again with only itself: no other answers, so no options and no question.
    expect(makeLinkQuestion(links[index]!, [links[index]!], article.sentences, createRandom(1))).toBeNull();
  });
});
