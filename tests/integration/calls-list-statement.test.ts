import { beforeAll, describe, expect, it } from "vitest";
import { exportCalls } from "@/lib/calls/export";
import { CALL_LIST_SELECT, CALLBACKS_PAGE_SIZE, listCallbacks, listCalls } from "@/lib/calls/queries";
import type { CallFilter } from "@/lib/calls/schemas";
import { type Db, getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextDay } from "@/lib/dates/days";
import { startOfZonedDay, zonedDay } from "@/lib/dates/zone";
import { makeCall, makePatient, makePhoneLine, makeReferralSource, makeUser } from "@/tests/factories";
import { actorFor } from "./support";

/**
 * The calls list, its CSV export and the callback queues each run one SQL statement (built in
 * lib/calls/queries.ts and shared with the benchmark). Their results must be what Prisma's query
 * API gives for the same filters: the same rows, in the same order, in the same shape.
 */

const NEWEST_FIRST = [{ startedAt: "desc" }, { id: "desc" }] satisfies Prisma.CallOrderByWithRelationInput[];
const HOUR = 3_600_000;

let db: Db;
let line: { id: string };
let coordinator: Awaited<ReturnType<typeof makeUser>>["user"];
let colleague: Awaited<ReturnType<typeof makeUser>>["user"];
let source: { id: string };
let calls: { id: string; fromNumber: string }[];

beforeAll(async () => {
  db = await getDb();
  line = await makePhoneLine(db);
  ({ user: coordinator } = await makeUser(db, { role: "COORDINATOR" }));
  ({ user: colleague } = await makeUser(db, { role: "COORDINATOR" }));
  source = await makeReferralSource(db);
  const withSurname = await makePatient(db);
  const withoutSurname = await makePatient(db, { lastName: null });
  const now = Date.now();
  const sameInstant = new Date(now - 5 * HOUR);
  calls = [
    await makeCall(db, {
      phoneLineId: line.id,
      startedAt: new Date(now - HOUR),
      loggedById: coordinator.id,
      referralSourceId: source.id,
      patientId: withSurname.id,
      disposition: "NO_ANSWER",
      callerName: "Marisol Velasquez",
    }),
    await makeCall(db, {
      phoneLineId: line.id,
      startedAt: new Date(now - 2 * HOUR),
      source: "TELEPHONY",
      status: "RINGING",
      disposition: null,
      loggedAt: null,
      callerName: null,
      callerRelation: null,
      reason: null,
    }),
    await makeCall(db, {
      phoneLineId: line.id,
      startedAt: new Date(now - 3 * HOUR),
      direction: "OUTBOUND",
      loggedById: colleague.id,
      patientId: withoutSurname.id,
      disposition: "CALLBACK_REQUESTED",
      careRecipientName: "Theo Brannigan",
    }),
    // Two calls at the same instant: the id breaks the tie.
    await makeCall(db, { phoneLineId: line.id, startedAt: sameInstant, loggedById: coordinator.id }),
    await makeCall(db, { phoneLineId: line.id, startedAt: sameInstant, referralSourceId: source.id }),
    await makeCall(db, { phoneLineId: line.id, startedAt: new Date(now - 50 * HOUR), disposition: "REFERRED_OUT" }),
  ];
});

