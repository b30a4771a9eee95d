import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/error-response";
import { flagBadgeCount, listMyNotifications } from "@/lib/safety-flags/queries";
import { parseFlagView } from "@/lib/safety-flags/rules/visibility";
import { loadFlagList, loadWorklist } from "@/app/(app)/safety-flags/_components/load";
import { presentNotifications } from "@/app/(app)/safety-flags/_components/present";

export const dynamic = "force-dynamic";

/**
 * The flag worklist as JSON, for screens that re-read it when the live channel announces a change
 * (docs/decisions/0016-live-updates.md): `format=groups` (the dashboard), `format=badge` (the nav
 * count), `format=notifications` (the signed-in user's unread ones), or the list of one filter. Scope and audit as the pages (lib/safety-flags/queries.ts).
 */
export async function GET(request: Request) {
  try {
    const actor = await requireActor("safety-flag:read");
    const params = new URL(request.url).searchParams;
    const format = params.get("format");
    const body =
      format === "badge"
        ? { count: await flagBadgeCount(actor) }
        : format === "notifications"
          ? { notifications: presentNotifications(await listMyNotifications(actor)) }
          : format === "groups"
            ? await loadWorklist(actor)
            : await loadFlagList(actor, parseFlagView(params.get("view")));
    return NextResponse.json(body, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
