import { hash, verify } from "@node-rs/argon2";

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
