import { requireActor } from "@/lib/auth/session";
import { errorResponse } from "@/lib/http/error-response";
import { eventsSince, latestEventId, subscribe } from "@/lib/live/hub";
import { formatSse, parseCursor, type LiveEventRow } from "@/lib/live/rules/audience";

export const dynamic = "force-dynamic";

/** A stream lives this long; the browser reconnects at once, so the session is re-checked often. */
const STREAM_MS = 55_000;
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events: what changed (ids only), for the signed-in user's eyes
 * (docs/decisions/0016-live-updates.md). A reconnecting browser sends `Last-Event-ID` (or
 * `?since=`) and first receives what it missed. Reading it changes nothing (X7) and, sent as
 * background traffic, does not count as activity (S2).
 */
export async function GET(request: Request) {
  try {
    const actor = await requireActor(undefined);
    const url = new URL(request.url);
    const since = parseCursor(request.headers.get("last-event-id")) ?? parseCursor(url.searchParams.get("since"));
    const recipient = { id: actor.id, role: actor.role };
    const encoder = new TextEncoder();
    let cleanup = () => {};
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        let last = since ?? (await latestEventId());
        let closed = false;
        const write = (text: string) => {
          if (!closed) controller.enqueue(encoder.encode(text));
        };
        const send = (event: LiveEventRow) => {
          if (event.id <= last) return;
          last = event.id;
          write(formatSse(event));
        };
        const unsubscribe = subscribe({ recipient, send });
        const heartbeat = setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_MS);
        const end = setTimeout(() => cleanup(), STREAM_MS);
        cleanup = () => {
          if (closed) return;
          closed = true;
          clearInterval(heartbeat);
          clearTimeout(end);
          unsubscribe();
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        };
        request.signal.addEventListener("abort", () => cleanup());
        write(`retry: 2000\nid: ${last.toString()}\nevent: ready\ndata: {}\n\n`);
        if (since !== null) for (const event of await eventsSince(since, recipient)) send(event);
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
