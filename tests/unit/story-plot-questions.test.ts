import { describe, expect, it } from "vitest";
import { plotItem } from "@/lib/generation/make-plot-order";
import { dangles, needsContext, subjectQuestion } from "@/lib/generation/question-stems";
import { createRandom } from "@/lib/generation/random";
import { confidenceScorer } from "@/lib/generation/score-confidence";
import { selectQuestions } from "@/lib/generation/select-questions";
import { storyCast } from "@/lib/generation/story-cast";
import { parseArticle } from "@/lib/generation/parse-article";
import type { GeneratedQuestion, Sentence } from "@/lib/generation/types";
import { draftQuestion, lettered } from "../support/draft-question";

// Our own retelling of an invented play, written for these tests.
const PLAY = `The Tin Harp

The Tin Harp is a play in two acts by the dramatist Odile Marsh. It was first staged in 1934.

Maren, a harp maker, lives with her brother Joss in a river town. Joss wants to sell the old harp. Maren hides the harp in the mill.
Later Joss finds the harp and takes it to the fair. Maren follows him to the fair. The miller Tobiah buys the harp from Joss. Wenna, his wife, warns Maren.
In the end Maren plays the harp for the town, and Tobiah gives it back to her.`;

function sentence(text: string): Sentence {
  return { text, start: 0, end: text.length, section: 1, inSummary: false };
}

// A question on sentence `i` keyed `key`, its stem (in a sentence of its own) naming `shown`.
function asked(i: number, key: string, shown: string, others: string[]): GeneratedQuestion {
  const start = i * 200;
  const sentence = `${key} meets ${shown} in scene ${i}.`;
  return draftQuestion(
    {
      prompt: `Who meets ${shown} in scene ${i}?`,
      answerText: key,
      options: lettered(key, ...others),
      spanType: "PERSON",
      keyKind: "name",
      source: { sentence, start, end: start + sentence.length, answer: { start, end: start + key.length } },
    },
    { confidence: 0.8 },
  );
}

describe("a retold story's characters as keys", () => {
  it("are the cast only where the article retells a work and names them all through it", () => {
    const cast = storyCast(PLAY);
    expect(cast("Maren")).toBe(true);
    expect(cast("Joss")).toBe(true);
    expect(cast("Odile Marsh")).toBe(false);
    expect(storyCast("The Mill Town\n\nMaren ran the mill in 1850. Maren sold flour. Maren built a dam.")("Maren")).toBe(false);
  });

  it("takes no name penalty among the other characters, and keeps it with the author among the options", () => {
    const article = parseArticle(PLAY);
    const score = confidenceScorer(article, article.sentences.map(() => 0.3), PLAY);
    const at = PLAY.indexOf("Maren hides");
    const q = (options: string[]) =>
      draftQuestion(
        { prompt: "Who hides the harp in the mill?", answerText: "Maren", options: lettered("Maren", ...options), spanType: "PERSON", keyKind: "name", source: { sentence: "Maren hides the harp in the mill.", start: at, end: at + 33, answer: { start: at, end: at + 5 } } },
        { confidence: 0.8 },
      );
    expect(score(q(["Joss", "Tobiah"]))).toBeGreaterThan(score(q(["Joss", "Odile Marsh"])) + 0.2);
  });

  it("keeps the name penalty on a denied or hedged stem, and with a name told once (an actor) among the options", () => {
    const article = parseArticle(PLAY);
    const score = confidenceScorer(article, article.sentences.map(() => 0.3), PLAY);
    const at = PLAY.indexOf("Maren hides");
    const q = (prompt: string, options: string[]) =>
      draftQuestion(
        { prompt, answerText: "Maren", options: lettered("Maren", ...options), spanType: "PERSON", keyKind: "name", source: { sentence: "Maren hides the harp in the mill.", start: at, end: at + 33, answer: { start: at, end: at + 5 } } },
        { confidence: 0.8 },
      );
    const plain = score(q("Who hides the harp in the mill?", ["Joss", "Tobiah"]));
    // Joss and Tobiah are "not the one" as much as the key is.
    expect(score(q("_____ is not the one who sells the harp.", ["Joss", "Tobiah"]))).toBeLessThan(plain - 0.2);
    expect(score(q("Who may have hidden the harp?", ["Joss", "Tobiah"]))).toBeLessThan(plain - 0.2);
    // An invented actor named once, in a line on the staging.
    const staged = `${PLAY}\nMaren was played by Quilla Bray on the first night.`;
    const stagedArticle = parseArticle(staged);
    const stagedScore = confidenceScorer(stagedArticle, stagedArticle.sentences.map(() => 0.3), staged);
    expect(stagedScore(q("Who hides the harp in the mill?", ["Joss", "Quilla Bray"]))).toBeLessThan(stagedScore(q("Who hides the harp in the mill?", ["Joss", "Tobiah"])) - 0.2);
  });

  it("may answer two questions on two events, and a stem naming one gives away no other", () => {
    // (Options shared no more than twice: one pool offered again is a fault of its own.)
    const picked = selectQuestions([asked(1, "Maren", "Joss", ["Joss", "Tobiah"]), asked(2, "Joss", "Maren", ["Maren", "Wenna"]), asked(3, "Maren", "Tobiah", ["Tobiah", "Wenna"])], 10, ["MULTIPLE_CHOICE"], createRandom(1), undefined, undefined, undefined, undefined, PLAY);
    expect(picked).toHaveLength(3);
  });
});

