import type { Actor } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/dates/zone";
import { displayName } from "@/lib/people/names";
import { formatPhone } from "@/lib/phone";
import type { FlagRow } from "@/lib/safety-flags/queries";
import { formatAge, groupByPerson } from "@/lib/safety-flags/rules/age";
import { acknowledgeRefusal, isOverdue } from "@/lib/safety-flags/rules/ownership";
import { FLAG_SOURCE_LABEL, RISK_LABEL } from "../../screenings/_components/labels";

/** A flag as the worklist shows it: plain strings, so it crosses to client components and JSON. */
export interface FlagCardData {
  id: string;
  patientId: string;
  risk: FlagRow["risk"];
  riskLabel: string;
  sourceLabel: string;
  resolved: boolean;
  personName: string;
  phone: string;
  prefs: { okToLeaveVoicemail: boolean; okToNameCenter: boolean; okToText: boolean };
  screeningId: string | null;
  raisedBy: string;
  raisedAt: string;
  age: string;
  owner: string;
  ownerIsMe: boolean;
  acknowledgedBy: string | null;
  escalated: boolean;
  overdue: boolean;
  dueAt: string | null;
  mayAcknowledge: boolean;
  resolution: string | null;
}

export function presentFlag(flag: FlagRow, actor: Pick<Actor, "id" | "role">, now: Date): FlagCardData {
  return {
    id: flag.id,
    patientId: flag.patientId,
    risk: flag.risk,
    riskLabel: RISK_LABEL[flag.risk],
    sourceLabel: FLAG_SOURCE_LABEL[flag.source] ?? flag.source,
    resolved: flag.status === "RESOLVED",
    personName: displayName(flag.patient),
    phone: flag.patient.phone ? formatPhone(flag.patient.phone) : "No number on file",
    prefs: {
      okToLeaveVoicemail: flag.patient.okToLeaveVoicemail,
      okToNameCenter: flag.patient.okToNameCenter,
      okToText: flag.patient.okToText,
    },
    screeningId: flag.screeningId,
    raisedBy: flag.screening?.createdBy.name ?? "—",
    raisedAt: formatDateTime(flag.raisedAt),
    age: formatAge(flag.raisedAt, flag.resolvedAt ?? now),
    owner: flag.owner?.name ?? "Any clinician (no one on call)",
    ownerIsMe: flag.ownerId === actor.id,
    acknowledgedBy: flag.acknowledgedAt ? (flag.acknowledgedBy?.name ?? "—") : null,
    escalated: flag.escalatedAt !== null,
    overdue: isOverdue(flag, now),
    dueAt: flag.escalationDueAt && !flag.acknowledgedAt ? formatDateTime(flag.escalationDueAt) : null,
    mayAcknowledge: acknowledgeRefusal(flag, actor) === null,
    resolution: flag.resolution,
  };
}

export function presentGroups(flags: readonly FlagRow[], actor: Pick<Actor, "id" | "role">, now: Date) {
  return groupByPerson(flags).map((g) => ({
    patientId: g.patientId,
    personName: displayName(g.flags[0]!.patient),
    flags: g.flags.map((f) => presentFlag(f, actor, now)),
  }));
}

export type FlagGroupData = ReturnType<typeof presentGroups>[number];

/** In-app notifications as the tray shows them: what happened, the risk, when; no names. */
export function presentNotifications(
  rows: readonly { id: string; kind: string; flagId: string | null; risk: FlagRow["risk"] | null; createdAt: Date }[],
) {
  return rows.map((n) => ({
    id: n.id,
    text: `${n.kind === "escalated" ? "Escalated to you" : "Assigned to you"}: ${n.risk ? RISK_LABEL[n.risk] : "safety flag"}`,
    href: n.flagId ? `/safety-flags/${n.flagId}` : "/safety-flags",
    at: formatDateTime(n.createdAt),
  }));
}

export type NotificationData = ReturnType<typeof presentNotifications>[number];
