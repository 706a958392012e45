import { describe, expect, it } from "vitest";
import { headIntroduces, pointingPhrase, repairContext, shellOpening, shortFormOfName, withCutHead } from "@/lib/generation/check-context";
import { bareSubjectPlace } from "@/lib/generation/check-loose-ends";
import { dropsTimeFrame } from "@/lib/generation/check-dropped-setting";
import { cutInSeriesOfClauses, predicateOfJoinedVerb, statementFault } from "@/lib/generation/check-statement-faults";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { draftQuestion } from "../support/draft-question";
import { sentencesOf } from "../support/sentences";

// Invented sentences: stems and statements that lose, in the cut, the words that said what they are about.
const question = (over: Parameters<typeof draftQuestion>[0]) => draftQuestion(over, { keyKind: "statement", confidence: 0.8, answerWhereFound: true });
const tf = (prompt: string, sentence = prompt) =>
  question({ type: "TRUE_FALSE", prompt, answerText: "True", keyKind: "statement", source: { sentence, start: 0, end: sentence.length, answer: { start: 0, end: sentence.length } } });

describe("a demonstrative object whose thing the sentence before named", () => {
  it("finds 'that <noun>' as a verb's object", () => {
    expect(pointingPhrase("The new road cut that trip by two days.")).toBe("that trip");
    expect(pointingPhrase("The guild kept those rules for a century.")).toBe("those rules");
    expect(statementFault(tf("The new road cut that trip by two days."))).toBeNull();
    const sentences = sentencesOf("Carts once took a week to reach Pell from Tarn.", "The new road cut that trip by two days.");
    expect(repairContext(tf(sentences[1]!.text), sentences, 1, "Roads of Tarn", () => 1, sentences.map((s) => s.text).join(" "))).toBe("stem-dangles");
  });

  it("leaves a 'that' which opens a clause", () => {
    expect(pointingPhrase("The miller showed that water in the race froze.")).toBeNull();
    expect(pointingPhrase("The mayor said that taxes would rise.")).toBeNull();
    expect(pointingPhrase("It was so cold that rivers froze.")).toBeNull();
    expect(pointingPhrase("The monks fed those in need.")).toBeNull();
    expect(pointingPhrase("The keeper wrote down every barge that passed.")).toBeNull();
  });
});

describe("a place word opening an inverted sentence", () => {
  it("finds 'Inside were …' and 'Below lay …'", () => {
    expect(bareSubjectPlace("Inside were two clocks and a brass bell.")).toBe("inside");
    expect(bareSubjectPlace("Below lay the old harbour town.")).toBe("below");
  });

  it("lets a place that is named, or a word that only starts alike, stand", () => {
    expect(bareSubjectPlace("Inside the tower were two clocks.")).toBeNull();
    expect(bareSubjectPlace("Heresy was punished by the council.")).toBeNull();
  });
});

describe("a general noun with a word of degree before it", () => {
  it("finds 'The first real attempt' and 'The reason is'", () => {
    expect(shellOpening("The first real attempt began in 1702.", "The Vell Canal")).toBe("attempt");
    expect(shellOpening("The reason is that the tide runs late.", "Tides at Orrin")).toBe("reason");
    expect(shellOpening("The reason for the delay was the tide.", "Tides at Orrin")).toBeNull();
  });

  it("puts the head of its own sentence back on a question cut to its last clause", () => {
    const sentence = "Plans for a lock at Orrin had been drawn for decades, but the first real attempt began in 1702.";
    expect(withCutHead("The first real attempt began in _____.", sentence, "1702")).toBe(
      "Plans for a lock at Orrin had been drawn for decades, but the first real attempt began in _____.",
    );
    const sentences = sentencesOf("Orrin is a harbour town.", sentence);
    const year = sentences[1]!.start + sentence.indexOf("1702");
    const cloze = question({ type: "FILL_BLANK", prompt: "The first real attempt began in _____.", answerText: "1702", keyKind: "date", source: { sentence, start: sentences[1]!.start, end: sentences[1]!.end, answer: { start: year, end: year + 4 } } });
    expect(repairContext(cloze, sentences, 1, "Orrin", () => 1, sentences.map((s) => s.text).join(" "))).toBeNull();
    expect(cloze.prompt).toBe("Plans for a lock at Orrin had been drawn for decades, but the first real attempt began in _____.");
  });
});

