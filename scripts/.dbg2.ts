import { parseArticle } from "../lib/generation/parse-article";
const frogs = ["How a Marsh Frog Grows","","A marsh frog changes shape several times before it can leave the water. Biologists who study ponds watch these changes closely each spring.","","The Stages","","A marsh frog's life is usually divided into five stages:","","1. Egg, when the young frog is a dark dot in jelly","2. Tadpole","3. Legged tadpole","4. Froglet, also called a young frog","5. Adult","","The whole change takes about twelve weeks in a warm pond. In a cold pond it can take most of a year, because the tadpoles grow slowly."].join("\n");
const a = parseArticle(frogs);
console.log(a.sections.map((s) => s.heading), a.keyFacts?.map((k: any) => k.text));
a.sentences.forEach((s) => console.log(s.section, JSON.stringify(s.text)));
