import { generateQuestions } from "../lib/generation/generate-questions";
const town = ["Harrowmere and the Great Flood","","Harrowmere was a busy market town on the river Lune. The miller Tobias Vane lived at its edge with his family.","","The Flood","","He saw the water rise in the night and woke his neighbours. He was born in the town in 1790, and he died there in 1851. He rowed his boat from house to house."].join("\n");
const r = generateQuestions(town, { count: 10, seed: 1, keepUnsure: true });
for (const q of r.questions) console.log(q.prompt);
console.log(r.article.sentences.map((s) => s.person?.name ?? "-").join(","));
