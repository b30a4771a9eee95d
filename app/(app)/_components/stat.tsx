import Link from "next/link";
import type { ReactNode } from "react";
import { StatCard } from "@/components/ui/page";

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

/** The two continuity rates (7 and 30 days after discharge), each with its count of discharges. */
export function FollowUpRateCards({
  rates,
  label = (days) => `Within ${days} days`,
  percent,
}: {
  rates: { rate7: number | null; rate30: number | null; followedUp7: number; followedUp30: number; discharges: number };
  label?: (days: 7 | 30) => string;
  percent: (rate: number | null) => string;
}) {
  return (
    <>
      {([7, 30] as const).map((days) => (
        <StatCard
          key={days}
          label={label(days)}
          value={percent(days === 7 ? rates.rate7 : rates.rate30)}
          testId={`rate-${days}`}
          detail={`${days === 7 ? rates.followedUp7 : rates.followedUp30} of ${rates.discharges} discharges`}
        />
      ))}
    </>
  );
}
