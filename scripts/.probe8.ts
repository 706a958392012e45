import { readFileSync } from "node:fs";
import { parseArticle } from "../lib/generation/parse-article";
import { findDatedEvents } from "../lib/generation/make-timeline";
import { findSpans } from "../lib/generation/find-spans";
const t = readFileSync("tests/fixtures/articles/berlin-wall.txt", "utf8");
const a = parseArticle(t);
const spans = a.sentences.map((s) => findSpans(s.text, s.start));
for (const e of findDatedEvents(a.sentences, spans)) console.log(e.date.text, "|", e.text);
