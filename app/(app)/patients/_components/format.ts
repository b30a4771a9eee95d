/** "today", "1 day", "12 days" — for time in stage and days since. */
export function daysText(days: number): string {
  if (days === 0) return "today";
  return `${days} ${days === 1 ? "day" : "days"}`;
}
