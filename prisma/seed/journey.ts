/**
 * The state one patient's journey accumulates while it is played forward: pipeline moves, the
 * calls budget, and the last time anything happened. Shared by patients.ts (first contact) and
 * intake.ts (screening → decision → admission).
 */
import type { PipelineStatus } from "@/lib/generated/prisma/enums";
import { addCall, type CallSpec } from "./calls";
import type { SeedContext } from "./context";
import type { Rng } from "./random";
import type { StaffMember } from "./setup";

export interface PatientFacts {
  id: string;
  firstName: string;
  lastName: string;
  sex: "FEMALE" | "MALE" | "UNKNOWN";
  phone: string;
  okToLeaveVoicemail: boolean;
  /** Fields every call about this patient carries. */
  callDefaults: Omit<CallSpec, "at" | "direction" | "disposition" | "fromNumber">;
}

export class Journey {
  status: PipelineStatus = "INQUIRY";
  changedAt: number;
  lastActivity: number;
  notAdmittedReason: string | null = null;
  referredOutTo: string | null = null;
  mrn: string | null = null;

  constructor(
    readonly ctx: SeedContext,
    readonly rng: Rng,
    readonly patient: PatientFacts,
    firstContact: number,
    firstActor: StaffMember,
  ) {
    this.changedAt = firstContact;
    this.lastActivity = firstContact;
    this.event(null, "INQUIRY", firstContact, firstActor);
  }

  /** True when `at` has already happened: the journey stops at the present. */
  reached(at: number): boolean {
    return at <= this.ctx.clock.nowMs;
  }

  touch(at: number): void {
    if (at > this.lastActivity && this.reached(at)) this.lastActivity = at;
  }

  move(to: PipelineStatus, at: number, actor: StaffMember | null, note: string | null = null): void {
    this.event(this.status, to, at, actor, note);
    this.status = to;
    this.changedAt = at;
    this.touch(at);
  }

  private event(
    from: PipelineStatus | null,
    to: PipelineStatus,
    at: number,
    actor: StaffMember | null,
    note: string | null = null,
  ): void {
    this.ctx.writer.add("PipelineEvent", {
      id: this.ctx.ids.next(),
      patientId: this.patient.id,
      fromStatus: from,
      toStatus: to,
      at: new Date(at),
      actorId: actor?.id ?? null,
      note,
    });
  }

  notAdmitted(at: number, actor: StaffMember | null, reason: string): void {
    this.notAdmittedReason = reason;
    this.move("NOT_ADMITTED", at, actor, reason);
  }

  referredOut(at: number, actor: StaffMember | null, to: string): void {
    this.referredOutTo = to;
    this.move("REFERRED_OUT", at, actor, `Referred to ${to}`);
  }

  /**
   * A call about this patient, if it has happened and the linked-calls budget allows (with a
   * small `--calls`, late patients arrive by web form instead: no call row, same journey).
   */
  call(spec: Omit<CallSpec, "fromNumber">): string | null {
    if (!this.reached(spec.at) || this.ctx.linkedCallBudget.left <= 0) return null;
    this.ctx.linkedCallBudget.left--;
    this.touch(spec.at);
    return addCall(this.ctx, this.rng, { ...this.patient.callDefaults, ...spec, fromNumber: this.patient.phone });
  }

  /** Outbound attempts that reach voicemail or nobody; a voicemail only with consent. */
  attempt(at: number): void {
    this.call({
      at,
      direction: "OUTBOUND",
      disposition: this.patient.okToLeaveVoicemail && this.rng.chance(0.7) ? "VOICEMAIL_LEFT" : "NO_ANSWER",
    });
  }
}
