import Link from "next/link";
import type { ReactNode } from "react";
import { GlobalShortcuts } from "@/components/shell/global-shortcuts";
import { IdleWarning } from "@/components/shell/idle-warning";
import { LiveProvider } from "@/components/live/live-provider";
import { type NavItem, NavLinks } from "@/components/shell/nav-links";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { can } from "@/lib/auth/actor";
import { requirePageActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { censusAlertBadge } from "@/lib/care/alert-badge";
import { flagBadgeCount, listMyNotifications } from "@/lib/safety-flags/queries";
import { NotificationsTray } from "./safety-flags/_components/notifications-tray";
import { presentNotifications } from "./safety-flags/_components/present";

const ROLE_LABEL = { ADMIN: "Administrator", COORDINATOR: "Intake coordinator", CLINICIAN: "Clinician" } as const;

/**
 * The app shell. It reads the session only to draw navigation; every page below guards itself
 * (authorization is never only in a layout).
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor(null, { allowPasswordChange: true });
  const e = env();
  // The census alerts' total as a badge on "Patients" (kept for a minute: lib/care/alert-badge.ts).
  const alerts = can(actor, "care:read") && !actor.mustChangePassword ? await censusAlertBadge(actor) : 0;
  // Flags that need this person (lib/safety-flags/queries.ts), kept current by the live channel.
  const flags = can(actor, "safety-flag:read") && !actor.mustChangePassword ? await flagBadgeCount(actor) : 0;
  const notifications =
    can(actor, "safety-flag:read") && !actor.mustChangePassword
      ? presentNotifications(await listMyNotifications(actor))
      : null;
  const items: NavItem[] = [
    { href: "/", label: "Dashboard" },
    { href: "/calls", label: "Calls" },
    { href: "/screenings", label: "Screenings" },
    {
      href: "/safety-flags",
      label: "Safety flags",
      liveBadge: {
        count: flags,
        url: "/api/safety-flags?format=badge",
        one: "safety flag needs you",
        many: "safety flags need you",
      },
    },
    {
      href: "/patients",
      label: "Patients",
      badge: { count: alerts, label: `${alerts} census ${alerts === 1 ? "alert" : "alerts"}` },
    },
    { href: "/reports", label: "Reports" },
  ];
  if (can(actor, "user:manage") || can(actor, "audit:read")) items.push({ href: "/admin", label: "Admin" });
  return (
    <LiveProvider>
      <div className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
            <div className="flex flex-wrap items-center gap-6">
              <Link href="/" className="text-lg font-bold text-brand-700">
                Intake Desk
              </Link>
              <nav aria-label="Main">{actor.mustChangePassword ? null : <NavLinks items={items} />}</nav>
            </div>
            <div className="flex items-center gap-3 text-sm">
              {can(actor, "call:write") && !actor.mustChangePassword ? (
                <Link
                  href="/calls/new"
                  className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800"
                  aria-keyshortcuts="Alt+N"
                >
                  New call <span className="font-normal opacity-80">Alt+N</span>
                </Link>
              ) : null}
              {notifications ? <NotificationsTray initial={notifications} /> : null}
              <Link href="/account/password" className="text-right hover:underline">
                <span className="block font-medium text-slate-900">{actor.name}</span>
                <span className="block text-xs text-slate-600">{ROLE_LABEL[actor.role]}</span>
              </Link>
              <SignOutButton />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-8">
          {children}
        </main>
        <GlobalShortcuts canLogCalls={can(actor, "call:write") && !actor.mustChangePassword} />
        <IdleWarning
          idleMs={e.SESSION_IDLE_MINUTES * 60_000}
          warningMs={Math.min(e.SESSION_IDLE_WARNING_SECONDS * 1000, e.SESSION_IDLE_MINUTES * 30_000)}
        />
      </div>
    </LiveProvider>
  );
}
