"use client";

import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import {
  ActionForm,
  ChoiceSet,
  Fields,
  FormMessage,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "@/components/ui/form";
import type { ActionState } from "@/lib/action";
import { DISPOSITION_LABEL, options, REASON_LABEL, RELATION_LABEL } from "@/lib/calls/rules/labels";
import { CONTACT_PREFERENCES } from "@/lib/people/contact-preferences";
import { INSURANCE_FIELDS } from "../../_components/person-fields";
import { lookupCallerAction } from "../actions";
import { RepeatCaller, type Lookup } from "./repeat-caller";

export interface CallFormOptions {
  lines: { id: string; label: string; number: string; isMain: boolean }[];
  sources: { id: string; name: string }[];
  assignees: { id: string; name: string }[];
}

export interface CallFormValues {
  callId?: string;
  expectedVersion?: number;
  telephonyCallId?: string;
  phoneLineId?: string;
  direction?: string;
  startedAt?: string;
  durationMinutes?: string;
  fromNumber?: string;
  callerName?: string;
  callerRelation?: string;
  careFor?: "SELF" | "OTHER";
  careRecipientName?: string;
  reason?: string;
  referralSourceId?: string;
  insurancePayer?: string;
  insuranceMemberId?: string;
  okToLeaveVoicemail?: boolean;
  okToNameCenter?: boolean;
  okToText?: boolean;
  disposition?: string;
  notes?: string;
  patientId?: string;
}

const blank = { value: "", label: "—" };

function looksComplete(phone: string): boolean {
  return parsePhoneNumberFromString(phone, "US")?.isValid() ?? false;
}

/**
 * The call form, in the order of the conversation: who is calling, who needs care and why, how
 * they heard of us, insurance, consent for messages, what happens next. Line, direction and time
 * default to the main line, inbound and now. Ctrl+Enter saves from anywhere in the form.
 */
export function CallForm<T>({
  mode,
  action,
  values,
  formOptions,
  currentUserId,
}: {
  mode: "log" | "edit";
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  values: CallFormValues;
  formOptions: CallFormOptions;
  currentUserId: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const [clientKey] = useState(() => crypto.randomUUID());
  const [phone, setPhone] = useState(values.fromNumber ?? "");
  const [careFor, setCareFor] = useState(values.careFor ?? "SELF");
  const [disposition, setDisposition] = useState(values.disposition ?? "");
  const [patientId, setPatientId] = useState(values.patientId ?? "");
  const [createProspect, setCreateProspect] = useState(false);
  const [prefs, setPrefs] = useState({
    okToLeaveVoicemail: values.okToLeaveVoicemail ?? false,
    okToNameCenter: values.okToNameCenter ?? false,
    okToText: values.okToText ?? false,
  });
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const [, startLookup] = useTransition();
  const formRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!looksComplete(phone)) return;
    const timer = setTimeout(() => {
      startLookup(async () => {
        const fd = new FormData();
        fd.set("phone", phone);
        const result = await lookupCallerAction(null, fd);
        setLookup(result?.ok ? ((result.data as Lookup | null | undefined) ?? null) : null);
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [phone]);

  function linkTo(person: Lookup["people"][number]) {
    setPatientId(person.id);
    setCreateProspect(false);
    setPrefs({
      okToLeaveVoicemail: person.okToLeaveVoicemail,
      okToNameCenter: person.okToNameCenter,
      okToText: person.okToText,
    });
  }

  const mainLine = formOptions.lines.find((l) => l.isMain) ?? formOptions.lines[0];
  const showLookup = looksComplete(phone) ? lookup : null;

  return (
    <div
      ref={formRef}
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          formRef.current?.querySelector("form")?.requestSubmit();
        }
        if (event.altKey && event.key.toLowerCase() === "l" && showLookup?.people[0]) {
          event.preventDefault();
          linkTo(showLookup.people[0]);
        }
        if (event.altKey && event.key.toLowerCase() === "p" && mode === "log") {
          event.preventDefault();
          setPatientId("");
          setCreateProspect((v) => !v);
        }
      }}
    >
      <ActionForm
        hidden={{
          clientKey: mode === "log" ? clientKey : undefined,
          callId: values.callId,
          expectedVersion: values.expectedVersion,
          telephonyCallId: values.telephonyCallId,
          patientId: mode === "log" && patientId ? patientId : undefined,
        }}
        action={formAction}
        className="grid gap-6 lg:grid-cols-3"
        aria-label={mode === "log" ? "Log a call" : "Edit call"}
      >
        <div className="space-y-5 lg:col-span-2">
          <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
            <legend className="px-1 text-sm font-semibold text-slate-700">Caller</legend>
            <TextField
              label="Caller's phone"
              name="fromNumber"
              type="tel"
              inputMode="tel"
              autoComplete="off"
              autoFocus={mode === "log"}
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              errors={errors.fromNumber}
              hint="Any format; saved as +1 and 10 digits."
            />
            <TextField
              label="Caller's name"
              name="callerName"
              autoComplete="off"
              defaultValue={values.callerName}
              errors={errors.callerName}
            />
            <SelectField
              label="Caller is"
              name="callerRelation"
              defaultValue={values.callerRelation ?? ""}
              options={[blank, ...options(RELATION_LABEL)]}
              errors={errors.callerRelation}
            />
            <ChoiceSet
              legend="Who needs care?"
              name="careFor"
              value={careFor}
              onChange={(v) => setCareFor(v as "SELF" | "OTHER")}
              choices={[
                { value: "SELF", label: "The caller" },
                { value: "OTHER", label: "Someone else" },
              ]}
            />
            {careFor === "OTHER" ? (
              <TextField
                label="Name of the person needing care"
                name="careRecipientName"
                autoComplete="off"
                defaultValue={values.careRecipientName}
                errors={errors.careRecipientName}
              />
            ) : null}
          </fieldset>

          <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
            <legend className="px-1 text-sm font-semibold text-slate-700">Reason and referral</legend>
            <Fields
              fields={[
                {
                  kind: "select",
                  label: "Reason for calling",
                  name: "reason",
                  options: [blank, ...options(REASON_LABEL)],
                },
                {
                  kind: "select",
                  label: "How they heard about us",
                  name: "referralSourceId",
                  options: [blank, ...formOptions.sources.map((s) => ({ value: s.id, label: s.name }))],
                },
                ...INSURANCE_FIELDS,
              ]}
              values={values}
              errors={errors}
            />
          </fieldset>

          <ChoiceSet
            className="rounded-lg border border-slate-200 bg-white p-5"
            legend="Contact preferences (ask before ending the call)"
            type="checkbox"
            listClassName="mt-1 flex flex-wrap gap-x-6 gap-y-2 text-sm"
            choices={CONTACT_PREFERENCES.map(([key, label]) => ({
              name: key,
              value: "on",
              label,
              checked: prefs[key],
              onCheck: (checked: boolean) => setPrefs((p) => ({ ...p, [key]: checked })),
            }))}
          />

          <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
            <legend className="px-1 text-sm font-semibold text-slate-700">Outcome</legend>
            <SelectField
              label="Disposition"
              name="disposition"
              value={disposition}
              onChange={(e) => setDisposition(e.target.value)}
              options={[{ value: "", label: "Choose…" }, ...options(DISPOSITION_LABEL)]}
              errors={errors.disposition}
            />
            {mode === "log" ? (
              <>
                <TextField
                  label={disposition === "CALLBACK_REQUESTED" ? "Call back at" : "Call back at (optional)"}
                  name="callbackDueAt"
                  type="datetime-local"
                  errors={errors.callbackDueAt}
                />
                <SelectField
                  label="Who calls back"
                  name="callbackAssigneeId"
                  defaultValue={currentUserId}
                  options={formOptions.assignees.map((a) => ({ value: a.id, label: a.name }))}
                  errors={errors.callbackAssigneeId}
                />
              </>
            ) : null}
            <TextAreaField
              label="Notes"
              name="notes"
              rows={4}
              defaultValue={values.notes}
              errors={errors.notes}
              className="sm:col-span-2"
            />
          </fieldset>

          <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 sm:grid-cols-2">
            <legend className="px-1 text-sm font-semibold text-slate-700">Call details</legend>
            <Fields
              fields={[
                {
                  kind: "select",
                  label: "Line called",
                  name: "phoneLineId",
                  options: formOptions.lines.map((l) => ({ value: l.id, label: l.label })),
                },
                {
                  kind: "select",
                  label: "Direction",
                  name: "direction",
                  options: [
                    { value: "INBOUND", label: "Inbound" },
                    { value: "OUTBOUND", label: "Outbound" },
                  ],
                },
                { label: "Time (blank = now)", name: "startedAt", type: "datetime-local" },
                {
                  label: "Duration in minutes",
                  name: "durationMinutes",
                  type: "number",
                  min: 0,
                  max: 600,
                  step: "any",
                },
              ]}
              values={{
                ...values,
                phoneLineId: values.phoneLineId ?? mainLine?.id ?? "",
                direction: values.direction ?? "INBOUND",
              }}
              errors={errors}
            />
          </fieldset>
          {state && !state.ok && state.changedFields?.length ? (
            <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              Reload the page to see the other person&apos;s version, then make your change again.
            </p>
          ) : null}
          <FormMessage state={state} />
          <div className="flex items-center gap-3">
            <SubmitButton pendingLabel="Saving…">{mode === "log" ? "Save call" : "Save changes"}</SubmitButton>
            <span className="text-xs text-slate-500">Ctrl+Enter saves</span>
          </div>
        </div>

        <aside className="space-y-4">
          {mode === "log" ? (
            <RepeatCaller
              lookup={showLookup}
              linkedId={patientId}
              onLink={linkTo}
              onUnlink={() => setPatientId("")}
              createProspect={createProspect}
              onCreateProspect={(v) => {
                setCreateProspect(v);
                if (v) setPatientId("");
              }}
            />
          ) : null}
        </aside>
      </ActionForm>
    </div>
  );
}
