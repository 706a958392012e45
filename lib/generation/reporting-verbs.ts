/**
 * Verbs of saying, thinking and holding a claim ("historians say …", "the sailors believed …", ", it was claimed,"), each
 * with its forms, so that every list reading a reported or hedged claim spells and inflects a verb once. Each list still
 * picks its own verbs and forms: an opening that names ("call", "describe") counts for a reason's result but not for a
 * cause's; a singular "believes" is a named holder for some readers and not others. The choice is made, and said, where
 * each list is built. A leaf module, so the start-up patterns built from it never meet an uninitialised import.
 */

type Form = "base" | "s" | "past";

const FORMS: Readonly<Record<string, Readonly<Record<Form, string>>>> = Object.fromEntries(
  (
    [
      ["agree", "agrees", "agreed"],
      ["argue", "argues", "argued"],
      ["assume", "assumes", "assumed"],
      ["believe", "believes", "believed"],
      ["call", "calls", "called"],
      ["claim", "claims", "claimed"],
      ["consider", "considers", "considered"],
      ["describe", "describes", "described"],
      ["explain", "explains", "explained"],
      ["fear", "fears", "feared"],
      ["insist", "insists", "insisted"],
      ["know", "knows", "knew"],
      ["name", "names", "named"],
      ["note", "notes", "noted"],
      ["report", "reports", "reported"],
      ["say", "says", "said"],
      ["state", "states", "stated"],
      ["suggest", "suggests", "suggested"],
      ["suppose", "supposes", "supposed"],
      ["suspect", "suspects", "suspected"],
      ["term", "terms", "termed"],
      ["think", "thinks", "thought"],
      ["write", "writes", "wrote"],
    ] as const
  ).map(([base, s, past]) => [base, { base, s, past }]),
);

/**
 * The given forms of each verb named (by its base, space-separated), as one alternation for a pattern:
 * `verbForms("say think")` is "say|says|said|think|thinks|thought"; `verbForms("argue", ["past"])` is "argued".
 */
export function verbForms(verbs: string, forms: readonly Form[] = ["base", "s", "past"]): string {
  return verbs
    .split(" ")
    .flatMap((verb) => {
      const row = FORMS[verb];
      if (!row) throw new Error(`reporting-verbs: no forms for "${verb}"`);
      return forms.map((f) => row[f]);
    })
    .join("|");
}

/** The verbs by which a clause reports a claim rather than an event ("historians say", "many believed"). */
export const CLAIM_VERBS = "say think believe argue";

/**
 * A clause that opens on someone's claim, its verb after at most four words ("historians say that …", "many people
 * believed …"): what follows is the claim, not a plain event. Case-blind.
 */
export function opensOnClaim(verbs: string): RegExp {
  return new RegExp(`^(?:[\\w'’-]+ ){0,4}(?:${verbForms(verbs)})\\b`, "i");
}
