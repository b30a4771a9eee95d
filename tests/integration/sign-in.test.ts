import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/sign-in";
import { checkSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { makeUser } from "@/tests/factories";
import { TEST_REQUEST } from "./support";

const request = (ip: string) => ({ ...TEST_REQUEST, ip });

describe("sign-in (docs/security.md A4–A6)", () => {
  it("signs in with the right password, opens a session and audits it", async () => {
    const db = await getDb();
    const { user, password } = await makeUser(db, { role: "COORDINATOR" });
    const result = await authenticate({
      email: ` ${user.email.toUpperCase()} `,
      password,
      request: request("198.51.100.1"),
    });
    expect(result).toMatchObject({ id: user.id, role: "COORDINATOR" });
    const session = await db.userSession.findUniqueOrThrow({ where: { id: result!.sessionId } });
    expect(session.endedAt).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorId: user.id, action: "auth.sign-in" } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", ip: "198.51.100.1", requestId: "test-request" });
  });

  it("answers an unknown email and a wrong password identically, and audits both without the email", async () => {
    const db = await getDb();
    const { user } = await makeUser(db);
    const unknown = await authenticate({
      email: "nobody@nowhere.test",
      password: "whatever password",
      request: request("198.51.100.2"),
    });
    const wrong = await authenticate({
      email: user.email,
      password: "whatever password",
      request: request("198.51.100.2"),
    });
    expect(unknown).toBeNull();
    expect(wrong).toBeNull();
    const failures = await db.auditEvent.findMany({
      where: { action: "auth.sign-in", outcome: "FAILURE", ip: "198.51.100.2" },
      orderBy: { id: "asc" },
    });
    expect(failures.map((f) => (f.detail as { reason: string }).reason)).toEqual(["unknown-account", "wrong-password"]);
    expect(
      JSON.stringify(failures, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)),
    ).not.toContain("nobody@nowhere.test");
    expect(failures[0]?.actorLabel).toMatch(/^email-sha256:[0-9a-f]{16}$/);
  });

  it("locks the account after 5 failures, refuses even the right password, and an unlock lets it in", async () => {
    const db = await getDb();
    const { user, password } = await makeUser(db);
    for (let i = 0; i < 5; i++)
      expect(
        await authenticate({ email: user.email, password: `wrong ${i} password`, request: request("198.51.100.3") }),
      ).toBeNull();
    const locked = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { lockedUntil: true, failedLoginCount: true },
    });
    expect(locked.failedLoginCount).toBe(5);
    expect(locked.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(await authenticate({ email: user.email, password, request: request("198.51.100.3") })).toBeNull();
    const lastFailure = await db.auditEvent.findFirstOrThrow({
      where: { actorId: user.id, outcome: "FAILURE" },
      orderBy: { id: "desc" },
    });
    expect((lastFailure.detail as { reason: string }).reason).toBe("account-locked");

    // The lock expires by itself…
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await authenticate({ email: user.email, password, request: request("198.51.100.3") })).not.toBeNull();
    const reset = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { failedLoginCount: true, lockedUntil: true },
    });
    expect(reset).toEqual({ failedLoginCount: 0, lockedUntil: null });
  });

  it("throttles an IP that fails across many accounts", async () => {
    const db = await getDb();
    const { user, password } = await makeUser(db);
    const ip = "198.51.100.4";
    for (let i = 0; i < 30; i++)
      await authenticate({ email: `guess${i}@nowhere.test`, password: "guessing password", request: request(ip) });
    // The IP is locked now: even a valid login from it is refused; another IP is fine.
    expect(await authenticate({ email: user.email, password, request: request(ip) })).toBeNull();
    expect(await authenticate({ email: user.email, password, request: request("198.51.100.5") })).not.toBeNull();
  });

  it("refuses a deactivated account", async () => {
    const db = await getDb();
    const { user, password } = await makeUser(db, { active: false });
    expect(await authenticate({ email: user.email, password, request: request("198.51.100.6") })).toBeNull();
  });
});

describe("session re-check on every request (docs/security.md S2–S5)", () => {
  async function signedIn() {
    const db = await getDb();
    const { user, password } = await makeUser(db, { role: "CLINICIAN" });
    const result = (await authenticate({ email: user.email, password, request: request("198.51.100.9") }))!;
    const token = { uid: result.id, sid: result.sessionId, sv: result.sessionVersion, role: result.role };
    return { db, user, token };
  }

  it("accepts a live session and records activity", async () => {
    const { token } = await signedIn();
    const check = await checkSession(token, { touch: true, now: new Date(Date.now() + 60_000) });
    expect(check.ok).toBe(true);
  });

  it("ends a session idle for 15 minutes; polling does not count as activity", async () => {
    const { db, token } = await signedIn();
    expect((await checkSession(token, { touch: false, now: new Date(Date.now() + 14 * 60_000) })).ok).toBe(true);
    const late = await checkSession(token, { touch: false, now: new Date(Date.now() + 16 * 60_000) });
    expect(late).toEqual({ ok: false, reason: "idle" });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: token.sid } })).endReason).toBe("idle");
    expect((await checkSession(token, { touch: true })).ok).toBe(false);
  });

  it("ends a session after its absolute lifetime even when active", async () => {
    const { token } = await signedIn();
    const db = await getDb();
    await db.userSession.update({ where: { id: token.sid }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await checkSession(token, { touch: true })).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses a token whose sessionVersion no longer matches", async () => {
    const { token } = await signedIn();
    expect(await checkSession({ ...token, sv: token.sv + 1 }, { touch: true })).toMatchObject({ ok: false });
    expect((await (await getDb()).userSession.findUniqueOrThrow({ where: { id: token.sid } })).endReason).toBe(
      "revoked",
    );
  });

  it("refuses a token whose role no longer matches the account's, even with the same sessionVersion", async () => {
    const { token } = await signedIn();
    const otherRole = token.role === "ADMIN" ? "CLINICIAN" : "ADMIN";
    expect((await checkSession({ ...token, role: otherRole }, { touch: true })).ok).toBe(false);

    // The account's role changed in the database underneath a live token (sessionVersion untouched).
    const second = await signedIn();
    expect((await checkSession(second.token, { touch: true })).ok).toBe(true);
    await (await getDb()).user.update({ where: { id: second.token.uid }, data: { role: otherRole } });
    expect((await checkSession(second.token, { touch: true })).ok).toBe(false);
  });

  it("refuses malformed and foreign tokens without throwing (S7)", async () => {
    const { token } = await signedIn();
    expect((await checkSession(null, { touch: true })).ok).toBe(false);
    expect((await checkSession({ uid: "x", sid: "y", sv: 1, role: "ADMIN" }, { touch: true })).ok).toBe(false);
    expect((await checkSession({ ...token, uid: crypto.randomUUID() }, { touch: true })).ok).toBe(false);
  });
});
