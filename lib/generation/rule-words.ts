import { tagged } from "./question-stems";

/**
 * Words the rule makers (make-direction, make-amount, make-change) read a stated rule with, kept in one place so that
 * each maker refuses, and accepts, a rule alike.
 */

/** An opening that names the rule ("Under the law of supply, …"), kept before the question: its phrase is the group. */
export const RULE_INTRO = "(?:((?:Under|According to|In) [^,]{3,40}), )?";
export const NAMES_RULE = /^(?:Under|According to|In) /;

/** A condition's opening word, in either case ("When …, …", "…, when …, …"). */
export const CONDITION_OPENER = "(?:[Ww]hen|[Ii]f|[Aa]s|[Oo]nce|[Ww]henever)";

/** The verbs of a rise and of a fall, each in its -s form and its plain one, as regex alternations. */
export const UP_VERBS = "rises|rise|climbs|climb|increases|increase|grows|grow|goes up|go up";
export const DOWN_VERBS = "falls|fall|drops|drop|decreases|decrease|shrinks|shrink|goes down|go down|declines|decline";

// A hedged, negated or graded outcome ("may sink", "rarely rises", "almost sinks", "only melts") has no sure opposite:
// "It rises" is not what the article says of a price that rarely rises. ("can" is a maker's own call: an amount the
// crabs can reach turns surely, a float that can sink does not.)
export const HEDGED = /\b(?:not|never|no|may|might|sometimes|often|usually|perhaps|probably|rarely|seldom|almost|nearly|hardly|barely|scarcely|only|just)\b/i;

/**
 * A subject whose last word is an adverb ("the price of salt steadily") took a word of the outcome: the thing the
 * article names is the words before it, and the outcome is read without its adverb.
 */
export function endsInAdverb(subject: string): boolean {
  return tagged(subject).at(-1)?.tags?.includes("Adverb") === true;
}

/**
 * A subject that holds a verb of its own outside a relative clause ("the river floods and the lake", "the tide comes in
 * and"): a clause swallowed before the outcome, not a thing. By default the subject is read before a plain verb ("… can
 * rise"), so that the tagger takes it for a subject: read with the article's outcome after it, "the locks" + "rises"
 * read as a verb and a noun. A maker whose subject may end on the verb itself ("the cart moves" + "uphill") gives the
 * clause it stands in. Its first word is not asked, nor a verb after "that/which/who" ("a cart that is rolling").
 */
export function holdsVerb(subject: string, clause = `${subject} can rise`): boolean {
  const terms = tagged(clause).slice(0, tagged(subject).length);
  const relative = terms.findIndex((t) => /^(?:that|which|who)$/i.test(t.text));
  return terms.slice(1, relative < 0 ? undefined : relative).some((t) => {
    const tags = t.tags ?? [];
    // A participle before a noun ("the heated air") and a hyphened word ("the run-off") are no clause's verb.
    return tags.includes("Verb") && !tags.includes("Hyphenated") && !tags.includes("Gerund") && !(tags.includes("Participle") && !tags.includes("PastTense"));
  });
}

/**
 * Comparatives and their opposites beyond the plain more/less and higher/lower ("deeper" -> "shallower"): one table the makers
 * that turn a degree (falsify-statement's turned statements, make-direction's paired degrees) read alike.
 */
export const MORE_OPPOSITES: ReadonlyMap<string, string> = new Map(
  ([["longer", "shorter"], ["wider", "narrower"], ["deeper", "shallower"], ["thicker", "thinner"], ["louder", "quieter"]] as [string, string][]).flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]),
);
