"use client";

import { useActionState } from "react";
import { ActionForm, FormMessage, SelectField, SubmitButton } from "@/components/ui/form";
import type { ActionState } from "@/lib/action";
import { changeRoleAction, endSessionsAction, resetPasswordAction, setActiveAction, unlockAction } from "../actions";
import { TemporaryPassword } from "../_components/temporary-password";
import { ROLE_OPTIONS } from "../new/new-user-form";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

function OneClick<T>({
  action,
  userId,
  label,
  pendingLabel,
  variant,
  extra,
  description,
  disabled,
}: {
  action: Action<T>;
  userId: string;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  extra?: Record<string, string>;
  description: string;
  disabled?: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  const data = state?.ok ? (state.data as { temporaryPassword?: string } | undefined) : undefined;
  return (
    <ActionForm action={formAction} className="space-y-2 border-t border-slate-100 pt-4 first:border-t-0 first:pt-0">
      <input type="hidden" name="userId" value={userId} />
      {Object.entries(extra ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <p className="text-sm text-slate-600">{description}</p>
      <SubmitButton variant={variant ?? "secondary"} pendingLabel={pendingLabel} disabled={disabled}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
      {data?.temporaryPassword ? <TemporaryPassword value={data.temporaryPassword} /> : null}
    </ActionForm>
  );
}

export function UserActions({
  user,
}: {
  user: { id: string; role: string; active: boolean; locked: boolean; isSelf: boolean };
}) {
  const [roleState, roleAction] = useActionState(changeRoleAction, null);
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5" aria-labelledby="actions-title">
      <h2 id="actions-title" className="font-semibold">
        Actions
      </h2>
      <ActionForm action={roleAction} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="userId" value={user.id} />
        <div className="min-w-56">
          <SelectField
            label="Role"
            name="role"
            defaultValue={user.role}
            options={ROLE_OPTIONS}
            errors={roleState && !roleState.ok ? roleState.fieldErrors.role : undefined}
          />
        </div>
        <SubmitButton pendingLabel="Saving…">Change role</SubmitButton>
        <div className="w-full">
          <FormMessage state={roleState} />
        </div>
      </ActionForm>
      <OneClick
        action={resetPasswordAction}
        userId={user.id}
        label="Reset password"
        pendingLabel="Resetting…"
        description="Sets a new temporary password, ends their sessions, and asks them to choose a password at next sign-in."
      />
      {/* Always rendered (disabled when not locked) so its result message survives the refresh. */}
      <OneClick
        action={unlockAction}
        userId={user.id}
        label="Unlock sign-in"
        pendingLabel="Unlocking…"
        disabled={!user.locked}
        description={user.locked ? "Sign-in is paused after repeated failed attempts." : "Sign-in is not locked."}
      />
      <OneClick
        action={endSessionsAction}
        userId={user.id}
        label="End all sessions"
        pendingLabel="Ending…"
        description="Signs them out on every device at their next click."
      />
      {user.isSelf ? null : user.active ? (
        <OneClick
          action={setActiveAction}
          userId={user.id}
          extra={{ active: "false" }}
          variant="danger"
          label="Deactivate account"
          pendingLabel="Deactivating…"
          description="They are signed out at once and cannot sign in. Their history stays."
        />
      ) : (
        <OneClick
          action={setActiveAction}
          userId={user.id}
          extra={{ active: "true" }}
          label="Reactivate account"
          pendingLabel="Reactivating…"
          description="They can sign in again with their password."
        />
      )}
    </section>
  );
}
