import { parseArticle } from "../lib/generation/parse-article";
import { findLabelledLines } from "../lib/generation/make-label-questions";
const bike = "How a Bicycle Works\n\nA bicycle turns the push of a rider's legs into steady forward motion on the road.\n\nParts that every bicycle shares\n\n- Frame: the stiff skeleton that holds every other piece in place.\n- Chain: a loop of steel links that carries the pedals' turning to the back wheel.\n- Brakes: pads that squeeze the rims to slow the wheels.\n- Saddle: the seat the rider sits on while pedalling.";
const a = parseArticle(bike);
console.log(JSON.stringify(a.sections.map(s=>[s.heading, s.paragraphs.length])), a.sentences.map(s=>[s.section,s.text]), a.keyFacts, findLabelledLines(a,bike));
