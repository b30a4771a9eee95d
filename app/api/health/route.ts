import { NextResponse } from "next/server";
import { pingDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 when it does not. No PHI, no configuration details. */
export async function GET() {
  const db = await pingDatabase();
  const body = db.ok
    ? { status: "ok", database: { status: "up", kind: db.database, latencyMs: db.latencyMs } }
    : { status: "unavailable", database: { status: "down", kind: db.database } };
  return NextResponse.json(body, { status: db.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
