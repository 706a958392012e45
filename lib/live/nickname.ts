import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { z } from "zod";

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

/** Is this nickname free of profanity (including the usual disguises: l33t, spacing, repeats)? */
export function isCleanNickname(nickname: string): boolean {
  return !matcher.hasMatch(nickname);
}

export const Nickname = z
  .string()
  .trim()
  .min(2, "Choose a nickname of at least 2 characters.")
  .max(20, "Keep the nickname to 20 characters.")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, "Use letters, digits, spaces, dots, dashes or underscores.")
  .refine(isCleanNickname, "Choose another nickname.");
