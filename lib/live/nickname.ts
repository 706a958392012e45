import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { z } from "zod";

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

/**
 * Is this nickname free of profanity, including the usual disguises (l33t,
 * repeated letters) and words spelt out with spaces, dots or dashes between letters?
 */
export function isCleanNickname(nickname: string): boolean {
  // Only runs of single letters are joined ("f u c k"), so "Ana L." does not become a word.
  const spelt = nickname.replace(/(?<![\p{L}\p{N}])\p{L}(?:[\s._-]+\p{L}(?![\p{L}\p{N}])){2,}/gu, (run) => run.replace(/[\s._-]+/g, ""));
  return !matcher.hasMatch(nickname) && !matcher.hasMatch(spelt);
}

export const Nickname = z
  .string()
  .trim()
  .min(2, "Choose a nickname of at least 2 characters.")
  .max(20, "Keep the nickname to 20 characters.")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, "Use letters, digits, spaces, dots, dashes or underscores.")
  .refine(isCleanNickname, "Choose another nickname.");
