import { NextResponse } from "next/server";
import { requireActor } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/error-response";
import { loadUnloggedNow } from "@/app/(app)/calls/_components/live-calls-data";

export const dynamic = "force-dynamic";

/** The unlogged and ringing calls as JSON, re-read when the live channel announces a call. */
export async function GET() {
  try {
    const actor = await requireActor("call:write");
    return NextResponse.json(await loadUnloggedNow(actor), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
