import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CareAction, CareEffect } from "./rules/care-types";
import type {
  CancelTransitionInput,
  CompleteTransitionInput,
  ConfirmTransitionInput,
  DischargeForTransitionInput,
  MarkNoShowInput,
  PlanTransitionInput,
} from "./schemas";
import type { Permission } from "@/lib/auth/rules/permissions";
import type { Tx } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { assertOpenEpisode, assertVersion, episodeTarget, runCareStep, transitionTarget } from "./care-transaction";
import { loadProgramRef, type PatientCare } from "./store";
import { fromIsoDay } from "@/lib/dates/db-days";
import { CareRuleError } from "./errors";

/**
 * Step-downs and step-ups: plan → confirm → complete, or cancel / no-show,
 * plus the discharge of a patient who leaves for a planned step-down before its first session.
 * Each loads the patient's timeline, asks the pure rules (lib/care/rules/episodes.ts) and writes the
 * effects they return in one transaction with one audit row. Clinicians plan and complete
 * (`care:plan-transition`, `care:complete-transition`); the role map decides, not the UI.
 */

export function planTransition(actor: Actor, input: PlanTransitionInput) {
  return runCareStep(actor, {
    permission: "care:plan-transition",
    target: episodeTarget(input.episodeId),
    action: async (tx, care) => {
      assertOpenEpisode(
        care,
        input.episodeId,
        input.expectedVersion,
        "That care episode has ended; plan the transition from the patient's current episode.",
      );
      const toProgram = await loadProgramRef(tx, input.toProgramId);
      if (!toProgram) throw ValidationError.field("toProgramId", "Choose the receiving program.");
      return {
        type: "planTransition",
        toLevel: input.toLevel,
        toProgram,
        plannedDate: input.plannedDate,
        scheduleDays: input.scheduleDays,
        track: input.track ?? null,
      };
    },
    finish: async (tx, care, effects) => {
      const planned = effects.find((e) => e.type === "transitionPlanned");
      const transition = planned?.type === "transitionPlanned" ? planned.transition : null;
      await writeAudit(tx, actor, {
        action: "transition.plan",
        entityType: "Transition",
        ...(transition ? { entityId: transition.id } : {}),
        patientId: care.patient.id,
        detail: {
          kind: transition?.kind ?? null,
          toLevel: input.toLevel,
          toProgramId: transition?.toProgramId ?? input.toProgramId,
          fromEpisodeId: input.episodeId,
        },
      });
      return { patientId: care.patient.id, transitionId: transition?.id ?? null };
    },
  });
}

interface TransitionStep {
  permission: Permission;
  auditAction: `transition.${string}`;
  input: { transitionId: string; expectedVersion: number };
  action: (tx: Tx, care: PatientCare) => Promise<CareAction>;
  /** Writes that follow the effects in the same transaction (e.g. the first attended session). */
  after?: (tx: Tx, care: PatientCare, effects: readonly CareEffect[]) => Promise<void>;
}

/** The shared path of the actions on one existing transition. */
function runTransitionStep(actor: Actor, step: TransitionStep) {
  const { transitionId, expectedVersion } = step.input;
  return runCareStep(actor, {
    permission: step.permission,
    target: transitionTarget(transitionId),
    action: async (tx, care) => {
      assertVersion(care.transitionVersions.get(transitionId), expectedVersion, "transition");
      return step.action(tx, care);
    },
    finish: async (tx, care, effects) => {
      await step.after?.(tx, care, effects);
      const transition = care.state.transitions.find((t) => t.id === transitionId);
      const opened = effects.find((e) => e.type === "episodeOpened");
      const closed = effects.find((e) => e.type === "episodeClosed");
      await writeAudit(tx, actor, {
        action: step.auditAction,
        entityType: "Transition",
        entityId: transitionId,
        patientId: care.patient.id,
        detail: {
          kind: transition?.kind ?? null,
          toLevel: transition?.toLevel ?? null,
          closedEpisodeId: closed?.type === "episodeClosed" ? closed.episodeId : null,
          openedEpisodeId: opened?.type === "episodeOpened" ? opened.episode.id : null,
        },
      });
      return {
        patientId: care.patient.id,
        resultEpisodeId: opened?.type === "episodeOpened" ? opened.episode.id : null,
      };
    },
  });
}

export function confirmTransition(actor: Actor, input: ConfirmTransitionInput) {
  return runTransitionStep(actor, {
    permission: "care:plan-transition",
    auditAction: "transition.confirm",
    input,
    action: async () => ({ type: "confirmTransition", transitionId: input.transitionId }),
  });
}

export function cancelTransition(actor: Actor, input: CancelTransitionInput) {
  return runTransitionStep(actor, {
    permission: "care:plan-transition",
    auditAction: "transition.cancel",
    input,
    action: async () => ({ type: "cancelTransition", transitionId: input.transitionId, reason: input.reason }),
  });
}

export function markNoShow(actor: Actor, input: MarkNoShowInput) {
  return runTransitionStep(actor, {
    permission: "care:plan-transition",
    auditAction: "transition.no-show",
    input,
    action: async () => ({
      type: "markNoShow",
      transitionId: input.transitionId,
      ...(input.reason === undefined ? {} : { reason: input.reason }),
    }),
  });
}

/** The patient leaves the current level for the planned step-down; the transition stays open. */
export function dischargeForTransition(actor: Actor, input: DischargeForTransitionInput) {
  return runTransitionStep(actor, {
    permission: "care:complete-transition",
    auditAction: "transition.discharge",
    input,
    action: async () => ({
      type: "dischargeForTransition",
      transitionId: input.transitionId,
      dischargeDate: input.dischargeDate,
      ...(input.aftercarePlan === undefined ? {} : { aftercarePlan: input.aftercarePlan }),
    }),
  });
}

/**
 * Completes the transition at its first attended session: closes the from-episode (if still open)
 * and opens the new one in the same transaction, and records that session as attended — the
 * follow-up the continuity measure counts.
 */
export function completeTransition(actor: Actor, input: CompleteTransitionInput) {
  return runTransitionStep(actor, {
    permission: "care:complete-transition",
    auditAction: "transition.complete",
    input,
    action: async (tx, care) => {
      const transition = care.state.transitions.find((t) => t.id === input.transitionId);
      const program = transition ? await loadProgramRef(tx, transition.toProgramId) : null;
      if (!transition || !program)
        throw new CareRuleError("The receiving program of this transition no longer exists; cancel it and plan again.");
      return {
        type: "completeTransition",
        transitionId: input.transitionId,
        firstAttendedDate: input.firstAttendedDate,
        ...(input.dischargeDate === undefined ? {} : { dischargeDate: input.dischargeDate }),
        expectedLengthDays: input.expectedLengthDays ?? program.expectedLengthDays,
      };
    },
    after: async (tx, care, effects) => {
      const opened = effects.find((e) => e.type === "episodeOpened");
      if (opened?.type !== "episodeOpened") return;
      // Already recorded (e.g. entered twice): keep the one row the unique key allows.
      await tx.attendedSession.createMany({
        data: [
          {
            patientId: care.patient.id,
            episodeId: opened.episode.id,
            level: opened.episode.level,
            date: fromIsoDay(opened.episode.startDate),
          },
        ],
        skipDuplicates: true,
      });
    },
  });
}
