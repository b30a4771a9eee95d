"use client";

import { useState } from "react";
import { Fields, SelectField, TextField } from "@/components/ui/form";
import {
  CARE_LEVEL_LABELS,
  CARE_LEVELS,
  careLevelTitle,
  DISCHARGE_REASON_LABELS,
  isHighIntensity,
  labelTitle,
  MANUAL_DISCHARGE_REASONS,
  PROGRAM_TRACK_LABELS,
  PROGRAM_TRACKS,
  TRANSITION_KIND_LABELS,
  transitionKind,
  WEEKDAY_LABELS,
  WEEKDAYS,
} from "@/lib/care/rules/levels";
import type { CareLevel } from "@/lib/generated/prisma/enums";
import { admitAction, dischargeAction, planTransitionAction, recordAttendanceAction } from "../../actions";
import { expectedLengthField, pastDayField } from "../../../_components/care-fields";
import { CareForm, TextArea } from "./care-form";

export interface ProgramOption {
  id: string;
  name: string;
  level: CareLevel;
  expectedLengthDays: number;
}

/** The program picker for a level, or a clear sentence when there is none to pick. */
function ProgramSelect({
  label,
  name,
  programs,
  level,
  errors,
}: {
  label: string;
  name: string;
  programs: ProgramOption[];
  level: CareLevel;
  errors?: string[];
}) {
  const atLevel = programs.filter((p) => p.level === level);
  if (atLevel.length === 0) {
    return (
      <p className="self-end text-sm text-amber-900" role="note">
        No active {CARE_LEVEL_LABELS[level]} program yet. An administrator adds programs under Admin → Programs.
      </p>
    );
  }
  return (
    <SelectField
      label={label}
      name={name}
      errors={errors}
      options={atLevel.map((p) => ({ value: p.id, label: `${p.name} (${p.expectedLengthDays} days)` }))}
    />
  );
}

export function AdmitForm({
  patientId,
  version,
  programs,
  today,
}: {
  patientId: string;
  version: number;
  programs: ProgramOption[];
  today: string;
}) {
  const [level, setLevel] = useState<CareLevel>(programs[0]?.level ?? "RESIDENTIAL");
  return (
    <CareForm
      title="Admit"
      action={admitAction}
      hidden={{ patientId, expectedVersion: version }}
      submitLabel="Admit"
      pendingLabel="Admitting…"
    >
      {(errors) => (
        <>
          <SelectField
            label="Level of care"
            name="level"
            value={level}
            onChange={(e) => setLevel(e.target.value as CareLevel)}
            errors={errors.level}
            options={CARE_LEVELS.map((l) => ({ value: l, label: careLevelTitle(l) }))}
          />
          <ProgramSelect
            key={level}
            label="Program"
            name="programId"
            programs={programs}
            level={level}
            errors={errors.programId}
          />
          <Fields
            errors={errors}
            fields={[
              pastDayField("Admission date", "startDate", today),
              expectedLengthField("Leave blank for the program's default."),
            ]}
          />
        </>
      )}
    </CareForm>
  );
}

