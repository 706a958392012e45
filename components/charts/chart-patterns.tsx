/**
 * Fills that differ by pattern as well as by shade, so a chart reads in
 * greyscale, on a washed-out projector and for colour-blind readers.
 */
export type Fill = "solid" | "hatch" | "dots" | "light";

export const FILL_LABEL: Record<Fill, string> = { solid: "solid", hatch: "striped", dots: "dotted", light: "pale" };

export function ChartPatterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="fill-amber-100 dark:fill-amber-950" />
        <line x1="0" y1="0" x2="0" y2="6" strokeWidth="3" className="stroke-amber-700 dark:stroke-amber-300" />
      </pattern>
      <pattern id={`${id}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="fill-rose-50 dark:fill-rose-950" />
        <circle cx="3" cy="3" r="1.6" className="fill-rose-700 dark:fill-rose-300" />
      </pattern>
    </defs>
  );
}

export function fillOf(id: string, fill: Fill): { fill?: string; className?: string } {
  switch (fill) {
    case "solid":
      return { className: "fill-accent-600 dark:fill-accent-100" };
    case "light":
      return { className: "fill-zinc-300 dark:fill-zinc-600" };
    case "hatch":
    case "dots":
      return { fill: `url(#${id}-${fill})` };
  }
}
