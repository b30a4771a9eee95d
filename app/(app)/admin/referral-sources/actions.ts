"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { createReferralSource, setReferralSourceActive, updateReferralSource } from "@/lib/settings/referral-sources";
import {
  CreateReferralSourceSchema,
  SetReferralSourceActiveSchema,
  UpdateReferralSourceSchema,
} from "@/lib/settings/schemas";

function refresh() {
  revalidatePath("/admin/referral-sources");
}

export const createReferralSourceAction = defineAction({
  name: "settings.referral-source.create",
  permission: "settings:manage",
  schema: CreateReferralSourceSchema,
  run: createReferralSource,
  done: (source) => {
    refresh();
    return { message: `Added ${source.name}.` };
  },
});

export const updateReferralSourceAction = defineAction({
  name: "settings.referral-source.update",
  permission: "settings:manage",
  schema: UpdateReferralSourceSchema,
  run: updateReferralSource,
  done: (r) => {
    refresh();
    return { message: r.changed ? `Saved ${r.source.name}.` : "Nothing changed." };
  },
});

export const setReferralSourceActiveAction = defineAction({
  name: "settings.referral-source.set-active",
  permission: "settings:manage",
  schema: SetReferralSourceActiveSchema,
  run: setReferralSourceActive,
  done: (r) => {
    refresh();
    if (!r.changed)
      return { message: r.active ? "The source was already active." : "The source was already inactive." };
    return {
      message: r.active
        ? "Source reactivated."
        : "Source deactivated. It stays on the calls and patients it was recorded for.",
    };
  },
});