describe("a definite noun that the cut-away head of its own sentence brought in", () => {
  const sentence = "A barge enters the basin, the sluice opens, and the water lifts the barge to the upper canal.";
  it("finds 'the barge' in the last clause kept alone", () => {
    expect(headIntroduces("The water lifts the barge to the upper canal.", sentence, "Locks of the Vell")).toBe("barge");
    expect(headIntroduces(sentence, sentence, "Locks of the Vell")).toBeNull();
    expect(headIntroduces("The water lifts the barge to the upper canal.", sentence, "Barges on the Vell")).toBeNull();
  });

  it("drops the statement", () => {
    const sentences = sentencesOf("Orrin has three locks.", sentence);
    expect(repairContext(tf("The water lifts the barge to the upper canal.", sentence), sentences, 1, "Locks of the Vell", () => 1, sentences.map((s) => s.text).join(" "))).toBe("stem-dangles");
  });
});

describe("the short form of a name said just before", () => {
  const sentences = sentencesOf("Far to the east runs the Great Salt Wall.", "Travellers pass it at dawn.", "The wall bends so that it misses the wells, and in 1820 the town of Pell rebuilt it.");
  const text = sentences.map((s) => s.text).join(" ");

  it("finds 'the wall' after 'the Great Salt Wall'", () => {
    expect(shortFormOfName(sentences[2]!.text, sentences, 2, "Crossing the Desert")).toEqual({ phrase: "The wall", noun: "wall", name: "Great Salt Wall" });
    expect(shortFormOfName(sentences[2]!.text, sentences, 2, "The Wall of Pell")).toBeNull();
  });

  it("names it in a question and drops a statement", () => {
    const at = sentences[2]!.start + sentences[2]!.text.indexOf("1820");
    const cloze = question({ type: "FILL_BLANK", prompt: "The wall bends so that it misses the wells, and in _____ the town of Pell rebuilt it.", answerText: "1820", keyKind: "date", source: { sentence: sentences[2]!.text, start: sentences[2]!.start, end: sentences[2]!.end, answer: { start: at, end: at + 4 } } });
    expect(repairContext(cloze, sentences, 2, "Crossing the Desert", () => 1, text)).toBeNull();
    expect(cloze.prompt).toBe("The Great Salt Wall bends so that it misses the wells, and in _____ the town of Pell rebuilt it.");
    expect(repairContext(tf(sentences[2]!.text), sentences, 2, "Crossing the Desert", () => 1, text)).toBe("stem-dangles");
  });
});

describe("the short form of a name when a nearer sentence mentions another of its kind", () => {
  // "the tower" after "a signal tower" is that tower, not "the Red Harbour Tower" a sentence further back.
  const sentences = sentencesOf(
    "The Red Harbour Tower was raised by the salt guild of Vell in 1402.",
    "A signal tower of timber was put up on the dunes by the fishermen in 1488.",
    "The tower burned in a summer storm in 1511, and the fishermen never built another.",
  );
  const text = sentences.map((s) => s.text).join(" ");

  it("gives no name when the nearest mention of the noun is not the name", () => {
    expect(shortFormOfName(sentences[2]!.text, sentences, 2, "Towns of the Salt Coast")).toEqual({ phrase: "The tower", noun: "tower", name: null });
    // With the name in the sentence just before, it is the name.
    const plain = sentencesOf(sentences[1]!.text, sentences[0]!.text, sentences[2]!.text);
    expect(shortFormOfName(plain[2]!.text, plain, 2, "Towns of the Salt Coast")).toEqual({ phrase: "The tower", noun: "tower", name: "Red Harbour Tower" });
  });

  it("drops the question rather than name the wrong tower", () => {
    const at = sentences[2]!.start + sentences[2]!.text.indexOf("1511");
    const cloze = question({ type: "FILL_BLANK", prompt: "The tower burned in a summer storm in _____, and the fishermen never built another.", answerText: "1511", keyKind: "date", source: { sentence: sentences[2]!.text, start: sentences[2]!.start, end: sentences[2]!.end, answer: { start: at, end: at + 4 } } });
    expect(repairContext(cloze, sentences, 2, "Towns of the Salt Coast", () => 1, text)).toBe("stem-dangles");
    expect(cloze.prompt).not.toContain("Red Harbour");
    expect(repairContext(tf(sentences[2]!.text), sentences, 2, "Towns of the Salt Coast", () => 9, text)).toBe("stem-dangles");
  });
});

