"use client";

import { signOut } from "next-auth/react";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Warns before the idle sign-out (docs/security.md S2) and signs out when the idle timeout passes.
 * Keyboard and pointer input count as activity and are reported to the server at most once a
 * minute, so a long form typed without saving does not end the session; timers and polling do not.
 */
export function IdleWarning({ idleMs, warningMs }: { idleMs: number; warningMs: number }) {
  // Set when the effect starts (the page has just loaded or navigated).
  const lastActivity = useRef(0);
  const lastReported = useRef(0);
  const [remainingMs, setRemainingMs] = useState<number | null>(null);
  const stayButton = useRef<HTMLButtonElement>(null);

  const reportActivity = useCallback(async () => {
    lastReported.current = Date.now();
    await fetch("/api/session", { method: "POST" }).catch(() => undefined);
  }, []);

  useEffect(() => {
    lastActivity.current = Date.now();
    lastReported.current = Date.now();
    const onInput = () => {
      lastActivity.current = Date.now();
      if (Date.now() - lastReported.current > 60_000) void reportActivity();
    };
    window.addEventListener("keydown", onInput);
    window.addEventListener("pointerdown", onInput);
    const timer = window.setInterval(() => {
      const left = idleMs - (Date.now() - lastActivity.current);
      if (left <= 0) {
        window.clearInterval(timer);
        void signOut({ callbackUrl: "/signin?reason=idle" });
      } else if (left <= warningMs) {
        setRemainingMs(left);
      } else {
        setRemainingMs(null);
      }
    }, 1000);
    return () => {
      window.removeEventListener("keydown", onInput);
      window.removeEventListener("pointerdown", onInput);
      window.clearInterval(timer);
    };
  }, [idleMs, warningMs, reportActivity]);

  const warning = remainingMs !== null;
  useEffect(() => {
    if (warning) stayButton.current?.focus();
  }, [warning]);

  if (remainingMs === null) return null;
  const seconds = Math.ceil(remainingMs / 1000);
  const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 px-4">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby="idle-body"
        className="w-full max-w-sm rounded-lg bg-white p-6 shadow-xl"
      >
        <h2 id="idle-title" className="text-lg font-semibold">
          Still there?
        </h2>
        <p id="idle-body" className="mt-2 text-sm text-slate-700">
          For privacy you will be signed out in <strong>{clock}</strong> because of inactivity.
        </p>
        <button
          ref={stayButton}
          type="button"
          className="mt-4 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white"
          onClick={() => {
            lastActivity.current = Date.now();
            setRemainingMs(null);
            void reportActivity();
          }}
        >
          Stay signed in
        </button>
      </div>
    </div>
  );
}
