/** "How long open" in words a clinician reads at a glance: "4 min", "3 h 12 min", "2 days". */
export function formatAge(from: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - from.getTime()) / 60_000));
  if (minutes < 1) return "less than a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days`;
}

const RISK_ORDER = { HIGH: 3, MODERATE: 2, LOW: 1, NONE: 0 } as const;

/**
 * The dashboard's grouping: one group per person, the groups by their highest risk and then
 * their oldest flag; inside a group the same order.
 */
export function groupByPerson<T extends { patientId: string; risk: keyof typeof RISK_ORDER; raisedAt: Date }>(
  flags: readonly T[],
): { patientId: string; risk: T["risk"]; flags: T[] }[] {
  const order = (a: T, b: T) => RISK_ORDER[b.risk] - RISK_ORDER[a.risk] || a.raisedAt.getTime() - b.raisedAt.getTime();
  const groups = new Map<string, T[]>();
  for (const f of [...flags].sort(order)) {
    const list = groups.get(f.patientId);
    if (list) list.push(f);
    else groups.set(f.patientId, [f]);
  }
  return [...groups.entries()]
    .map(([patientId, list]) => ({ patientId, risk: list[0]!.risk, flags: list }))
    .sort((a, b) => order(a.flags[0]!, b.flags[0]!));
}
