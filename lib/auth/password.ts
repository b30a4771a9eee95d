import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

/**
 * argon2id with OWASP's minimum (docs/security.md A1): m = 19 MiB, t = 2, p = 1. The salt is random
 * per hash (the library draws it). `algorithm: 2` is Argon2id in @node-rs/argon2's const enum.
 */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/**
 * A real hash of a random value, verified when the email is unknown so that unknown email and
 * wrong password take about as long (docs/security.md A4).
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}

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
