export interface Point {
  /** Short label under the point (a date). */
  label: string;
  /** 0..100 */
  percent: number;
}

/** Scores over time as a line with labelled points, plain SVG; the page shows the same data as a table. */
export function LineChart({ id, title, description, points }: { id: string; title: string; description: string; points: Point[] }) {
  const width = 640;
  const height = 220;
  const left = 40;
  const bottom = 40;
  const top = 16;
  const plotW = width - left - 20;
  const plotH = height - top - bottom;
  const xOf = (i: number) => left + (points.length === 1 ? plotW / 2 : (i / (points.length - 1)) * plotW);
  const yOf = (p: number) => top + (1 - p / 100) * plotH;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-3xl text-zinc-900 dark:text-zinc-100">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {[0, 50, 100].map((g) => (
        <g key={g}>
          <line x1={left} x2={left + plotW} y1={yOf(g)} y2={yOf(g)} className="stroke-zinc-300 dark:stroke-zinc-700" strokeDasharray={g === 0 ? undefined : "4 4"} />
          <text x={left - 6} y={yOf(g)} textAnchor="end" dominantBaseline="middle" className="fill-current text-[12px]">
            {g}%
          </text>
        </g>
      ))}
      <polyline points={points.map((p, i) => `${xOf(i)},${yOf(p.percent)}`).join(" ")} fill="none" strokeWidth={2} className="stroke-accent-600 dark:stroke-accent-100" />
      {points.map((p, i) => (
        <g key={i}>
          <circle cx={xOf(i)} cy={yOf(p.percent)} r={4} className="fill-accent-600 dark:fill-accent-100" />
          <text x={xOf(i)} y={yOf(p.percent) - 9} textAnchor="middle" className="fill-current text-[11px] tabular">
            {Math.round(p.percent)}%
          </text>
          {(points.length <= 8 || i % Math.ceil(points.length / 8) === 0) && (
            <text x={xOf(i)} y={height - bottom + 18} textAnchor="middle" className="fill-current text-[11px]">
              {p.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
