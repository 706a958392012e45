import { tagged } from "../lib/generation/question-stems";
import { negateStatement } from "../lib/generation/negate-statement";
for (const s of ["The guild had trained the glaziers of the county.", "The miller had two mills on the stream.", "In 1740, the weavers founded a school for their children.", "Wren Halloway set out on her long walk from the coast.", "The cell wall holds a nucleus that stores the plan."])
console.log(JSON.stringify(tagged(s).map((t) => [t.text, (t.tags ?? []).join(",")])), negateStatement(s));
