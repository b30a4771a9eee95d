import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import type { RequestContext } from "./actor";

type HeaderSource = { get(name: string): string | null };

/**
 * The client IP: with TRUST_PROXY the first X-Forwarded-For entry (set by the reverse proxy),
 * otherwise the last one, which Next's own server appends for the socket peer.
 */
export function clientIp(h: HeaderSource): string | null {
  const forwarded = h.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const chosen = env().TRUST_PROXY ? parts[0] : parts[parts.length - 1];
    if (chosen) return chosen.slice(0, 64);
  }
  return h.get("x-real-ip")?.slice(0, 64) ?? null;
}

export function requestContextFrom(h: HeaderSource): RequestContext {
  return {
    ip: clientIp(h),
    userAgent: h.get("user-agent")?.slice(0, 512) ?? null,
    requestId: h.get("x-request-id")?.slice(0, 64) ?? null,
  };
}

export async function currentRequestContext(): Promise<RequestContext> {
  return requestContextFrom(await headers());
}
