import { cookies } from "next/headers";
import { requireActor } from "@/lib/auth/session";
import { exportCalls } from "@/lib/calls/export";
import { CallFilterSchema, SEARCH_COOKIE } from "@/lib/calls/schemas";
import { errorResponse } from "@/lib/http/error-response";
import { assertSameOrigin } from "@/lib/http/same-origin";

/** POST (not GET): the filters may carry a search term, which must not sit in a URL or a log. */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const actor = await requireActor("call:export");
    const form = await request.formData();
    const fields = Object.fromEntries(
      [...form.entries()].filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""),
    );
    const q = (await cookies()).get(SEARCH_COOKIE)?.value;
    const filter = CallFilterSchema.parse({ ...fields, q, after: undefined });
    const { chunks } = await exportCalls(actor, filter);
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="calls-${day}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
