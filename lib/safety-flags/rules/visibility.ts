import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Which flags a role sees: coordinators the flags of the screenings they ran (to know what
 * happened); clinicians and admins every flag.
 */
export function seesAllFlags(role: Role): boolean {
  return role === "CLINICIAN" || role === "ADMIN";
}

export function mayViewFlag(actor: { id: string; role: Role }, flag: { screeningCreatedById: string | null }): boolean {
  return seesAllFlags(actor.role) || (flag.screeningCreatedById !== null && flag.screeningCreatedById === actor.id);
}

export const FLAG_VIEWS = ["open", "mine", "escalated", "resolved"] as const;
export type FlagView = (typeof FLAG_VIEWS)[number];

export const FLAG_VIEW_LABELS: Record<FlagView, string> = {
  open: "Open",
  mine: "Mine",
  escalated: "Escalated",
  resolved: "Resolved",
};

export function parseFlagView(value: unknown): FlagView {
  return typeof value === "string" && (FLAG_VIEWS as readonly string[]).includes(value) ? (value as FlagView) : "open";
}
