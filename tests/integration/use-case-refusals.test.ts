/**
 * Authorization inside every domain function (docs/security.md Z1, Z3): the test walks lib/ for
 * exported functions whose first parameter is the Actor, and calls each one, as every role that
 * lacks its permission, with input that is not even valid. Each must refuse before reading the input
 * or touching the database, and leave no audit row. A new use case without an entry here fails the
 * first test, so its permission is a deliberate choice written down in this table.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { type Permission, ROLE_PERMISSIONS } from "@/lib/auth/rules/permissions";
import { getDb } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeStaffActor } from "@/tests/factories";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Helpers that take the actor but are not use cases: the caller has checked the permission. */
const HELPERS = new Set(["recordPhiAccess", "runCareStep", "assertReport"]);

/**
 * Each use case and what it needs. "signed-in": any active staff member; an array: any one of them.
 * `args` replaces the junk input where the permission depends on it (the report exports).
 */
const USE_CASES: Record<string, { needs: Permission | Permission[] | "signed-in"; args?: unknown[] }> = {
  completeCallback: { needs: "callback:write" },
  reassignCallback: { needs: "callback:write" },
  exportCalls: { needs: "call:export" },
  linkCall: { needs: "call:write" },
  logCall: { needs: "call:write" },
  listCalls: { needs: "call:read" },
  getCall: { needs: "call:read" },
  lookupCaller: { needs: "call:read" },
  listCallbacks: { needs: "callback:read" },
  listUnloggedCalls: { needs: "call:write" },
  listCallbackAssignees: { needs: "callback:read" },
  callFormOptions: { needs: "call:read" },
  getUnloggedCall: { needs: "call:write" },
  updateCall: { needs: "call:write" },
  admitPatient: { needs: "care:admit" },
  censusAlertBadge: { needs: "care:read" },
  censusAlertCounts: { needs: "care:read" },
  censusAlertList: { needs: "care:read" },
  recordAttendance: { needs: "care:admit" },
  censusBoard: { needs: "care:read" },
  continuityPage: { needs: "report:clinical" },
  dischargePatient: { needs: "care:discharge" },
  planTransition: { needs: "care:plan-transition" },
  confirmTransition: { needs: "care:plan-transition" },
  cancelTransition: { needs: "care:plan-transition" },
  markNoShow: { needs: "care:plan-transition" },
  dischargeForTransition: { needs: "care:complete-transition" },
  completeTransition: { needs: "care:complete-transition" },
  getPatientPage: { needs: "patient:read" },
  updatePatient: { needs: "patient:write" },
  movePatientPipeline: { needs: "patient:write" },
  pipelineBoard: { needs: "patient:read" },
  pipelineList: { needs: "patient:read" },
  callVolumeReport: { needs: "report:calls" },
  censusReport: { needs: "report:clinical" },
  continuityReport: { needs: "report:clinical" },
  loadDashboard: { needs: "dashboard:read" },
  dispositionsReport: { needs: "report:calls" },
  reportTables: { needs: "report:clinical", args: ["funnel", { from: "2026-01-01", to: "2026-01-31" }] },
  exportReport: { needs: "report:clinical", args: ["census", { from: "2026-01-01", to: "2026-01-31" }] },
  funnelReport: { needs: "report:clinical" },
  screeningOutcomesReport: { needs: "report:clinical" },
  amendScreening: { needs: "screening:review" },
  listReviewQueue: { needs: "screening:read" },
  listRecentScreenings: { needs: "screening:read" },
  countAwaitingReview: { needs: "screening:read" },
  listOpenSafetyFlags: { needs: "screening:read" },
  getScreening: { needs: "screening:read" },
  listScreeningVersions: { needs: "screening:read" },
  listPatientScreenings: { needs: "screening:read" },
  recordSafetyAction: { needs: "screening:write" },
  recordCssrsReask: { needs: "screening:write" },
  resolveSafetyFlag: { needs: "screening:review" },
  reviewScreening: { needs: "screening:review" },
  saveSection: { needs: "screening:write" },
  getStartContext: { needs: "screening:write" },
  findProspects: { needs: "screening:write" },
  startScreening: { needs: "screening:write" },
  submitScreening: { needs: "screening:write" },
  listPhoneLines: { needs: "settings:manage" },
  createPhoneLine: { needs: "settings:manage" },
  updatePhoneLine: { needs: "settings:manage" },
  setPhoneLineActive: { needs: "settings:manage" },
  setMainPhoneLine: { needs: "settings:manage" },
  listPrograms: { needs: "settings:manage" },
  listActivePrograms: { needs: "care:read" },
  createProgram: { needs: "settings:manage" },
  updateProgram: { needs: "settings:manage" },
  listPhoneLinesForHistory: { needs: ["call:read", "call:write"] },
  listReferralSourcesForHistory: { needs: ["call:read", "call:write"] },
  listReferralSources: { needs: "settings:manage" },
  createReferralSource: { needs: "settings:manage" },
  updateReferralSource: { needs: "settings:manage" },
  setReferralSourceActive: { needs: "settings:manage" },
  createStaffUser: { needs: "user:manage" },
  changeUserRole: { needs: "user:manage" },
  setUserActive: { needs: "user:manage" },
  resetUserPassword: { needs: "user:manage" },
  unlockUser: { needs: "user:manage" },
  endUserSessions: { needs: "user:manage" },
  changeOwnPassword: { needs: "signed-in" },
  listStaff: { needs: "user:manage" },
  getStaffMember: { needs: "user:manage" },
  listStaffOptions: { needs: "audit:read" },
  listAuditEvents: { needs: "audit:read" },
  listStaffForFilter: { needs: "call:read" },
  acknowledgeFlag: { needs: "safety-flag:acknowledge" },
  listFlags: { needs: "safety-flag:read" },
  getFlag: { needs: "safety-flag:read" },
  flagBadgeCount: { needs: "safety-flag:read" },
  listMyNotifications: { needs: "safety-flag:read" },
  markMyNotificationsRead: { needs: "safety-flag:read" },
  emailStatus: { needs: "oncall:manage" },
  addShift: { needs: "oncall:manage" },
  cancelShift: { needs: "oncall:manage" },
  updateAckSettings: { needs: "oncall:manage" },
  loadRotaPage: { needs: "oncall:manage" },
};

