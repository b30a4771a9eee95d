import { NextResponse } from "next/server";
import { pingDatabase } from "@/lib/db/health";
import { emailHealth } from "@/lib/safety-flags/queries";

export const dynamic = "force-dynamic";

/**
 * 200 when the database answers, 503 when it does not. No PHI and no secrets: whether e-mail is
 * configured and how many e-mails wait (in-app notifications work without it).
 */
export async function GET() {
  const db = await pingDatabase();
  const email = db.ok ? await emailHealth().catch(() => null) : null;
  const body = db.ok
    ? {
        status: "ok",
        database: { status: "up", kind: db.database, latencyMs: db.latencyMs },
        email: email
          ? {
              status: email.configured ? "configured" : "not-configured",
              detail: email.configured
                ? "E-mail notifications are sent through SMTP."
                : "No SMTP server is configured (SMTP_URL): e-mails wait in the outbox; in-app notifications still work.",
              pending: email.pending,
              failed: email.failed,
            }
          : { status: "unknown" },
      }
    : { status: "unavailable", database: { status: "down", kind: db.database } };
  return NextResponse.json(body, { status: db.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
