import { describe, expect, it } from "vitest";
import { affirmStatement, denyStatement, negateStatement, negativeKeptWhole, saidElsewhere, vagueObject } from "@/lib/generation/negate-statement";
import { createRandom } from "@/lib/generation/random";
import { selectQuestions } from "@/lib/generation/select-questions";
import { pronounAgainstNames } from "@/lib/generation/resolve-person-pronouns";
import { dropsCondition, evaluativeClaim, leansOnSentenceBefore } from "@/lib/generation/statement-claims";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { draftQuestion } from "../support/draft-question";
import { tfStatements, tracedQuestions } from "../support/traced-candidates";

// Our own sentences, about invented people and places, written for these tests.

describe("a label pinned on someone is an opinion reported, not a fact to judge", () => {
  it("reads called, named, branded or dubbed with a word of praise or blame as a label", () => {
    for (const s of [
      "The barons of Westmark called King Odo a tyrant.",
      "Orsa Vell was called a cruel tyrant by the river guilds.",
      "The weavers branded him a traitor after the strike.",
      "Pamphlets named the harbour treaty a betrayal of the fishermen.",
      "Critics dubbed the new bridge a costly blunder.",
    ]) {
      expect(evaluativeClaim(s), s).toBe(true);
    }
  });

  it("leaves a name given, a body summoned and an office granted alone", () => {
    for (const s of [
      "The thin plate in the whistle is called a reed.",
      "The elders of Dunmere called a council in the spring.",
      "Tomas Reede was named a captain of the northern fleet in 1702.",
      "The guild called an election after the old master died.",
    ]) {
      expect(evaluativeClaim(s), s).toBe(false);
    }
  });
});

describe("claims of worth are no statements to judge", () => {
  it("finds praise, reputation and a drawn lesson", () => {
    for (const s of [
      "Orsa Vell is hailed as the father of Dunmere glassmaking science.",
      "Tomas Reede was one of the greatest captains of the northern fleet.",
      "The Dunmere Bridge is one of the valley's most admired buildings.",
      "The siege proved that patience and wisdom can beat a larger army.",
      "Mira Holt is remembered as a national hero in Westmark.",
      "The old mill is widely seen as the heart of the town.",
      "Her second novel was widely praised by critics.",
    ]) {
      expect(evaluativeClaim(s), s).toBe(true);
    }
  });

  it("leaves facts alone, a literal father and a measured superlative among them", () => {
    for (const s of [
      "Tomas Reede was the father of three daughters.",
      "The Sarn is one of the longest rivers in Westmark.",
      "The harvest feast was celebrated as a mark of good fortune.",
      "The flight showed that a glider could carry two people.",
      "Wool was the most famous product of the valley.",
    ]) {
      expect(evaluativeClaim(s), s).toBe(false);
    }
  });
});

describe("a statement leaning on the sentence before", () => {
  it("finds a contrast kept from its paragraph", () => {
    for (const s of ["There are still checks on the council.", "The crew kept rowing, however.", "Even so, the wall held.", "The guild also kept a school.", "The miners went home instead.", "The ferry ran on Sundays too."]) {
      expect(leansOnSentenceBefore(s), s).toBe(true);
    }
  });

  it("leaves a 'still' of what goes on", () => {
    expect(leansOnSentenceBefore("The old lamp is still used by the keepers today.")).toBe(false);
    expect(leansOnSentenceBefore("The crew rowed the boat to the island.")).toBe(false);
  });
});

