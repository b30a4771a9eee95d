"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { addShift, cancelShift, updateAckSettings } from "@/lib/safety-flags/rota";
import { AckSettingsSchema, AddShiftSchema, CancelShiftSchema } from "@/lib/safety-flags/schemas";

export const addShiftAction = defineAction({
  name: "oncall.add",
  permission: "oncall:manage",
  schema: AddShiftSchema,
  run: addShift,
  done: () => {
    revalidatePath("/admin/on-call");
    return { message: "Shift added to the rota." };
  },
});

export const cancelShiftAction = defineAction({
  name: "oncall.cancel",
  permission: "oncall:manage",
  schema: CancelShiftSchema,
  run: cancelShift,
  done: () => {
    revalidatePath("/admin/on-call");
    return { message: "Shift removed." };
  },
});

export const updateAckSettingsAction = defineAction({
  name: "safety-flag-settings.update",
  permission: "oncall:manage",
  schema: AckSettingsSchema,
  run: updateAckSettings,
  done: () => {
    revalidatePath("/admin/on-call");
    return { message: "Acknowledgement times saved. They apply to flags raised from now on." };
  },
});
