import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { Badge, PageHeader } from "@/components/ui/page";
import { type Actor, can } from "@/lib/auth/actor";
import { readAsamRatings } from "@/lib/screening/rules/asam";
import { listScreeningVersions, type ScreeningDetail } from "@/lib/screening/queries";
import { readAnswers, readRecommendation, readScores } from "@/lib/screening/rules/stored";
import { formatDateTime } from "@/lib/dates/zone";
import { fullName } from "@/lib/people/names";
import { AnswersSummary } from "./answers-summary";
import { DecisionView } from "./decision-view";
import { reaskLine } from "./draft-view";
import { FlagsPanel } from "./flags-panel";
import { InstrumentResults } from "./instrument-results";
import { STATUS_LABEL } from "./labels";
import { RecommendationView } from "./recommendation-view";
import { VersionsList } from "./versions-list";

function Notice({ children, tone = "info" }: { children: React.ReactNode; tone?: "info" | "warn" }) {
  return (
    <p
      className={`mb-4 rounded-md border px-3 py-2 text-sm ${tone === "warn" ? "border-amber-300 bg-amber-50 text-amber-950" : "border-slate-300 bg-white text-slate-900"}`}
    >
      {children}
    </p>
  );
}

/** A screening read-only: result, decision, flags, answers and versions. */
export async function ScreeningResult({
  actor,
  screening,
  notice,
  hideReviewLink = false,
}: {
  actor: Actor;
  screening: ScreeningDetail;
  notice?: string | null;
  hideReviewLink?: boolean;
}) {
  const answers = readAnswers(screening.answers);
  const stored = readRecommendation(screening.recommendationReasons);
  const versions = await listScreeningVersions(actor, screening.id);
  const clinician = can(actor, "screening:review");
  const newer = screening.amendedBy?.id;
  const when = screening.submittedAt
    ? `submitted ${formatDateTime(screening.submittedAt)}`
    : `started ${formatDateTime(screening.createdAt)}`;
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
        description={
          <>
            {STATUS_LABEL[screening.status]} · {when} by {screening.createdBy.name}
          </>
        }
        actions={
          <>
            {screening.status === "SUBMITTED" && clinician && !hideReviewLink ? (
              <Link href={`/screenings/${screening.id}/review`} className={buttonClass()}>
                Review and sign
              </Link>
            ) : null}
            {screening.status === "REVIEWED" && clinician ? (
              <Link href={`/screenings/${screening.id}/amend`} className={buttonClass("secondary")}>
                Amend
              </Link>
            ) : null}
            {screening.status !== "DRAFT" ? (
              <Link href={`/screenings/${screening.id}/print`} className={buttonClass("secondary")}>
                Printable summary
              </Link>
            ) : null}
            <Link href={`/screenings/history/${screening.patient.id}`} className={buttonClass("secondary")}>
              History
            </Link>
          </>
        }
      />
      {screening.status === "DRAFT" ? (
        <Notice tone="warn">
          A draft in progress: only a coordinator can edit it. Scores appear as sections are completed.
        </Notice>
      ) : null}
      {screening.status === "SUBMITTED" && !clinician ? (
        <Notice>Awaiting clinical review. Only a clinician can review and sign this screening.</Notice>
      ) : null}
      {screening.status === "AMENDED" ? (
        <Notice tone="warn">
          This version was corrected by an amendment and is kept as it was signed.{" "}
          {newer ? (
            <Link className="font-semibold underline" href={`/screenings/${newer}`}>
              See the current version
            </Link>
          ) : null}
        </Notice>
      ) : null}
      {screening.amendmentReason ? <Notice>This is an amendment. Reason: {screening.amendmentReason}</Notice> : null}
      <div className="space-y-6">
        <FlagsPanel
          flags={screening.safetyFlags}
          risk={screening.safetyRisk}
          actionTaken={screening.safetyActionTaken}
          canResolve={clinician}
        />
        {reaskLine(screening) ? <Notice>{reaskLine(screening)}</Notice> : null}
        {answers === null ? (
          <Notice tone="warn">
            These answers were given against instrument set {screening.instrumentSetVersion} and cannot be shown here.
          </Notice>
        ) : null}
        {/* Once signed, the clinical decision leads; after an override the recommendation follows as
            what the rules suggested. */}
        {screening.finalLevel ? (
          <DecisionView
            finalLevel={screening.finalLevel}
            recommendedLevel={screening.recommendedLevel}
            overrideReason={screening.overrideReason}
            asam={readAsamRatings(screening.asamRatings)}
            reviewer={screening.reviewedBy?.name ?? null}
            reviewedAt={screening.reviewedAt}
          />
        ) : null}
        {screening.recommendedLevel && answers ? (
          <RecommendationView
            level={screening.recommendedLevel}
            stored={stored}
            answers={answers}
            {...(screening.overrideReason
              ? { title: "Recommended level of care: what the rules suggested", secondary: true }
              : {})}
          />
        ) : null}
        {answers ? (
          <>
            <section aria-labelledby="instruments-title">
              <h2 id="instruments-title" className="mb-3 text-lg font-semibold">
                Instruments <Badge>scored by the server from the item answers</Badge>
              </h2>
              <InstrumentResults answers={answers} scores={readScores(screening.scores)} />
            </section>
            <section aria-labelledby="answers-title">
              <h2 id="answers-title" className="mb-3 text-lg font-semibold">
                Other answers
              </h2>
              <AnswersSummary answers={answers} />
            </section>
          </>
        ) : null}
        <VersionsList versions={versions} currentId={screening.id} />
      </div>
    </>
  );
}
