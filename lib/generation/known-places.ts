import { escapeRegExp } from "./find-spans";
import { articleMemo } from "./article-memo";
import { lookupEntry } from "./gazetteer";
import { otherForms } from "./demonyms";

/** The gazetteer's kinds of place: a name of one of them is a place wherever it stands. */
export const KNOWN_PLACE: ReadonlySet<string> = new Set(["COUNTRY", "CITY", "PLACE"]);

/**
 * Whether the article (or the gazetteer) knows `name` as a place: a capitalised word after "in" is as often an era, a
 * language, a body or a paper ("in Victorian times", "in Latin", "in Parliament", "in the Daily Post"). The article shows
 * a place where it puts something in it or near it, moves to or from it, or calls it a town, county or province
 * ("the largest town in Dunhaven", "sailed from Dunhaven", "the county of Dunhaven", "Dunhaven, a small province").
 */
export function knownAsPlace(name: string, articleText: string): boolean {
  if (KNOWN_PLACE.has(lookupEntry(name)?.type ?? "")) return true;
  // A people's or a language's word ("English", "Welsh") is no place, whatever slot it stands in.
  if (otherForms(name).length) return false;
  return memo(articleText, name, () => {
    const n = escapeRegExp(name);
    // "sailed from Y", "the largest town in Y", "the county of Y", "north of Y", "Ebb, in Y": Y after a slot of places.
    const after = `(?:\\b(?:${MOVED}) (?:back |away |out |up )?(?:in|at|to|from|into|near) |\\b(?:${PLACE_KINDS})s? (?:in|of) |\\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? (?:part )?of |[A-Z][\\w'’-]*, in )(?:the )?${n}(?![\\w'’-]| [A-Z])`;
    // "Y, a small county", "Y is a port": Y calls itself a place (not a time after "in": "Carrow in the Renaissance was a
    // mill town").
    const calls = `(?<![\\w'’-]|\\bin (?:the )?)${n},? (?:(?:is|was) )?(?:a|an|the) (?:[a-z]+ ){0,2}(?:${PLACE_KINDS})\\b`;
    for (const m of articleText.matchAll(new RegExp(`${after}|${calls}`, "g"))) {
      // "lived in Victorian times": the name qualifies the noun after it.
      if (!QUALIFIED_NOUN.test(articleText.slice(m.index + m[0].length, m.index + m[0].length + 16))) return true;
    }
    return false;
  });
}
const memo = articleMemo<boolean>();

// Verbs of living in, coming from or going to a place (not "came from", which a word's origin takes: "from Latin").
const MOVED =
  "born|died|lived|settled|grew up|moved|sailed|fled|returned|travell?ed|emigrated|retired|arrived|marched|rode|walked|stationed|buried|exiled|based|headquartered";
const PLACE_KINDS =
  "city|town|village|hamlet|county|province|region|kingdom|state|port|harbou?r|district|island|isle|country|shire|parish|duchy|republic|colony|capital|borough|diocese|settlement";

// A lowercase noun after a capitalised word makes the word its qualifier, not a place: "the Lune valley", "the Gothic style",
// "the Latin quarter", "Victorian times".
export const QUALIFIED_NOUN =
  /^ (?:valley|vale|basin|delta|estuary|plains?|hills|mountains|highlands|lowlands|uplands|coast|countryside|region|area|district|quarter|borders?|style|styles|fashion|manner|tradition|times|period|era|age|days|calendar|language|tongue|dialect|novels?|press|papers?|army|navy|forces|court|hands|service|colony|empire|church|school|side|suburbs|league|cup|team|club|line|railway|river|sea|lake|forest|moors?)\b/;

// A street or a building lies inside a town, not around it.
export const INSIDE_A_TOWN =
  /\b(?:Street|Road|Lane|Square|Avenue|Row|Terrace|Crescent|Gardens|Close|Drive|Boulevard|Way|Walk|Place|Hall|House|Church|Chapel|Cathedral|Abbey|Castle|Palace|Tower|Bridge|Station|Market|Gate|Park|Hospital|School|College|University|Theatre|Museum)$/;
