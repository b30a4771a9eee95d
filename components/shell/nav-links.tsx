"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
  /** A count shown beside the label (e.g. open census alerts); `label` is what screen readers hear. */
  badge?: { count: number; label: string };
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
              {item.badge && item.badge.count > 0 ? (
                <span
                  className={`ml-1.5 inline-flex min-w-5 justify-center rounded-full px-1.5 text-xs font-semibold ${active ? "bg-white text-brand-800" : "bg-amber-200 text-amber-950"}`}
                >
                  <span aria-hidden="true">{item.badge.count}</span>
                  <span className="sr-only">{` (${item.badge.label})`}</span>
                </span>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