export function PlanTransitionForm({
  episode,
  programs,
  today,
}: {
  episode: { id: string; version: number; level: CareLevel };
  programs: ProgramOption[];
  today: string;
}) {
  const targets = CARE_LEVELS.filter((l) => transitionKind(episode.level, l) !== null);
  const [toLevel, setToLevel] = useState<CareLevel>(targets.includes("IOP") ? "IOP" : (targets[0] ?? "OUTPATIENT"));
  const dayProgram = toLevel === "IOP" || toLevel === "PHP";
  return (
    <CareForm
      title="Plan a step-down or step-up"
      action={planTransitionAction}
      hidden={{ episodeId: episode.id, expectedVersion: episode.version }}
      submitLabel="Plan transition"
      pendingLabel="Planning…"
    >
      {(errors) => (
        <>
          <SelectField
            label="Move to"
            name="toLevel"
            value={toLevel}
            onChange={(e) => setToLevel(e.target.value as CareLevel)}
            errors={errors.toLevel}
            options={targets.map((l) => ({
              value: l,
              label: `${careLevelTitle(l)} (${TRANSITION_KIND_LABELS[transitionKind(episode.level, l) ?? "STEP_DOWN"]})`,
            }))}
          />
          <ProgramSelect
            key={toLevel}
            label="Receiving program"
            name="toProgramId"
            programs={programs}
            level={toLevel}
            errors={errors.toProgramId}
          />
          <TextField
            label="Planned first session"
            name="plannedDate"
            type="date"
            defaultValue={today}
            required
            errors={errors.plannedDate}
          />
          {dayProgram ? (
            <>
              <SelectField
                label="Track"
                name="track"
                errors={errors.track}
                options={[
                  { value: "", label: toLevel === "IOP" ? "Choose…" : "Not set" },
                  ...PROGRAM_TRACKS.map((t) => ({ value: t, label: PROGRAM_TRACK_LABELS[t] })),
                ]}
              />
              <fieldset
                className="md:col-span-2"
                aria-describedby={errors.scheduleDays ? `schedule-error-${episode.id}` : undefined}
              >
                <legend className="text-sm font-medium text-slate-800">
                  Session days{toLevel === "IOP" ? "" : " (optional)"}
                </legend>
                <div className="mt-1 flex flex-wrap gap-3">
                  {WEEKDAYS.map((d) => (
                    <label key={d} className="flex items-center gap-1 text-sm">
                      <input type="checkbox" name="scheduleDays" value={d} className="h-4 w-4" />
                      {WEEKDAY_LABELS[d]}
                    </label>
                  ))}
                </div>
                {errors.scheduleDays ? (
                  <p id={`schedule-error-${episode.id}`} className="text-sm text-red-700">
                    {errors.scheduleDays.join(" ")}
                  </p>
                ) : null}
              </fieldset>
            </>
          ) : null}
        </>
      )}
    </CareForm>
  );
}

export function DischargeForm({
  episode,
  today,
}: {
  episode: { id: string; version: number; level: CareLevel };
  today: string;
}) {
  const needsPlan = isHighIntensity(episode.level);
  return (
    <CareForm
      title={`Discharge from ${CARE_LEVEL_LABELS[episode.level]}`}
      action={dischargeAction}
      hidden={{ episodeId: episode.id, expectedVersion: episode.version }}
      submitLabel="Discharge"
      pendingLabel="Discharging…"
      variant="danger"
    >
      {(errors) => (
        <>
          <SelectField
            label="Discharge reason"
            name="reason"
            errors={errors.reason}
            options={[
              { value: "", label: "Choose…" },
              ...MANUAL_DISCHARGE_REASONS.map((r) => ({
                value: r,
                label: labelTitle(DISCHARGE_REASON_LABELS[r]),
              })),
            ]}
          />
          <Fields errors={errors} fields={[pastDayField("Discharge date", "dischargeDate", today)]} />
          <TextArea label="Aftercare plan" name="aftercarePlan" errors={errors.aftercarePlan} />
          <TextArea
            label={needsPlan ? "Follow-up plan (required)" : "Follow-up plan"}
            name="followUpPlan"
            required={needsPlan}
            hint={
              needsPlan
                ? "Leaving 24-hour care without a step-down: who sees the patient next, and when. To leave for a planned step-down, use the transition instead."
                : undefined
            }
            errors={errors.followUpPlan}
          />
        </>
      )}
    </CareForm>
  );
}

export function AttendanceForm({ episodeId, today }: { episodeId: string; today: string }) {
  return (
    <CareForm
      title="Record an attended session"
      action={recordAttendanceAction}
      hidden={{ episodeId }}
      submitLabel="Record session"
      pendingLabel="Recording…"
      variant="secondary"
    >
      {(errors) => <Fields errors={errors} fields={[pastDayField("Session date", "date", today)]} />}
    </CareForm>
  );
}
