"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useLiveJson } from "@/components/live/live-provider";

export interface NavItem {
  href: string;
  label: string;
  /** A count shown beside the label (e.g. open census alerts); `label` is what screen readers hear. */
  badge?: { count: number; label: string };
  /** A badge the live channel keeps current: re-read from `url` (JSON `{ count }`) on each flag event. */
  liveBadge?: { count: number; url: string; one: string; many: string };
}

function LiveBadge({ badge, active }: { badge: NonNullable<NavItem["liveBadge"]>; active: boolean }) {
  const { count } = useLiveJson(badge.url, ["safety-flag", "notification"], { count: badge.count });
  return <Badge count={count} label={`${count} ${count === 1 ? badge.one : badge.many}`} active={active} alert />;
}

function Badge({ count, label, active, alert }: { count: number; label: string; active: boolean; alert?: boolean }) {
  if (count <= 0) return null;
  const tone = active ? "bg-white text-brand-800" : alert ? "bg-red-700 text-white" : "bg-amber-200 text-amber-950";
  return (
    <span className={`ml-1.5 inline-flex min-w-5 justify-center rounded-full px-1.5 text-xs font-semibold ${tone}`}>
      <span aria-hidden="true">{count}</span>
      <span className="sr-only">{` (${label})`}</span>
    </span>
  );
}

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const active =
          item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={`block rounded-md px-3 py-2 text-sm font-medium ${active ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {item.label}
              {item.badge ? <Badge count={item.badge.count} label={item.badge.label} active={active} /> : null}
              {item.liveBadge ? <LiveBadge badge={item.liveBadge} active={active} /> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
