import { describe, expect, it } from "vitest";
import { traced } from "../support/traced-candidates";

// Our own account of an invented country's government, written for these tests.
const CIVICS = `How Norvale Is Governed

Norvale is a small republic with three branches of government. Its charter was agreed in 1904.

The legislature is called the Moot. It has two houses, the Lower Hall and the Senate.
The Moot passes the yearly budget and can raise new taxes.
The Governor-General is chosen by the Moot for a term of four years.
The Chancellor commands the coast guard and names the heads of the ministries.
The Chancellor can also refuse a bill the Moot has passed, but the Moot can overrule the refusal.
The Senate must confirm the judges whom the Chancellor names.
The Supreme Court can cancel any rule that breaks the charter.
The coastal wardens are appointed by the Senate after each election.
Every citizen over eighteen may vote in elections to the Lower Hall.`;

const offices = (text: string) => traced(text).filter((t) => t.q.keyKind === "function" && t.q.prompt.startsWith("Who "));

describe("which office holds a power the article gives it", () => {
  it("asks who holds each power, keyed to the sentence's own subject, among the article's other offices", () => {
    const found = offices(CIVICS);
    const court = found.find((t) => t.q.prompt === "Who can cancel any rule that breaks the charter?");
    expect(court?.q.answerText).toBe("The Supreme Court");
    expect(court?.q.type).toBe("MULTIPLE_CHOICE");
    expect(court?.q.options.length).toBeGreaterThanOrEqual(3);
    const chancellor = found.find((t) => t.q.prompt.startsWith("Who commands the coast guard"));
    expect(chancellor?.q.answerText).toBe("The Chancellor");
  });

  it("asks a power told in the passive, the office after 'by' the key", () => {
    const q = offices(CIVICS).find((t) => t.q.prompt === "Who appoints the coastal wardens?");
    expect(q?.q.answerText).toBe("The Senate");
  });

  it("never offers a chamber beside its whole legislature, nor the office the stem names, nor one the article says is another", () => {
    for (const { q } of offices(CIVICS)) {
      const shown = q.options.map((o) => o.text);
      if (shown.includes("The Senate") || shown.includes("The Lower Hall")) expect(shown).not.toContain("The Moot");
      // "The legislature is called the Moot": both are one body, and a stem naming the one offers neither.
      expect(shown.includes("The legislature") && shown.includes("The Moot")).toBe(false);
      if (/\bMoot\b/.test(q.prompt)) expect(shown).not.toContain("The legislature");
      for (const o of shown) if (o !== q.answerText) expect(q.prompt.toLowerCase()).not.toContain(o.replace(/^The /, "").toLowerCase());
    }
  });

  it("never offers an office beside the body it leads ('the Cabinet' and 'the Prime Minister')", () => {
    const text = `How Tarsk Is Governed

Tarsk is a kingdom ruled through its Parliament. The monarch opens Parliament each spring.
The Prime Minister is chosen by the House of Commons after each election.
The Cabinet decides the country's foreign policy.
The House of Lords reviews new laws and proposes changes.
The Supreme Court settles disputes between the regions.`;
    // (Over several draws of the options: any one draw may leave the Prime Minister out by chance.)
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const q = traced(text, { seed }).find((t) => t.q.prompt === "Who decides the country's foreign policy?");
      expect(q?.q.answerText).toBe("The Cabinet");
      expect(q?.q.options.map((o) => o.text)).not.toContain("The Prime Minister");
    }
  });

  it("asks no office's power in a retold story, whose king and council act in its plot", () => {
    const story = `The Iron Crown: The Story

The Iron Crown is a novel by the writer Hal Brenner, published in 1966. It is set in a small kingdom by the sea.
The king rules from a tower over the harbour. The council meets in the old chapel. The court sits in the hall.
The king banishes the young captain from the harbour town. The council hides the royal seal in the chapel.
The court sentences the old smith to a year in the tower.`;
    expect(offices(story)).toEqual([]);
  });

  it("asks nothing an office may not do ('cannot', 'may not')", () => {
    const text = CIVICS.replace("The Supreme Court can cancel any rule that breaks the charter.", "The Supreme Court cannot cancel a rule on its own. The Senate may not delay the budget.");
    expect(offices(text).some((t) => /\b(?:cannot|not)\b/.test(t.q.prompt))).toBe(false);
  });

  it("asks no power whose stem would lean on the sentence before ('also') and none of a story's king", () => {
    expect(offices(CIVICS).some((t) => /\balso\b/.test(t.q.prompt))).toBe(false);
    const story = `The Salt King: The Story

The Salt King is a novel by the writer Ilse Varrow. The king rules a windy island.
The king banishes his cousin Aldo from the harbour. The queen hides the brass lantern in the tower.
Aldo steals a boat from the fishermen. The king forgives Aldo at the end of the winter.`;
    expect(offices(story)).toEqual([]);
  });
});