interface UseCase {
  name: string;
  file: string;
}

/** Exported functions under lib/ (rule folders and generated code aside) whose first parameter is an Actor. */
function findUseCases(): UseCase[] {
  const found: UseCase[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "rules" && entry.name !== "generated") walk(full);
      } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        const source = ts.createSourceFile(full, fs.readFileSync(full, "utf8"), ts.ScriptTarget.Latest, true);
        source.forEachChild((node) => {
          const exported =
            ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
          const first = ts.isFunctionDeclaration(node) ? node.parameters[0] : undefined;
          if (ts.isFunctionDeclaration(node) && exported && node.name && first?.type?.getText(source) === "Actor")
            found.push({ name: node.name.text, file: full });
        });
      }
    }
  };
  walk(path.join(ROOT, "lib"));
  return found.filter((u) => !HELPERS.has(u.name));
}

const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

function rolesLacking(needs: (typeof USE_CASES)[string]["needs"]): Role[] {
  if (needs === "signed-in") return [];
  const anyOf = [needs].flat();
  return ROLES.filter((role) => !anyOf.some((p) => ROLE_PERMISSIONS[role].includes(p)));
}

const useCases = findUseCases();

describe("every use case refuses a role without its permission", () => {
  it("finds the use cases, and each has an entry here (and no entry is stale)", () => {
    expect(useCases.length).toBeGreaterThan(50);
    expect(useCases.map((u) => u.name).sort()).toEqual(Object.keys(USE_CASES).sort());
  });

  const cases = useCases.flatMap((u) =>
    rolesLacking(USE_CASES[u.name]?.needs ?? "signed-in").map((role) => ({ ...u, role })),
  );

  it.each(cases)("$name refuses $role", async ({ name, file, role }) => {
    const db = await getDb();
    const actor: Actor = await makeStaffActor(db, role);
    const exports = (await import(file)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const junk = { id: "not-a-uuid", expectedVersion: "x" };
    const args = USE_CASES[name]?.args ?? [junk, junk, junk];
    await expect(exports[name]!(actor, ...args)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditEvent.count({ where: { actorId: actor.id } })).toBe(0);
  });

  it("walks a refusal for every permission some role lacks", () => {
    const refused = new Set(cases.map((c) => [USE_CASES[c.name]!.needs].flat().join("|")));
    for (const permission of ["call:export", "screening:review", "care:complete-transition", "user:manage"])
      expect(refused).toContain(permission);
  });
});
