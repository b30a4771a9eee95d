"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { acknowledgeFlag } from "@/lib/safety-flags/acknowledge-flag";
import { markMyNotificationsRead } from "@/lib/safety-flags/queries";
import { AcknowledgeFlagSchema, MarkNotificationsReadSchema } from "@/lib/safety-flags/schemas";

export const acknowledgeFlagAction = defineAction({
  name: "safety-flag.acknowledge",
  permission: "safety-flag:acknowledge",
  schema: AcknowledgeFlagSchema,
  run: (actor, input) => acknowledgeFlag(actor, input),
  done: (r) => {
    revalidatePath("/");
    revalidatePath("/safety-flags");
    revalidatePath(`/safety-flags/${r.flagId}`);
    return { message: "Acknowledged. The flag is yours; resolve it when it is handled." };
  },
});

export const markNotificationsReadAction = defineAction({
  name: "notification.read",
  permission: "safety-flag:read",
  schema: MarkNotificationsReadSchema,
  run: markMyNotificationsRead,
  done: () => {
    revalidatePath("/", "layout");
    return { message: "Marked as read." };
  },
});
