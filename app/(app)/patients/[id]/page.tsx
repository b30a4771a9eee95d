import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ContactPreferences } from "@/components/contact-preferences";
import { Badge, Card, PageHeader } from "@/components/ui/page";
import { can } from "@/lib/auth/actor";
import { guardPage } from "@/lib/auth/session";
import { daysBetween, formatDay } from "@/lib/dates/days";
import {
  CARE_LEVEL_LABELS,
  careLevelTitle,
  isFollowUpLevel,
  labelTitle,
  TRANSITION_KIND_LABELS,
  TRANSITION_STATUS_LABELS,
} from "@/lib/care/rules/levels";
import { PIPELINE_LABELS } from "@/lib/pipeline/rules/moves";
import { NotFoundError } from "@/lib/errors";
import { getPatientPage } from "@/lib/patients/patient-queries";
import { listActivePrograms } from "@/lib/settings/programs";
import { displayName } from "@/lib/people/names";
import { formatPhone } from "@/lib/phone";
import { formatDateTime } from "@/lib/dates/zone";
import { PipelineMoveForm } from "../_components/pipeline-move-form";
import { Disclosure } from "./_components/care-form";
import { AdmitForm, AttendanceForm, DischargeForm, PlanTransitionForm } from "./_components/care-forms";
import { EpisodeHistory } from "./_components/episode-history";
import { PatientEditForm } from "./_components/patient-edit-form";
import { Timeline } from "./_components/timeline";
import { TransitionActions } from "./_components/transition-actions";

export const metadata: Metadata = { title: "Patient" };

/** Whole years from a birth day to today (both center days). */
function age(born: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(born.slice(0, 4));
  return today.slice(5) >= born.slice(5) ? years : years - 1;
}

