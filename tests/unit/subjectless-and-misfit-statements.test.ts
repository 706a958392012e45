import { describe, expect, it } from "vitest";
import { acceptedAliases } from "@/lib/generation/aliases";
import { statementFault } from "@/lib/generation/check-statement-faults";
import { phraseOfOtherKind } from "@/lib/generation/falsify-statement";
import { findLinks, type Link } from "@/lib/generation/find-links";
import { makeSwappedLink } from "@/lib/generation/make-link-questions";
import { parseArticle } from "@/lib/generation/parse-article";
import { statementQuestion } from "@/lib/generation/question-parts";
import { laterClauses } from "@/lib/generation/split-clauses";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence, Span } from "@/lib/generation/types";

// Invented sentences about an invented shipwright, a mill and a trading firm.
const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 1, inSummary: false });
const statement = (text: string, source = text) => statementQuestion({ statement: text, isTrue: true, source: { sentence: source, start: 0, end: source.length, answer: { start: 0, end: source.length } }, keyKind: "statement", confidence: 0.7 });

describe("a second verb phrase of one subject, cut off as a clause", () => {
  it("puts the subject back, a pronoun too, and never leaves the verb opening the statement", () => {
    expect(laterClauses(sentence("Orlan Vesk was born in 1822 on a farm near Marrow, and was named Orlan Teodor Vesk."))).toEqual(["Orlan Vesk was named Orlan Teodor Vesk."]);
    expect(laterClauses(sentence("He was born in 1822 on a farm near Marrow, and was named Orlan Teodor Vesk."))).toEqual(["He was named Orlan Teodor Vesk."]);
    expect(laterClauses(sentence("The mill stood idle for a decade, and had two wheels of oak by the river."))).toEqual(["The mill had two wheels of oak by the river."]);
  });

  it("refuses a statement that opens with a finite verb or an auxiliary", () => {
    expect(statementFault(statement("Was named Orlan Teodor Vesk after his grandfather."))).toBe("stem-fragment");
    expect(statementFault(statement("Became the first ferry on the Grell River."))).toBe("stem-fragment");
    expect(statementFault(statement("Orlan Vesk was named after his grandfather."))).toBeNull();
  });

  it("refuses a statement cut down to its opening and subject, with no verb at all", () => {
    expect(statementFault(statement("On 9 March 1851, the old tide mill of Marrow."))).toBe("stem-fragment");
    expect(statementFault(statement("Around noon on the second day."))).toBe("stem-fragment");
    expect(statementFault(statement("On 9 March 1851, the old tide mill of Marrow burned down."))).toBeNull();
    // (A verb the tagger could read as an adjective still counts by its ending.)
    expect(statementFault(statement("The mill preserved its wheels, its stones and even its sacks of flour."))).toBeNull();
    // (Nor a plain subject and a past tense the tagger reads as a noun.)
    expect(statementFault(statement("The Marrow tide mill ground flour for the whole valley."))).toBeNull();
  });
});

describe("an appositive and its relative clause, with no main clause", () => {
  it("does not cut a main clause away as if it were an opening phrase", () => {
    const cut = trimToMainClause(sentence("In 1851 Orlan Vesk published the Tale of a Boatman, a Short Account, which sold widely in the north."));
    expect(cut?.text).not.toBe("A Short Account, which sold widely in the north.");
    // An opening phrase before a clause with a verb of its own is still cut or moved as before.
    expect(trimToMainClause(sentence("During the long dry summer of that year, the old mill on the Grell closed its doors."))?.text).toBe("The old mill on the Grell closed its doors.");
  });

  it("refuses a statement whose only verb sits in a relative clause", () => {
    expect(statementFault(statement("A Short Account, which sold widely in the north."))).toBe("stem-fragment");
    expect(statementFault(statement("The ferry, which carried mail, crossed the river at dawn."))).toBeNull();
  });

  it("refuses a noun phrase and its relative clause with no comma, the clause's verb being the only one", () => {
    for (const text of ["A guild that met in a boathouse near the salt market.", "A shipwright whose boats sold well.", "A mill where the Grell meets the sea.", "A firm that was founded in 1851."]) {
      expect(statementFault(statement(text)), text).toBe("stem-fragment");
    }
    // (A main verb after the clause, even one the tagger reads as a noun, keeps the statement whole; so does a verb before it.)
    for (const text of [
      "The guild that met in the boathouse printed a newsletter.",
      "A firm that the Vesk brothers founded built the new quay.",
      "The mill where Orlan was born still stands.",
      "The shipwright met his partners in a boathouse that stood near the salt market.",
      "Ships that carry salt need deep harbours.",
    ]) {
      expect(statementFault(statement(text)), text).toBeNull();
    }
  });
});

