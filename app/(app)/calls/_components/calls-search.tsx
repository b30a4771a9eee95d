"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SubmitButton } from "@/components/ui/form";
import { searchCallsAction } from "../actions";

/** Search by name or number; the term stays out of the URL (it is PHI). */
export function CallsSearch({ current }: { current: string }) {
  const [state, action] = useActionState(searchCallsAction, null);
  return (
    <ActionForm action={action} className="mb-4 flex flex-wrap items-end gap-2" role="search" aria-label="Search calls">
      <div className="min-w-64 flex-1">
        <label htmlFor="calls-q" className="block text-sm font-medium">
          Search by name or phone number
        </label>
        <input
          id="calls-q"
          name="q"
          type="search"
          defaultValue={current}
          maxLength={80}
          autoComplete="off"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
      </div>
      <SubmitButton pendingLabel="Searching…">Search</SubmitButton>
      {current ? (
        <button
          type="button"
          className="px-2 py-2 text-sm text-brand-700 underline"
          onClick={(e) => {
            const form = e.currentTarget.form;
            const input = form?.querySelector<HTMLInputElement>("#calls-q");
            if (input) input.value = "";
            form?.requestSubmit();
          }}
        >
          Clear search
        </button>
      ) : null}
      <div className="w-full">
        <FormMessage state={state} />
      </div>
    </ActionForm>
  );
}
