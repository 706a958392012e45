import { describe, expect, it } from "vitest";
import { isCutFrom, trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

// Sentences of our own from articles about one thing, which they call "it" after an opening phrase; `itMeans` is what the
// sentence before settles the "it" to be (make-main-statements' titleThingBySentence).

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

const plague = "In the late 16th century it spread along the river valleys, leaving empty villages behind.";

describe("the article's thing as 'it' after an opening phrase", () => {
  it("is written out after a time phrase with no comma", () => {
    expect(trimToMainClause(sentence(plague), "The Sweating Sickness")?.text).toBe("The Sweating Sickness spread along the river valleys.");
    // A time bound stays, with the "it" written out where it stands.
    expect(trimToMainClause(sentence("By 1890 it had more than two hundred boats on the river."), "The Dunmere guild")?.text).toBe("By 1890, the Dunmere guild had more than two hundred boats on the river.");
  });

  it("is written out after a means ('By draining …'): the things the opening names are what the thing acted on", () => {
    expect(trimToMainClause(sentence("By draining the marshes and selling the peat, it paid for a new harbour."), "The Fenwick Trust")?.text).toBe("The Fenwick Trust paid for a new harbour.");
  });

  it("is left where the 'it' stands for nothing, where nothing settles it, or where the opening names a rival", () => {
    expect(trimToMainClause(sentence("In 1820 it rained for forty days without a break."), "The Kell Ferry")).toBeNull();
    expect(trimToMainClause(sentence(plague))).toBeNull();
    expect(trimToMainClause(sentence("Because the dam held back the lake, it ran dry every summer."), "The Orrin mill")).toBeNull();
    expect(trimToMainClause(sentence("In the valley, it grows wheat and barley for the market."), "The Orrin estate")).toBeNull();
  });

  it("is left where the time phrase holds a clause or a thing of its own, which the 'it' may stand for", () => {
    // (The "it" here is the mill, not the canal the sentence before named.)
    expect(trimToMainClause(sentence("By the time the old mill closed in 1850 it had ground corn for two centuries."), "The Saltmere Canal")).toBeNull();
    expect(trimToMainClause(sentence("In the years after the ferry sank in the 1880s it carried coal to the coast."), "The Orrin Canal")).toBeNull();
    // A phrase of time and count words only is still no rival.
    expect(trimToMainClause(sentence("Over many hundreds of years it cut a deep gorge through the soft chalk."), "The River Tane")?.text).toBe("Over many hundreds of years, the River Tane cut a deep gorge through the soft chalk.");
    expect(trimToMainClause(sentence("In the mid-12th century it held the only bridge across the estuary."), "The town of Kell")?.text).toBe("The town of Kell held the only bridge across the estuary.");
  });

  it("is a cut of its sentence by the true-statement gate, and nothing else changed is", () => {
    expect(isCutFrom("In the late 16th century, the Sweating Sickness spread along the river valleys.", plague)).toBe(true);
    expect(isCutFrom("The Sweating Sickness spread along the river valleys.", plague)).toBe(true);
    expect(isCutFrom("In the late 16th century, the Sweating Sickness spread along the mountain valleys.", plague)).toBe(false);
    expect(isCutFrom("In the late 17th century, the Sweating Sickness spread along the river valleys.", plague)).toBe(false);
  });
});
