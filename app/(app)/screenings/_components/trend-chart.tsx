export interface TrendPoint {
  label: string;
  phq9: number | null;
  gad7: number | null;
}

const W = 640;
const H = 240;
const PAD = { left: 40, right: 16, top: 16, bottom: 40 };
const MAX = 27;

/**
 * PHQ-9 and GAD-7 totals over time as a small inline SVG. The two series
 * differ by line style and marker shape as well as colour, and the table beside it carries the
 * same numbers for anyone who cannot use the chart.
 */
export function TrendChart({ points, titleId }: { points: TrendPoint[]; titleId: string }) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => PAD.top + innerH - (v / MAX) * innerH;
  const path = (key: "phq9" | "gad7") =>
    points
      .map((p, i) => (p[key] === null ? null : `${x(i)},${y(p[key])}`))
      .filter(Boolean)
      .join(" ");
  const describe = points
    .map((p) => `${p.label}: PHQ-9 ${p.phq9 ?? "not scored"}, GAD-7 ${p.gad7 ?? "not scored"}`)
    .join("; ");
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${titleId}-desc`}
        className="h-auto w-full max-w-2xl"
      >
        <title id={titleId}>PHQ-9 and GAD-7 totals over time</title>
        <desc id={`${titleId}-desc`}>{describe}</desc>
        {[0, 5, 10, 15, 20, 27].map((v) => (
          <g key={v}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(v)}
              y2={y(v)}
              stroke="#cbd5e1"
              strokeDasharray={v === 0 ? undefined : "2 4"}
            />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#334155">
              {v}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <text
            key={`${p.label}-${i}`}
            x={x(i)}
            y={H - PAD.bottom + 16}
            textAnchor="middle"
            fontSize="11"
            fill="#334155"
          >
            {p.label}
          </text>
        ))}
        <polyline points={path("phq9")} fill="none" stroke="#174c99" strokeWidth="2.5" />
        <polyline points={path("gad7")} fill="none" stroke="#b45309" strokeWidth="2.5" strokeDasharray="7 5" />
        {points.map((p, i) => (
          <g key={i}>
            {p.phq9 !== null ? <circle cx={x(i)} cy={y(p.phq9)} r="5" fill="#174c99" /> : null}
            {p.gad7 !== null ? <rect x={x(i) - 4.5} y={y(p.gad7) - 4.5} width="9" height="9" fill="#b45309" /> : null}
          </g>
        ))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-6 text-sm">
        <span className="flex items-center gap-2">
          <svg width="34" height="12" aria-hidden="true">
            <line x1="0" x2="34" y1="6" y2="6" stroke="#174c99" strokeWidth="2.5" />
            <circle cx="17" cy="6" r="4.5" fill="#174c99" />
          </svg>
          PHQ-9 (solid line, circles; 0–27)
        </span>
        <span className="flex items-center gap-2">
          <svg width="34" height="12" aria-hidden="true">
            <line x1="0" x2="34" y1="6" y2="6" stroke="#b45309" strokeWidth="2.5" strokeDasharray="7 5" />
            <rect x="12.5" y="1.5" width="9" height="9" fill="#b45309" />
          </svg>
          GAD-7 (dashed line, squares; 0–21)
        </span>
        <span className="text-slate-600">Dotted lines: band thresholds 5, 10, 15, 20.</span>
      </figcaption>
    </figure>
  );
}
