import fs from "node:fs";
import { parseArticle } from "../lib/generation/parse-article";
import { findNamedStages, headingsBySentenceSection } from "../lib/generation/make-label-questions";
const text = fs.readFileSync("/work/fresh7-articles/97-phases-of-the-moon.txt", "utf8");
const a = parseArticle(text);
console.log(headingsBySentenceSection(a));
console.log(JSON.stringify(findNamedStages(a, text)));
for (const s of a.sentences.slice(10, 13)) console.log(JSON.stringify(text.slice(text.lastIndexOf("\n", s.start - 1) + 1, s.start)));
