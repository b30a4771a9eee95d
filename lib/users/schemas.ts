import { z } from "zod";
import { NewPasswordSchema } from "@/lib/auth/rules/password-policy";

export const RoleSchema = z.enum(["ADMIN", "COORDINATOR", "CLINICIAN"], { message: "Choose a role." });

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .pipe(z.email({ message: "Enter a valid email address." }));

export const PersonNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(120, "Use at most 120 characters.")
  // Control characters and bidi overrides make names lie on screen (docs/security.md V2).
  .refine((v) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u.test(v), "Remove control characters.");

const UserId = z.uuid({ message: "Unknown user." });

export const CreateUserSchema = z.strictObject({ email: EmailSchema, name: PersonNameSchema, role: RoleSchema });
export const ChangeRoleSchema = z.strictObject({ userId: UserId, role: RoleSchema });
export const SetActiveSchema = z.strictObject({
  userId: UserId,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const UserIdSchema = z.strictObject({ userId: UserId });

const passwordsMatch = {
  check: (v: { newPassword: string; confirmPassword: string }) => v.newPassword === v.confirmPassword,
  params: { path: ["confirmPassword"], message: "The passwords do not match." },
};

export const ChangeOwnPasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, "Enter your current password.").max(1024),
    newPassword: NewPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(passwordsMatch.check, passwordsMatch.params);

export const FirstAdminSchema = z
  .strictObject({
    email: EmailSchema,
    name: PersonNameSchema,
    newPassword: NewPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine(passwordsMatch.check, passwordsMatch.params);

export const AuditFilterSchema = z.strictObject({
  actor: z.uuid().optional().catch(undefined),
  action: z
    .string()
    .trim()
    .max(80)
    .regex(/^[a-z0-9.-]*$/)
    .optional()
    .catch(undefined),
  entity: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z]*$/)
    .optional()
    .catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  before: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional()
    .catch(undefined),
});