export default async function PatientPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await guardPage("/patients/[id]");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await getPatientPage(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { patient, openEpisode, activeTransition: active, today } = data;
  const may = {
    write: can(actor, "patient:write"),
    admit: can(actor, "care:admit"),
    plan: can(actor, "care:plan-transition"),
    complete: can(actor, "care:complete-transition"),
    discharge: can(actor, "care:discharge"),
  };
  const showAdmit = may.admit && data.canBeAdmitted;
  const showPlan = may.plan && openEpisode !== null && active === null;
  const programs = showAdmit || showPlan ? await listActivePrograms(actor) : [];
  const name = displayName(patient);
  const description = [
    patient.mrn,
    PIPELINE_LABELS[patient.pipelineStatus],
    patient.dateOfBirth ? `born ${formatDay(patient.dateOfBirth)} (${age(patient.dateOfBirth, today)})` : null,
  ]
    .filter(Boolean)
    .join(" · ");

  return (
    <>
      <PageHeader
        title={name}
        description={description}
        actions={
          <Link href="/patients" className="text-sm font-medium text-brand-700 underline">
            Admissions pipeline
          </Link>
        }
      />
      {patient.openSafetyFlags > 0 ? (
        <p className="mb-4">
          <Badge tone="red">
            {patient.openSafetyFlags} open safety {patient.openSafetyFlags === 1 ? "flag" : "flags"}
          </Badge>
        </p>
      ) : null}
      <div className="mb-6 grid gap-4 md:grid-cols-3">
        <Card>
          <h2 className="font-semibold">Pipeline</h2>
          <p className="mt-2 text-sm">
            <Badge tone="blue">{PIPELINE_LABELS[patient.pipelineStatus]}</Badge>{" "}
            <span className="text-slate-600">since {formatDateTime(patient.pipelineChangedAt)}</span>
          </p>
          {patient.notAdmittedReason ? <p className="mt-1 text-sm">Reason: {patient.notAdmittedReason}</p> : null}
          {patient.referredOutTo ? <p className="mt-1 text-sm">Referred to: {patient.referredOutTo}</p> : null}
          {may.write ? (
            <PipelineMoveForm
              key={patient.version}
              patientId={patient.id}
              name={name}
              status={patient.pipelineStatus}
              version={patient.version}
            />
          ) : null}
        </Card>
        <Card>
          <h2 className="font-semibold">Contact</h2>
          <p className="mt-2 text-sm">{patient.phone ? formatPhone(patient.phone) : "No phone on file"}</p>
          <p className="text-sm">{patient.email ?? "No email on file"}</p>
          <ContactPreferences prefs={patient} />
        </Card>
        <Card>
          <h2 className="font-semibold">Insurance and referral</h2>
          <p className="mt-2 text-sm">
            {patient.insurancePayer ?? "No payer recorded"}
            {patient.insuranceMemberId ? ` · member ${patient.insuranceMemberId}` : ""}
          </p>
          <p className="text-sm text-slate-600">Referral source: {patient.referralSource?.name ?? "not recorded"}</p>
        </Card>
      </div>

      <section aria-labelledby="care-heading" className="mb-6 space-y-4">
        <h2 id="care-heading" className="text-lg font-semibold">
          Level of care
        </h2>
        {openEpisode ? (
          <Card>
            <h3 className="font-semibold">
              {careLevelTitle(openEpisode.level)} · {openEpisode.programName}
            </h3>
            {openEpisode.progress ? (
              <p className="mt-1 text-sm">
                Day {openEpisode.progress.day} of {openEpisode.progress.expectedDays} · since{" "}
                {formatDay(openEpisode.startDate)} · expected end {formatDay(openEpisode.expectedEndDate)}
                {openEpisode.progress.overdueDays > 0 ? (
                  <span className="ml-1 font-medium text-red-800">
                    ({openEpisode.progress.overdueDays} days past expected end)
                  </span>
                ) : null}
              </p>
            ) : null}
            {isFollowUpLevel(openEpisode.level) ? (
              <p className="mt-1 text-sm text-slate-700">
                {openEpisode.recentSessions.length
                  ? `Last sessions: ${openEpisode.recentSessions.map(formatDay).join(", ")}`
                  : "No sessions recorded yet."}
                {openEpisode.recentSessions[0]
                  ? ` (${daysBetween(openEpisode.recentSessions[0], today)} days ago)`
                  : ""}
              </p>
            ) : null}
            {may.admit && isFollowUpLevel(openEpisode.level) ? (
              <div className="mt-3">
                <AttendanceForm episodeId={openEpisode.id} today={today} />
              </div>
            ) : null}
          </Card>
        ) : (
          <p className="text-sm text-slate-700">
            {active ? "Between levels: waiting for the first session of the planned transition." : "Not in care."}
          </p>
        )}
        {active ? (
          <Card>
            <h3 className="font-semibold">
              {labelTitle(TRANSITION_KIND_LABELS[active.kind])} to {careLevelTitle(active.toLevel)}
              {active.toProgramName ? ` (${active.toProgramName})` : ""}: {TRANSITION_STATUS_LABELS[active.status]} for{" "}
              {formatDay(active.plannedDate)}
            </h3>
            <p className="mb-3 text-sm text-slate-600">
              {active.track ? `${active.track === "DAY" ? "Day" : "Evening"} track` : ""}
              {active.scheduleDays.length ? ` · ${active.scheduleDays.join(", ")}` : ""}
            </p>
            <TransitionActions
              t={{
                id: active.id,
                version: active.version,
                kind: active.kind,
                status: active.status,
                toLevel: active.toLevel,
                plannedDate: active.plannedDate,
                fromLevel: active.fromEpisode.level,
                fromOpen: active.fromEpisode.status === "OPEN",
              }}
              today={today}
              canPlan={may.plan}
              canComplete={may.complete}
            />
          </Card>
        ) : null}
        {showPlan && openEpisode ? (
          <Disclosure summary="Plan a step-down or step-up">
            <PlanTransitionForm episode={openEpisode} programs={programs} today={today} />
          </Disclosure>
        ) : null}
        {may.discharge && openEpisode ? (
          <Disclosure summary={`Discharge from ${CARE_LEVEL_LABELS[openEpisode.level]}`}>
            <DischargeForm episode={openEpisode} today={today} />
          </Disclosure>
        ) : null}
        {showAdmit ? (
          <Card className="scroll-mt-4">
            <div id="admit">
              <AdmitForm patientId={patient.id} version={patient.version} programs={programs} today={today} />
            </div>
          </Card>
        ) : null}
        {!openEpisode && !active && data.admissionBlockedReason && may.admit ? (
          <p className="text-sm text-slate-600">{data.admissionBlockedReason}</p>
        ) : null}
        <EpisodeHistory episodes={data.episodes} />
      </section>

      {may.write ? (
        <section aria-labelledby="details-heading" className="mb-6">
          <h2 id="details-heading" className="mb-2 text-lg font-semibold">
            Details
          </h2>
          <Disclosure summary="Edit demographics, contact preferences and insurance">
            <PatientEditForm
              today={today}
              values={{
                patientId: patient.id,
                version: patient.version,
                firstName: patient.firstName,
                lastName: patient.lastName,
                preferredName: patient.preferredName,
                dateOfBirth: patient.dateOfBirth,
                sexAtBirth: patient.sexAtBirth,
                phoneDisplay: patient.phone ? formatPhone(patient.phone) : "",
                email: patient.email,
                okToLeaveVoicemail: patient.okToLeaveVoicemail,
                okToNameCenter: patient.okToNameCenter,
                okToText: patient.okToText,
                insurancePayer: patient.insurancePayer,
                insuranceMemberId: patient.insuranceMemberId,
              }}
            />
          </Disclosure>
        </section>
      ) : null}

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-2 text-lg font-semibold">
          Timeline
        </h2>
        <p className="mb-3 text-sm text-slate-600">Newest first; the latest 100 entries.</p>
        <Timeline entries={data.timeline} />
      </section>
    </>
  );
}
