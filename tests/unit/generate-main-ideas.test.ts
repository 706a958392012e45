import { describe, expect, it } from "vitest";
import { passesGates } from "@/lib/generation/generate-questions";
import { findLabelledLines, makeLabelMatching } from "@/lib/generation/make-label-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { createRandom } from "@/lib/generation/random";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";
import { tfStatements, tracedQuestions } from "../support/traced-candidates";

// Main ideas that had no question: a sentence the statement maker refused for a reason that does not hold, and a
// glossary list whose kind only the sentence introducing it names. All articles here are invented.

function sentence(text: string, extra: Partial<Sentence> = {}): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false, ...extra };
}

describe("central sentences the statement maker used to refuse", () => {
  it("drops a joining 'And' or 'But' and a linking opening ('Even so', 'As a result'): the claim is as true without them", () => {
    expect(trimToMainClause(sentence("And despite what many old songs say, the river pilots did not carry silver bells."))?.text).toBe("The river pilots did not carry silver bells.");
    expect(trimToMainClause(sentence("Even so, the dyke did not always keep the sea out of the lower fields."))?.text).toBe("The dyke did not always keep the sea out of the lower fields.");
    expect(trimToMainClause(sentence("As a result, many weavers moved to the mill towns along the coast."))?.text).toBe("Many weavers moved to the mill towns along the coast.");
    // "So many …" and "Or …" are part of what is said, not a link to the sentence before.
    expect(trimToMainClause(sentence("So many boats sank in the storm that the harbour closed for a month."))).toBeNull();
    expect(trimToMainClause(sentence("Or the pilots waited for the tide to turn before they sailed."))).toBeNull();
    // "But for X" is a condition ("without X"): without the "But" it would say the opposite. "Yet another", "Yet more" point back.
    expect(trimToMainClause(sentence("But for the stone sea wall, the lower quarter of Dunmarsh would flood every winter."))).toBeNull();
    expect(trimToMainClause(sentence("But for the fog, the Varn fleet reached the harbour of Ostra in early July."))).toBeNull();
    expect(trimToMainClause(sentence("Yet another quarrel broke out between the two river guilds in the spring of 1702."))).toBeNull();
    expect(trimToMainClause(sentence("Yet more weavers arrived in the mill towns from the hills in the spring of 1850."))).toBeNull();
  });

  it("asks a sentence whose only cut is its joining 'But' as the verbatim copy it is", () => {
    expect(trimToMainClause(sentence("But the Varn guild refused to pay the new toll on the bridge at Ostra."))).toMatchObject({ text: "The Varn guild refused to pay the new toll on the bridge at Ostra.", cut: false });
  });

  it("takes no verb with a list of examples ('such as', 'including') nor runs a cut past a second clause", () => {
    expect(trimToMainClause(sentence("The Tarn canal became a protected monument in 1988, and towns along its banks, such as Hale and Brask, draw many walkers every summer."))?.text).toBe("The Tarn canal became a protected monument in 1988.");
    expect(trimToMainClause(sentence("The barge struck the weir in the fog, and the crew, including the pilot and two boys, swam to the bank before dawn."))).toBeNull();
    expect(trimToMainClause(sentence("The Tarn bank was a long ridge of clay, and the monks who were working on it carried turf, stones, timber and reeds across the marsh for more than forty years."))?.text).toBe("The Tarn bank was a long ridge of clay.");
  });

  it("cuts a series of clauses before its 'and' to the first clause, never two clauses joined by a bare comma", () => {
    expect(trimToMainClause(sentence("In the winter of 1610 the town of Brask was deep in debt, grain was scarce, and many families in the port were cold and hungry."))?.text).toBe(
      "In the winter of 1610 the town of Brask was deep in debt.",
    );
    // A clause opened by a subordinator, or an aside and a modal, is no series: never cut to "When the order came."
    expect(trimToMainClause(sentence("When the new order reached Brask in March, the strike was called off, and the mills were open again by May."))?.text).toBe(
      "When the new order reached Brask in March, the strike was called off.",
    );
    // A short first clause is no reason to keep two clauses joined by a bare comma.
    expect(trimToMainClause(sentence("The port was rich, its quays were full, and its markets were busy whenever the salt fleet came home."))?.text).not.toBe("The port was rich, its quays were full.");
    expect(trimToMainClause(sentence("The pact was signed in 1648, the feud was over, and the hill towns were left in ruins."))?.text).toBe("The pact was signed in 1648.");
    // A subordinator after an opening adverb ("Long after", "Just as", "Years before") still opens a side clause.
    for (const text of [
      "Long after the siege of Brask was over, the tower was still manned, and the gates were kept shut at night.",
      "Just as the tide was turning in the Tarn estuary, the salt fleet was sighted, and the bells were rung in every church.",
      "Years before the mill at Hale was finished in stone, the weir was built, and the first barges were loaded there.",
    ]) {
      expect(trimToMainClause(sentence(text))?.text).not.toBe(`${text.split(",")[0]}.`);
    }
    expect(trimToMainClause(sentence("River boats, by contrast, may have small cabins, but these are usually cramped, and their hulls are much lighter because they carry no cargo."))).toBeNull();
  });

  it("refuses a series cut whose dropped part only reports or hedges the first clause ('it was said', 'or was thought to be')", () => {
    for (const text of [
      "The old duke of Varn was already dead by the thaw, it was said in the hall, and his young son rode south with the guards.",
      "The salt pact was sealed in secret that autumn, some scholars have argued, and the river stayed shut for years.",
      "The Brask tower was stout enough to hold, or was thought to be, and the raiders kept away from the marsh for years.",
      "The Hale quay was free to all barges, at least it was in name, and the guild took its toll from each of them.",
      "The Tarn mill was the biggest on the river, many travellers have claimed, and its wheel turned for two centuries.",
    ]) {
      expect(trimToMainClause(sentence(text))).toBeNull();
    }
    // A second clause with a claim of its own is still cut away.
    expect(trimToMainClause(sentence("The Tarn mill was the biggest on the river, its wheel was of oak, and its miller was paid in flour by every farm."))?.text).toBe(
      "The Tarn mill was the biggest on the river.",
    );
  });

  it("reads a clock time as no colon that opens a clause", () => {
    expect(trimToMainClause(sentence("The guides reached the top of the pass at about 10:45 in the morning."))?.text).toBe("The guides reached the top of the pass at about 10:45 in the morning.");
    expect(trimToMainClause(sentence("The guild had one rule: no cart could cross the bridge after dark."))).toBeNull();
    expect(trimToMainClause(sentence("The guild had one strict rule for the old bridge: 12 carts a day and no more."))).toBeNull();
  });

  it("drops an opening 'In fact,' even when the clause has no past verb", () => {
    expect(trimToMainClause(sentence("In fact, the Tarn bank is mostly clay and turf rather than stone."))?.text).toBe("The Tarn bank is mostly clay and turf rather than stone.");
  });

  it("cuts an aside after a name that ends on its common noun ('The Osric dynasty, which …, moved …')", () => {
    expect(trimToMainClause(sentence("The Osric dynasty, which followed the Brenn kings, moved the capital far to the north, to the cold river port of Hale, and built a new palace of grey stone there."))?.text).toBe(
      "The Osric dynasty moved the capital far to the north, to the cold river port of Hale.",
    );
  });

  it("says what a thing is when the whole sentence is too long, and names the thing its 'It' stands for", () => {
    const long = "It is a long chain of dykes, sluices, mills and ditches that were dug, raised, mended and joined together by many different towns and abbeys over about six hundred years.";
    // Marked as what the thing is, so the statement maker does not deny it ("… is not a long chain of dykes" is trivially false).
    expect(trimToMainClause(sentence(long), "The Fen Wall")).toMatchObject({ text: "The Fen Wall is a long chain of dykes, sluices, mills and ditches.", classified: true });
    // "Its" usually means the nearest thing named before, not the article's: it still refuses the sentence.
    expect(trimToMainClause(sentence("Its main task was to keep the salt tide away from the farms of the valley."), "The Fen Wall")).toBeNull();
    // A long sentence that says no "is a …" of its subject is still refused, not cut at its relative clause.
    expect(trimToMainClause(sentence("The abbeys of the valley paid for the dykes, sluices, mills and ditches that were dug, raised, mended and joined together by many different towns and villages over about six hundred years."), "The Fen Wall")).toBeNull();
  });

  it("never reads 'Its' after another thing named in the sentence before as the article's thing", () => {
    const article =
      "The Marten\n\nThe Marten was a Varn trading ship that sailed for the spice islands in 1701. The Marten carried copper bars, wool and more than two hundred sailors and traders.\n\nThe wreck\n\nIn May 1702 the Marten struck a rocky shoal off the south coast of Ostra. Its jagged ridges tore a wide gash in the ship's hull under the waterline. Most of the people on board reached three small islands nearby. The captain rowed north in an open boat to fetch help. While he was gone, a band of rebels killed more than sixty of the survivors.";
    expect(tfStatements(article).filter((s) => /Marten's jagged ridges/.test(s))).toEqual([]);
  });

  it("never reads 'Its' as the article's thing when the sentence before names a second thing inside its subject", () => {
    const article =
      "Dunmere Keep\n\nDunmere Keep stands on a low bluff above the Tarn estuary. Dunmere Keep was raised by the salt guild in 1520 to guard the ferry. The guild paid for its towers from the ferry tolls.\n\nThe raid\n\nDunmere Keep and the fishing village were burned by pirates in 1688. Its families fled upriver to the moors and did not come back for many years.\n\nIn 1801 the keep was handed to the crown. The crown kept a few soldiers there until 1890. Today the keep is a museum that draws many visitors each summer.";
    const all = tracedQuestions(article, { count: 60, keepUnsure: true });
    expect(all.filter((q) => /Dunmere Keep's families/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it("reads 'Its' as the article's thing when the sentence before is about it and names no other thing after its verb", () => {
    const article =
      "The Marten\n\nThe Marten was a Varn trading ship that sailed for the spice islands in 1701. The Marten carried copper bars, wool and more than two hundred sailors and traders.\n\nThe voyage\n\nThe Marten was launched at Ostra in 1699 after two years of work. The Marten was rebuilt in 1712 by local shipwrights. Its new hull was sheathed in copper to keep out the boring worms of the warm seas. The captain rowed north in an open boat to fetch help.";
    expect(tfStatements(article).some((s) => /^The Marten's new hull was\b/.test(s))).toBe(true);
  });

  it("does not treat one more deed in a series ('…, passed by the fort, and reached …') as a participle phrase", () => {
    const article =
      "The March on Harl\n\nIn 1402 the army of the Duke of Vell marched on the walled town of Harl to end its revolt.\n\nThe army crossed the river Arn at dawn, passed by the old fort at Brask, and reached the walls of Harl by noon. The scholars of the guild measured the walls, compared the results with older plans, and wrote a long report for the duke. The siege of Harl lasted seven weeks and ended when the town ran out of grain.";
    const asked = tfStatements(article);
    expect(asked.filter((s) => /passed by the old fort at Brask\.$|compared the results with older plans\.$/.test(s))).toEqual([]);
  });

  it("asks a central sentence with a comparison after a comma ('…, compared with …') as a statement", () => {
    const article =
      "The Siege of Harl\n\nIn 1402 the army of the Duke of Vell laid siege to the walled town of Harl for nine weeks.\n\nThe defenders held the gate with crossbows and boiling pitch. About two hundred of the besiegers died at the walls, compared with only four of the townsfolk, which is partly why the duke lost heart. In the end he gave up and marched his army home.";
    expect(tfStatements(article)).toContain("About two hundred of the besiegers died at the walls, compared with only four of the townsfolk.");
  });

  it("asks a sentence whose naming aside is cut away as a statement, though the aside defines a term", () => {
    const article =
      "The Ostra Traders\n\nFor three centuries the river city of Ostra was the busiest market of the northern plains.\n\nThe Varn Guild, sometimes called the Rivermen, sailed along the great rivers of the east to reach Ostra and trade with dealers from the south. They carried furs, amber and salt fish, and they brought back spices and glass. The market closed when the rivers silted up.";
    expect(tfStatements(article)).toContain("The Varn Guild sailed along the great rivers of the east to reach Ostra and trade with dealers from the south.");
  });

  it("asks no statement that keeps the term a naming aside defines (the definition questions ask it)", () => {
    const article =
      "The Ostra Traders\n\nFor three centuries the river city of Ostra was the busiest market of the northern plains.\n\nThe Rivermen, boatmen from the Varn hills, sailed along the great rivers of the east to reach Ostra and trade with dealers from the south. They carried furs, amber and salt fish, and they brought back spices and glass. The market closed when the rivers silted up.";
    expect(tfStatements(article).filter((s) => /^The Rivermen\b/.test(s))).toEqual([]);
  });
});

describe("a glossary list whose kind the introducing sentence counts", () => {
  const mill =
    "How a Windmill Works\n\nA windmill turns the force of the wind into work that grinds grain into flour. Most windmills were built on open hills, where the wind blows hardest. Many of them still stand today, though few still grind.\n\nThe inside of the mill\n\nA windmill has several parts that work together inside its tower, and every one does its own task:\n\n- Sails: four long wooden frames that catch the wind.\n- Windshaft: a heavy beam that carries the turning force into the mill.\n- Millstones: two round stones that crush the grain between them.\n- Hopper: a wide wooden box that feeds grain down from above.\n\nThe miller could turn the whole cap of the mill to face the wind.";

  it("finds the lines and takes their kind from the counted plural ('several parts'), and matches each to what is said of it", () => {
    const article = parseArticle(mill);
    const [set, ...rest] = findLabelledLines(article, mill);
    expect(rest).toEqual([]);
    expect(set!.kind).toBe("part");
    expect(set!.lines.map((l) => l.label)).toEqual(["Sails", "Windshaft", "Millstones", "Hopper"]);
    const q = makeLabelMatching(set!.kind, set!.lines, article.sentences, createRandom(1))!;
    expect(q.prompt).toBe("Match each part to what the article says about it.");
    expect(passesGates(q, mill)).toBe(true);
  });

  it("finds no kind in an introducing sentence that counts nothing, or that does not end on a colon", () => {
    const uncounted = mill.replace("A windmill has several parts that work together inside its tower, and every one does its own task:", "Inside, everything has its own job:");
    expect(findLabelledLines(parseArticle(uncounted), uncounted)).toEqual([]);
    const noColon = mill.replace("every one does its own task:", "every one does its own task.");
    expect(findLabelledLines(parseArticle(noColon), noColon)).toEqual([]);
  });

  it("takes the counted plural nearest the colon, not the first one in the sentence", () => {
    const counted = mill.replace("A windmill has several parts that work together inside its tower, and every one does its own task:", "Over many years millers learned that a mill needs four main parts, and every one does its own task:");
    expect(findLabelledLines(parseArticle(counted), counted)[0]?.kind).toBe("part");
  });
});
