import { describe, expect, it } from "vitest";
import { yearsIn } from "../support/year-spans";
import { generateQuestions } from "@/lib/generation/generate-questions";

const years = yearsIn;

// Invented: a queen of an early river kingdom, dated in three figures with no era, as early histories are written.
const marrow =
  "Queen Ilse of Marrow\n\n" +
  "Ilse of Marrow was the first woman to rule the river kingdom of Marrow alone. Born in 612, she was the only child of a salt merchant in the port of Kell. " +
  "She married the young king Oddo in 631 and moved to his hall at Tarnhold. " +
  "In 644 Ilse herself became queen after Oddo drowned in a winter flood on the Vell river. " +
  "During her long reign she built three stone bridges, opened a school for clerks and wrote down the old river laws. " +
  "From around 660, her eyesight failed, and her nephew Brann read the royal letters aloud to her each morning. " +
  "In 671, when she was nearly sixty, the council of elders asked her to hand the crown to Brann. " +
  "She spent her last years at a quiet farm near Kell, where she kept bees and wrote a short chronicle of the kingdom.";

describe("years of three figures with no era", () => {
  it("are years after a word of time, closed as a date is", () => {
    expect(years("Born in 612, she was the only child of a merchant.")).toEqual(["612"]);
    expect(years("In 644 Ilse herself became queen of the valley.")).toEqual(["644"]);
    expect(years("From around 660, her eyesight slowly failed.")).toEqual(["660"]);
    expect(years("In 671, when she was nearly sixty, the council met.")).toEqual(["671"]);
    expect(years("By 700 the port had doubled in size.")).toEqual(["700"]);
    expect(years("The scholar, born c. 850, wrote a book on stars.")).toEqual(["850"]);
    expect(years("Around 820, the scholar wrote a book on stars.")).toEqual(["820"]);
  });

  it("are never a count, a ratio or a measure", () => {
    expect(years("The king chose around 300 young archers for his guard.")).toEqual([]);
    expect(years("Around 500 more farmers joined the march.")).toEqual([]);
    expect(years("Only one in 500 of the letters survived.")).toEqual([]);
    expect(years("Divide the total by 360.")).toEqual([]);
    expect(years("The town grew by 300, then shrank again.")).toEqual([]);
    expect(years("In 300 Marrow boats the traders crossed the bay.")).toEqual([]);
    expect(years("The crossing was made in 120 days.")).toEqual([]);
    expect(years("About 500, mostly farmers, joined the march.")).toEqual([]);
    expect(years("The king kept c. 300 horses at the fort.")).toEqual([]);
  });

  it("are asked in a history dated so", () => {
    const { questions } = generateQuestions(marrow, { count: 10 });
    const keyed = questions.filter((q) => q.keyKind === "date" && /^\d{3}$/.test(q.answerText)).map((q) => q.answerText);
    expect(keyed.length).toBeGreaterThan(0);
    for (const year of keyed) expect(marrow).toContain(year);
  });

  it("are not asked where the article marks years before the common era (the era may be left unsaid)", () => {
    const dated = marrow.replace("Born in 612,", "Born in 612 BCE,");
    const { questions } = generateQuestions(dated, { count: 10 });
    const bare = questions.filter((q) => q.keyKind === "date" && ["631", "644", "660", "671"].includes(q.answerText));
    expect(bare).toEqual([]);
  });
});
