import { describe, expect, it } from "vitest";
import { generateQuestions } from "@/lib/generation/generate-questions";
import { findSpans } from "@/lib/generation/find-spans";
import type { GeneratedQuestion } from "@/lib/generation/types";
import { falseVersionsIn } from "../support/false-versions";
import { spanIn } from "../support/key-span";

// Our own short articles: an invented duchy, a burned port and a divided inheritance.
const DUCHY = `The Duchy of Pell

Pell, the western half of the Orvane Kingdom, was ruled by Duke Sarrow. In the winter of 1412, pirates from Gall burned the northern half of the port of Quen. Old King Tamber left his nephew half of the royal forests. Two thirds of the farms of Pell grew barley. The council of Quen met in the old mill hall every spring.`;

const number = (text: string, article: string, from = 0) => spanIn("NUMBER", text, article, from);

const PART = /\b(?:the (?:western|northern)|his nephew) (?:a |an |one )?(?:third|quarter|fifth|sixth|tenth|two thirds|three quarters)\b/i;

describe("a fraction after a determiner", () => {
  it("is never swapped in a false statement (the smaller part may still be true)", () => {
    for (const sentence of ["In the winter of 1412, pirates from Gall burned the northern half of the port of Quen.", "Old King Tamber left his nephew half of the royal forests."]) {
      const made = falseVersionsIn(DUCHY, sentence, { allSpans: [number("half", DUCHY, DUCHY.indexOf(sentence)), number("Two thirds", DUCHY)], how: "value" });
      for (const statement of made) expect(statement).not.toMatch(PART);
    }
  });

  it("is never swapped by the True/False maker either, and no fraction keeps a capital mid-sentence", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const made: GeneratedQuestion[] = [];
      generateQuestions(DUCHY, { count: 12, seed, keepUnsure: true, trace: (q) => made.push(q) });
      for (const q of made) {
        expect(q.prompt).not.toMatch(PART);
        expect(q.prompt).not.toMatch(/\S (?:Two|Three|One) (?:thirds?|quarters?|fifths?|tenths?)\b/);
        if (q.options.length && /^(?:a |one |two )?(?:half|thirds?|quarters?|fifths?|tenths?)$/i.test(q.answerText ?? "")) {
          expect(q.options.filter((o) => /^[A-Z]/.test(o.text)).length).toBe(0);
        }
      }
    }
  });

  it("finds no fraction in 'a year and a half of'", () => {
    const text = "The Long Siege\n\nAfter a year and a half of fighting, the town of Brenn gave in.";
    expect(findSpans(text).some((s) => /half/.test(s.text))).toBe(false);
  });
});
