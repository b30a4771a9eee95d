import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/lib/auth/session";
import { describeAnswer } from "@/lib/screening/rules/describe";
import { INSTRUMENTS } from "@/lib/screening/rules/instruments";
import { LEVEL_LABELS } from "@/lib/screening/rules/loc-config";
import { SCORE_FLAG_TEXT, type InstrumentScore } from "@/lib/screening/rules/score-instrument";
import type { ScreeningScores } from "@/lib/screening/rules/score-screening";
import { ASAM_DIMENSIONS, readAsamRatings } from "@/lib/screening/rules/asam";
import { readAnswers, readRecommendation, readScores } from "@/lib/screening/rules/stored";
import { formatDateTime } from "@/lib/dates/zone";
import { fullName } from "@/lib/people/names";
import { FLAG_SOURCE_LABEL, RISK_LABEL, STATUS_LABEL } from "../../_components/labels";
import { reaskLine } from "../../_components/draft-view";
import { screeningOr404 } from "../../_components/load";
import { PrintButton } from "../../_components/print-button";

export const metadata: Metadata = { title: "Screening summary" };

const ORDER: (keyof ScreeningScores)[] = ["phq9", "gad7", "auditc", "cssrs", "ciwa", "cows"];

/** A one-page summary for the clinical team (print stylesheet in app/globals.css). */
export default async function PrintScreeningPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await guardPage("/screenings/[id]/print");
  const { id } = await params;
  const s = await screeningOr404(actor, id);
  const answers = readAnswers(s.answers);
  const scores = readScores(s.scores);
  const stored = readRecommendation(s.recommendationReasons);
  const asam = readAsamRatings(s.asamRatings);
  return (
    <article className="print-summary mx-auto max-w-3xl space-y-4 bg-white p-6 text-sm">
      <div className="no-print flex items-center gap-3">
        <PrintButton />
        <Link href={`/screenings/${s.id}`} className="text-brand-700 underline">
          Back to the screening
        </Link>
      </div>
      <header>
        <h1 className="text-xl font-bold">Pre-admission screening — {fullName(s.patient)}</h1>
        <p>
          {STATUS_LABEL[s.status]} · submitted {formatDateTime(s.submittedAt)} by {s.createdBy.name}
          {s.reviewedAt ? ` · signed ${formatDateTime(s.reviewedAt)} by ${s.reviewedBy?.name ?? "—"}` : ""}
        </p>
        <p className="text-xs">
          Confidential: protected by 42 CFR Part 2 and HIPAA. Do not redisclose without written consent.
        </p>
      </header>
      <section>
        <h2 className="font-semibold">Safety: {RISK_LABEL[s.safetyRisk]}</h2>
        {s.safetyActionTaken ? <p>Action taken: {s.safetyActionTaken}</p> : null}
        {reaskLine(s) ? <p>{reaskLine(s)}</p> : null}
        {s.safetyFlags.map((f) => (
          <p key={f.id}>
            Flag: {FLAG_SOURCE_LABEL[f.source] ?? f.source} —{" "}
            {f.status === "OPEN" ? "open" : `resolved: ${f.resolution ?? ""}`}
          </p>
        ))}
      </section>
      <section>
        <h2 className="font-semibold">Instruments</h2>
        <table className="w-full border-collapse">
          <thead>
            <tr className="text-left">
              <th scope="col" className="border-b py-1 pr-4">
                Instrument
              </th>
              <th scope="col" className="border-b pr-4">
                Total
              </th>
              <th scope="col" className="border-b pr-4">
                Band
              </th>
              <th scope="col" className="border-b">
                Flags
              </th>
            </tr>
          </thead>
          <tbody>
            {ORDER.filter((k) => scores[k]).map((k) => {
              const score = scores[k] as InstrumentScore;
              const band =
                (INSTRUMENTS[k].bands as readonly { id: string; label: string }[]).find((b) => b.id === score.band)
                  ?.label ?? score.band;
              return (
                <tr key={k}>
                  <th scope="row" className="border-b py-1 pr-4 text-left font-normal">
                    {INSTRUMENTS[k].shortTitle}
                  </th>
                  <td className="border-b pr-4">{score.total ?? "—"}</td>
                  <td className="border-b pr-4">{band}</td>
                  <td className="border-b">{score.flags.map((f) => SCORE_FLAG_TEXT[f]).join(" ") || "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {s.recommendedLevel ? (
        <section>
          <h2 className="font-semibold">Recommended: {LEVEL_LABELS[s.recommendedLevel]}</h2>
          <ol className="list-decimal pl-5">
            {stored?.reasons.map((r, i) => (
              <li key={`${r.code}-${i}`}>
                {r.text}
                {answers ? (
                  <span className="text-slate-700">
                    {" "}
                    (
                    {r.answers
                      .map((p) => describeAnswer(answers, p))
                      .filter(Boolean)
                      .map((d) => `${d!.question} — ${d!.answer}`)
                      .join("; ")}
                    )
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {s.finalLevel ? (
        <section>
          <h2 className="font-semibold">Clinical decision: {LEVEL_LABELS[s.finalLevel]}</h2>
          {s.overrideReason ? <p>Override reason: {s.overrideReason}</p> : <p>Recommendation accepted.</p>}
          {asam ? (
            <p>
              ASAM ratings (clinician):{" "}
              {ASAM_DIMENSIONS.filter((d) => asam[d.id])
                .map((d) => `D${d.number} ${asam[d.id]?.rating}`)
                .join(", ")}
            </p>
          ) : null}
          {s.amendmentReason ? <p>Amendment: {s.amendmentReason}</p> : null}
        </section>
      ) : null}
      <p className="pt-6">Clinician signature: ______________________ Date: __________</p>
    </article>
  );
}
