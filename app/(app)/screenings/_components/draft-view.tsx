import Link from "next/link";
import { PageHeader } from "@/components/ui/page";
import type { ScreeningAnswersDraft, SectionKey } from "@/lib/screening/rules/answers-schema";
import type { ScreeningDetail } from "@/lib/screening/queries";
import { nextSection, OPTIONAL_SECTIONS, SECTION_ORDER, sectionProgress } from "@/lib/screening/rules/sections";
import { formatDateTime } from "@/lib/dates/zone";
import { describeReask, readReask } from "@/lib/screening/rules/cssrs-reask";
import { fullName } from "@/lib/people/names";
import { DraftEditor } from "./draft-editor";
import { SectionNav } from "./section-nav";
import { SubmitPreview } from "./submit-preview";

/** The recorded C-SSRS re-ask as one line with who and when, or null (ADR 0015). */
export function reaskLine(screening: Pick<ScreeningDetail, "cssrsReask" | "cssrsReaskedAt" | "cssrsReaskedBy">) {
  const record = readReask(screening.cssrsReask);
  if (!record) return null;
  return `${describeReask(record)} Recorded ${formatDateTime(screening.cssrsReaskedAt)} by ${screening.cssrsReaskedBy?.name ?? "—"}.`;
}

/** A coordinator's view of a draft: the safety banner, the sections and the current one. */
export function DraftView({
  screening,
  answers,
  step,
  notice,
}: {
  screening: ScreeningDetail;
  answers: ScreeningAnswersDraft;
  step: SectionKey | "submit";
  notice: string | null;
}) {
  const sections = SECTION_ORDER.map((section) => ({
    section,
    progress: sectionProgress(answers, section),
    optional: OPTIONAL_SECTIONS.has(section),
  }));
  const sex =
    screening.patient.sexAtBirth === "MALE" ? "male" : screening.patient.sexAtBirth === "FEMALE" ? "female" : null;
  return (
    <>
      {notice ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {notice}
        </p>
      ) : null}
      <PageHeader
        title={`Screening: ${fullName(screening.patient)}`}
        description={`Draft started ${formatDateTime(screening.createdAt)} by ${screening.createdBy.name}${screening.call ? ` · from the call of ${formatDateTime(screening.call.startedAt)}` : ""}. Each section saves on its own; come back to it any time.`}
        actions={
          <Link
            href={`/screenings/history/${screening.patient.id}`}
            className="text-sm font-medium text-brand-700 underline"
          >
            Screening history
          </Link>
        }
      />
      <DraftEditor
        key={step}
        screeningId={screening.id}
        version={screening.version}
        step={step}
        next={step === "submit" ? "submit" : nextSection(step)}
        initial={step === "submit" ? undefined : (answers[step] as never)}
        sex={sex}
        saved={{
          instrumentSetVersion: answers.instrumentSetVersion,
          ...(answers.phq9 ? { phq9: answers.phq9 } : {}),
          ...(answers.cssrs ? { cssrs: answers.cssrs } : {}),
        }}
        actionTaken={screening.safetyActionTaken}
        reask={reaskLine(screening)}
        sections={sections}
        nav={<SectionNav screeningId={screening.id} step={step} sections={sections} />}
        preview={step === "submit" ? <SubmitPreview answers={answers} /> : undefined}
      />
    </>
  );
}
