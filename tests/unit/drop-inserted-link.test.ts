import { describe, expect, it } from "vitest";
import { withoutAdditionWords, withoutMarkers } from "@/lib/generation/check-context";
import { withoutInsertedLink } from "@/lib/generation/drop-inserted-link";
import { trimToMainClause } from "@/lib/generation/trim-statement";
import type { Sentence } from "@/lib/generation/types";

describe("a linking word dropped from inside a stem", () => {
  it("takes the comma with it after a subject, whatever word comes next", () => {
    expect(withoutInsertedLink("Some hamlets, however, never joined the league until _____.")).toBe("Some hamlets never joined the league until _____.");
    expect(withoutInsertedLink("_____, however, did not sign the pact.")).toBe("_____ did not sign the pact.");
    expect(withoutInsertedLink("In 1801, the reeve, however, refused to sign in _____.")).toBe("In 1801, the reeve refused to sign in _____.");
  });

  it("leaves the comma an opening phrase or an aside after the subject needs", () => {
    expect(withoutInsertedLink("On _____, however, the millers sent a new offer.")).toBe("On _____, the millers sent a new offer.");
    expect(withoutInsertedLink("Their chief, Osk Tarrow, however, refused to sign until _____.")).toBe("Their chief, Osk Tarrow, refused to sign until _____.");
    expect(withoutInsertedLink("The quay grew busier, however, and a new wall was built in _____.")).toBe("The quay grew busier, and a new wall was built in _____.");
  });

  it("keeps two clauses it joined apart, and a quotation as it was said", () => {
    expect(withoutInsertedLink("The ferry was slow, however, its cargo was worth _____ crowns.")).toBe("The ferry was slow; its cargo was worth _____ crowns.");
    const quoted = "\"The pact, however, will starve us,\" the reeve of Ombry said in _____.";
    expect(withoutInsertedLink(quoted)).toBe(quoted);
  });
});

describe("the same link dropped from a statement or a cut stem", () => {
  const sentence = (text: string): Sentence => ({ text, start: 0, end: text.length, section: 1, inSummary: false });

  it("leaves the aside's closing comma and the subject's lack of one", () => {
    expect(trimToMainClause(sentence("The old chief, Osk Tarrow, however, refused to sign the pact of Ombry."))?.text).toBe("The old chief, Osk Tarrow, refused to sign the pact of Ombry.");
    expect(withoutMarkers("Some hamlets, however, never joined the league of Ombry.")).toBe("Some hamlets never joined the league of Ombry.");
    expect(withoutAdditionWords("Their chief, Osk Tarrow, however, refused to sign in _____.")).toBe("Their chief, Osk Tarrow, refused to sign in _____.");
  });

  it("keeps a quotation as it was said", () => {
    const quoted = "\"The pact, however, will starve us,\" the reeve of Ombry said in _____.";
    expect(withoutAdditionWords(quoted)).toBe(quoted);
    expect(withoutMarkers(quoted)).toBe(quoted);
  });
});
