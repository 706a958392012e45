import fs from "node:fs";
import { isPersonWord } from "../lib/generation/resolve-person-pronouns";
const src = fs.readFileSync("lib/generation/find-title-person.ts", "utf8");
const list = /const CALLING =\s*\/\^\(\?:([^)]*)\)\$\//.exec(src)![1]!.split("|");
console.log(list.length, "dups:", list.filter((w) => isPersonWord(w)).join(","));
console.log("keep:", list.filter((w) => !isPersonWord(w)).join("|"));
