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
import { Fields, HiddenFields } from "@/components/ui/form";

export const metadata: Metadata = { title: "Calls" };

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
        <Fields
          errors={{}}
          values={filter}
          fields={[
            { label: "From", name: "from", type: "date" },
            { label: "To", name: "to", type: "date" },
            {
              kind: "select",
              label: "Line",
              name: "line",
              options: [
                { value: "", label: "All lines" },
                ...lines.map((l) => ({ value: l.id, label: `${l.label}${l.active ? "" : " (inactive)"}` })),
              ],
            },
            {
              kind: "select",
              label: "Direction",
              name: "direction",
              options: [{ value: "", label: "Both" }, ...options(DIRECTION_LABEL)],
            },
            {
              kind: "select",
              label: "Disposition",
              name: "disposition",
              options: [
                { value: "", label: "Any" },
                { value: "UNLOGGED", label: "Not logged yet" },
                ...options(DISPOSITION_LABEL),
              ],
            },
            {
              kind: "select",
              label: "Logged by",
              name: "coordinator",
              options: [{ value: "", label: "Anyone" }, ...staff.map((s) => ({ value: s.id, label: s.name }))],
            },
            {
              kind: "select",
              label: "Referral source",
              name: "source",
              options: [
                { value: "", label: "Any" },
                ...sources.map((s) => ({ value: s.id, label: `${s.name}${s.active ? "" : " (inactive)"}` })),
              ],
            },
            {
              kind: "select",
              label: "Linked to a person",
              name: "linked",
              options: [
                { value: "", label: "Either" },
                { value: "yes", label: "Linked" },
                { value: "no", label: "Not linked" },
              ],
            },
          ]}
        />
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
          <HiddenFields fields={Object.fromEntries(urlFilters)} />
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