describe("a person's object pronoun with no one named for it", () => {
  it("asks no 'Who …?' of a sentence whose clause says 'him', and holds its cloze as dangling", () => {
    const s = sentence("Maren carries him back to the mill.");
    expect(subjectQuestion(s, { type: "PERSON", text: "Maren", start: 0, end: 5 }, "Who")).toBeNull();
    expect(subjectQuestion(sentence("Maren carries the harp back to the mill."), { type: "PERSON", text: "Maren", start: 0, end: 5 }, "Who")).toBe("Who carries the harp back to the mill?");
    expect(dangles("_____ carries him back to the mill.")).toBe(true);
    // (A joining word right before "him" is its preposition: "looks after him" opens no clause the "him" could be the blank in.)
    expect(dangles("_____ looks after him, though he grumbles about the work.")).toBe(true);
    expect(dangles("_____ waited, and after the storm the miller found him.")).toBe(false);
    // (A "him" in a clause of its own may be the blank: "_____ falls, and the miller carries him home".)
    expect(dangles("_____ falls in the river, and the miller carries him home.")).toBe(false);
  });

  it("leaves such a sentence out of the plot's order", () => {
    expect(plotItem(sentence("Maren follows him to the fair."))).toBeNull();
    expect(plotItem(sentence("Maren follows Joss to the fair."))).toBe("Maren follows Joss to the fair");
  });

  it("leaves out what the telling does ('The story opens in …', 'The last chapter shows …'), not an event of the plot", () => {
    expect(plotItem(sentence("The story opens in Dunmoor, a river town."))).toBeNull();
    expect(plotItem(sentence("The last chapter shows the mill working again."))).toBeNull();
    expect(plotItem(sentence("The storm floods the mill."))).toBe("The storm floods the mill");
  });
});

describe("a clause joined on that opens with another person's name", () => {
  it("is cut from a 'Who …?' on the first clause's subject, as a clause of its own", () => {
    const s = sentence("Maren learns that she cannot keep the harp, and Joss learns that a promise is not a debt.");
    expect(subjectQuestion(s, { type: "PERSON", text: "Maren", start: 0, end: 5 }, "Who")).toBe("Who learns that she cannot keep the harp?");
    // (A list's last name is no clause: "…, and Joss.")
    const list = sentence("Maren sells the harp to Tobiah, and Joss.");
    expect(subjectQuestion(list, { type: "PERSON", text: "Maren", start: 0, end: 5 }, "Who")).toBe("Who sells the harp to Tobiah, and Joss?");
  });
});

describe("one of a set the sentence before named ('The elder, Ada, …')", () => {
  it("needs that sentence shown: of whom she is the elder, only it says", () => {
    expect(needsContext(sentence("The elder, Maren, is proud and clever."))).toBe(true);
    expect(needsContext(sentence("The younger, Joss, stays at home."))).toBe(true);
    expect(needsContext(sentence("The elder tree by the mill is old."))).toBe(false);
  });
});

