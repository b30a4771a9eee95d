"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { formatPhone } from "@/lib/phone";
import { createPhoneLine, setMainPhoneLine, setPhoneLineActive, updatePhoneLine } from "@/lib/settings/phone-lines";
import {
  CreatePhoneLineSchema,
  SetMainPhoneLineSchema,
  SetPhoneLineActiveSchema,
  UpdatePhoneLineSchema,
} from "@/lib/settings/schemas";

function refresh() {
  revalidatePath("/admin/phone-lines");
}

export const createPhoneLineAction = defineAction({
  name: "settings.phone-line.create",
  permission: "settings:manage",
  schema: CreatePhoneLineSchema,
  run: createPhoneLine,
  done: (line) => {
    refresh();
    return { message: `Added ${formatPhone(line.number)}${line.isMain ? " as the main line" : ""}.` };
  },
});

export const updatePhoneLineAction = defineAction({
  name: "settings.phone-line.update",
  permission: "settings:manage",
  schema: UpdatePhoneLineSchema,
  run: updatePhoneLine,
  done: (r) => {
    refresh();
    return { message: r.changed ? `Saved ${formatPhone(r.line.number)}.` : "Nothing changed." };
  },
});

export const setPhoneLineActiveAction = defineAction({
  name: "settings.phone-line.set-active",
  permission: "settings:manage",
  schema: SetPhoneLineActiveSchema,
  run: setPhoneLineActive,
  done: (r) => {
    refresh();
    if (!r.changed) return { message: r.active ? "The line was already active." : "The line was already inactive." };
    return { message: r.active ? "Line reactivated." : "Line deactivated. It stays on the calls that came in on it." };
  },
});

export const setMainPhoneLineAction = defineAction({
  name: "settings.phone-line.set-main",
  permission: "settings:manage",
  schema: SetMainPhoneLineSchema,
  run: setMainPhoneLine,
  done: () => {
    refresh();
    return { message: "This is now the main line." };
  },
});
