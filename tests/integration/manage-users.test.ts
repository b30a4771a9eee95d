import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { checkSession } from "@/lib/auth/sessions";
import { verifyPassword } from "@/lib/auth/password-hashing";
import { getDb } from "@/lib/db/client";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import {
  changeUserRole,
  createStaffUser,
  endUserSessions,
  resetUserPassword,
  setUserActive,
  unlockUser,
} from "@/lib/users/manage-users";
import { changeOwnPassword } from "@/lib/users/own-account";
import { listAuditEvents } from "@/lib/users/queries";
import { makeUser } from "@/tests/factories";
import { actorFor, TEST_REQUEST } from "./support";

async function setup() {
  const db = await getDb();
  const { user: adminUser } = await makeUser(db, { role: "ADMIN" });
  return { db, admin: actorFor(adminUser) };
}

async function signIn(email: string, password: string) {
  const r = (await authenticate({ email, password, request: TEST_REQUEST }))!;
  return { uid: r.id, sid: r.sessionId, sv: r.sessionVersion, role: r.role };
}

describe("staff account management", () => {
  it("creates an account with a temporary password that must be changed, audited in the same transaction", async () => {
    const { db, admin } = await setup();
    const email = `new.${crypto.randomUUID().slice(0, 8)}@center.test`;
    const { user, temporaryPassword } = await createStaffUser(admin, { email, name: "Nico New", role: "COORDINATOR" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(row.mustChangePassword).toBe(true);
    expect(row.passwordHash).not.toContain(temporaryPassword);
    expect(await verifyPassword(row.passwordHash, temporaryPassword)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.create", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", ip: TEST_REQUEST.ip, outcome: "SUCCESS" });
    expect(JSON.stringify(audit.detail)).not.toContain(temporaryPassword);
  });

  it("refuses a duplicate email on the email field and writes nothing", async () => {
    const { db, admin } = await setup();
    const { user } = await makeUser(db);
    await expect(createStaffUser(admin, { email: user.email, name: "Dup", role: "CLINICIAN" })).rejects.toMatchObject({
      fieldErrors: { email: ["A staff account with this email already exists."] },
    });
    expect(await db.auditEvent.count({ where: { actorId: admin.id } })).toBe(0);
  });

  it("changing a role ends the user's sessions at their next request (S5)", async () => {
    const { db, admin } = await setup();
    const { user, password } = await makeUser(db, { role: "COORDINATOR" });
    const token = await signIn(user.email, password);
    expect((await checkSession(token, { touch: true })).ok).toBe(true);
    await changeUserRole(admin, { userId: user.id, role: "CLINICIAN" });
    expect((await checkSession(token, { touch: true })).ok).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("CLINICIAN");
    expect(await db.auditEvent.count({ where: { action: "user.role-change", entityId: user.id } })).toBe(1);
  });

  it("deactivation signs the user out and blocks sign-in; reactivation restores it (S4)", async () => {
    const { db, admin } = await setup();
    const { user, password } = await makeUser(db);
    const token = await signIn(user.email, password);
    await setUserActive(admin, { userId: user.id, active: false });
    expect(await checkSession(token, { touch: true })).toMatchObject({ ok: false });
    expect(await authenticate({ email: user.email, password, request: TEST_REQUEST })).toBeNull();
    await setUserActive(admin, { userId: user.id, active: true });
    expect(await authenticate({ email: user.email, password, request: TEST_REQUEST })).not.toBeNull();
    const actions = await db.auditEvent.findMany({
      where: { entityId: user.id, action: { in: ["user.deactivate", "user.reactivate"] } },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["user.deactivate", "user.reactivate"]);
  });

  it("an admin cannot deactivate themself, and the last admin cannot lose the role", async () => {
    const { admin } = await setup();
    await expect(setUserActive(admin, { userId: admin.id, active: false })).rejects.toBeInstanceOf(ValidationError);
  });

  it("reset password issues a new temporary password and ends sessions", async () => {
    const { db, admin } = await setup();
    const { user, password } = await makeUser(db);
    const token = await signIn(user.email, password);
    const { temporaryPassword } = await resetUserPassword(admin, { userId: user.id });
    expect((await checkSession(token, { touch: true })).ok).toBe(false);
    expect(await authenticate({ email: user.email, password, request: TEST_REQUEST })).toBeNull();
    expect(
      await authenticate({ email: user.email, password: temporaryPassword, request: TEST_REQUEST }),
    ).not.toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);
  });

  it("unlock clears the lock; end all sessions revokes every session", async () => {
    const { db, admin } = await setup();
    const { user, password } = await makeUser(db);
    const a = await signIn(user.email, password);
    const b = await signIn(user.email, password);
    await db.user.update({
      where: { id: user.id },
      data: { lockedUntil: new Date(Date.now() + 3_600_000), failedLoginCount: 5 },
    });
    await unlockUser(admin, { userId: user.id });
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { lockedUntil: true, failedLoginCount: true },
      }),
    ).toEqual({ lockedUntil: null, failedLoginCount: 0 });
    const { ended } = await endUserSessions(admin, { userId: user.id });
    expect(ended).toBe(2);
    expect((await checkSession(a, { touch: true })).ok).toBe(false);
    expect((await checkSession(b, { touch: true })).ok).toBe(false);
  });

  it.each(["COORDINATOR", "CLINICIAN"] as const)(
    "refuses every admin action from a %s and changes nothing (Z3)",
    async (role) => {
      const { db } = await setup();
      const { user: actorUser } = await makeUser(db, { role });
      const actor = actorFor(actorUser);
      const { user: target } = await makeUser(db, { role: "COORDINATOR" });
      const before = await db.user.findUniqueOrThrow({ where: { id: target.id } });
      // Scoped to this test's rows: other files write audit rows concurrently on PostgreSQL.
      const auditBefore = await db.auditEvent.count({
        where: { OR: [{ actorId: actor.id }, { entityId: target.id }] },
      });
      const attempts = [
        () => createStaffUser(actor, { email: `x.${crypto.randomUUID()}@center.test`, name: "X", role: "ADMIN" }),
        () => changeUserRole(actor, { userId: target.id, role: "ADMIN" }),
        () => setUserActive(actor, { userId: target.id, active: false }),
        () => resetUserPassword(actor, { userId: target.id }),
        () => unlockUser(actor, { userId: target.id }),
        () => endUserSessions(actor, { userId: target.id }),
        () => listAuditEvents(actor, {}),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(before);
      expect(await db.auditEvent.count({ where: { OR: [{ actorId: actor.id }, { entityId: target.id }] } })).toBe(
        auditBefore,
      );
    },
  );

  it("an unknown user id is a 404, not a crash (Z2)", async () => {
    const { admin } = await setup();
    await expect(unlockUser(admin, { userId: crypto.randomUUID() })).rejects.toMatchObject({ status: 404 });
  });
});

