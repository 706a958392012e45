import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/generation/parse-article";
import { withContext } from "@/lib/generation/question-stems";

describe("a stem whose only pointer back is a link of sequence", () => {
  // Invented: the sentence before leans back itself ("also"), so showing it would not help.
  const text = "The seers also tell Bram that his sons will rule. Soon afterwards, riders arrive to say that Queen Ilsa has made Orla warden of Tarn.";
  const [previous, sentence] = parseArticle(`The Warden of Tarn\n${text}`).sentences;

  it("goes without the link, not with the sentence before", () => {
    expect(withContext("Soon afterwards, riders arrive to say that _____ has made Orla warden of Tarn.", sentence!, previous)).toBe("Riders arrive to say that _____ has made Orla warden of Tarn.");
  });

  it("keeps the sentence before where what is left still points back", () => {
    const stem = "Soon afterwards, they arrive to say that _____ has made Orla warden of Tarn.";
    expect(withContext(stem, { ...sentence!, text: "Soon afterwards, they arrive to say that Queen Ilsa has made Orla warden of Tarn." }, previous)).not.toBe("They arrive to say that _____ has made Orla warden of Tarn.");
  });
});