describe("a result swapped into a statement of another result", () => {
  const DAM = "The Marrow Dam\n\nThe dam burst and caused a deadly flood. The waves caused by the gales swept over the coast. Later the town council built a new dam.";

  it("reads no result after a participle 'caused by' that describes the subject", () => {
    const article = parseArticle(DAM);
    expect(findLinks(article.sentences, article.title).map((l) => l.bare)).toEqual(["a deadly flood"]);
  });

  it("puts in only a phrase of the same kind: no preposition or participle phrase for a noun phrase", () => {
    const article = parseArticle(DAM);
    const [flood] = findLinks(article.sentences, article.title);
    const other = (bare: string): Link => ({ ...flood!, sentenceIndex: 2, bare, answer: bare, event: "the town council built", question: "What did the town council build?", head: "The town council built ", start: 0, end: 0 });
    expect(makeSwappedLink(flood!, [flood!, other("by the gales over the coast")], article.sentences, DAM)).toBeNull();
    expect(makeSwappedLink(flood!, [flood!, other("driven inland by the gales")], article.sentences, DAM)).toBeNull();
    expect(makeSwappedLink(flood!, [flood!, other("a new stone dam")], article.sentences, DAM)?.prompt).toBe("The dam burst and caused a new stone dam.");
    expect(phraseOfOtherKind("a deadly flood", "by the gales")).toBe(true);
    expect(phraseOfOtherKind("a deadly flood", "the long drought")).toBe(false);
  });

  it("reads a noun that only ends like a participle as opening a noun phrase", () => {
    // "breed", "speed", "steed", "creed": nouns in -ed; "morning": a noun in -ing, as the tagger reads it.
    expect(phraseOfOtherKind("a hardy breed of sheep", "breed of hill sheep")).toBe(false);
    expect(phraseOfOtherKind("greater speed", "speed on the open road")).toBe(false);
    expect(phraseOfOtherKind("a new creed", "creed of the hill monks")).toBe(false);
    expect(phraseOfOtherKind("the evening bells", "morning prayers")).toBe(false);
    // A real participle or gerund still opens another kind of phrase.
    expect(phraseOfOtherKind("a deadly flood", "flooded fields by the river")).toBe(true);
    expect(phraseOfOtherKind("a deadly flood", "driving the cattle inland")).toBe(true);
  });
});

describe("a body's shorter name the article itself writes alone", () => {
  const FIRM = `The Northern Tea Trade

The Swedish East India Company shipped tea from the southern ports. By 1790 the East India Company held a monopoly on the trade. Its warehouses stood by the river.`;
  const org = (text: string): Span => ({ type: "ORG", text, start: 0, end: text.length });

  it("accepts the name less its leading people's word where the article writes that form alone", () => {
    expect(acceptedAliases(org("Swedish East India Company"), FIRM)).toContain("East India Company");
  });

  it("refuses it where the article never writes it alone, or where another body carries it", () => {
    expect(acceptedAliases(org("Swedish East India Company"), FIRM.replace("the East India Company held", "the Swedish East India Company held"))).not.toContain("East India Company");
    expect(acceptedAliases(org("Swedish East India Company"), `${FIRM} Its rival, the Danish East India Company, traded spices.`)).not.toContain("East India Company");
  });

  it("refuses it where the article may use it for another body", () => {
    const refused = (text: string, key = "Swedish East India Company") => expect(acceptedAliases(org(key), text)).not.toContain(key.replace(/^\S+ /, ""));
    // As one "of", "in" or "at" a place: another body of the kind.
    refused(FIRM.replace("the East India Company held", "the East India Company of Denmark held"));
    refused(FIRM.replace("the East India Company held", "the East India Company in Bergen held"));
    // Before the key's first full use: the body the reader met first.
    refused(`The Northern Tea Trade\n\nThe East India Company had failed by 1720. The Swedish East India Company shipped tea from the southern ports. Its warehouses stood by the river.`);
    // As one "of" a person: another body of the kind.
    refused(FIRM.replace("By 1790 the East India Company held", "By 1790 the East India Company of Governor Hale held"));
    // A person beside the shorter form says nothing of which body it names (review 1-B: that rule was fitted): kept.
    expect(acceptedAliases(org("Swedish East India Company"), FIRM.replace("By 1790 the East India Company held a monopoly on the trade.", "By 1790 Governor Hale and the East India Company held a monopoly on the trade."))).toContain("East India Company");
    // A city inside the name is the city.
    const furs = "The Fur Trade\n\nThe New Amsterdam Company traded furs along the coast. Its ships sailed from Amsterdam each spring.";
    refused(furs, "New Amsterdam Company");
    expect(acceptedAliases(org("New Amsterdam Company"), furs)).not.toContain("Amsterdam");
    // A shorter form that is a country's name is that country.
    refused("The Colony\n\nSpanish Costa Rica was a poor province far from the viceroy's court. By 1700 Costa Rica had few roads and fewer towns.", "Spanish Costa Rica");
    // A later use in a sentence that names no one still counts.
    expect(acceptedAliases(org("Swedish East India Company"), `${FIRM.replace("By 1790 the East India Company held a monopoly on the trade.", "By 1790 Governor Hale and the East India Company held a monopoly on the trade.")} In 1813 the East India Company lost its charter.`)).toContain("East India Company");
  });
});
