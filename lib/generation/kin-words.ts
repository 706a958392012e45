/**
 * Words for a person's family, in groups, so every list of kin words (a tie before a name, a relative's death, a family
 * opening) spells them once and says which groups it takes. A list adds its own ties outside the family (a master, a
 * rival, a publisher) where it is built. A leaf module: the start-up patterns built from it never meet an uninitialised
 * import.
 */

/** Parents, children, siblings, and their parents' siblings: every list of kin takes these. */
export const CLOSE_KIN = ["father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt"] as const;
export const SPOUSES = ["husband", "wife"] as const;
export const GRANDPARENTS = ["grandfather", "grandmother"] as const;
export const GRANDCHILDREN = ["grandson", "granddaughter"] as const;
export const STEPCHILDREN = ["stepson", "stepdaughter"] as const;
export const STEPPARENTS = ["stepmother", "stepfather"] as const;
export const HALF_SIBLINGS = ["half-brother", "half-sister"] as const;
export const NEPHEWS_AND_COUSINS = ["nephew", "niece", "cousin"] as const;
/** Who comes before or after a person in an office or a line ("his heir", "her predecessor"). */
export const SUCCESSION = ["heir", "successor", "predecessor"] as const;

/** The words of the groups and extra words given, as one alternation for a pattern ("father|mother|…"). */
export function kinAlternation(...groups: readonly (readonly string[])[]): string {
  return groups.flat().join("|");
}
