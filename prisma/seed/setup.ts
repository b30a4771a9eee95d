/**
 * The small configuration tables: staff, phone lines, referral sources, programs. Staff
 * passwords are random per run (never in the code) and returned so the CLI can print them once.
 */
import { hashPassword } from "@/lib/auth/password-hashing";
import { generateTemporaryPassword } from "@/lib/auth/rules/password-policy";
import type { CareLevel, ReferralSourceType, Role } from "@/lib/generated/prisma/enums";
import { personName } from "./names";
import { type IdSource, Rng } from "./random";
import type { SeedWriter } from "./writer";

export const DEMO_EMAIL_DOMAIN = "demo.intake.test";

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

export interface Setup {
  admin: StaffMember;
  coordinators: StaffMember[];
  clinicians: StaffMember[];
  lines: { main: string; web: string; alumni: string };
  sources: { id: string; type: ReferralSourceType }[];
  programs: Record<
    "wm" | "residential" | "php" | "iopDay" | "iopEvening" | "outpatient",
    { id: string; level: CareLevel; days: number }
  >;
}

const SOURCES: readonly (readonly [string, ReferralSourceType])[] = [
  ["Mercy Valley Hospital ED", "HOSPITAL"],
  ["Riverside General Hospital", "HOSPITAL"],
  ["Lakeside Therapy Associates", "THERAPIST"],
  ["Clearwater Counseling Group", "THERAPIST"],
  ["Oak Street Family Medicine", "PHYSICIAN"],
  ["County Drug Court", "COURT_OR_LEGAL"],
  ["Public Defender's Office", "COURT_OR_LEGAL"],
  ["Contoso Employee Assistance Program", "EMPLOYER_OR_EAP"],
  ["Alumni referral", "ALUMNI"],
  ["Family or friend", "FAMILY_OR_FRIEND"],
  ["Web search", "WEB_SEARCH"],
  ["Social media", "SOCIAL_MEDIA"],
  ["Northwind Health care management", "INSURANCE"],
  ["Community recovery meeting", "OTHER"],
  ["Other", "OTHER"],
];

export async function seedSetup(writer: SeedWriter, ids: IdSource, seed: number, at: Date): Promise<Setup> {
  const rng = Rng.stream(seed, "staff");
  const plan: { role: Role; email: string }[] = [
    { role: "ADMIN", email: `admin@${DEMO_EMAIL_DOMAIN}` },
    ...[1, 2, 3, 4].map((n) => ({ role: "COORDINATOR" as const, email: `coordinator${n}@${DEMO_EMAIL_DOMAIN}` })),
    ...[1, 2, 3].map((n) => ({ role: "CLINICIAN" as const, email: `clinician${n}@${DEMO_EMAIL_DOMAIN}` })),
  ];
  // argon2id takes ~50–100 ms per hash; eight in parallel on the libuv pool.
  const staff = await Promise.all(
    plan.map(async ({ role, email }): Promise<StaffMember & { hash: string }> => {
      const { firstName, lastName } = personName(rng);
      const password = generateTemporaryPassword();
      const name = role === "CLINICIAN" ? `${firstName} ${lastName}, LCSW` : `${firstName} ${lastName}`;
      return { id: ids.next(), email, name, role, password, hash: await hashPassword(password) };
    }),
  );
  for (const s of staff) {
    writer.add("User", {
      id: s.id,
      email: s.email,
      name: s.name,
      role: s.role,
      passwordHash: s.hash,
      mustChangePassword: false,
      passwordChangedAt: at,
      lastLoginAt: null,
      createdAt: at,
      updatedAt: at,
    });
  }
  const strip = ({ hash: _hash, ...member }: StaffMember & { hash: string }): StaffMember => member;
  const admin = staff.find((s) => s.role === "ADMIN");
  if (!admin) throw new Error("no admin planned");

  const line = (number: string, label: string, forwardTo: string, isMain: boolean) => {
    const id = ids.next();
    writer.add("PhoneLine", { id, number, label, forwardTo, isMain, active: true, createdAt: at, updatedAt: at });
    return id;
  };
  const lines = {
    main: line("+18555550100", "Main admissions line (855)", "+16175550142", true),
    web: line("+18555550123", "Website and search ads (855)", "+16175550142", false),
    alumni: line("+16175550188", "Alumni line", "+16175550143", false),
  };

  const sources = SOURCES.map(([name, type]) => {
    const id = ids.next();
    writer.add("ReferralSource", { id, name, type, active: true, createdAt: at, updatedAt: at });
    return { id, type };
  });

  const program = (name: string, level: CareLevel, days: number) => {
    const id = ids.next();
    writer.add("Program", { id, name, level, expectedLengthDays: days, active: true, createdAt: at, updatedAt: at });
    return { id, level, days };
  };
  const programs = {
    residential: program("Residential", "RESIDENTIAL", 30),
    wm: program("Withdrawal management", "WITHDRAWAL_MANAGEMENT", 5),
    php: program("Partial hospitalization (PHP)", "PHP", 20),
    iopDay: program("IOP Day", "IOP", 70),
    iopEvening: program("IOP Evening", "IOP", 70),
    outpatient: program("Outpatient", "OUTPATIENT", 90),
  };

  return {
    admin: strip(admin),
    coordinators: staff.filter((s) => s.role === "COORDINATOR").map(strip),
    clinicians: staff.filter((s) => s.role === "CLINICIAN").map(strip),
    lines,
    sources,
    programs,
  };
}
