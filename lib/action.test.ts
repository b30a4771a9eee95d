import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/errors";
import { formDataToObject } from "./action";
import { ChangeRoleSchema, CreateUserSchema, FirstAdminSchema, SetActiveSchema } from "./users/schemas";

describe("formDataToObject", () => {
  it("drops Next's internal fields and groups repeated keys", () => {
    const fd = new FormData();
    fd.append("$ACTION_ID_abc", "");
    fd.append("name", "Avery");
    fd.append("days", "MON");
    fd.append("days", "WED");
    expect(formDataToObject(fd)).toEqual({ name: "Avery", days: ["MON", "WED"] });
  });
});

describe("schemas refuse mass assignment (docs/security.md Z7)", () => {
  it.each(["active", "id", "version", "createdById", "passwordHash", "sessionVersion"])(
    "rejects an extra %s field on create",
    (key) => {
      const result = CreateUserSchema.safeParse({
        email: "a@b.test",
        name: "Avery Quinn",
        role: "COORDINATOR",
        [key]: "x",
      });
      expect(result.success).toBe(false);
      if (!result.success) expect(zodFieldErrors(result.error)[key]).toEqual(["This field is not accepted here."]);
    },
  );

  it("accepts role only as one of the known roles", () => {
    const result = CreateUserSchema.safeParse({ email: "a@b.test", name: "Avery Quinn", role: "SUPERUSER" });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(zodFieldErrors(result.error))).toEqual(["role"]);
    expect(CreateUserSchema.safeParse({ email: "a@b.test", name: "Avery Quinn", role: "COORDINATOR" }).success).toBe(
      true,
    );
  });

  it("names the field in each error", () => {
    const result = CreateUserSchema.safeParse({ email: "nope", name: "", role: "ROOT" });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(zodFieldErrors(result.error)).sort()).toEqual(["email", "name", "role"]);
  });

  it("refuses bidi overrides and control characters in names (docs/security.md V2)", () => {
    expect(CreateUserSchema.safeParse({ email: "a@b.test", name: "Eve\u202Egnp.exe", role: "ADMIN" }).success).toBe(
      false,
    );
    expect(CreateUserSchema.safeParse({ email: "a@b.test", name: "Nul\u0000l", role: "ADMIN" }).success).toBe(false);
  });

  it("reports mismatched confirmation on the confirmation field", () => {
    const result = FirstAdminSchema.safeParse({
      email: "a@b.test",
      name: "Avery",
      newPassword: "lamp river quiet",
      confirmPassword: "lamp river quiet!",
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(zodFieldErrors(result.error).confirmPassword).toBeDefined();
  });
});

describe("schema fuzzing (docs/security.md V1)", () => {
  const schemas = { CreateUserSchema, ChangeRoleSchema, SetActiveSchema, FirstAdminSchema };

  it.each(Object.entries(schemas))("%s never throws on arbitrary input and always names fields", (_name, schema) => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ maxLength: 12 }),
          fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null), fc.object()),
        ),
        (input) => {
          const result = schema.safeParse(input);
          if (!result.success) {
            const errors = zodFieldErrors(result.error);
            expect(Object.keys(errors).length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("round-trips valid staff input", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("ADMIN", "COORDINATOR", "CLINICIAN"),
        fc.stringMatching(/^[a-z]{1,12}$/),
        fc.stringMatching(/^[A-Z][a-z]{1,10} [A-Z][a-z]{1,12}$/),
        (role, local, name) => {
          const parsed = CreateUserSchema.parse({ email: `${local}@center.test`, name, role });
          expect(parsed).toEqual({ email: `${local}@center.test`, name, role });
        },
      ),
    );
  });

  it("handles a 1 MB string without throwing", () => {
    expect(CreateUserSchema.safeParse({ email: "a@b.test", name: "x".repeat(1_000_000), role: "ADMIN" }).success).toBe(
      false,
    );
  });
});

describe("zodFieldErrors", () => {
  it("keeps fields named like Object.prototype members apart (regression found by fuzzing)", () => {
    const result = SetActiveSchema.safeParse({ constructor: "x", __proto__: "y", toString: "z" });
    expect(result.success).toBe(false);
    if (!result.success) {
      const errors = zodFieldErrors(result.error);
      expect(errors.constructor).toEqual(["This field is not accepted here."]);
      expect(errors.toString).toEqual(["This field is not accepted here."]);
    }
  });
});
