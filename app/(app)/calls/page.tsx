import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { DataTable } from "@/components/ui/data-table";
import { Badge, EmptyState, PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { DIRECTION_LABEL, DISPOSITION_LABEL, options } from "@/lib/calls/rules/labels";
import { listCalls } from "@/lib/calls/queries";
import { CallFilterSchema, SEARCH_COOKIE } from "@/lib/calls/schemas";
import { formatPhone } from "@/lib/phone";
import { listPhoneLinesForHistory, listReferralSourcesForHistory } from "@/lib/settings/queries";
import { formatDateTime } from "@/lib/dates/zone";
import { listStaffForFilter } from "@/lib/users/staff-options";
import { fullName } from "@/lib/people/names";
import { CallsSearch } from "./_components/calls-search";
import { LiveCallsStat } from "./_components/live-calls";
import { loadUnloggedNow } from "./_components/live-calls-data";

export const metadata: Metadata = { title: "Calls" };

const input = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export default async function CallsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await guardPage("/calls");
  const raw = await searchParams;
  const single = Object.fromEntries(
    Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
  );
  const q = (await cookies()).get(SEARCH_COOKIE)?.value;
  const filter = CallFilterSchema.parse({ ...single, q });
  // Filters list deactivated lines and sources too: they stay on historical calls.
  const [{ calls, nextCursor }, lines, sources, staff] = await Promise.all([
    listCalls(actor, filter),
    listPhoneLinesForHistory(actor),
    listReferralSourcesForHistory(actor),
    listStaffForFilter(actor),
  ]);
  const urlFilters = Object.entries(filter).filter(
    (e): e is [string, string] => typeof e[1] === "string" && e[0] !== "q" && e[0] !== "after",
  );
  const nextHref = nextCursor
    ? `/calls?${new URLSearchParams([...urlFilters, ["after", nextCursor]]).toString()}`
    : null;
  const writable = can(actor, "call:write");
  const unlogged = writable ? await loadUnloggedNow(actor) : null;

  return (
    <>
      <PageHeader
        title="Calls"
        description="Every call to and from the center's lines, newest first. Times in the center's time zone."
        actions={
          <>
            {writable ? (
              <>
                <Link href="/calls/unlogged" className={buttonClass("secondary")}>
                  Unlogged calls
                </Link>
                <Link href="/calls/new" className={buttonClass()}>
                  Log a call
                </Link>
              </>
            ) : null}
            <Link href="/calls/callbacks" className={buttonClass("secondary")}>
              Callbacks
            </Link>
          </>
        }
      />
      {unlogged ? (
        <div className="mb-4 max-w-md">
          <LiveCallsStat initial={unlogged} />
        </div>
      ) : null}
      <CallsSearch current={q ?? ""} />
      <form
        method="get"
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-4 lg:grid-cols-8"
        aria-label="Filter calls"
      >
        <div>
          <label htmlFor="f-from" className="block text-xs font-medium">
            From
          </label>
          <input id="f-from" type="date" name="from" defaultValue={filter.from ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="f-to" className="block text-xs font-medium">
            To
          </label>
          <input id="f-to" type="date" name="to" defaultValue={filter.to ?? ""} className={input} />
        </div>
        <div>
          <label htmlFor="f-line" className="block text-xs font-medium">
            Line
          </label>
          <select id="f-line" name="line" defaultValue={filter.line ?? ""} className={input}>
            <option value="">All lines</option>
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
                {l.active ? "" : " (inactive)"}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-direction" className="block text-xs font-medium">
            Direction
          </label>
          <select id="f-direction" name="direction" defaultValue={filter.direction ?? ""} className={input}>
            <option value="">Both</option>
            {options(DIRECTION_LABEL).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-disposition" className="block text-xs font-medium">
            Disposition
          </label>
          <select id="f-disposition" name="disposition" defaultValue={filter.disposition ?? ""} className={input}>
            <option value="">Any</option>
            <option value="UNLOGGED">Not logged yet</option>
            {options(DISPOSITION_LABEL).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-coordinator" className="block text-xs font-medium">
            Logged by
          </label>
          <select id="f-coordinator" name="coordinator" defaultValue={filter.coordinator ?? ""} className={input}>
            <option value="">Anyone</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-source" className="block text-xs font-medium">
            Referral source
          </label>
          <select id="f-source" name="source" defaultValue={filter.source ?? ""} className={input}>
            <option value="">Any</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {s.active ? "" : " (inactive)"}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-linked" className="block text-xs font-medium">
            Linked to a person
          </label>
          <select id="f-linked" name="linked" defaultValue={filter.linked ?? ""} className={input}>
            <option value="">Either</option>
            <option value="yes">Linked</option>
            <option value="no">Not linked</option>
          </select>
        </div>
        <div className="flex items-end gap-2 md:col-span-4 lg:col-span-8">
          <button type="submit" className={buttonClass()}>
            Apply filters
          </button>
          <Link href="/calls" className="px-2 py-2 text-sm text-brand-700 underline">
            Clear filters
          </Link>
        </div>
      </form>
      {can(actor, "call:export") ? (
        <form method="post" action="/api/calls/export" className="mb-4">
          {urlFilters.map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <button type="submit" className="text-sm font-medium text-brand-700 underline">
            Export these calls as CSV
          </button>
          <span className="ml-2 text-xs text-slate-500">
            A disclosure: recorded in the audit trail, with the 42 CFR Part 2 notice.
          </span>
        </form>
      ) : null}
      {calls.length === 0 ? (
        <EmptyState title="No calls match">Change the filters or the search.</EmptyState>
      ) : (
        <DataTable
          caption="Calls, newest first"
          columns={["When", "Number", "Caller", "Line", "Disposition", "Person", "Logged by"]}
        >
          {calls.map((c) => (
            <tr key={c.id}>
              <td className="px-3 py-2 whitespace-nowrap">
                <Link href={`/calls/${c.id}`} className="font-medium text-brand-700 underline">
                  {formatDateTime(c.startedAt)}
                </Link>
                <span className="ml-1 text-xs text-slate-500">{c.direction === "OUTBOUND" ? "out" : "in"}</span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatPhone(c.fromNumber)}</td>
              <td className="px-3 py-2">{c.callerName ?? "—"}</td>
              <td className="px-3 py-2">{c.phoneLine?.label ?? "—"}</td>
              <td className="px-3 py-2">
                {c.disposition ? DISPOSITION_LABEL[c.disposition] : <Badge tone="amber">Not logged</Badge>}
              </td>
              <td className="px-3 py-2">{c.patient ? fullName(c.patient) : "—"}</td>
              <td className="px-3 py-2">{c.loggedBy?.name ?? (c.source === "TELEPHONY" ? "Phone system" : "—")}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {nextHref ? (
        <Link className="mt-4 inline-block text-sm font-medium text-brand-700 underline" href={nextHref}>
          Older calls
        </Link>
      ) : null}
    </>
  );
}
