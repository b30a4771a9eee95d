"use client";

import { useState, type ReactNode } from "react";
import type { ScreeningAnswersDraft, SectionKey } from "@/lib/screening/rules/answers-schema";
import { SafetyBanner } from "./safety-banner";
import { SectionForm } from "./section-form";
import type { SectionValue } from "./section-fields";
import { SubmitPanel, type SectionStatus } from "./submit-panel";

/**
 * The draft workspace: the safety banner on top (fed by the answers as they are given), the
 * section list, and the current section or the submit step. The concurrency version is shared:
 * each save returns the next one, and a server re-render can only raise it.
 */
export function DraftEditor(props: {
  screeningId: string;
  version: number;
  step: SectionKey | "submit";
  next: SectionKey | "submit";
  initial: SectionValue | undefined;
  sex: "male" | "female" | null;
  saved: Pick<ScreeningAnswersDraft, "phq9" | "cssrs" | "instrumentSetVersion">;
  actionTaken: string | null;
  /** The recorded C-SSRS re-ask, as a line, or null. */
  reask: string | null;
  sections: SectionStatus[];
  nav: ReactNode;
  /** On the submit step: scores, safety and the recommendation before submitting. */
  preview?: ReactNode;
}) {
  const [localVersion, setLocalVersion] = useState(props.version);
  const version = Math.max(localVersion, props.version);
  const [live, setLive] = useState<Partial<ScreeningAnswersDraft>>({});
  const [submitErrors, setSubmitErrors] = useState<Record<string, string[]>>({});
  const step = props.step;
  return (
    <>
      <SafetyBanner
        screeningId={props.screeningId}
        version={version}
        saved={props.saved}
        live={live}
        actionTaken={props.actionTaken}
        reask={props.reask}
        canRecord
        actionErrors={submitErrors.safetyActionTaken}
        onSaved={setLocalVersion}
      />
      <div className="grid gap-6 lg:grid-cols-[17rem_1fr]">
        <nav aria-label="Screening sections">{props.nav}</nav>
        <div>
          {step === "submit" ? (
            <SubmitPanel
              screeningId={props.screeningId}
              version={version}
              sections={props.sections}
              preview={props.preview}
              onErrors={setSubmitErrors}
            />
          ) : (
            <SectionForm
              screeningId={props.screeningId}
              version={version}
              section={step}
              initial={props.initial}
              next={props.next}
              sex={props.sex}
              onLive={(value) => {
                if (step === "phq9" || step === "cssrs") setLive({ [step]: value });
              }}
              onSaved={setLocalVersion}
            />
          )}
        </div>
      </div>
    </>
  );
}
