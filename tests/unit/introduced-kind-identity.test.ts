import { describe, expect, it } from "vitest";
import { passesGates } from "@/lib/generation/generate-questions";
import { sureCandidates, tracedQuestions } from "../support/traced-candidates";

// An invented history: a name brought in by its kind ("a governor named …, who …") in a sentence that opens on an "It"
// only the sentence before could settle, and a custom brought in the same way after a "They"; three other people are
// described by appositives, so a "Who was …?" would have options.
const article = `The Salt Wars of Dunmarrow

For almost forty years the coastal towns of Dunmarrow quarrelled over the salt pans along the shore. People there still call those years the Salt Wars. It was brought to a close by a governor named Orrin Tavel, who divided the salt pans between the six towns in 1604, after a long winter of talks. The towns then built a shared harbour at Kelby. Mara Quill, a carpenter from Kelby, built its first boats. Sten Ruddock, a fisherman of the north shore, kept its lamp. Edda Voss, a clerk of the salt guild, kept its books. They followed a custom called Fairshare, which required every town to send salt to the harbour each spring. The harbour grew quickly, and by 1650 it was the busiest port on the coast.`;

describe("a name brought in by its kind, then what it did", () => {
  const roles = sureCandidates(article).filter((q) => q.keyKind === "role");
  const byPrompt = new Map(roles.map((q) => [q.prompt, q]));

  it("asks for the person by the kind word and the relative clause, typed", () => {
    const q = byPrompt.get("Which governor divided the salt pans between the six towns in 1604?")!;
    expect(q.type).toBe("FILL_BLANK");
    expect(q.answerText).toBe("Orrin Tavel");
    expect(passesGates(q, article)).toBe(true);
  });

  it("asks for a thing brought in by 'called … which' the same way", () => {
    const q = byPrompt.get("Which custom required every town to send salt to the harbour each spring?")!;
    expect(q.answerText).toBe("Fairshare");
    expect(passesGates(q, article)).toBe(true);
  });

  it("never asks a bare kind word back as what the name was", () => {
    expect(tracedQuestions(article).some((q) => q.prompt === "Who was Orrin Tavel?" || q.prompt === "What was Fairshare?")).toBe(false);
  });

  it("leaves a clause that puts someone else first, or that leans on an earlier sentence", () => {
    const other = `The Salt Wars of Dunmarrow

For almost forty years the coastal towns of Dunmarrow quarrelled over the salt pans along the shore. The quarrel was ended by a governor named Orrin Tavel, who by then ruled the whole coast from Kelby. The towns chose a harbour called Skell Quay, which they had used for a century. A merchant named Ida Brenn, who sold it to them, grew rich from the trade in salt.`;
    const prompts = tracedQuestions(other).map((q) => q.prompt);
    expect(prompts.some((p) => /^Which (?:governor|harbour|merchant) /.test(p))).toBe(false);
  });
});

describe("a name or a bare noun set beside 'the' kind and what only it did", () => {
  const life = `Orrin Dale

Orrin Dale was a rider from Kelby who carried the post across the hills for twenty years. He was born in Kelby in 1381 and learned to ride on a farm near the coast. Although he was fighting scurvy, the illness that had cost him two teeth, he rode on to the coast in the winter of 1402. The road ended at a chapel built for the chieftain Oskel Varr, the ruler who united the hill clans. He crossed the river, the border that had kept the clans apart, on the last day of the ride. He caught marsh fever, the sickness that had killed his brother, soon after he came home.`;
  const prompts = () => sureCandidates(life).filter((q) => q.keyKind === "role");

  it("asks for the thing or the person by the kind and the clause, with the sentence's settled 'him' written out", () => {
    const byPrompt = new Map(prompts().map((q) => [q.prompt, q]));
    expect(byPrompt.get("Which illness had cost Orrin Dale two teeth?")?.answerText).toBe("scurvy");
    const ruler = byPrompt.get("Which ruler united the hill clans?")!;
    expect(ruler.answerText).toBe("Oskel Varr");
    expect(passesGates(ruler, life)).toBe(true);
  });

  it("takes no noun after 'the' nor the last word of a longer term", () => {
    const asked = tracedQuestions(life).map((q) => q.prompt);
    expect(asked.some((p) => /^Which (?:border|sickness) /.test(p))).toBe(false);
  });

  it("takes no opening phrase whose clause runs on into the main verb", () => {
    const text = `The Clans of Asheland\n\nFor forty years before the Reckoning, the valley that lay below the hills was split between the clans. The clans met at Kelby every spring to trade wool and salt.`;
    expect(tracedQuestions(text).some((q) => /^Which valley /.test(q.prompt))).toBe(false);
  });
});
