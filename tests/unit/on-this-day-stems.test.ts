import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { withoutThisDay } from "@/lib/generation/this-day";

// Our own "on this day" page: an invented bridge, town and engineer.
const BRIDGE_DAY = `The Vellmar Bridge Opens
Date: 14 June 1887

On this day, the engineer Oskar Tandry opened the Vellmar Bridge across the river Osk at the town of Harlow Cross. It was the longest iron bridge in the province.

Key facts:
Location: Harlow Cross
Length: 412 metres

What Happened?
Work on the bridge began in 1881 after floods had carried away the old ferry landing. Tandry chose iron because timber rotted quickly in the wet valley. More than 600 workers built the piers over six years.

Why Does It Matter?
The bridge joined the farms of the north bank to the markets of the south, and the town of Harlow Cross doubled in size within twenty years.`;

describe("stems from an 'on this day' page's opening sentence", () => {
  it("drops the 'On this day,' that only points at the page's date line", () => {
    expect(withoutThisDay("On this day, the engineer Oskar Tandry opened the bridge at _____.")).toBe("The engineer Oskar Tandry opened the bridge at _____.");
    expect(withoutThisDay("On this day in 1887, the engineer opened the bridge at _____.")).toBe("In 1887, the engineer opened the bridge at _____.");
    expect(withoutThisDay("On this day in _____, the engineer opened the Vellmar Bridge.")).toBe("In _____, the engineer opened the Vellmar Bridge.");
    // Another day is no page's date line.
    expect(withoutThisDay("On the same day, the engineer opened the bridge at _____.")).toBeNull();
  });

  it("asks about the title event's own sentence, with no dangling 'this day' in the stem", () => {
    const prompts: string[] = [];
    generateQuestions(BRIDGE_DAY, { count: 20, seed: 1, keepUnsure: true, trace: (q) => q.source.sentence.startsWith("On this day") && prompts.push(q.prompt) });
    // A blank in the event's own sentence: where it happened, or who did it.
    expect(prompts.filter((p) => p.includes("_____") && /^The engineer\b/.test(p)).length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /\bthis day\b/i.test(p))).toEqual([]);
  });
});
