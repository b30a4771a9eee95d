import { env } from "@/lib/env";
import { ForbiddenError } from "@/lib/errors";

/**
 * Route handlers that change state refuse a foreign Origin (docs/security.md X6). Server actions get
 * the same check from Next itself. A request without Origin (curl, same-origin GET) must carry a
 * matching Sec-Fetch-Site or come from a non-browser client with no cookies to ride on.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new ForbiddenError("Cross-site request refused.");
    }
    const configured = new URL(env().NEXTAUTH_URL).host;
    if (originHost !== host && originHost !== configured) throw new ForbiddenError("Cross-site request refused.");
    return;
  }
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new ForbiddenError("Cross-site request refused.");
}
