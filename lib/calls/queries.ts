import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { getDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CallDirection, CallDisposition, CallSource, CallStatus } from "@/lib/generated/prisma/enums";
import { normalizePhone } from "@/lib/phone";
import { nextDay } from "@/lib/dates/days";
import { startOfZonedDay } from "@/lib/dates/zone";
import type { CallFilter } from "./schemas";

export const CALLS_PAGE_SIZE = 50;

/** Only what the list needs (minimum necessary): no notes, no insurance. */
export const CALL_LIST_SELECT = {
  id: true,
  startedAt: true,
  direction: true,
  source: true,
  status: true,
  fromNumber: true,
  callerName: true,
  disposition: true,
  durationSeconds: true,
  phoneLine: { select: { label: true } },
  loggedBy: { select: { name: true } },
  referralSource: { select: { name: true } },
  patient: { select: { id: true, firstName: true, lastName: true } },
} as const satisfies Prisma.CallSelect;

/** Everything the edit form shows and an edit may change, plus the concurrency version. */
export const CALL_EDITABLE_SELECT = {
  id: true,
  version: true,
  patientId: true,
  direction: true,
  fromNumber: true,
  callerName: true,
  callerRelation: true,
  callerIsPatient: true,
  careRecipientName: true,
  reason: true,
  referralSourceId: true,
  insurancePayer: true,
  insuranceMemberId: true,
  okToLeaveVoicemail: true,
  okToNameCenter: true,
  okToText: true,
  disposition: true,
  notes: true,
  phoneLineId: true,
  startedAt: true,
  durationSeconds: true,
} as const satisfies Prisma.CallSelect;

/** `contains` as LIKE/ILIKE: a typed % or _ is that character, not a wildcard. */
function containsPattern(term: string): Prisma.Sql {
  return Prisma.sql`('%' || ${term.replace(/[\\%_]/g, (m) => `\\${m}`)} || '%')`;
}

/**
 * Filters → conditions on `"Call" c`, built only from parsed, allow-listed values and sent as
 * parameters (docs/security.md V3–V5).
 */
function callConditions(filter: CallFilter): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (filter.from) and.push(Prisma.sql`c."startedAt" >= ${startOfZonedDay(filter.from)}`);
  if (filter.to) and.push(Prisma.sql`c."startedAt" < ${startOfZonedDay(nextDay(filter.to))}`);
  if (filter.line) and.push(Prisma.sql`c."phoneLineId" = ${filter.line}::uuid`);
  if (filter.direction) and.push(Prisma.sql`c."direction" = ${filter.direction}::"CallDirection"`);
  if (filter.disposition === "UNLOGGED") and.push(Prisma.sql`c."disposition" IS NULL`);
  else if (filter.disposition) and.push(Prisma.sql`c."disposition" = ${filter.disposition}::"CallDisposition"`);
  if (filter.coordinator) and.push(Prisma.sql`c."loggedById" = ${filter.coordinator}::uuid`);
  if (filter.source) and.push(Prisma.sql`c."referralSourceId" = ${filter.source}::uuid`);
  if (filter.linked === "yes") and.push(Prisma.sql`c."patientId" IS NOT NULL`);
  if (filter.linked === "no") and.push(Prisma.sql`c."patientId" IS NULL`);
  if (filter.q) {
    const e164 = normalizePhone(filter.q);
    const digits = filter.q.replace(/\D/g, "");
    // The partial-number and name searches are served by trigram indexes (ADR 0011).
    if (e164) and.push(Prisma.sql`c."fromNumber" = ${e164}`);
    else if (digits.length >= 4 && digits.length === filter.q.replace(/[\s()+.-]/g, "").length)
      and.push(Prisma.sql`c."fromNumber" LIKE ${containsPattern(digits)}`);
    else {
      const name = containsPattern(filter.q);
      and.push(Prisma.sql`(c."callerName" ILIKE ${name} OR c."careRecipientName" ILIKE ${name})`);
    }
  }
  if (filter.after) {
    const [ms, id] = filter.after.split("_") as [string, string];
    const at = new Date(Number(ms));
    // The redundant `<=` bound lets PostgreSQL start the index scan at the cursor; the OR alone
    // made deep pages read from the top of the index (bench: 160 ms → 0.5 ms at 1M calls).
    and.push(
      Prisma.sql`c."startedAt" <= ${at}`,
      Prisma.sql`(c."startedAt" < ${at} OR (c."startedAt" = ${at} AND c."id" < ${id}::uuid))`,
    );
  }
  return and;
}

