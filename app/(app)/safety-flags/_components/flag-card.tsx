import Link from "next/link";
import { ContactPreferences } from "@/components/contact-preferences";
import { Badge } from "@/components/ui/page";
import { RISK_TONE } from "../../screenings/_components/labels";
import { AcknowledgeButton } from "./acknowledge-button";
import type { FlagCardData } from "./present";

/**
 * One safety flag: the risk, why, who raised it, how long it has been open, its owner and clock,
 * and the person's number with their contact preferences (42 CFR Part 2: what a message may say).
 */
export function FlagCard({ flag, showPerson = true }: { flag: FlagCardData; showPerson?: boolean }) {
  return (
    <article
      aria-label={`${flag.riskLabel}: ${flag.personName}`}
      className="rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-900"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={RISK_TONE[flag.risk]}>{flag.riskLabel}</Badge>
        {flag.escalated && !flag.resolved ? <Badge tone="red">Escalated</Badge> : null}
        {flag.overdue && !flag.escalated ? <Badge tone="red">Overdue</Badge> : null}
        {flag.acknowledgedBy && !flag.resolved ? (
          <Badge tone="slate">Acknowledged by {flag.acknowledgedBy}</Badge>
        ) : null}
        {flag.resolved ? <Badge tone="slate">Resolved</Badge> : null}
        {showPerson ? (
          <Link href={`/safety-flags/${flag.id}`} className="font-semibold text-brand-700 underline">
            {flag.personName}
          </Link>
        ) : null}
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2">
        <div>
          <dt className="inline font-medium">Callback number: </dt>
          <dd className="inline">
            {flag.phone}
            <ContactPreferences prefs={flag.prefs} />
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">Why: </dt>
          <dd className="inline">
            {flag.sourceLabel}
            {flag.screeningId ? (
              <>
                {" — "}
                <Link href={`/screenings/${flag.screeningId}`} className="text-brand-700 underline">
                  open the screening
                </Link>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">Raised by: </dt>
          <dd className="inline">
            {flag.raisedBy}, {flag.raisedAt}
          </dd>
        </div>
        <div>
          <dt className="inline font-medium">{flag.resolved ? "Was open: " : "Open for: "}</dt>
          <dd className="inline">{flag.age}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Owner: </dt>
          <dd className="inline">
            {flag.owner}
            {flag.ownerIsMe ? " (you)" : ""}
          </dd>
        </div>
        {flag.dueAt && !flag.resolved ? (
          <div>
            <dt className="inline font-medium">{flag.escalated ? "Escalated after: " : "Escalates at: "}</dt>
            <dd className="inline">{flag.dueAt}</dd>
          </div>
        ) : null}
        {flag.resolution ? (
          <div className="sm:col-span-2">
            <dt className="inline font-medium">Resolution: </dt>
            <dd className="inline">{flag.resolution}</dd>
          </div>
        ) : null}
      </dl>
      {flag.mayAcknowledge ? (
        <div className="mt-2">
          <AcknowledgeButton flagId={flag.id} personName={flag.personName} />
        </div>
      ) : null}
    </article>
  );
}
