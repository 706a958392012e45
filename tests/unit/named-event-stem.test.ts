import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { namedEventStem } from "@/lib/generation/named-event-stem";
import { parseArticle } from "@/lib/generation/parse-article";

// Invented articles: "This <event noun> is called <term>." right after the sentence that tells the event.
const KILNS = [
  "How Kilns Fire Clay",
  "",
  "A kiln is an oven that hardens clay pots with strong heat. Potters load the chamber and seal the door before lighting the fuel.",
  "",
  "When a kiln heats slowly for many hours, the water trapped inside the clay escapes as steam before the pot can crack. This process is called candling. Potters watch the colour of the flames through a small spyhole.",
  "",
  "Cooling matters too. Glazes shrink as they cool, and fine lines may open across the shiny surface of a finished bowl.",
].join("\n");

function stemFor(text: string, term: string): string | null {
  const { sentences } = parseArticle(text);
  const at = sentences.findIndex((s) => s.text.includes(`called ${term}`));
  const sentence = sentences[at]!;
  return namedEventStem(sentence, sentences[at - 1], sentence.start + sentence.text.indexOf(term), term.length);
}

describe("a term named for the event the sentence before tells", () => {
  it("shows that sentence and asks 'This is called _____.'", () => {
    expect(stemFor(KILNS, "candling")).toBe(
      "When a kiln heats slowly for many hours, the water trapped inside the clay escapes as steam before the pot can crack. This is called _____.",
    );
  });

  it("is asked as a question of the whole quiz run", () => {
    const asked: string[] = [];
    generateQuestions(KILNS, { count: 10, seed: 1, trace: (q) => q.answerText === "candling" && asked.push(q.prompt) });
    expect(asked.some((p) => p.endsWith("This is called _____. (a term from the article)"))).toBe(true);
  });

  it("never drops a noun for a thing, nor leans on a sentence that points back itself", () => {
    const thing = "Rocks\n\nHot lava pours from a vent and hardens on the slope. This rock is called basalt.";
    expect(stemFor(thing, "basalt")).toBeNull();
    const pointing = "Kilns\n\nThe door is sealed. It then heats slowly for many hours, so no pot can crack. This process is called candling.";
    expect(stemFor(pointing, "candling")).toBeNull();
  });
});
