import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";

/** Plain JSON for a Prisma Json column: drops undefined keys, which strictUndefinedChecks refuses. */
export function toJson(value: unknown): InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as InputJsonValue;
}
