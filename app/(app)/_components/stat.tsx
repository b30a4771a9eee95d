import Link from "next/link";
import type { ReactNode } from "react";

/** One figure on the dashboard, always a link to the list behind it. */
export function Stat({
  label,
  value,
  href,
  tone = "plain",
  hint,
}: {
  label: string;
  value: number;
  href: string;
  tone?: "plain" | "warn" | "alert";
  hint?: ReactNode;
}) {
  const tones = {
    plain: "border-slate-200 bg-white",
    warn: "border-amber-400 bg-amber-50",
    alert: "border-red-500 bg-red-50",
  };
  const active = value > 0 ? tones[tone] : tones.plain;
  return (
    <Link href={href} className={`block rounded-lg border p-4 shadow-sm hover:shadow ${active}`}>
      <span className="block text-sm font-medium text-slate-700">{label}</span>
      <span className="mt-1 block text-3xl font-semibold text-slate-900">{value.toLocaleString("en-US")}</span>
      {hint ? <span className="mt-1 block text-xs text-slate-600">{hint}</span> : null}
    </Link>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="mb-8">
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}
