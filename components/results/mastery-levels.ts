import type { MasteryLevel } from "@/lib/quiz/progress";
import type { Fill } from "@/components/charts/chart-patterns";

/** Each level has an icon, a word and a fill pattern, so none is told by colour alone. */
export const LEVELS: { level: MasteryLevel; icon: string; word: string; fill: Fill }[] = [
  { level: "mastered", icon: "★", word: "Mastered", fill: "solid" },
  { level: "learning", icon: "◐", word: "Learning", fill: "hatch" },
  { level: "struggling", icon: "!", word: "Needs practice", fill: "dots" },
];
export const LEVEL_OF: Record<MasteryLevel, (typeof LEVELS)[number]> = Object.fromEntries(LEVELS.map((l) => [l.level, l])) as Record<MasteryLevel, (typeof LEVELS)[number]>;
