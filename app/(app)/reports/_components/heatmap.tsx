/**
 * The hour-of-week heatmap as an HTML table: each cell shows its number (colour is only a second
 * cue) and the table is its own text alternative; it prints as is.
 */
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export function Heatmap({ cells }: { cells: { dow: number; hour: number; calls: number }[] }) {
  const max = Math.max(1, ...cells.map((c) => c.calls));
  const at = (dow: number, hour: number) => cells.find((c) => c.dow === dow && c.hour === hour)?.calls ?? 0;
  return (
    <figure className="mb-6 overflow-x-auto break-inside-avoid" aria-labelledby="heatmap-title">
      <figcaption id="heatmap-title" className="mb-2 text-base font-semibold">
        Calls by hour of the week (center time)
      </figcaption>
      <table className="border-collapse text-[10px]">
        <thead>
          <tr>
            <th scope="col" className="px-1">
              Day
            </th>
            {Array.from({ length: 24 }, (_, h) => (
              <th key={h} scope="col" className="px-1 font-normal">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DAYS.map((name, i) => (
            <tr key={name}>
              <th scope="row" className="px-1 text-left">
                {name}
              </th>
              {Array.from({ length: 24 }, (_, h) => {
                const n = at(i + 1, h);
                const alpha = n === 0 ? 0 : 0.15 + 0.85 * (n / max);
                return (
                  <td
                    key={h}
                    className={`h-6 w-7 border border-slate-200 text-center tabular-nums ${alpha > 0.6 ? "text-white" : "text-slate-900"}`}
                    style={{ backgroundColor: `rgba(30, 58, 138, ${alpha})` }}
                  >
                    {n || ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
