import { describe, expect, it } from "vitest";
import { findDefinitions } from "@/lib/generation/find-definitions";
import { findLists } from "@/lib/generation/find-lists";
import { findIntroducedTerms } from "@/lib/generation/introduced-terms";
import { findFunctionFacts, makeJobQuestion, makePartQuestion } from "@/lib/generation/make-function-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";

// An invented lamp whose parts are named in passing (set off by commas, "called", "which"), never listed, and two of whose
// parts end in "s" without being plurals.
const lamp = [
  "How the Harbour Lamp Works",
  "",
  "The harbour lamp, which burns whale oil, guided ships into Port Kessa for a century. Oil rises from the tank through the wick, a strip of woven cotton. Next the glow crosses the lens, the thick glass ring around the flame. Above it hangs the vent, which carries the smoke away. A brass plate called the reflector is fixed behind the flame, and a thin brass axis holds the lens in place.",
  "",
  "The wick draws oil up to the flame. The lens gathers the light into a narrow beam. The reflector sends stray light back towards the sea. The vent keeps the glass clear of soot.",
].join("\n");

describe("parts the article names in passing", () => {
  it("reads terms set off by an appositive, 'called' or 'which', never the title's own thing", () => {
    const article = parseArticle(lamp);
    expect(findIntroducedTerms(article.sentences, article.title)).toEqual(["wick", "lens", "vent", "reflector"]);
  });

  it("takes no noun that closes an opening phrase for a term ('In the lower yard, the keeper …')", () => {
    const yard = parseArticle("The Keeper's Day\n\nIn the lower yard, the keeper stacks the oil casks. The keeper checks the wick, a strip of cotton, at dusk.");
    expect(findIntroducedTerms(yard.sentences, yard.title)).toEqual(["wick"]);
    const gale = parseArticle("The Keeper's Day\n\nDespite the gale, the keeper lights the lamp. Around the tower, a narrow ledge runs. The keeper checks the wick, a strip of cotton, at dusk.");
    expect(findIntroducedTerms(gale.sentences, gale.title)).toEqual(["wick"]);
    const ledge = parseArticle("The Keeper's Day\n\nAbove the door hangs the bell, a brass cup. Beside it stands the rack, a row of pegs.");
    expect(findIntroducedTerms(ledge.sentences, ledge.title)).toEqual(["bell", "rack"]);
  });

  it("ends a 'called' term before a verb ('called the cap sits on …'), and keeps a two-word name whole", () => {
    const cap = parseArticle("The Keeper's Day\n\nA stone disc called the cap sits on each leg. Soft tubes called the oil lines are fixed to the tank.");
    expect(findIntroducedTerms(cap.sentences, cap.title)).toEqual(["cap", "oil lines"]);
  });

  it("takes no time of day or year for a term ('found it in the morning, which changes everything')", () => {
    const night = parseArticle("The Keeper's Day\n\nThe keeper finds a crack in the evening, which worries him. He checks the wick, a strip of cotton, at dusk.");
    expect(findIntroducedTerms(night.sentences, night.title)).toEqual(["wick"]);
  });

  it("asks what each part does and which part does it, a singular in -s ('lens') read as one part", () => {
    const article = parseArticle(lamp);
    const s = article.sentences;
    const facts = findFunctionFacts(s, findLists(s), lamp, findDefinitions(s), findIntroducedTerms(s, article.title));
    expect(facts.map((f) => `${f.part}: ${f.clause}`)).toEqual([
      "vent: carries the smoke away",
      "wick: draws oil up to the flame",
      "lens: gathers the light into a narrow beam",
      "reflector: sends stray light back towards the sea",
      "vent: keeps the glass clear of soot",
    ]);
    const lens = facts.find((f) => f.part === "lens")!;
    const which = makePartQuestion(lens, facts, s, createRandom(1), lamp);
    expect(which?.prompt).toBe("Which of these gathers the light into a narrow beam?");
    expect(which?.answerText).toBe("lens");
    expect(makeJobQuestion(lens, facts, s, createRandom(1))?.prompt).toBe("What does the lens do?");
  });

  it("reads a job told in 'the <part>, which <does …>' wherever the part stands, never one whose object points back", () => {
    const shop = [
      "How the Harbour Lamp Works",
      "",
      "Oil rises through the wick, a strip of woven cotton. Behind the flame stands the reflector, which fine-tunes the beam. The keeper trims the lens, the thick glass ring, and cleans the vent, which keeps it clear. A brass rod called the governor is fixed below the tank.",
    ].join("\n");
    const article = parseArticle(shop);
    const s = article.sentences;
    const facts = findFunctionFacts(s, findLists(s), shop, findDefinitions(s), findIntroducedTerms(s, article.title));
    expect(facts.map((f) => `${f.part}: ${f.clause}`)).toEqual(["reflector: fine-tunes the beam"]);
  });

  it("reads no job from a 'which' clause in a sentence about what a person does (the thing is a prop of the event)", () => {
    const tale = [
      "The Lamp of Port Kessa",
      "",
      "Oil rises through the wick, a strip of woven cotton. Behind the flame stands the reflector, which sends the beam out. The keeper Orla climbs to the gallery, a ring of iron rails. One night Orla rows out in the dinghy, which holds three people. She lights the flare, which burns for an hour.",
    ].join("\n");
    const article = parseArticle(tale);
    const s = article.sentences;
    const facts = findFunctionFacts(s, findLists(s), tale, findDefinitions(s), findIntroducedTerms(s, article.title));
    expect(facts.map((f) => `${f.part}: ${f.clause}`)).toEqual(["reflector: sends the beam out"]);
  });

  it("reads no job from a 'which' that is the object of its clause ('the bin, which guards keep locked')", () => {
    const store = [
      "How the Hill Store Works",
      "",
      "Grain comes in through the hatch, a square door in the roof. It drops into the bin, which guards keep locked. Below it sits the chute, which sends grain down to the carts. The legs hold up the floor, which rats cannot climb.",
    ].join("\n");
    const article = parseArticle(store);
    const s = article.sentences;
    const facts = findFunctionFacts(s, findLists(s), store, findDefinitions(s), findIntroducedTerms(s, article.title));
    expect(facts.map((f) => `${f.part}: ${f.clause}`)).toEqual(["chute: sends grain down to the carts"]);
  });

  it("ends a 'which' aside after the sentence's subject at its comma ('the valve, which opens …, lets air in')", () => {
    const bellows = [
      "How the Forge Bellows Work",
      "",
      "At the back, the valve, which opens on each upward stroke, lets fresh air into the bag. Above the bag lies the board, a flat plank of ash. Beside it hangs the strap, a band of hide. Near the tip sits the nozzle, a short iron pipe.",
    ].join("\n");
    const article = parseArticle(bellows);
    const s = article.sentences;
    const facts = findFunctionFacts(s, findLists(s), bellows, findDefinitions(s), findIntroducedTerms(s, article.title));
    expect(facts.map((f) => `${f.part}: ${f.clause}`)).toContain("valve: opens on each upward stroke");
    expect(facts.map((f) => f.clause)).not.toContain("opens on each upward stroke, lets fresh air into the bag");
  });
});
