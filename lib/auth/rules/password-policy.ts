import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** docs/security.md A3: length 12–128, any Unicode, common passwords refused, no composition rules. */
export const NewPasswordSchema = z
  .string()
  .refine((p) => [...p].length >= PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .refine((p) => [...p].length <= PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !isCommonPassword(p), "This password is too common. Choose a longer, less predictable one.");

/** A temporary password for a new or reset account, shown once to the admin. */
export function generateTemporaryPassword(): string {
  // 4 groups of 4 from an alphabet without look-alikes: easy to read out, ~80 bits.
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