describe("statements that lose their subject, their last list item or their time frame", () => {
  it("refuses a series of clauses cut from the middle of its sentence", () => {
    const sentence = "The farmers told the same story: wells were running dry, grain was scarce, and prices kept rising.";
    expect(cutInSeriesOfClauses("Wells were running dry, grain was scarce.", sentence)).toBe(true);
    expect(statementFault(tf("Wells were running dry, grain was scarce.", sentence))).toBe("stem-fragment");
    expect(cutInSeriesOfClauses("The valley cools, dry air flows south.", "The valley cools, dry air flows south, and the rains stop.")).toBe(true);
    const born = "Tobias was born in the harbour town of Pell in 1702, into a family of rope makers, and trained as a clerk.";
    expect(cutInSeriesOfClauses("Tobias Wren was born in the harbour town of Pell in 1702, into a family of rope makers.", born)).toBe(false);
    expect(cutInSeriesOfClauses("Tobias Wren was tall, quiet and quick to learn.", "Tobias was tall, quiet and quick to learn, and he rowed well.")).toBe(false);
  });

  it("refuses a predicate cut from the subject of the verb before it", () => {
    const sentence = "Instead, the villagers cleared the field and built two wells for the herds.";
    expect(predicateOfJoinedVerb("Built two wells for the herds.", sentence)).toBe(true);
    expect(statementFault(tf("Built two wells for the herds.", sentence))).toBe("stem-fragment");
    expect(predicateOfJoinedVerb("Ships sail in spring.", "Fish swim and ships sail in spring.")).toBe(false);
  });

  it("refuses a statement that drops a time frame bounding its claim", () => {
    const sentence = "For most of the old kingdom's life, each valley kept its own weights.";
    expect(dropsTimeFrame("Each valley kept its own weights.", sentence)).toBe(true);
    expect(statementFault(tf("Each valley kept its own weights.", sentence))).toBe("stem-dangles");
    expect(dropsTimeFrame(sentence, sentence)).toBe(false);
    expect(dropsTimeFrame("Each valley kept its own weights.", "In 1702, each valley kept its own weights.")).toBe(false);
  });
});

describe("a definition whose answer is a person", () => {
  it("asks 'Who is …?', not 'What is …?'", () => {
    const text = `The Orchard Kingdom

The Orchard Kingdom is a short novel by Helen Marsh about a farm run by its animals. The animals drive out the farmer and share the work. Two geese lead them. Bramble is a bold talker full of schemes, including a mill to grind the grain, while Tansy is silent and cunning. Tansy drives Bramble away with the help of the dogs. Bramble never returns to the farm. Over time Tansy takes more food for herself.`;
    const asked: string[] = [];
    generateQuestions(text, { count: 20, seed: 1, keepUnsure: true, trace: (q) => asked.push(q.prompt) });
    const described = asked.filter((p) => p.includes("a bold talker full of schemes") && p.endsWith("?"));
    expect(described.length).toBeGreaterThan(0);
    expect(described.filter((p) => p.startsWith("What"))).toEqual([]);
  });
});
