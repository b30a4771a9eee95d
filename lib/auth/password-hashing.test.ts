import { parseOptions } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password-hashing";

describe("password hashing (docs/security.md A1)", () => {
  it("uses argon2id with m ≥ 19 MiB, t ≥ 2, p = 1 and a unique salt", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a.startsWith("$argon2id$")).toBe(true);
    expect(a).not.toBe(b);
    const options = parseOptions(a);
    expect(options.memoryCost).toBeGreaterThanOrEqual(19_456);
    expect(options.timeCost).toBeGreaterThanOrEqual(2);
    expect(options.parallelism).toBe(1);
  });

  it("verifies the right password and refuses a wrong one or a broken hash", async () => {
    const h = await hashPassword("ünïcødé pass phrase ✓");
    expect(await verifyPassword(h, "ünïcødé pass phrase ✓")).toBe(true);
    expect(await verifyPassword(h, "unicode pass phrase")).toBe(false);
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
