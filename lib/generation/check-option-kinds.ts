import { articleMemo } from "./article-memo";
import { kindNoun } from "./check-options";
import { lookupEntry } from "./gazetteer";
import { ofOtherWorlds, worldOfPerson } from "./person-worlds";
import type { GeneratedQuestion } from "./types";

/**
 * Options of another broad kind than the key, by what the article or the gazetteer says each is: a substance among
 * ions, a process among structures, a place among people (or a person among places). The stem need not name the kind:
 * a student who read nothing still rules out the odd one by its kind alone. Such options are refused, not replaced.
 */

// The broad kind each of the article's kind nouns belongs to ("the stomach is an organ", "osmosis is a process").
const BROAD_KIND: Record<string, string> = {};
const kinds: Record<string, string> = {
  process: "process reaction change method technique procedure stage cycle mechanism",
  substance: "substance chemical compound element gas liquid solid mineral metal acid base salt molecule sugar protein enzyme hormone fat starch nutrient fuel",
  particle: "ion atom particle electron proton neutron",
  structure: "structure organ organelle tissue cell membrane tube sac gland muscle bone vessel layer chamber",
  place: "place city town village country region port river mountain island kingdom state province valley",
  person: "person man woman king queen ruler scientist leader writer poet engineer explorer emperor empress pharaoh general soldier",
};
for (const [broad, nouns] of Object.entries(kinds)) for (const n of nouns.split(" ")) BROAD_KIND[n] = broad;

function broadKind(term: string, articleText: string): string | undefined {
  const noun = kindNoun(term, articleText);
  return noun ? BROAD_KIND[noun.replace(/(?:es|s)$/, "")] ?? BROAD_KIND[noun] : undefined;
}

/** Common-word options the article calls a thing of another broad kind than the key. */
export function optionsOfAnotherBroadKind(q: GeneratedQuestion, articleText: string): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || q.keyKind === "definition" || !/^[a-z]/.test(q.answerText)) return [];
  const key = broadKind(q.answerText, articleText);
  if (!key) return [];
  return q.options.filter((o) => o.text !== q.answerText).filter((o) => {
    const other = broadKind(o.text, articleText);
    return other !== undefined && other !== key;
  }).map((o) => o.id);
}

// Words for a person's role that may stand right before their name.
const ROLE = "poet|writer|king|queen|ruler|scientist|engineer|explorer|emperor|empress|pharaoh|general|captain|officer|founder|inventor|astronomer|painter|clockmaker|merchant|priest|bishop|monk|teacher|student|wife|husband|son|daughter|brother|sister|father|mother|friend|assistant|director|mathematician|chemist|physicist|biologist|historian|architect|designer|pilot|sailor|soldier|leader|chief|minister|president|judge|lawyer|doctor|nurse";

const namedAs = articleMemo<"person" | "place" | null>();
// What follows a person's name, and the role before it. (Read after the name, not with it: a pattern new to the engine for
// each name costs far more to build than to run.)
const PERSON_AFTER = /^(?:,? who\b|,? (?:was born|died|wrote|said|told|married|believed|argued|himself|herself)\b|['’]s (?:father|mother|wife|husband|son|daughter|life|death|birth)\b)/;
const PERSON_BEFORE = new RegExp(`\\b(?:${ROLE}),? $`);
const PLACE_BEFORE = /\b(?:in|to|from|at|near|reached|across) $/;

/** What the article (or the gazetteer) makes a name: a person (born, died, said, "X, who"), or a place (in, to, from X). */
export function nameKind(name: string, articleText: string): "person" | "place" | null {
  return namedAs(articleText, `name-kind:${name}`, () => {
    const entry = lookupEntry(name);
    if (entry) return entry.type === "PERSON" ? "person" : entry.type === "COUNTRY" || entry.type === "CITY" || entry.type === "PLACE" ? "place" : null;
    // Only the text around each use of the name is read (a long article names hundreds of people and places).
    let person = false;
    let place = false;
    for (let at = articleText.indexOf(name); at >= 0 && !(person && place); at = articleText.indexOf(name, at + name.length)) {
      if (/[\p{L}\d]/u.test(articleText[at - 1] ?? "") || /[\p{L}\d]/u.test(articleText[at + name.length] ?? "")) continue;
      const before = articleText.slice(Math.max(0, at - 30), at);
      const after = articleText.slice(at + name.length, at + name.length + 40);
      if (PERSON_AFTER.test(after) || PERSON_BEFORE.test(before)) person = true;
      else if (PLACE_BEFORE.test(before)) place = true;
    }
    return person === place ? null : person ? "person" : "place";
  });
}

/** Names of another kind than the key: a place offered for a person, a person for a place. */
export function namesOfAnotherKind(q: GeneratedQuestion, articleText: string): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || q.keyKind !== "name" || !/^[A-Z]/.test(q.answerText)) return [];
  const key = nameKind(q.answerText, articleText);
  if (!key) return [];
  return q.options.filter((o) => o.text !== q.answerText && /^[A-Z]/.test(o.text)).filter((o) => {
    const other = nameKind(o.text, articleText);
    return other !== null && other !== key;
  }).map((o) => o.id);
}

/**
 * People of the other world than the key in an article that retells a work: its author among its characters, a character
 * among the author and the poets it quotes (see person-worlds). Whatever built the options, one is ruled out at a glance.
 */
export function namesOfAnotherWorld(q: GeneratedQuestion, articleText: string): string[] {
  if (q.type !== "MULTIPLE_CHOICE" || q.spanType !== "PERSON" || !/^[A-Z]/.test(q.answerText)) return [];
  if (!worldOfPerson(q.answerText, articleText)) return [];
  return q.options.filter((o) => o.text !== q.answerText && /^[A-Z]/.test(o.text) && ofOtherWorlds(o.text, q.answerText, articleText)).map((o) => o.id);
}
