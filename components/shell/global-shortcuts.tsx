"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Alt+N opens "Log a call" from any page: a call can start at any moment. (Ctrl+N belongs to the
 * browser; Alt+N is free in Chromium, Firefox and Safari.)
 */
export function GlobalShortcuts({ canLogCalls }: { canLogCalls: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!canLogCalls) return;
    const onKey = (event: KeyboardEvent) => {
      if (
        event.altKey &&
        !event.ctrlKey &&
        !event.metaKey &&
        (event.key === "n" || event.key === "N" || event.code === "KeyN")
      ) {
        event.preventDefault();
        router.push("/calls/new");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canLogCalls, router]);
  return null;
}