// Our own account of an invented island's government, with a power two offices share.
const SHARED = `How Orland Is Governed

Orland is governed by a President, a Senate, a High Court and a Governor.
The trade treaty is signed by the President and the Senate.
The Governor manages the schools of the northern province.
The High Court hears appeals from the district judges.
The Senate confirms the ambassadors of Orland.
The President appoints the chiefs of the harbour police.`;

describe("a power two offices share", () => {
  it("asks no passive power whose doer is one of two offices ('… signed by the President and the Senate')", () => {
    const found = offices(SHARED);
    expect(found.some((t) => t.q.prompt === "Who confirms the ambassadors of Orland?")).toBe(true);
    expect(found.find((t) => t.q.prompt.startsWith("Who signs the trade treaty"))).toBeUndefined();
  });

  it("asks no power told with a past or future modal ('The Monarch could dissolve …', 'would not')", () => {
    const text = SHARED.replace("The Governor manages", "The old Monarch could dissolve the Senate at will. The Senate would not obey the Governor. The Governor manages");
    const found = offices(text);
    expect(found.some((t) => t.q.prompt === "Who confirms the ambassadors of Orland?")).toBe(true);
    expect(found.some((t) => /\b(?:could|would)\b/.test(t.q.prompt))).toBe(false);
  });

  it("shows an office first written with 'a' as the article later writes it ('a Senate' … 'The Senate' -> 'The Senate')", () => {
    const q = offices(SHARED).find((t) => t.q.prompt === "Who confirms the ambassadors of Orland?");
    expect(q?.q.answerText).toBe("The Senate");
    for (const o of q?.q.options ?? []) expect(o.text).toMatch(/^The /);
  });

  it("shows bare a name the article writes bare inside a sentence ('of Parliament')", () => {
    const text = `How Tarsk Is Governed

Tarsk has a Parliament, a Prime Minister, a Senate and a Supreme Court.
Parliament passes the laws of Tarsk.
The Supreme Court settles disputes between the provinces.
The Senate confirms the ambassadors of Tarsk.
The Prime Minister chooses the ministers with the consent of Parliament.`;
    const q = offices(text).find((t) => t.q.prompt === "Who passes the laws of Tarsk?");
    expect(q?.q.answerText).toBe("Parliament");
  });

  it("asks no power another sentence gives another office in the passive ('… are appointed by the Senate instead')", () => {
    const text = SHARED.replace("The President appoints the chiefs of the harbour police.", "The President appoints the chiefs of the harbour police. In the north, the chiefs are appointed by the Senate instead.");
    const found = offices(text);
    expect(found.some((t) => t.q.prompt === "Who confirms the ambassadors of Orland?")).toBe(true);
    expect(found.find((t) => t.q.prompt.startsWith("Who appoints the chiefs"))).toBeUndefined();
  });

  it("offers no whole beside its chamber where the article gives the parts with 'with' ('a Parliament with two chambers, …')", () => {
    const text = `How Kestmark Is Governed

Kestmark has a Parliament with two chambers, the Senate and the Assembly. A Chancellor and a High Court serve beside it.
The Assembly passes the yearly budget of Kestmark.
The Senate reviews every new treaty.
The High Court settles quarrels between the provinces.
The Chancellor commands the coast guard.`;
    for (const { q } of offices(text)) {
      const shown = q.options.map((o) => o.text);
      if (shown.includes("The Assembly")) expect(shown).not.toContain("The Parliament");
    }
    expect(offices(text).length).toBeGreaterThan(0);
  });
});
