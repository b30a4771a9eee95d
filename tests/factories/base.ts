/**
 * The builders every area uses: staff accounts, phone lines, referral sources, programs, patients
 * and calls, plus the unique values they draw. See ./index.ts.
 */
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password-hashing";
import { generateTemporaryPassword } from "@/lib/auth/rules/password-policy";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { demoEmail, fictionalPhone, memberId, PAYERS, personName } from "@/prisma/seed/names";
import { Rng } from "@/prisma/seed/random";
import { actorFor } from "@/tests/integration/support";

// Random per process (not seeded): parallel workers must not produce the same "unique" values.
const rng = new Rng(...crypto.getRandomValues(new Uint32Array(4)));
let counter = 0;

/** A short token unique within this process and very likely across processes. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${counter.toString(36)}${rng.hex(6)}`;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Fictional numbers come from a small space (about 60 000), so a unique column can collide across
 * parallel test files: draw again a few times rather than leave outside the fictional range.
 */
async function withFreshNumber<T>(create: (phone: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create(fictionalPhone(rng));
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export type UserOverrides = Partial<Omit<Prisma.UserUncheckedCreateInput, "passwordHash">> & { password?: string };

/** A staff account. Hashes the given password (or a random one) and returns it in plaintext. */
export async function makeUser(db: Db, overrides: UserOverrides = {}) {
  const { password = generateTemporaryPassword(), ...fields } = overrides;
  const { firstName, lastName } = personName(rng);
  const user = await db.user.create({
    data: {
      email: `${firstName}.${lastName}.${uniqueSuffix()}@staff.test`.toLowerCase(),
      name: `${firstName} ${lastName}`,
      role: "COORDINATOR",
      ...fields,
      passwordHash: await hashPassword(password),
    },
  });
  return { user, password };
}

/** A staff account of `role`, as the Actor a domain function receives. */
export async function makeStaffActor(db: Db, role: Role): Promise<Actor> {
  const { user } = await makeUser(db, { role });
  return actorFor(user);
}

export async function makePhoneLine(db: Db, overrides: Partial<Prisma.PhoneLineUncheckedCreateInput> = {}) {
  if (overrides.number)
    return db.phoneLine.create({ data: { label: `Line ${uniqueSuffix()}`, number: overrides.number, ...overrides } });
  return withFreshNumber((number) =>
    db.phoneLine.create({ data: { number, label: `Line ${uniqueSuffix()}`, ...overrides } }),
  );
}

export function makeReferralSource(db: Db, overrides: Partial<Prisma.ReferralSourceUncheckedCreateInput> = {}) {
  return db.referralSource.create({
    data: { name: `Referral source ${uniqueSuffix()}`, type: "THERAPIST", ...overrides },
  });
}

export function makeProgram(db: Db, overrides: Partial<Prisma.ProgramUncheckedCreateInput> = {}) {
  return db.program.create({
    data: { name: `IOP ${uniqueSuffix()}`, level: "IOP", expectedLengthDays: 70, ...overrides },
  });
}

/** A prospect (pipeline INQUIRY) with a synthetic name, age 18–75, phone, email and insurance. */
export function makePatient(db: Db, overrides: Partial<Prisma.PatientUncheckedCreateInput> = {}) {
  const { firstName, lastName, sex } = personName(rng);
  const payer = rng.pick(PAYERS);
  const born = new Date(Date.UTC(new Date().getUTCFullYear() - rng.int(18, 75), rng.int(0, 11), rng.int(1, 28)));
  return db.patient.create({
    data: {
      firstName,
      lastName,
      sexAtBirth: sex,
      dateOfBirth: born,
      phone: fictionalPhone(rng),
      email: demoEmail(rng, firstName, `${lastName}${uniqueSuffix()}`),
      insurancePayer: payer,
      insuranceMemberId: payer === "Self-pay" ? null : memberId(rng),
      ...overrides,
    },
  });
}

/** An inbound call logged a few minutes ago (information only) unless overridden. */
export function makeCall(db: Db, overrides: Partial<Prisma.CallUncheckedCreateInput> = {}) {
  const startedAt = new Date(Date.now() - rng.int(5, 120) * 60_000);
  return db.call.create({
    data: {
      startedAt,
      fromNumber: fictionalPhone(rng),
      durationSeconds: rng.int(60, 900),
      callerName: personName(rng).firstName,
      callerRelation: "SELF",
      reason: "SUBSTANCE_USE",
      disposition: "INFORMATION_ONLY",
      loggedAt: new Date(startedAt.getTime() + 10 * 60_000),
      ...overrides,
    },
  });
}