describe("changing my own password (docs/security.md A10)", () => {
  it("needs the current password and ends my other sessions but not this one", async () => {
    const db = await getDb();
    const { user, password } = await makeUser(db);
    const here = await signIn(user.email, password);
    const elsewhere = await signIn(user.email, password);
    const me = { ...actorFor(user, here.sid) };
    await expect(
      changeOwnPassword(me, { currentPassword: "wrong current pass", newPassword: "next long passphrase" }),
    ).rejects.toBeInstanceOf(ValidationError);
    const { otherSessionsEnded } = await changeOwnPassword(me, {
      currentPassword: password,
      newPassword: "next long passphrase",
    });
    expect(otherSessionsEnded).toBe(1);
    expect((await checkSession(here, { touch: true })).ok).toBe(true);
    expect((await checkSession(elsewhere, { touch: true })).ok).toBe(false);
    expect(
      await authenticate({ email: user.email, password: "next long passphrase", request: TEST_REQUEST }),
    ).not.toBeNull();
  });
});

describe("audit trail", () => {
  it("pages newest first in the database and filters by actor and action", async () => {
    const { db, admin } = await setup();
    for (let i = 0; i < 3; i++) {
      const { user } = await makeUser(db);
      await unlockUser(admin, { userId: user.id });
    }
    const page = await listAuditEvents(admin, { actor: admin.id, action: "user.unlock" });
    expect(page.events).toHaveLength(3);
    expect(page.events.every((e) => e.actorId === admin.id && e.action === "user.unlock")).toBe(true);
    const ids = page.events.map((e) => e.id);
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
    const older = await listAuditEvents(admin, { actor: admin.id, action: "user.unlock", before: ids[1]!.toString() });
    expect(older.events.map((e) => e.id)).toEqual([ids[2]]);
  });

  it("refuses UPDATE and DELETE on audit rows (docs/security.md L3)", async () => {
    const { db, admin } = await setup();
    await unlockUser(admin, { userId: admin.id });
    const row = await db.auditEvent.findFirstOrThrow({ where: { actorId: admin.id } });
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow();
    await expect(db.$executeRaw`DELETE FROM "AuditEvent"`).rejects.toThrow();
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).action).toBe(row.action);
  });

  it("rolls back the change when the audit write fails (L2)", async () => {
    const { db, admin } = await setup();
    const { user } = await makeUser(db, { role: "COORDINATOR" });
    // An actor whose role is not a valid enum value makes the audit insert fail inside the transaction.
    const broken = { ...admin, role: "ADMIN" as const, request: { ...admin.request, requestId: "x".repeat(10) } };
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: "Changed Name" } });
        await tx.auditEvent.create({ data: { action: "user.rename", actorId: "not-a-uuid", actorRole: broken.role } });
      }),
    ).rejects.toThrow();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
  });
});
