import nlp from "compromise";
// Installs the faster rule sweep in the tagger (same tags) before any text is read.
import "./faster-tagger";

/** compromise's word list: a word's tag as the tagger knows it before reading any sentence ("walks" -> "PresentTense"). */
export const LEXICON = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | undefined> } } }).model().one.lexicon;

/**
 * The text tagged by compromise without its last step, which groups words into noun and verb phrases ("chunks") and sets
 * no tag: a reader of the words' tags alone (people(), places(), match() on tags and words, json()'s tags) gets the same
 * answers, and that step was a tenth of the tagging time.
 */
export function tagWithoutChunks(text: string): ReturnType<typeof nlp> {
  const world = nlp.world() as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((hook) => hook !== "chunks");
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}
