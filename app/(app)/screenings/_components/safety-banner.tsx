"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SubmitButton, TextAreaField } from "@/components/ui/form";
import type { ActionState } from "@/lib/action";
import type { ScreeningAnswersDraft } from "@/lib/screening/rules/answers-schema";
import { describeAnswer } from "@/lib/screening/rules/describe";
import { assessSafety, SAFETY_RISKS } from "@/lib/screening/rules/safety";
import { recordSafetyActionAction } from "../actions";
import { CssrsReaskForm } from "./cssrs-reask-form";

type SafetyAnswers = Pick<ScreeningAnswersDraft, "phq9" | "cssrs" | "instrumentSetVersion">;
const rank = (r: (typeof SAFETY_RISKS)[number]) => SAFETY_RISKS.indexOf(r);

/**
 * The unmissable safety banner: it appears as soon as a positive PHQ-9
 * item 9 or any C-SSRS yes is given — before saving — with the protocol for that level, and
 * records the action taken, which a HIGH risk needs before submission.
 */
export function SafetyBanner({
  screeningId,
  version,
  saved,
  live,
  actionTaken,
  reask = null,
  canRecord,
  actionErrors,
  onSaved,
}: {
  screeningId: string;
  version: number;
  saved: SafetyAnswers;
  live: Partial<SafetyAnswers>;
  actionTaken: string | null;
  /** The recorded C-SSRS re-ask after a positive PHQ-9 item 9 (ADR 0015), as a line. */
  reask?: string | null;
  canRecord: boolean;
  actionErrors?: string[] | undefined;
  onSaved: (version: number) => void;
}) {
  const [state, action] = useActionState(async (previous: ActionState<{ version: number }>, formData: FormData) => {
    const result = await recordSafetyActionAction(previous, formData);
    if (result?.ok && result.data) onSaved(result.data.version);
    return result;
  }, null);
  const reasked = { cssrsReasked: reask !== null };
  const savedAssessment = assessSafety(saved, reasked);
  const liveAssessment = assessSafety({ ...saved, ...live }, reasked);
  const shown = rank(liveAssessment.risk) >= rank(savedAssessment.risk) ? liveAssessment : savedAssessment;
  if (shown.risk === "NONE") return null;
  const answers = { ...saved, ...live } as ScreeningAnswersDraft;
  const severe = shown.risk === "HIGH" || shown.risk === "MODERATE";
  const errors = state && !state.ok ? state.fieldErrors.safetyActionTaken : actionErrors;
  return (
    <div
      className={`mb-6 rounded-lg border-4 p-5 ${severe ? "border-red-700 bg-red-50 text-red-950" : "border-amber-600 bg-amber-50 text-amber-950"}`}
    >
      <div role="alert">
        <h2 className="text-xl font-bold">
          <span aria-hidden="true">⚠ </span>
          {shown.protocol.title}
        </h2>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {shown.flags.map((flag) => (
            <li key={flag.source}>
              <strong>{flag.text}</strong>{" "}
              {flag.answers
                .map((path) => describeAnswer(answers, path))
                .filter(Boolean)
                .map((d) => `${d!.question} — ${d!.answer}`)
                .join("; ")}
            </li>
          ))}
        </ul>
        <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm font-medium">
          {shown.protocol.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {rank(liveAssessment.risk) > rank(savedAssessment.risk) ? (
          <p className="mt-3 text-sm font-semibold">
            Not saved yet: save this section now to raise the flag for the clinical team.
          </p>
        ) : (
          <p className="mt-3 text-sm">
            A safety flag is open for the clinical team and shows on the dashboard until a clinician resolves it.
          </p>
        )}
      </div>
      {reask ? <p className="mt-3 text-sm font-semibold">{reask}</p> : null}
      {canRecord && savedAssessment.cssrsReaskDue ? (
        <CssrsReaskForm screeningId={screeningId} version={version} onSaved={onSaved} />
      ) : null}
      {canRecord && severe ? (
        <ActionForm
          hidden={{ screeningId, expectedVersion: version }}
          action={action}
          aria-label="Record the action taken"
          className="mt-4 space-y-2"
        >
          <TextAreaField
            label={`Action taken${shown.protocol.actionRequiredBeforeSubmit ? " (required before submitting)" : ""}`}
            name="safetyActionTaken"
            defaultValue={actionTaken ?? ""}
            placeholder="e.g. Warm handoff to 988 at 10:42, stayed on the line; clinician on duty notified."
            errors={errors}
          />
          <div className="flex items-center gap-3">
            <SubmitButton variant="danger" pendingLabel="Saving…">
              Save action taken
            </SubmitButton>
            {actionTaken ? <span className="text-sm">Recorded.</span> : null}
          </div>
          <FormMessage state={state} />
        </ActionForm>
      ) : actionTaken ? (
        <p className="mt-3 text-sm">
          <strong>Action taken:</strong> {actionTaken}
        </p>
      ) : null}
    </div>
  );
}
