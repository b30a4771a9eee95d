import type { Permission } from "./permissions";

/**
 * The authorization matrix (docs/security.md Z1): every page and route handler under app/ and what it
 * needs. `public` needs nothing; `signed-in` any active staff member. A test walks app/ and
 * fails when a route is missing here or a page does not guard itself with its own entry.
 */
export const ROUTE_ACCESS = {
  "/": "dashboard:read",
  "/calls": "call:read",
  "/calls/new": "call:write",
  "/calls/[id]": "call:read",
  "/calls/callbacks": "callback:read",
  "/calls/unlogged": "call:write",
  "/api/calls/export": "call:export",
  "/api/calls/unlogged": "call:write",
  "/screenings": "screening:read",
  "/screenings/new": "screening:write",
  "/screenings/[id]": "screening:read",
  "/screenings/[id]/review": "screening:review",
  "/screenings/[id]/amend": "screening:review",
  "/screenings/[id]/print": "screening:read",
  "/screenings/history/[patientId]": "screening:read",
  "/safety-flags": "safety-flag:read",
  "/safety-flags/[id]": "safety-flag:read",
  "/api/safety-flags": "safety-flag:read",
  "/patients": "patient:read",
  "/patients/[id]": "patient:read",
  "/patients/census": "care:read",
  "/patients/continuity": "report:clinical",
  "/reports": "report:calls",
  "/reports/call-volume": "report:calls",
  "/reports/dispositions": "report:calls",
  "/reports/funnel": "report:clinical",
  "/reports/screening-outcomes": "report:clinical",
  "/reports/census": "report:clinical",
  "/reports/continuity": "report:clinical",
  // Per-report permission is checked inside (call reports: report:calls; others: report:clinical).
  "/api/reports/[report]/export": "report:calls",
  "/admin": "user:manage",
  "/admin/users": "user:manage",
  "/admin/users/new": "user:manage",
  "/admin/users/[id]": "user:manage",
  "/admin/audit": "audit:read",
  "/admin/phone-lines": "settings:manage",
  "/admin/referral-sources": "settings:manage",
  "/admin/programs": "settings:manage",
  "/admin/on-call": "oncall:manage",
  "/account/password": "signed-in",
  "/signin": "public",
  "/setup": "public",
  "/api/auth/[...nextauth]": "public",
  "/api/health": "public",
  "/api/session": "signed-in",
  // Server-sent events: ids of what changed, filtered per recipient inside (lib/live/rules/audience.ts).
  "/api/live": "signed-in",
  // Twilio webhooks: no session; every request must carry a valid X-Twilio-Signature.
  "/api/telephony/voice": "public",
  "/api/telephony/status": "public",
} as const satisfies Record<string, Permission | "public" | "signed-in">;

export type AppRoute = keyof typeof ROUTE_ACCESS;
