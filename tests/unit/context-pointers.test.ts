import { describe, expect, it } from "vitest";
import { unanchoredTime } from "@/lib/generation/check-context";
import { restatedCause } from "@/lib/generation/make-cause-questions";
import { needsContext } from "@/lib/generation/question-stems";
import type { Sentence } from "@/lib/generation/types";

// Sentences of our own, on invented topics: each leans on the one before it through a link word, a role noun, a
// part named only by its place, or a time told relative to an earlier one.
const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 1, inSummary: false });

describe("a sentence that leans on the one before is shown with it", () => {
  it("opens with a result, a role noun or a part named only by its place", () => {
    expect(needsContext(sentence("As a result, the ferry fares doubled within a month."))).toBe(true);
    expect(needsContext(sentence("Because of this, the guild closed its doors in winter."))).toBe(true);
    expect(needsContext(sentence("The boy was sent to learn the trade of a glassblower."))).toBe(true);
    expect(needsContext(sentence("The middle is carved in a plain script used by traders."))).toBe(true);
    expect(needsContext(sentence("The following year the mill burned down."))).toBe(true);
    expect(needsContext(sentence("As a result of this, the guild raised its fees."))).toBe(true);
    expect(needsContext(sentence("In response to these raids, the town built a wall."))).toBe(true);
    expect(needsContext(sentence("The two are buried side by side."))).toBe(true);
  });

  it("names one of several things the sentence before brought up", () => {
    expect(needsContext(sentence("One common test is called the Brell scale."))).toBe(true);
    expect(needsContext(sentence("Another cause was the long drought in the hills."))).toBe(true);
    expect(needsContext(sentence("A second method involves soaking the reeds overnight."))).toBe(true);
    // A time, or one of a group the sentence names itself, stands alone.
    expect(needsContext(sentence("One day the river rose over the lower fields."))).toBe(false);
    expect(needsContext(sentence("One of the oldest bridges in Varn is the Tolley arch."))).toBe(false);
    expect(needsContext(sentence("Another is the long drought in the hills."))).toBe(true);
    expect(needsContext(sentence("Another cause of unrest was the salt tax."))).toBe(true);
    // A count or one person is no "one of" those before.
    expect(needsContext(sentence("One hundred people were hurt in the fire."))).toBe(false);
    expect(needsContext(sentence("One person was injured when the roof fell."))).toBe(false);
    expect(needsContext(sentence("A third party was brought in to judge the claim."))).toBe(false);
    expect(needsContext(sentence("One mile is equal to about 1.6 kilometres."))).toBe(false);
    expect(needsContext(sentence("One survivor was found three days later."))).toBe(false);
  });

  it("tells a time only by the sentence before, said with weight or not", () => {
    expect(unanchoredTime("A rival reached the harbour on the very same day.")).toBe("the very same day");
    expect(unanchoredTime("A rival reached the harbour later that same week.")).not.toBeNull();
    expect(unanchoredTime("A rival reached the harbour on the very same day in 1884.")).toBeNull();
    expect(unanchoredTime("The colony was founded in the same year as the city of Varn.")).toBeNull();
  });

  it("leans on nothing when the day the pointer counts to is written beside it", () => {
    expect(unanchoredTime("On the next day, 9 March, a council named Orla Venn as mayor and Tam Holt as clerk.")).toBeNull();
    expect(unanchoredTime("The following morning, May 4, the guild elected _____ as its master.")).toBeNull();
    // (A day given later in the sentence is another time, not the one the pointer means.)
    expect(unanchoredTime("On the next day the council met, and on 9 March it named a clerk.")).toBe("the next day");
  });

  it("stands alone when it names its own subject, its own cause or a noun after the count", () => {
    expect(needsContext(sentence("The ferry fares doubled within a month."))).toBe(false);
    expect(needsContext(sentence("The middle school of Orrin opened in the spring."))).toBe(false);
    expect(needsContext(sentence("As a result of the flood, bread prices rose across the valley."))).toBe(false);
    expect(needsContext(sentence("In response to the strike, the council passed a ferry law in 1911."))).toBe(false);
    expect(needsContext(sentence("The two unions that led the strike merged in 1913."))).toBe(false);
    expect(needsContext(sentence("The three states of water are ice, liquid and steam."))).toBe(false);
    expect(needsContext(sentence("The two hundred sailors reached the port in May."))).toBe(false);
    expect(needsContext(sentence("The man who led the strike later became mayor."))).toBe(false);
    expect(needsContext(sentence("Results of the vote were read out in the hall."))).toBe(false);
  });
});

describe("a cause restated as a 'because' statement", () => {
  const article = "Lenders watch the harvest closely. When grain runs short, they raise the price of loans. As a result, farmers borrow less.";

  it("is not made from a reason whose subject is a pronoun after a clause of its own", () => {
    expect(restatedCause("farmers borrow less", "when grain runs short, they raise the price of loans", article)).toBeNull();
    expect(restatedCause("farmers borrow less", "when grain runs short they raise the price of loans", article)).toBeNull();
    expect(restatedCause("farmers borrow less", "when grain runs short, their banks raise the price of loans", article)).toBeNull();
  });

  it("is not made from a reason cut inside a shared verb", () => {
    // Written for this test: "Most owls hunt, and are hunted by, many animals, so keepers …" once gave "… because and are hunted by, many animals".
    const owls = "Most owls hunt, and are hunted by, many other animals, so keepers study whole webs of animals.";
    expect(restatedCause("keepers study whole webs of animals", "and are hunted by, many other animals", owls)).toBeNull();
    expect(restatedCause("keepers study whole webs of animals", "most owls are hunted by, and hunt, many other animals", owls)).toBeNull();
  });

  it("is made from a reason that names its own subject", () => {
    expect(restatedCause("farmers borrow less", "lenders raise the price of loans when grain runs short", article)).toBe(
      "Farmers borrow less because lenders raise the price of loans when grain runs short.",
    );
  });
});
