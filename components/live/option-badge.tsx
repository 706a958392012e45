/**
 * Each live option has a letter (its key on the keyboard is its number) and a
 * shape, so it can be told apart on a washed-out projector and without color.
 */
export const SHAPES = [
  { name: "triangle", path: "M12 3 22 21H2z", color: "bg-red-700" },
  { name: "diamond", path: "M12 2 22 12 12 22 2 12z", color: "bg-blue-700" },
  { name: "circle", path: "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z", color: "bg-amber-700" },
  { name: "square", path: "M3 3h18v18H3z", color: "bg-green-700" },
  { name: "star", path: "M12 2l3 7h7l-5.5 4.5 2 7.5L12 17l-6.5 4 2-7.5L2 9h7z", color: "bg-purple-700" },
  { name: "hexagon", path: "M7 3h10l5 9-5 9H7l-5-9z", color: "bg-teal-700" },
] as const;

export const letterOf = (i: number) => String.fromCharCode(65 + i);

export function OptionBadge({ index, size = "h-8 w-8" }: { index: number; size?: string }) {
  const shape = SHAPES[index % SHAPES.length]!;
  return (
    <span className="inline-flex shrink-0 items-center gap-2" aria-hidden="true">
      <span className="inline-flex min-w-[1.6em] items-center justify-center rounded-md bg-white/90 px-1 font-bold text-zinc-900 tabular">{letterOf(index)}</span>
      <svg viewBox="0 0 24 24" className={`${size} fill-white`}>
        <path d={shape.path} />
      </svg>
    </span>
  );
}
