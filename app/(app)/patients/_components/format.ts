import { LEVEL_LABELS } from "@/lib/care/rules/levels";
import type { CareLevel } from "@/lib/generated/prisma/enums";

/** "today", "1 day", "12 days" — for time in stage and days since. */
export function daysText(days: number): string {
  if (days === 0) return "today";
  return `${days} ${days === 1 ? "day" : "days"}`;
}

/** Level names as headings ("Residential", "IOP"). */
export function levelTitle(level: CareLevel): string {
  const label = LEVEL_LABELS[level];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
