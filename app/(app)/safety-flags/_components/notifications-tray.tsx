"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useLiveJson } from "@/components/live/live-provider";
import { ActionForm, SubmitButton } from "@/components/ui/form";
import { markNotificationsReadAction } from "../actions";
import type { NotificationData } from "./present";

/**
 * In-app notifications (assigned, escalated), live: a disclosure in the header, keyboard-usable
 * (a native <details>), announced when a new one arrives.
 */
export function NotificationsTray({ initial }: { initial: NotificationData[] }) {
  const [, action] = useActionState(markNotificationsReadAction, null);
  const { notifications } = useLiveJson("/api/safety-flags?format=notifications", "notification", {
    notifications: initial,
  });
  const count = notifications.length;
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md px-2 py-1 hover:bg-slate-100">
        Notifications
        {count > 0 ? (
          <span className="ml-1 inline-flex min-w-5 justify-center rounded-full bg-red-700 px-1.5 text-xs font-semibold text-white">
            {count}
          </span>
        ) : null}
      </summary>
      <div aria-live="polite" className="sr-only">
        {count > 0 ? `${count} unread ${count === 1 ? "notification" : "notifications"}` : ""}
      </div>
      <div className="absolute right-0 z-20 mt-1 w-80 max-w-[90vw] rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        {count === 0 ? (
          <p className="text-sm text-slate-600">No unread notifications.</p>
        ) : (
          <>
            <ul className="space-y-2 text-sm">
              {notifications.map((n) => (
                <li key={n.id}>
                  <Link href={n.href} className="font-medium text-brand-700 underline">
                    {n.text}
                  </Link>
                  <span className="block text-xs text-slate-600">{n.at}</span>
                </li>
              ))}
            </ul>
            <ActionForm action={action} className="mt-2">
              <SubmitButton variant="secondary" pendingLabel="Marking…">
                Mark all read
              </SubmitButton>
            </ActionForm>
          </>
        )}
      </div>
    </details>
  );
}
