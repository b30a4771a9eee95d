import type { CareLevel } from "@/lib/generated/prisma/enums";

/**
 * A new program's expected length of stay when the administrator leaves it blank: residential 30
 * days and IOP 10 weeks; the others are common lengths for those levels. Each program
 * keeps its own value, and an admission may override it.
 */
export const DEFAULT_LENGTH_DAYS: Record<CareLevel, number> = {
  WITHDRAWAL_MANAGEMENT: 5,
  RESIDENTIAL: 30,
  PHP: 20,
  IOP: 70,
  OUTPATIENT: 90,
};
