import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/dates/zone";
import { emailStatus } from "@/lib/safety-flags/queries";
import { loadRotaPage } from "@/lib/safety-flags/rota";
import { onCallAt } from "@/lib/safety-flags/rules/ownership";
import { AckSettingsForm, AddShiftForm, CancelShiftButton } from "./rota-forms";

export const metadata: Metadata = { title: "On-call rota" };

const EMAIL_STATUS_LABEL = { PENDING: "Waiting", SENT: "Sent", FAILED: "Failed" } as const;

/**
 * Who owns new safety flags and when, the fallback that takes escalated ones, how long a flag may
 * wait for an acknowledgement, and whether e-mail notifications can go out.
 */
export default async function OnCallPage() {
  const actor = await guardPage("/admin/on-call");
  const now = new Date();
  const [{ shifts, clinicians, settings }, email] = await Promise.all([loadRotaPage(actor, now), emailStatus(actor)]);
  const current = onCallAt(
    shifts.map((s) => ({
      id: s.id,
      clinicianId: s.clinician.id,
      fallbackId: s.fallback?.id ?? null,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
    })),
    now,
  );
  const options = clinicians.map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <PageHeader
        title="On-call rota"
        description="A high- or moderate-risk safety flag goes at once to the clinician on call. Not acknowledged in time, it escalates to the fallback and to every admin."
      />
      <section aria-labelledby="email-title" className="mb-6">
        <h2 id="email-title" className="mb-2 text-lg font-semibold">
          E-mail notifications
        </h2>
        {email.configured ? (
          <p role="status" className="text-sm">
            E-mail is configured. {email.pending} waiting, {email.failed} failed, {email.sent} sent.
          </p>
        ) : (
          <p role="status" className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            E-mail is not configured (set SMTP_URL). Notifications wait in the outbox ({email.pending} waiting) and are
            sent once it is; in-app notifications work meanwhile.
          </p>
        )}
        {email.recent.length > 0 ? (
          <DataTable
            caption="E-mails not yet sent"
            columns={["Created", "State", "Attempts", "Last error", "Next try"]}
          >
            {email.recent.map((m) => (
              <tr key={m.id}>
                <td className="px-3 py-2">{formatDateTime(m.createdAt)}</td>
                <td className="px-3 py-2">{EMAIL_STATUS_LABEL[m.status]}</td>
                <td className="px-3 py-2">{m.attempts}</td>
                <td className="px-3 py-2">{m.lastError ?? "—"}</td>
                <td className="px-3 py-2">{m.status === "PENDING" ? formatDateTime(m.nextAttemptAt) : "—"}</td>
              </tr>
            ))}
          </DataTable>
        ) : null}
      </section>

      <section aria-labelledby="rota-title" className="mb-6">
        <h2 id="rota-title" className="mb-2 text-lg font-semibold">
          Shifts
        </h2>
        {shifts.length === 0 ? (
          <EmptyState title="Nobody is on the rota">
            Flags raised now have no owner until a clinician acknowledges them; they still escalate to admins.
          </EmptyState>
        ) : (
          <DataTable
            caption="On-call shifts"
            columns={[
              "Clinician",
              "Fallback",
              "Starts",
              "Ends",
              <span key="a" className="sr-only">
                Action
              </span>,
            ]}
          >
            {shifts.map((s) => (
              <tr key={s.id}>
                <td className="px-3 py-2">
                  {s.clinician.name} {current?.id === s.id ? <Badge tone="green">On call now</Badge> : null}
                </td>
                <td className="px-3 py-2">{s.fallback?.name ?? "—"}</td>
                <td className="px-3 py-2">{formatDateTime(s.startsAt)}</td>
                <td className="px-3 py-2">{formatDateTime(s.endsAt)}</td>
                <td className="px-3 py-2">
                  <CancelShiftButton shiftId={s.id} label={`${s.clinician.name}, ${formatDateTime(s.startsAt)}`} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <Card className="mt-4">
          <h3 className="mb-2 font-semibold">Add a shift</h3>
          <AddShiftForm clinicians={options} />
        </Card>
      </section>

      <section aria-labelledby="times-title">
        <h2 id="times-title" className="mb-2 text-lg font-semibold">
          Acknowledgement times
        </h2>
        <Card>
          <AckSettingsForm settings={settings} />
        </Card>
      </section>
    </>
  );
}
