import { describe, expect, it } from "vitest";
import { generateTemporaryPassword, NewPasswordSchema } from "./password-policy";

describe("password policy (docs/security.md A3)", () => {
  const check = (p: string) => NewPasswordSchema.safeParse(p).success;

  it("needs 12 to 128 characters, counted as characters not bytes", () => {
    expect(check("a".repeat(5) + "bcdefg")).toBe(false); // 11
    expect(check("lamp river quiet")).toBe(true);
    expect(check("😀🎉".repeat(6))).toBe(true); // 12 characters, 48 bytes
    expect(check("x".repeat(64) + "y".repeat(64))).toBe(true); // 128
    expect(check("x".repeat(64) + "y".repeat(65))).toBe(false); // 129
  });

  it("refuses common passwords, repeated characters and keyboard runs", () => {
    expect(check("password1234")).toBe(false);
    expect(check("PASSWORD1234")).toBe(false);
    expect(check("aaaaaaaaaaaaaa")).toBe(false);
    expect(check("123456789012")).toBe(false);
    expect(check("qwertyuiopasd")).toBe(false);
  });

  it("has no composition rules", () => {
    expect(check("all lower case words here")).toBe(true);
  });

  it("generates readable temporary passwords that pass the policy", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const p = generateTemporaryPassword();
      expect(p).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
      expect(check(p)).toBe(true);
      seen.add(p);
    }
    expect(seen.size).toBe(50);
  });
});
