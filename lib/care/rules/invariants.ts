/**
 * The invariants every care timeline keeps, whatever sequence of actions built it: at most
 * one open episode; episodes never overlap (a same-day handoff is allowed); a completed transition
 * has exactly one resulting episode, which starts no earlier than its from-episode ended. The model
 * tests run them after every random action; the DB layer may run them over stored rows as a check.
 */
import type { CareState, Episode, Transition } from "./care-types";
import { isIsoDate } from "@/lib/dates/days";
import { dischargeReasonFor, isActiveTransitionStatus, transitionKind } from "./levels";

export interface CareInvariantViolation {
  code:
    | "invalid-date"
    | "more-than-one-open-episode"
    | "open-episode-has-discharge"
    | "closed-episode-incomplete"
    | "episode-ends-before-start"
    | "expected-end-not-after-start"
    | "episodes-overlap"
    | "transition-unknown-episode"
    | "transition-kind-mismatch"
    | "more-than-one-active-transition"
    | "completed-transition-result"
    | "result-episode-shared"
    | "unfinished-transition-has-result"
    | "pending-transition-after-discharge";
  message: string;
}

type Code = CareInvariantViolation["code"];

function episodeViolations(e: Episode, add: (code: Code, message: string) => void): void {
  for (const [field, value] of [
    ["startDate", e.startDate],
    ["expectedEndDate", e.expectedEndDate],
    ["endDate", e.endDate],
  ] as const) {
    if (value !== null && !isIsoDate(value))
      add("invalid-date", `Episode ${e.id}: ${field} ${value} is not a calendar day.`);
  }
  if (e.expectedEndDate <= e.startDate)
    add(
      "expected-end-not-after-start",
      `Episode ${e.id}: expected end ${e.expectedEndDate} is not after its start ${e.startDate}.`,
    );
  if (e.status === "OPEN") {
    if (e.endDate !== null || e.dischargeReason !== null)
      add("open-episode-has-discharge", `Episode ${e.id} is open but has a discharge date or reason.`);
    return;
  }
  if (e.endDate === null || e.dischargeReason === null) {
    add("closed-episode-incomplete", `Episode ${e.id} is discharged without a discharge date and reason.`);
  } else if (e.endDate < e.startDate) {
    add("episode-ends-before-start", `Episode ${e.id} ends (${e.endDate}) before it starts (${e.startDate}).`);
  }
}

/** Sorted by start; at equal starts a zero-length closed episode comes before the one after it. */
function byTimeline(a: Episode, b: Episode): number {
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? -1 : 1;
  const aEnd = a.endDate ?? "9999-12-31";
  const bEnd = b.endDate ?? "9999-12-31";
  return aEnd < bEnd ? -1 : aEnd > bEnd ? 1 : 0;
}

function completedViolations(
  t: Transition,
  from: Episode,
  byId: Map<string, Episode>,
  add: (code: Code, message: string) => void,
): void {
  const result = t.resultEpisodeId === null ? undefined : byId.get(t.resultEpisodeId);
  if (!result) {
    add("completed-transition-result", `Completed transition ${t.id} has no resulting episode.`);
    return;
  }
  if (result.level !== t.toLevel || result.programId !== t.toProgramId) {
    add(
      "completed-transition-result",
      `Transition ${t.id} resulted in episode ${result.id} at another level or program than planned.`,
    );
  }
  if (t.firstAttendedDate === null || result.startDate !== t.firstAttendedDate) {
    add(
      "completed-transition-result",
      `Episode ${result.id} does not start on the first attended session of transition ${t.id}.`,
    );
  }
  if (from.status !== "DISCHARGED" || from.endDate === null || result.startDate < from.endDate) {
    add(
      "completed-transition-result",
      `Episode ${result.id} starts before transition ${t.id}'s from-episode ${from.id} ended.`,
    );
  }
  if (from.dischargeReason !== dischargeReasonFor(t.kind)) {
    add(
      "completed-transition-result",
      `From-episode ${from.id} of completed transition ${t.id} is not discharged as ${dischargeReasonFor(t.kind)}.`,
    );
  }
}

function transitionViolations(state: CareState, add: (code: Code, message: string) => void): void {
  const byId = new Map(state.episodes.map((e) => [e.id, e]));
  const resultOwners = new Map<string, string>();
  const activeByEpisode = new Map<string, number>();
  const latestStart = state.episodes.reduce<string | null>(
    (max, e) => (max === null || e.startDate > max ? e.startDate : max),
    null,
  );
  for (const t of state.transitions) {
    const from = byId.get(t.fromEpisodeId);
    if (!from) {
      add("transition-unknown-episode", `Transition ${t.id} starts from an unknown episode ${t.fromEpisodeId}.`);
      continue;
    }
    if (transitionKind(from.level, t.toLevel) !== t.kind)
      add("transition-kind-mismatch", `Transition ${t.id} is a ${t.kind} but goes from ${from.level} to ${t.toLevel}.`);
    if (t.resultEpisodeId !== null) {
      const owner = resultOwners.get(t.resultEpisodeId);
      if (owner)
        add("result-episode-shared", `Episode ${t.resultEpisodeId} is the result of transitions ${owner} and ${t.id}.`);
      resultOwners.set(t.resultEpisodeId, t.id);
    }
    if (t.status === "COMPLETED") {
      completedViolations(t, from, byId, add);
      continue;
    }
    if (t.resultEpisodeId !== null || t.firstAttendedDate !== null) {
      add(
        "unfinished-transition-has-result",
        `Transition ${t.id} is ${t.status} but records a first session or a resulting episode.`,
      );
    }
    if (!isActiveTransitionStatus(t.status)) continue;
    activeByEpisode.set(from.id, (activeByEpisode.get(from.id) ?? 0) + 1);
    // A patient who left for a step-down waits for it: nothing else may have started since.
    if (
      from.status === "DISCHARGED" &&
      (from.dischargeReason !== dischargeReasonFor(t.kind) || latestStart !== from.startDate)
    ) {
      add(
        "pending-transition-after-discharge",
        `Transition ${t.id} is still ${t.status} but its from-episode ${from.id} was closed otherwise or followed by another episode.`,
      );
    }
  }
  for (const [episodeId, count] of activeByEpisode) {
    if (count > 1)
      add("more-than-one-active-transition", `Episode ${episodeId} has ${count} planned or confirmed transitions.`);
  }
}

export function checkCareInvariants(state: CareState): CareInvariantViolation[] {
  const violations: CareInvariantViolation[] = [];
  const add = (code: Code, message: string) => violations.push({ code, message });
  for (const e of state.episodes) episodeViolations(e, add);
  const open = state.episodes.filter((e) => e.status === "OPEN");
  if (open.length > 1)
    add("more-than-one-open-episode", `${open.length} episodes are open: ${open.map((e) => e.id).join(", ")}.`);
  const timeline = [...state.episodes].sort(byTimeline);
  for (let i = 1; i < timeline.length; i++) {
    const previous = timeline[i - 1];
    const current = timeline[i];
    if (!previous || !current) continue;
    // A same-day handoff (start on the day the previous ended) is allowed: both levels that day.
    if (previous.endDate === null || current.startDate < previous.endDate) {
      add(
        "episodes-overlap",
        `Episode ${current.id} (from ${current.startDate}) overlaps episode ${previous.id} (${previous.startDate} to ${previous.endDate ?? "open"}).`,
      );
    }
  }
  transitionViolations(state, add);
  return violations;
}
