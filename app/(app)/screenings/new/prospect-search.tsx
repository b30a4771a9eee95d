"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { EmptyState } from "@/components/ui/page";
import { findProspectsAction } from "../actions";
import { StartForm } from "./start-form";

/** Find a prospect by name (POST: the name never goes into a URL), then start their screening. */
export function ProspectSearch() {
  const [state, action] = useActionState(findProspectsAction, null);
  const people = state?.ok ? (state.data ?? []) : null;
  return (
    <div className="space-y-4">
      <ActionForm action={action} aria-label="Find a prospect" className="flex flex-wrap items-end gap-3">
        <div className="w-full max-w-sm">
          <TextField
            label="Prospect's name"
            name="name"
            autoComplete="off"
            errors={state && !state.ok ? state.fieldErrors.name : undefined}
            hint="First or last name, or both."
          />
        </div>
        <SubmitButton variant="secondary" pendingLabel="Searching…">
          Find
        </SubmitButton>
      </ActionForm>
      {state && !state.ok && !state.fieldErrors.name ? <FormMessage state={state} /> : null}
      {people === null ? null : people.length === 0 ? (
        <EmptyState title="Nobody by that name">
          Check the spelling, or log the call first to create a prospect.
        </EmptyState>
      ) : (
        <ul
          aria-label="Matching people"
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
        >
          {people.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <span>
                <span className="font-medium">{p.name}</span>
                <span className="block text-xs text-slate-600">
                  {p.stage} · first contact {p.since}
                </span>
              </span>
              <StartForm patientId={p.id} label={`Start screening for ${p.name}`} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
