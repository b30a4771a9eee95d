import { describe, expect, it } from "vitest";
import { listCalls } from "@/lib/calls/queries";
import { getDb } from "@/lib/db/client";
import { makeCall, makePhoneLine, makeUser, uniqueSuffix } from "@/tests/factories";
import { actorFor } from "./support";

/**
 * The calls list's search (`contains`, i.e. ILIKE/LIKE '%…%') and the trigram indexes that serve it
 * (ADR 0011), on the embedded database and on PostgreSQL alike. Rows are made unique with a
 * suffix and, where a term could match other files' rows, narrowed to a fresh phone line.
 */

async function coordinator() {
  const db = await getDb();
  const { user } = await makeUser(db, { role: "COORDINATOR" });
  return { db, actor: actorFor(user), line: await makePhoneLine(db) };
}

describe("calls search: pg_trgm and its indexes", () => {
  it("the migrations create pg_trgm and a trigram GIN index on each searched column", async () => {
    const db = await getDb();
    const extensions = await db.$queryRaw<
      { extname: string }[]
    >`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`;
    expect(extensions).toHaveLength(1);
    const indexes = await db.$queryRaw<{ indexname: string; indexdef: string }[]>`
      SELECT indexname, indexdef FROM pg_indexes
       WHERE tablename = 'Call' AND schemaname = current_schema() AND indexdef LIKE '%gin_trgm_ops%'
       ORDER BY indexname`;
    expect(indexes.map((i) => i.indexname)).toEqual([
      "Call_callerName_trgm_idx",
      "Call_careRecipientName_trgm_idx",
      "Call_fromNumber_trgm_idx",
    ]);
    for (const { indexdef } of indexes) expect(indexdef).toMatch(/USING gin \("\w+" gin_trgm_ops\)/);
  });

  it("the SQL Prisma generates for `contains` can be answered from the trigram indexes", async () => {
    const db = await getDb();
    // The shapes Prisma 7 sends for `{ contains, mode: "insensitive" }` and `{ contains }` (seen in
    // its query log). Scans that do not use a trigram index are switched off, so the plan shows
    // whether the indexes can serve these conditions — not what the planner picks on this data.
    const plans = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      await tx.$executeRaw`SET LOCAL enable_indexscan = off`;
      const name = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT id FROM "Call"
         WHERE ("Call"."callerName" ILIKE ('%' || ${"Zzyzxq"} || '%') OR "Call"."careRecipientName" ILIKE ('%' || ${"Zzyzxq"} || '%'))
         ORDER BY "startedAt" DESC, id DESC LIMIT 51`;
      const number = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT id FROM "Call" WHERE "Call"."fromNumber"::text LIKE ('%' || ${"99999"} || '%')
         ORDER BY "startedAt" DESC, id DESC LIMIT 51`;
      return {
        name: name.map((r) => r["QUERY PLAN"]).join("\n"),
        number: number.map((r) => r["QUERY PLAN"]).join("\n"),
      };
    });
    expect(plans.name).toContain('Bitmap Index Scan on "Call_callerName_trgm_idx"');
    expect(plans.name).toContain('Bitmap Index Scan on "Call_careRecipientName_trgm_idx"');
    expect(plans.number).toContain('Bitmap Index Scan on "Call_fromNumber_trgm_idx"');
  });
});

describe("calls search", () => {
  it("finds a call by a middle fragment of the caller's name or of the care recipient's, in any case", async () => {
    const { db, actor, line } = await coordinator();
    const s = uniqueSuffix();
    const byCaller = await makeCall(db, {
      phoneLineId: line.id,
      callerName: `Marisol Vel${s}quez`,
      careRecipientName: null,
    });
    const byRecipient = await makeCall(db, {
      phoneLineId: line.id,
      callerName: "Dana",
      careRecipientName: `Theo Brann${s}igan`,
    });
    await makeCall(db, { phoneLineId: line.id, callerName: "Someone Else", careRecipientName: null });

    // No line filter: the term alone must find the rows, wherever they are in the table.
    const caller = await listCalls(actor, { q: `EL${s}QU`.toUpperCase() });
    expect(caller.calls.map((c) => c.id)).toEqual([byCaller.id]);
    const recipient = await listCalls(actor, { q: `nn${s}iG` });
    expect(recipient.calls.map((c) => c.id)).toEqual([byRecipient.id]);
  });

  it("finds nothing for a name that matches no call", async () => {
    const { actor } = await coordinator();
    const miss = await listCalls(actor, { q: `Zzyzxq${uniqueSuffix()}` });
    expect(miss.calls).toEqual([]);
    expect(miss.nextCursor).toBeUndefined();
  });

  it("still searches with a term too short for trigrams, and by part of a number", async () => {
    const { db, actor, line } = await coordinator();
    const call = await makeCall(db, { phoneLineId: line.id, callerName: "Oksana Ward" });
    await makeCall(db, { phoneLineId: line.id, callerName: "Lee Park" });
    // Fewer than 3 characters give no trigram: PostgreSQL must fall back to scanning (here the
    // line's rows), not return nothing.
    expect((await listCalls(actor, { line: line.id, q: "KS" })).calls.map((c) => c.id)).toEqual([call.id]);
    // +1AAA55501NN → "AA55501": 4+ digits but not a whole number, so a partial-number search.
    const partial = call.fromNumber.slice(3, 10);
    const byNumber = await listCalls(actor, { line: line.id, q: partial });
    expect(byNumber.calls.map((c) => c.id)).toContain(call.id);
    expect(byNumber.calls.every((c) => c.fromNumber.includes(partial))).toBe(true);
  });

  it("takes a % or _ in the search as that character, not as a wildcard", async () => {
    const { db, actor, line } = await coordinator();
    const s = uniqueSuffix();
    const percent = await makeCall(db, { phoneLineId: line.id, callerName: `Rate 100%${s}` });
    await makeCall(db, { phoneLineId: line.id, callerName: `Rate 1000${s}` });
    const underscore = await makeCall(db, { phoneLineId: line.id, callerName: `Lee_${s}` });
    await makeCall(db, { phoneLineId: line.id, callerName: `Leex${s}` });
    expect((await listCalls(actor, { line: line.id, q: `0%${s}` })).calls.map((c) => c.id)).toEqual([percent.id]);
    expect((await listCalls(actor, { line: line.id, q: `e_${s}` })).calls.map((c) => c.id)).toEqual([underscore.id]);
  });
});