describe("the calls list statement gives what the query API gives", () => {
  const today = () => zonedDay(new Date());
  const yesterday = () => zonedDay(new Date(Date.now() - 24 * HOUR));
  const cases: [string, () => CallFilter, () => Prisma.CallWhereInput][] = [
    ["no filter", () => ({}), () => ({})],
    ["direction", () => ({ direction: "OUTBOUND" }), () => ({ direction: "OUTBOUND" })],
    ["not logged", () => ({ disposition: "UNLOGGED" }), () => ({ disposition: null })],
    ["a disposition", () => ({ disposition: "NO_ANSWER" }), () => ({ disposition: "NO_ANSWER" })],
    ["coordinator", () => ({ coordinator: coordinator.id }), () => ({ loggedById: coordinator.id })],
    ["referral source", () => ({ source: source.id }), () => ({ referralSourceId: source.id })],
    ["linked to a person", () => ({ linked: "yes" }), () => ({ patientId: { not: null } })],
    ["not linked", () => ({ linked: "no" }), () => ({ patientId: null })],
    [
      "days, in the center's time zone",
      () => ({ from: yesterday(), to: today() }),
      () => ({ startedAt: { gte: startOfZonedDay(yesterday()), lt: startOfZonedDay(nextDay(today())) } }),
    ],
    ["a whole number", () => ({ q: calls[0]!.fromNumber }), () => ({ fromNumber: calls[0]!.fromNumber })],
    [
      "part of a number",
      () => ({ q: calls[2]!.fromNumber.slice(5, 10) }),
      () => ({ fromNumber: { contains: calls[2]!.fromNumber.slice(5, 10) } }),
    ],
    [
      "part of a name, in any case",
      () => ({ q: "RANNIG" }),
      () => ({
        OR: [
          { callerName: { contains: "RANNIG", mode: "insensitive" } },
          { careRecipientName: { contains: "RANNIG", mode: "insensitive" } },
        ],
      }),
    ],
  ];

  it.each(cases)("%s", async (_, filter, where) => {
    const actor = actorFor(coordinator);
    const expected = await db.call.findMany({
      where: { AND: [{ phoneLineId: line.id }, where()] },
      orderBy: NEWEST_FIRST,
      select: CALL_LIST_SELECT,
    });
    const { calls: listed, nextCursor } = await listCalls(actor, { line: line.id, ...filter() });
    expect(listed).toEqual(expected);
    expect(nextCursor).toBeUndefined();
  });

  it("pages through more than a page with the keyset, ties included", async () => {
    const actor = actorFor(coordinator);
    const busy = await makePhoneLine(db);
    const at = new Date(Date.now() - 10 * HOUR);
    await db.call.createMany({
      data: Array.from({ length: 53 }, (_, i) => ({
        phoneLineId: busy.id,
        startedAt: new Date(at.getTime() + Math.floor(i / 3) * 60_000),
        fromNumber: "+12025550142",
      })),
    });
    const expected = await db.call.findMany({
      where: { phoneLineId: busy.id },
      orderBy: NEWEST_FIRST,
      select: CALL_LIST_SELECT,
    });
    const first = await listCalls(actor, { line: busy.id });
    const second = await listCalls(actor, { line: busy.id, after: first.nextCursor });
    expect(first.calls).toHaveLength(50);
    expect([...first.calls, ...second.calls]).toEqual(expected);
    expect(second.nextCursor).toBeUndefined();
  });

  it("the export has the list's rows, in its order, with relation and reason", async () => {
    const { user: admin } = await makeUser(db, { role: "ADMIN" });
    const { rows, chunks } = await exportCalls(actorFor(admin), { line: line.id, linked: "yes" });
    let csv = "";
    for await (const chunk of chunks) csv += chunk;
    const lines = csv.trimEnd().split("\r\n");
    expect(rows).toBe(2);
    expect(lines).toHaveLength(2 + rows); // the Part 2 notice, the header, the rows
    const withSurname = await db.call.findUniqueOrThrow({
      where: { id: calls[0]!.id },
      select: { patient: { select: { firstName: true, lastName: true } } },
    });
    expect(lines[2]).toContain(`"Self","Substance use"`);
    expect(lines[2]).toContain(`"${withSurname.patient?.firstName} ${withSurname.patient?.lastName}"`);
    expect(lines[2]).toContain(`"${coordinator.name}"`);
    expect(lines[3]).toContain(`"Callback requested"`);
  });
});

describe("the callback queue statement gives what the query API gives", () => {
  it("one coordinator's open callbacks by due time, the most urgent page, and how many there are", async () => {
    const { user: owner } = await makeUser(db, { role: "COORDINATOR" });
    const person = await makePatient(db);
    const due = Date.now() - 24 * HOUR;
    await db.task.createMany({
      data: [
        ...Array.from({ length: CALLBACKS_PAGE_SIZE }, (_, i) => ({
          kind: "CALLBACK" as const,
          assigneeId: owner.id,
          dueAt: new Date(due + Math.floor(i / 2) * 60_000),
          ...(i % 3 === 0 ? { callId: calls[i % calls.length]!.id } : {}),
          ...(i % 4 === 0 ? { patientId: person.id, note: "Prefers mornings" } : {}),
        })),
        { kind: "CALLBACK", assigneeId: owner.id, dueAt: new Date(due + HOUR), callId: calls[0]!.id },
        { kind: "CALLBACK", assigneeId: owner.id, dueAt: new Date(due - HOUR), status: "DONE" },
        { kind: "CALLBACK", assigneeId: colleague.id, dueAt: new Date(due - HOUR) },
      ],
    });
    const expected = await db.task.findMany({
      where: { kind: "CALLBACK", status: "OPEN", assigneeId: owner.id },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: CALLBACKS_PAGE_SIZE,
      select: {
        id: true,
        dueAt: true,
        note: true,
        assignee: { select: { id: true, name: true } },
        call: {
          select: {
            id: true,
            fromNumber: true,
            callerName: true,
            okToLeaveVoicemail: true,
            okToNameCenter: true,
            okToText: true,
          },
        },
        patient: {
          select: {
            id: true,
            firstName: true,
            lastName: true,
            phone: true,
            okToLeaveVoicemail: true,
            okToNameCenter: true,
            okToText: true,
          },
        },
      },
    });
    const { tasks, total } = await listCallbacks(actorFor(owner), { assigneeId: owner.id });
    expect(tasks).toEqual(expected);
    expect(total).toBe(CALLBACKS_PAGE_SIZE + 1);
  });
});
