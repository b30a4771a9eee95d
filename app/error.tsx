"use client";

/** Generic error page (docs/security.md L6): a reference id, no details; details are in the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">
        Nothing you were doing was saved twice or lost silently. Try again; if it keeps happening, give this reference
        to your administrator: <strong className="font-mono">{error.digest ?? "unknown"}</strong>
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        Try again
      </button>
    </main>
  );
}
