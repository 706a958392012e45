import nlp from "compromise";

type Form = "infinitive" | "gerund" | "past";

// Conjugating through the tagger costs about two milliseconds a call (it first reads the phrase into verb phrases), and
// the same verbs come back in article after article: each phrase's form is worked out once per process (bounded).
const forms = new Map<string, string>();

/** The verbs of `phrase` turned to `form`, as the tagger gives them (its verb phrase only: "they walked" -> "walk", "are walking"). */
export function verbsAs(phrase: string, form: Form): string {
  const key = `${form}\u0000${phrase}`;
  let turned = forms.get(key);
  if (turned === undefined) {
    if (forms.size > 8000) forms.clear();
    const verbs = nlp(phrase).verbs();
    turned = (form === "infinitive" ? verbs.toInfinitive() : form === "gerund" ? verbs.toGerund() : verbs.toPastTense()).text();
    forms.set(key, turned);
  }
  return turned;
}

/** How many forms are kept (for the test that each is worked out once). */
export function verbFormsKept(): number {
  return forms.size;
}
