import { ChartPatterns, fillOf, type Fill } from "./chart-patterns";

export interface Bar {
  label: string;
  /** 0..max */
  value: number;
  /** Printed at the bar's end, so no value depends on reading its length. */
  valueLabel: string;
  fill?: Fill;
}

/**
 * A horizontal bar chart drawn on the server as plain SVG. The title and
 * description give the text alternative; every bar carries its own label.
 */
export function BarChart({ id, title, description, bars, max, labelWidth = 140 }: { id: string; title: string; description: string; bars: Bar[]; max: number; labelWidth?: number }) {
  const row = 28;
  const width = 640;
  const plot = width - labelWidth - 110;
  const height = bars.length * row + 8;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-3xl text-zinc-900 dark:text-zinc-100">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <ChartPatterns id={id} />
      <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} className="stroke-zinc-500" />
      {bars.map((b, i) => {
        const y = i * row + 4;
        const w = max > 0 ? Math.max(0, Math.min(1, b.value / max)) * plot : 0;
        return (
          <g key={`${b.label}-${i}`}>
            <text x={labelWidth - 8} y={y + row / 2 + 1} textAnchor="end" dominantBaseline="middle" className="fill-current text-[13px]">
              {b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label}
            </text>
            <rect x={labelWidth} y={y + 4} width={w} height={row - 10} rx={2} {...fillOf(id, b.fill ?? "solid")} className={`${fillOf(id, b.fill ?? "solid").className ?? ""} stroke-zinc-700 dark:stroke-zinc-300`} strokeWidth={0.5} />
            <text x={labelWidth + w + 6} y={y + row / 2 + 1} dominantBaseline="middle" className="fill-current text-[13px] tabular">
              {b.valueLabel}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface Segment {
  label: string;
  value: number;
  fill: Fill;
}

/** One stacked bar per row (e.g. a fact: mastered / learning / struggling), with counts written in each segment. */
export function StackedBarChart({ id, title, description, rows, labelWidth = 60 }: { id: string; title: string; description: string; rows: { label: string; segments: Segment[] }[]; labelWidth?: number }) {
  const row = 30;
  const width = 640;
  const plot = width - labelWidth - 10;
  const height = rows.length * row + 8;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-3xl text-zinc-900 dark:text-zinc-100">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <ChartPatterns id={id} />
      {rows.map((r, i) => {
        const y = i * row + 4;
        const total = r.segments.reduce((s, x) => s + x.value, 0);
        let x = labelWidth;
        return (
          <g key={`${r.label}-${i}`}>
            <text x={labelWidth - 8} y={y + row / 2} textAnchor="end" dominantBaseline="middle" className="fill-current text-[13px]">
              {r.label}
            </text>
            {r.segments.map((s) => {
              const w = total ? (s.value / total) * plot : 0;
              const start = x;
              x += w;
              const f = fillOf(id, s.fill);
              return (
                <g key={s.label}>
                  <rect x={start} y={y + 3} width={w} height={row - 8} {...f} className={`${f.className ?? ""} stroke-zinc-700 dark:stroke-zinc-300`} strokeWidth={0.5} />
                  {w > 22 && (
                    <text x={start + w / 2} y={y + row / 2} textAnchor="middle" dominantBaseline="middle" className="text-[12px] font-semibold tabular" paintOrder="stroke" stroke="white" strokeWidth={3} fill="black">
                      {s.value}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