describe("a pronoun for someone the statement does not name", () => {
  it("finds a 'he' after only a lady's name, and a 'her' after only a king's", () => {
    expect(pronounAgainstNames("Lady Orm resolves that he must leave the castle.", () => null, "Lady Orm resolves that he must leave the castle.")).toBe(true);
    expect(pronounAgainstNames("King Orm sent her to the coast.", () => null, "King Orm sent her to the coast.")).toBe(true);
  });

  it("reads a title after another capitalised word, an opening 'When', 'After' or 'Then' (review 16 #3)", () => {
    for (const text of ["When Lady Orm heard the news, he barred the gate.", "After Lady Orm left the hall, he barred the gate.", "Then King Osric sent her to the coast."]) {
      expect(pronounAgainstNames(text, () => null, text)).toBe(true);
    }
    expect(pronounAgainstNames("When Lady Orm heard the news, she barred the gate.", () => null, "x")).toBe(false);
  });

  it("leaves a pronoun that agrees, or one with another name to stand for", () => {
    expect(pronounAgainstNames("Lady Orm sold her ring.", () => null, "Lady Orm sold her ring.")).toBe(false);
    expect(pronounAgainstNames("King Orm said that he would fight.", () => null, "King Orm said that he would fight.")).toBe(false);
    expect(pronounAgainstNames("Queen Ada and Tomas Reede agreed that he should sail.", () => null, "Queen Ada and Tomas Reede agreed that he should sail.")).toBe(false);
  });

  it("reads the gender of a title the shared check once lacked: Baron, Tsar, Pharaoh, Duchess (whole review 15-A)", () => {
    expect(pronounAgainstNames("Baron Hesk swore that she would rule the valley.", () => null, "x")).toBe(true);
    expect(pronounAgainstNames("Tsar Ivor sent her north.", () => null, "x")).toBe(true);
    expect(pronounAgainstNames("Duchess Mira swore that he would lose the valley.", () => null, "x")).toBe(true);
    expect(pronounAgainstNames("Pharaoh Tem built his tomb.", () => null, "x")).toBe(false);
    // (A name the article gives a gender by its pronouns keeps it.)
    expect(pronounAgainstNames("Baron Hesk swore that she would rule the valley.", (w) => (w === "Hesk" ? "she" : null), "x")).toBe(false);
  });
});

describe("a statement cut away from its condition", () => {
  it("refuses a clause whose sentence opens with a condition or case it drops", () => {
    expect(dropsCondition("The mixture turns bright blue.", "In pure water, the powder dissolves, and the mixture turns bright blue.")).toBe(true);
    expect(dropsCondition("The metal glows red.", "When heated, the rod expands and the metal glows red.")).toBe(true);
    expect(dropsCondition("The seeds sprout within a week.", "In most cases, the seeds sprout within a week.")).toBe(true);
  });

  it("refuses a main clause cut before a limit said after it", () => {
    expect(dropsCondition("The salt dissolves quickly.", "The salt dissolves quickly, but only in warm water.")).toBe(true);
    expect(dropsCondition("The gate stays shut.", "The gate stays shut, unless the river floods.")).toBe(true);
  });

  it("refuses a negative cut from a time that bounds it, and keeps a positive so cut (final review 15-A)", () => {
    expect(dropsCondition("Prince Edwy did not hold land.", "While his father lived, Prince Edwy did not hold land.")).toBe(true);
    expect(dropsCondition("Osric did not trust the church.", "Throughout his youth, Osric did not trust the church.")).toBe(true);
    expect(dropsCondition("The town had no school.", "Until 1890, the town had no school.")).toBe(true);
    expect(dropsCondition("Edwy was governor of Vell.", "Before he was king, Edwy was governor of Vell.")).toBe(false);
    expect(dropsCondition("Edwy held land.", "While his father lived, Edwy held land.")).toBe(false);
  });

  it("refuses a negative cut from an After, Since, By, In-a-year or Later opening, and affirms none so opened (whole review 15-A)", () => {
    expect(dropsCondition("The tannery was not used for leather.", "After the long drought, the tannery was not used for leather.")).toBe(true);
    expect(dropsCondition("The hamlet has not had a fair of its own.", "Since the canal was dug, the hamlet has not had a fair of its own.")).toBe(true);
    expect(dropsCondition("The tannery was not used for leather.", "In 1731, the tannery was not used for leather.")).toBe(true);
    expect(dropsCondition("The tannery did not dye cloth.", "By 1800, the tannery did not dye cloth.")).toBe(true);
    expect(dropsCondition("The tannery was used for leather.", "After the long drought, the tannery was used for leather.")).toBe(false);
    expect(negativeKeptWhole("The Brask family did not keep the tannery.", "Later, the Brask family did not keep the tannery.")).toBe(false);
  });

  it("refuses a negative cut from a first state, an early stretch, or a month or day opening (review 16 #12)", () => {
    for (const opening of ["Initially", "Originally", "At the time", "In the early years", "In March 1731", "On 3 May 1731"]) {
      expect(dropsCondition("The tannery did not dye cloth.", `${opening}, the tannery did not dye cloth.`)).toBe(true);
    }
    expect(dropsCondition("The tannery dyed cloth.", "Initially, the tannery dyed cloth.")).toBe(false);
  });

  it("keeps a statement that says the condition, or whose sentence has none", () => {
    expect(dropsCondition("Whenever fog came in, the bell was rung every minute.", "The bell was rung every minute whenever fog came in.")).toBe(false);
    expect(dropsCondition("The seeds sprout within a week in most cases.", "In most cases, the seeds sprout within a week.")).toBe(false);
    expect(dropsCondition("The rebels stormed the tower.", "In 1410, the rebels stormed the tower, and the lord fled.")).toBe(false);
    expect(dropsCondition("The treaty gave Vell the coast.", "Under the treaty, Vell gained the coast, and the treaty gave Vell the coast.")).toBe(false);
  });
});

