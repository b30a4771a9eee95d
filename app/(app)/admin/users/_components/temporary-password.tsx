"use client";

/** Shown once, right after creation or reset; never stored in plain text or logged. */
export function TemporaryPassword({ value }: { value: string }) {
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="font-medium text-amber-900">Temporary password (shown once)</p>
      <p className="mt-2 font-mono text-lg tracking-wide" data-testid="temporary-password">
        {value}
      </p>
      <p className="mt-2 text-amber-900">They will be asked to choose their own password when they first sign in.</p>
    </div>
  );
}
