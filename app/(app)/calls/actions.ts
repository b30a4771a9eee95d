"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { completeCallback, reassignCallback } from "@/lib/calls/callbacks";
import { linkCall } from "@/lib/calls/link-call";
import { logCall } from "@/lib/calls/log-call";
import { lookupCaller } from "@/lib/calls/queries";
import {
  CompleteCallbackSchema,
  LinkCallSchema,
  LogCallSchema,
  LookupCallerSchema,
  ReassignCallbackSchema,
  SEARCH_COOKIE,
  SearchSchema,
  UpdateCallSchema,
} from "@/lib/calls/schemas";
import { updateCall } from "@/lib/calls/update-call";
import { formatDateTime } from "@/lib/dates/zone";

export const logCallAction = defineAction({
  name: "call.log",
  permission: "call:write",
  schema: LogCallSchema,
  run: logCall,
  done: (r) => redirect(`/calls/${r.callId}?saved=${r.merged ? "merged" : "logged"}`),
});

export const updateCallAction = defineAction({
  name: "call.update",
  permission: "call:write",
  schema: UpdateCallSchema,
  run: updateCall,
  done: (r) => {
    revalidatePath(`/calls/${r.callId}`);
    return { message: "Changes saved.", data: { version: r.version } };
  },
});

export const linkCallAction = defineAction({
  name: "call.link",
  permission: "call:write",
  schema: LinkCallSchema,
  run: linkCall,
  done: () => {
    revalidatePath("/calls");
    return { message: "Call linked." };
  },
});

/** A read, so a POST action rather than a URL: the phone number must not appear in a URL. */
export const lookupCallerAction = defineAction({
  name: "call.lookup",
  permission: "call:read",
  schema: LookupCallerSchema,
  run: (actor, input) => lookupCaller(actor, input.phone),
  // Times are formatted here, in the center's time zone, not in the browser's.
  done: (r) => ({
    data: r ? { ...r, calls: r.calls.map((c) => ({ ...c, when: formatDateTime(c.startedAt) })) } : null,
  }),
});

export const completeCallbackAction = defineAction({
  name: "callback.complete",
  permission: "callback:write",
  schema: CompleteCallbackSchema,
  run: completeCallback,
  done: () => {
    revalidatePath("/calls/callbacks");
    return { message: "Callback logged." };
  },
});

export const reassignCallbackAction = defineAction({
  name: "callback.reassign",
  permission: "callback:write",
  schema: ReassignCallbackSchema,
  run: reassignCallback,
  done: () => {
    revalidatePath("/calls/callbacks");
    return { message: "Callback reassigned." };
  },
});

/**
 * The list's search term (a name or a number) is PHI, so it travels in a short-lived HttpOnly
 * cookie scoped to /calls, never in the URL.
 */
export const searchCallsAction = defineAction({
  name: "call.search",
  permission: "call:read",
  schema: SearchSchema,
  run: async (_actor, input) => {
    const jar = await cookies();
    if (input.q)
      jar.set(SEARCH_COOKIE, input.q, {
        httpOnly: true,
        sameSite: "strict",
        path: "/calls",
        maxAge: 15 * 60,
        secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
      });
    else jar.delete({ name: SEARCH_COOKIE, path: "/calls" });
  },
  done: () => redirect("/calls"),
});