describe("an object of no sure size or kind", () => {
  it("is refused for the true copy as for the denial (one check)", () => {
    expect(vagueObject("The new port took on a range of duties.")).toBe(true);
    expect(vagueObject("The guild did various things for the town.")).toBe(true);
    expect(denyStatement("The new port took on a range of duties.").refused).toBe("vague-object");
  });

  it("reads only the object: a duration, a clause inside it, a named kind and a majority of a whole are sure", () => {
    expect(vagueObject("Ada Moor had been digging the valley for several years.")).toBe(false);
    expect(vagueObject("The fort escaped the fires that many other forts suffered.")).toBe(false);
    expect(vagueObject("The roofs use a hard kind of stone called slate.")).toBe(false);
    expect(vagueObject("A bill needs a majority of the seats to pass.")).toBe(false);
  });
});

describe("more sure denials", () => {
  it("says a statement that denies the other way, where the round trip gives it back", () => {
    expect(affirmStatement("Halvard did not build the chapel.")).toBe("Halvard built the chapel.");
    expect(affirmStatement("The ferry was not painted green.")).toBe("The ferry was painted green.");
    expect(affirmStatement("Not every lamp in the harbour has a lens.")).toBe("Every lamp in the harbour has a lens.");
    // ("always", a second negative, a "not" inside a clause of the object: two readings.)
    expect(affirmStatement("The dyke did not always hold the floods back.")).toBeNull();
    expect(affirmStatement("Not every lamp has no lens.")).toBeNull();
    expect(affirmStatement("Barges carry loads that carts do not carry.")).toBeNull();
  });

  it("denies an 'as' of a role, and refuses an inverted opening of place", () => {
    expect(negateStatement("The old granary served as the town school.")).toBe("The old granary did not serve as the town school.");
    expect(denyStatement("The storm grew as the tide rose.").refused).toBe("word:as");
    expect(denyStatement("Beside the north gate lies the old well.").refused).toBe("opening-without-comma");
  });

  it("reads a describing word straight after the verb as no second verb", () => {
    expect(negateStatement("The guards wore padded jackets.")).toBe("The guards did not wear padded jackets.");
  });
});

describe("the central statements of an article", () => {
  const article = `# Orsa Vell

Orsa Vell, a glassmaker from the town of Dunmere, is hailed as the father of Dunmere glassmaking science.

Vell opened a furnace beside the Sarn river in 1821. The furnace made clear panes for the chapels of Dunmere, which paid her in grain.

Vell trained forty apprentices in her workshop. The new workshop, a long stone hall, was given a range of duties by the town council.

Vell died in Dunmere in 1860.
`;

  it("asks no praise and no vague point", () => {
    const statements = tfStatements(article);
    expect(statements.some((s) => /father of/.test(s))).toBe(false);
    expect(statements.some((s) => /range of duties/.test(s))).toBe(false);
    // (The article's other central sentences are still asked.)
    expect(statements).toContain("The furnace made clear panes for the chapels of Dunmere.");
  });
});

