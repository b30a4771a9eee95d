import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/days";
import { getDb } from "@/lib/db/client";
import { BADGE_TTL_MS, censusAlertBadge, forgetCensusAlertBadge } from "@/lib/care/alert-badge";
import { recordAttendance } from "@/lib/care/attendance";
import { RecordAttendanceSchema } from "@/lib/care/schemas";
import { zonedDay } from "@/lib/dates/zone";
import { makeEpisode, makeUser } from "@/tests/factories";
import { actorFor } from "./support";

/** An open residential stay past its expected end with no plan: one "overdue" census alert. */
async function overdueStay() {
  const today = zonedDay(new Date());
  await makeEpisode(await getDb(), {
    level: "RESIDENTIAL",
    start: addDays(today, -40),
    expectedEnd: addDays(today, -2),
  });
}

describe("the navigation badge (census alerts' total, kept for a minute)", () => {
  it("keeps the total for a minute, counts afresh the next minute or at once after a care write in this process", async () => {
    const db = await getDb();
    const clinician = actorFor((await makeUser(db, { role: "CLINICIAN" })).user);
    forgetCensusAlertBadge();
    const now = new Date();
    const before = await censusAlertBadge(clinician, now);

    await overdueStay(); // written behind the badge's back (no domain function)
    expect(await censusAlertBadge(clinician, new Date(now.getTime() + 1_000))).toBe(before);
    expect(await censusAlertBadge(clinician, new Date(now.getTime() + BADGE_TTL_MS))).toBe(before + 1);

    // A care write through the domain forgets the cached total at once.
    await overdueStay();
    const iop = await makeEpisode(db, { level: "IOP", start: addDays(zonedDay(now), -3) });
    const cachedAt = new Date();
    const cached = await censusAlertBadge(clinician, cachedAt);
    await recordAttendance(clinician, RecordAttendanceSchema.parse({ episodeId: iop.id, date: zonedDay(now) }));
    expect(await censusAlertBadge(clinician, new Date(cachedAt.getTime() + 1_000))).toBe(before + 2);
    expect(cached).toBe(before + 1);
  });
});
