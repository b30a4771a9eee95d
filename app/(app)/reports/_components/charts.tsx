"use client";
/**
 * Report charts (recharts). Every chart is a <figure> with a visible title, `aria-describedby`
 * pointing at the table that carries the same numbers, and series told apart by more than colour
 * (hatched fills, dash patterns, marker shapes, a legend). Sizes are fixed so they print as shown.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export interface Series {
  key: string;
  label: string;
}

/** Dark-to-light colours plus a pattern/dash per index, so print in black and white still reads. */
const COLORS = ["#1e3a8a", "#b45309", "#047857", "#7c3aed", "#be123c"];
const DASHES = ["", "6 3", "2 2", "10 4 2 4", "1 4"];
const color = (i: number) => COLORS[i % COLORS.length] ?? "#1e3a8a";

function Patterns() {
  return (
    <defs>
      {COLORS.map((c, i) => (
        <pattern
          key={c}
          id={`report-pattern-${i}`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform={`rotate(${i * 45})`}
        >
          <rect width="6" height="6" fill={c} opacity={i === 0 ? 1 : 0.35} />
          {i === 0 ? null : <line x1="0" y1="0" x2="0" y2="6" stroke={c} strokeWidth="3" />}
        </pattern>
      ))}
    </defs>
  );
}

function Frame({ title, tableId, children }: { title: string; tableId: string; children: React.ReactNode }) {
  const titleId = `${tableId}-chart-title`;
  return (
    <figure aria-labelledby={titleId} aria-describedby={tableId} className="mb-4 break-inside-avoid">
      <figcaption id={titleId} className="mb-2 text-base font-semibold text-slate-900">
        {title}
      </figcaption>
      <div role="img" aria-labelledby={titleId} aria-describedby={tableId} className="h-72 w-full print:h-64">
        {children}
      </div>
    </figure>
  );
}

export function BarChartFigure({
  title,
  tableId,
  data,
  xKey,
  series,
  stacked = false,
}: {
  title: string;
  tableId: string;
  data: Record<string, string | number | null>[];
  xKey: string;
  series: Series[];
  stacked?: boolean;
}) {
  return (
    <Frame title={title} tableId={tableId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <Patterns />
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={`url(#report-pattern-${i % COLORS.length})`}
              stroke={color(i)}
              isAnimationActive={false}
              {...(stacked ? { stackId: "a" } : {})}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Frame>
  );
}

export interface ReferenceMark {
  y: number;
  label: string;
}

export function LineChartFigure({
  title,
  tableId,
  data,
  xKey,
  series,
  percent = false,
  references = [],
}: {
  title: string;
  tableId: string;
  data: Record<string, string | number | null>[];
  xKey: string;
  series: Series[];
  percent?: boolean;
  references?: ReferenceMark[];
}) {
  const format = (v: number) => (percent ? `${Math.round(v * 100)}%` : String(v));
  return (
    <Frame title={title} tableId={tableId}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 150, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={xKey} fontSize={12} />
          <YAxis fontSize={12} tickFormatter={format} {...(percent ? { domain: [0, 1] } : {})} />
          <Tooltip formatter={(v) => (typeof v === "number" ? format(v) : String(v))} />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={color(i)}
              strokeWidth={2}
              strokeDasharray={DASHES[i % DASHES.length]}
              dot={{ r: 4 + i }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          {references.map((r) => (
            <ReferenceLine
              key={`${r.y}-${r.label}`}
              y={r.y}
              stroke="#475569"
              strokeDasharray="4 4"
              {...(r.label
                ? { label: { value: r.label, position: "right" as const, fontSize: 11, fill: "#334155" } }
                : {})}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </Frame>
  );
}