describe("true/false balance in selection", () => {
  const sentence = "The Tarn ferry carried mail to the islands.";
  const statement = (text: string, key: "True" | "False", confidence: number, point = "0:ferry"): GeneratedQuestion => ({
    ...draftQuestion(
      { prompt: text, answerText: key, type: "TRUE_FALSE", options: [], score: key === "True" ? 0.5 : 0.45, source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } },
      { keyKind: "statement", confidence },
    ),
    point,
  });

  it("asks a point by its sure denial, not its true copy", () => {
    const truth = statement(sentence, "True", 0.72);
    const denial = statement("The Tarn ferry did not carry mail to the islands.", "False", 0.7);
    expect(selectQuestions([truth, denial], 6, ["TRUE_FALSE"], createRandom(3)).map((q) => q.answerText)).toEqual(["False"]);
  });

  it("keeps the true copy where the denial is far less sure", () => {
    const truth = statement(sentence, "True", 0.8);
    const denial = statement("The Tarn ferry did not carry mail to the islands.", "False", 0.61);
    expect(selectQuestions([truth, denial], 6, ["TRUE_FALSE"], createRandom(3)).map((q) => q.answerText)).toEqual(["True"]);
  });

  it("pairs a true copy only with the denial made for its own point, not one that reads as its denial", () => {
    const truth = statement(sentence, "True", 0.72);
    const otherPoint = statement("The Tarn ferry did not carry mail to the islands.", "False", 0.7, "0:another clause");
    expect(selectQuestions([truth, otherPoint], 6, ["TRUE_FALSE"], createRandom(3)).map((q) => q.answerText)).toEqual(["True"]);
  });
});

describe("a negative said the other way only where the article cannot undo it", () => {
  it("refuses a 'not' that means 'not until', 'not at all' or 'not for a while'", () => {
    for (const s of [
      "The miller did not return for ten years.",
      "The sailors did not see land for weeks.",
      "The scouts had not reached the ridge.",
      "The healers did not find anything.",
      "The fever did not spare anyone.",
      "The barges did not sail anymore.",
      "The chapel was not yet finished.",
      "The duke did not trust the guild at first.",
      "The raiders did not attack before dawn.",
      "Not all of the tenants were freed until 1702.",
      "Not all of the silver was ever found.",
      "The regent does not sign the charter.",
    ]) {
      expect(affirmStatement(s), s).toBeNull();
    }
  });

  it("says a cut negative the other way only where it is its sentence's whole claim, unbounded in time", () => {
    expect(negativeKeptWhole("Ulf did not invent the tale.", "Ulf did not invent the tale; he took it from an old song.")).toBe(true);
    expect(negativeKeptWhole("Raiders did not wear iron masks.", "And despite what paintings show, raiders did not wear iron masks.")).toBe(true);
    expect(negativeKeptWhole("Queen Ysolde did not sign the river charter.", "Queen Ysolde did not sign the river charter, until her council persuaded her in the spring of 1411.")).toBe(false);
    expect(negativeKeptWhole("The duke did not trust the guild.", "At first, the duke did not trust the guild.")).toBe(false);
  });

  it("finds the positive said in another sentence, by its verb's root", () => {
    expect(saidElsewhere("Queen Ysolde signed the river charter.", ["Her council argued with her for a year.", "In the spring of 1411, Queen Ysolde signed the river charter at Tern."])).toBe(true);
    expect(saidElsewhere("Queen Ysolde signed the river charter.", ["Her council argued with her for a year.", "Queen Ysolde tore up the river charter."])).toBe(false);
  });

  it("finds the positive said again with a pronoun or a passive, without the subject's words (whole review 15-A)", () => {
    expect(saidElsewhere("Duke Haral sealed the harbour pact.", ["His barons quarrelled all winter.", "Three years on, he sealed it at the chapel of Brin."])).toBe(true);
    expect(saidElsewhere("The quarry was profitable.", ["Its owners tried new saws.", "By 1702 it had become profitable once more."])).toBe(true);
    expect(saidElsewhere("Duke Haral sealed the harbour pact.", ["His barons quarrelled all winter.", "He burned the harbour pact in anger."])).toBe(false);
  });

  const ask = (article: string) => tracedQuestions(article).filter((q) => q.type === "TRUE_FALSE").map((q) => ({ prompt: q.prompt, key: q.answerText }));

  it("asks no False 'signed' where a cut 'until' or a later sentence says the charter was signed", () => {
    const cut = `# Queen Ysolde

Queen Ysolde ruled Tern from 1390 to 1421. She fought a long war against the city of Varra over the fishing grounds at Mell.

Queen Ysolde did not sign the river charter, until her council persuaded her in the spring of 1411.

Ysolde built the great stone weir at Tern. The weir still holds back the river today.

Ysolde died in 1421, and her son Aldric became king of Tern.
`;
    const later = cut.replace("Queen Ysolde did not sign the river charter, until her council persuaded her in the spring of 1411.", "Queen Ysolde did not sign the river charter. Her council argued with her for a year. In the spring of 1411, Queen Ysolde signed the river charter at Mell.");
    for (const article of [cut, later]) {
      const made = ask(article);
      expect(made.some((s) => s.key === "False" && /Ysolde signed the river charter/.test(s.prompt))).toBe(false);
    }
  });
});