const whereAll = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

/** CALL_LIST_SELECT as columns (relations flattened); the export adds relation and reason. */
const LIST_COLUMNS = Prisma.sql`c."id", c."startedAt", c."direction"::text AS "direction",
  c."source"::text AS "source", c."status"::text AS "status", c."fromNumber", c."callerName",
  c."disposition"::text AS "disposition", c."durationSeconds", pl."label" AS "lineLabel",
  u."name" AS "loggedByName", rs."name" AS "sourceName", p."id" AS "patientId",
  p."firstName" AS "patientFirstName", p."lastName" AS "patientLastName"`;
const EXPORT_COLUMNS = Prisma.sql`${LIST_COLUMNS}, c."callerRelation"::text AS "callerRelation", c."reason"::text AS "reason"`;

/**
 * The calls list in one statement: the filtered calls, newest first, keyset-paged, with the four
 * relations the list shows joined in. Exported so that the benchmark runs and explains exactly
 * this SQL (docs/benchmarks.md).
 */
export function callListStatement(
  filter: CallFilter,
  options: { limit?: number; columns?: "list" | "export" } = {},
): Prisma.Sql {
  return Prisma.sql`SELECT ${options.columns === "export" ? EXPORT_COLUMNS : LIST_COLUMNS}
  FROM "Call" c
  LEFT JOIN "PhoneLine" pl ON pl."id" = c."phoneLineId"
  LEFT JOIN "User" u ON u."id" = c."loggedById"
  LEFT JOIN "ReferralSource" rs ON rs."id" = c."referralSourceId"
  LEFT JOIN "Patient" p ON p."id" = c."patientId"
  ${whereAll(callConditions(filter))}
  ORDER BY c."startedAt" DESC, c."id" DESC
  LIMIT ${options.limit ?? CALLS_PAGE_SIZE + 1}`;
}

