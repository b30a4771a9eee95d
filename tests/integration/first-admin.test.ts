import { describe, expect, it } from "vitest";
import { SYSTEM_REQUEST } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password-hashing";
import { getDb } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { createFirstAdmin, hasAnyUser } from "@/lib/users/own-account";

// First-run setup needs a database without users: each test file has its own database.
describe("first-run setup (docs/security.md A8)", () => {
  it("creates exactly one administrator, even when two setups race, and audits it", async () => {
    const db = await getDb();
    expect(await hasAnyUser()).toBe(false);
    const attempts = await Promise.allSettled([
      createFirstAdmin(
        { email: "first@center.test", name: "First Admin", newPassword: "first long passphrase" },
        SYSTEM_REQUEST,
      ),
      createFirstAdmin(
        { email: "second@center.test", name: "Second Admin", newPassword: "second long passphrase" },
        SYSTEM_REQUEST,
      ),
    ]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = attempts.find((a) => a.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(ValidationError);

    const users = await db.user.findMany({
      select: { email: true, role: true, mustChangePassword: true, passwordHash: true },
    });
    expect(users).toHaveLength(1);
    expect(users[0]?.role).toBe("ADMIN");
    expect(users[0]?.mustChangePassword).toBe(false);
    const created = users[0]!;
    const password = created.email === "first@center.test" ? "first long passphrase" : "second long passphrase";
    expect(await verifyPassword(created.passwordHash, password)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "setup.first-admin" } })).toBe(1);
    expect(await hasAnyUser()).toBe(true);
  });
});