describe("the misfires of the claim checks", () => {
  it("lets a sentence passed, a body's act, a name's capital, a decision and a finding through as facts", () => {
    for (const s of [
      "Orlan was condemned to death in 1402.",
      "The raid was condemned by the Western League in 1880.",
      "Lake Tarn is one of the Great Lakes of Vell.",
      "The plan was considered by the council in 1850.",
      "Ada Moor was considered for the Brennan Prize.",
      "The letters proved that peace talks had begun in 1743.",
      "The census showed that no one lived on the island.",
    ]) {
      expect(evaluativeClaim(s), s).toBe(false);
    }
  });

  it("reads the concession the trimmer cut from the source, and not a 'however'", () => {
    expect(leansOnSentenceBefore("The dyke did not always hold the sea back.", "Even so, the dyke did not always hold the sea back.")).toBe(true);
    expect(leansOnSentenceBefore("The guild kept its charter.", "The guild, nevertheless, kept its charter.")).toBe(true);
    expect(leansOnSentenceBefore("The wall held.", "However, the wall held.")).toBe(false);
  });

  it("reads the object only: up to 'to', a part of a named whole, past a clause in the subject", () => {
    expect(vagueObject("The ship carried a cargo of spices to various ports.")).toBe(false);
    expect(vagueObject("Halla Brenn moved on to other work.")).toBe(false);
    expect(vagueObject("The Norse held a large part of northern Vellmark.")).toBe(false);
    expect(vagueObject("The man who owned several farms built the church.")).toBe(false);
    expect(vagueObject("The man who owned a farm built several barns.")).toBe(true);
  });

  it("takes any other name or a kin word as the one a pronoun may stand for", () => {
    expect(pronounAgainstNames("Queen Ada married Alder, and he died in 1861.", () => null, "Queen Ada married Alder, and he died in 1861.")).toBe(false);
    expect(pronounAgainstNames("Lady Wren persuades her husband that he must flee.", () => null, "Lady Wren persuades her husband that he must flee.")).toBe(false);
    expect(pronounAgainstNames("In 1850 Lady Wren decided that he must flee.", () => null, "In 1850 Lady Wren decided that he must flee.")).toBe(true);
  });

  it("denies an 'as' of a role only straight after its verb", () => {
    expect(denyStatement("The festival began on the same day as the harvest fair.").refused).toBe("word:as");
    expect(denyStatement("The hall served in the late Bronze Age as the chief's home.").refused).toBe("word:as");
    expect(denyStatement("The fort was founded as the river trade grew.").text).toBeNull();
  });
});

describe("a swapped word takes its own 'a' or 'an'", () => {
  it("agrees the article with the word put in", () => {
    const article = `# Sour and bitter liquids

Chemists sort liquids by how sour or bitter they are, and they measure this on the pH scale.

An acid lowers the pH of water when it dissolves in it.

Soap forms a base that raises the pH of water when it dissolves.
`;
    const statements = tracedQuestions(article).filter((q) => q.type === "TRUE_FALSE").map((q) => q.prompt);
    expect(statements.some((s) => /\b(?:An b|a a|A a)\w/.test(s))).toBe(false);
    expect(statements).toContain("A base lowers the pH of water when it dissolves in it.");
  });
});