/** How many calls the filters match, whatever the cursor. */
export function callCountStatement(filter: CallFilter): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "calls" FROM "Call" c ${whereAll(callConditions({ ...filter, after: undefined }))}`;
}

export interface CallListRow {
  id: string;
  startedAt: Date;
  direction: CallDirection;
  source: CallSource;
  status: CallStatus;
  fromNumber: string;
  callerName: string | null;
  disposition: CallDisposition | null;
  durationSeconds: number | null;
  lineLabel: string | null;
  loggedByName: string | null;
  sourceName: string | null;
  patientId: string | null;
  patientFirstName: string | null;
  patientLastName: string | null;
}

export type ListedCall = Prisma.CallGetPayload<{ select: typeof CALL_LIST_SELECT }>;

/** A row of callListStatement in CALL_LIST_SELECT's shape (each joined row has a non-null name). */
export function listedCall(row: CallListRow): ListedCall {
  return {
    id: row.id,
    startedAt: row.startedAt,
    direction: row.direction,
    source: row.source,
    status: row.status,
    fromNumber: row.fromNumber,
    callerName: row.callerName,
    disposition: row.disposition,
    durationSeconds: row.durationSeconds,
    phoneLine: row.lineLabel === null ? null : { label: row.lineLabel },
    loggedBy: row.loggedByName === null ? null : { name: row.loggedByName },
    referralSource: row.sourceName === null ? null : { name: row.sourceName },
    patient:
      row.patientId === null
        ? null
        : { id: row.patientId, firstName: row.patientFirstName ?? "", lastName: row.patientLastName },
  };
}

export function cursorOf(row: { startedAt: Date; id: string }): string {
  return `${row.startedAt.getTime()}_${row.id}`;
}

/** One page of the calls list, newest first, keyset-paged so that new calls never shift a page. */
export async function listCalls(actor: Actor, filter: CallFilter) {
  assertCan(actor, "call:read");
  const db = await getDb();
  const rows = await db.$queryRaw<CallListRow[]>(callListStatement(filter));
  const page = rows.slice(0, CALLS_PAGE_SIZE).map(listedCall);
  const last = page[page.length - 1];
  await recordPhiAccess(actor, {
    action: filter.q ? "call.search" : "call.list",
    entityType: "Call",
    detail: {
      rows: page.length,
      filters: Object.keys(filter).filter((k) => k !== "q" && filter[k as keyof CallFilter] !== undefined),
    },
  });
  return { calls: page, nextCursor: rows.length > CALLS_PAGE_SIZE && last ? cursorOf(last) : undefined };
}

export async function getCall(actor: Actor, callId: string) {
  assertCan(actor, "call:read");
  const db = await getDb();
  const call = await db.call.findUnique({
    where: { id: callId },
    select: {
      ...CALL_LIST_SELECT,
      ...CALL_EDITABLE_SELECT,
      loggedAt: true,
      telephonySid: true,
      tasks: {
        select: { id: true, kind: true, status: true, dueAt: true, assignee: { select: { name: true } } },
        orderBy: { dueAt: "asc" },
      },
    },
  });
  if (!call) throw new NotFoundError("That call was not found.");
  await recordPhiAccess(actor, {
    action: "call.view",
    entityType: "Call",
    entityId: call.id,
    ...(call.patient ? { patientId: call.patient.id } : {}),
  });
  return call;
}

/**
 * Repeat callers: earlier calls from this number and the people they belong to,
 * with their contact preferences. Only for a complete, valid number.
 */
export async function lookupCaller(actor: Actor, phone: string) {
  assertCan(actor, "call:read");
  const e164 = normalizePhone(phone);
  if (!e164) return null;
  const db = await getDb();
  const [calls, people] = await Promise.all([
    db.call.findMany({
      where: { fromNumber: e164 },
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      take: 5,
      select: { id: true, startedAt: true, direction: true, disposition: true, callerName: true, patientId: true },
    }),
    db.patient.findMany({
      where: { OR: [{ phone: e164 }, { calls: { some: { fromNumber: e164 } } }] },
      take: 5,
      orderBy: { lastActivityAt: "desc" },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        pipelineStatus: true,
        mrn: true,
        okToLeaveVoicemail: true,
        okToNameCenter: true,
        okToText: true,
      },
    }),
  ]);
  if (calls.length > 0 || people.length > 0) {
    await recordPhiAccess(actor, {
      action: "call.search",
      entityType: "Call",
      detail: { matches: calls.length, people: people.length },
    });
  }
  return { e164, calls, people };
}

export const CALLBACKS_PAGE_SIZE = 50;

const openCallbacks = (assigneeId: string | undefined) =>
  Prisma.sql`t."kind" = 'CALLBACK' AND t."status" = 'OPEN'${assigneeId ? Prisma.sql` AND t."assigneeId" = ${assigneeId}::uuid` : Prisma.empty}`;

/**
 * A callback queue in one statement: open callbacks by due time, everyone's or one coordinator's,
 * the most urgent first, with the assignee, the call and the person joined in. Exported so that
 * the benchmark runs and explains exactly this SQL (docs/benchmarks.md).
 */
export function callbacksStatement(options: { assigneeId?: string | undefined }): Prisma.Sql {
  return Prisma.sql`SELECT t."id", t."dueAt", t."note", a."id" AS "assigneeId", a."name" AS "assigneeName",
    c."id" AS "callId", c."fromNumber" AS "callFromNumber", c."callerName" AS "callCallerName",
    c."okToLeaveVoicemail" AS "callOkToLeaveVoicemail", c."okToNameCenter" AS "callOkToNameCenter",
    c."okToText" AS "callOkToText", p."id" AS "patientId", p."firstName" AS "patientFirstName",
    p."lastName" AS "patientLastName", p."phone" AS "patientPhone",
    p."okToLeaveVoicemail" AS "patientOkToLeaveVoicemail", p."okToNameCenter" AS "patientOkToNameCenter",
    p."okToText" AS "patientOkToText"
  FROM "Task" t
  LEFT JOIN "User" a ON a."id" = t."assigneeId"
  LEFT JOIN "Call" c ON c."id" = t."callId"
  LEFT JOIN "Patient" p ON p."id" = t."patientId"
  WHERE ${openCallbacks(options.assigneeId)}
  ORDER BY t."dueAt" ASC, t."id" ASC
  LIMIT ${CALLBACKS_PAGE_SIZE}`;
}

interface CallbackRow {
  id: string;
  dueAt: Date;
  note: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  callId: string | null;
  callFromNumber: string | null;
  callCallerName: string | null;
  callOkToLeaveVoicemail: boolean | null;
  callOkToNameCenter: boolean | null;
  callOkToText: boolean | null;
  patientId: string | null;
  patientFirstName: string | null;
  patientLastName: string | null;
  patientPhone: string | null;
  patientOkToLeaveVoicemail: boolean | null;
  patientOkToNameCenter: boolean | null;
  patientOkToText: boolean | null;
}

function queuedCallback(row: CallbackRow) {
  return {
    id: row.id,
    dueAt: row.dueAt,
    note: row.note,
    assignee: row.assigneeId === null ? null : { id: row.assigneeId, name: row.assigneeName ?? "" },
    call:
      row.callId === null
        ? null
        : {
            id: row.callId,
            fromNumber: row.callFromNumber ?? "",
            callerName: row.callCallerName,
            okToLeaveVoicemail: row.callOkToLeaveVoicemail,
            okToNameCenter: row.callOkToNameCenter,
            okToText: row.callOkToText,
          },
    patient:
      row.patientId === null
        ? null
        : {
            id: row.patientId,
            firstName: row.patientFirstName ?? "",
            lastName: row.patientLastName,
            phone: row.patientPhone,
            okToLeaveVoicemail: row.patientOkToLeaveVoicemail ?? false,
            okToNameCenter: row.patientOkToNameCenter ?? false,
            okToText: row.patientOkToText ?? false,
          },
  };
}

/** Open callbacks by due time: everyone's, or one coordinator's. */
export async function listCallbacks(actor: Actor, options: { assigneeId?: string | undefined }) {
  assertCan(actor, "callback:read");
  const db = await getDb();
  // The most urgent first; a longer queue is counted, not rendered (bench: 200 cards = 850 KB).
  const tasks = (await db.$queryRaw<CallbackRow[]>(callbacksStatement(options))).map(queuedCallback);
  const total =
    tasks.length < CALLBACKS_PAGE_SIZE
      ? tasks.length
      : ((
          await db.$queryRaw<
            { open: number }[]
          >`SELECT count(*)::int AS "open" FROM "Task" t WHERE ${openCallbacks(options.assigneeId)}`
        )[0]?.open ?? 0);
  await recordPhiAccess(actor, {
    action: "callback.list",
    entityType: "Task",
    detail: { rows: tasks.length, mine: Boolean(options.assigneeId) },
  });
  return { tasks, total };
}

/** Calls the phone system captured that nobody has logged yet, oldest first (they are waiting longest). */
export async function listUnloggedCalls(actor: Actor) {
  assertCan(actor, "call:write");
  const db = await getDb();
  const calls = await db.call.findMany({
    where: { source: "TELEPHONY", disposition: null },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      startedAt: true,
      fromNumber: true,
      status: true,
      durationSeconds: true,
      phoneLine: { select: { label: true } },
    },
  });
  await recordPhiAccess(actor, {
    action: "call.list",
    entityType: "Call",
    detail: { rows: calls.length, unlogged: true },
  });
  return calls;
}

/** Colleagues who can take a callback. */
export async function listCallbackAssignees(actor: Actor) {
  assertCan(actor, "callback:read");
  const db = await getDb();
  return db.user.findMany({
    where: { active: true, role: { in: ["COORDINATOR", "ADMIN"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Pickers on the call form: active lines and sources, plus the ones already on this call. */
export async function callFormOptions(
  actor: Actor,
  keep: { phoneLineId?: string | null; referralSourceId?: string | null } = {},
) {
  assertCan(actor, "call:read");
  const db = await getDb();
  const [lines, sources, assignees] = await Promise.all([
    db.phoneLine.findMany({
      where: { OR: [{ active: true }, ...(keep.phoneLineId ? [{ id: keep.phoneLineId }] : [])] },
      orderBy: [{ isMain: "desc" }, { label: "asc" }],
      select: { id: true, label: true, number: true, isMain: true, active: true },
    }),
    db.referralSource.findMany({
      where: { OR: [{ active: true }, ...(keep.referralSourceId ? [{ id: keep.referralSourceId }] : [])] },
      orderBy: { name: "asc" },
      select: { id: true, name: true, active: true },
    }),
    db.user.findMany({
      where: { active: true, role: { in: ["COORDINATOR", "ADMIN"] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { lines, sources, assignees };
}

export async function getUnloggedCall(actor: Actor, callId: string) {
  assertCan(actor, "call:write");
  const db = await getDb();
  const call = await db.call.findUnique({
    where: { id: callId },
    select: {
      id: true,
      source: true,
      disposition: true,
      fromNumber: true,
      startedAt: true,
      phoneLineId: true,
      durationSeconds: true,
    },
  });
  if (!call || call.source !== "TELEPHONY" || call.disposition !== null) return null;
  return call;
}
