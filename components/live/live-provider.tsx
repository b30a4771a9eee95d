"use client";

import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";

/**
 * The live channel in the browser (docs/decisions/0016-live-updates.md): reads /api/live with
 * fetch, so the request is marked as background traffic (it does not count as activity) and can
 * carry Last-Event-ID when it reconnects. Components ask for a counter per kind and re-fetch
 * their own data when it moves.
 */
type Counters = Record<"safety-flag" | "call" | "notification", number>;

const LiveContext = createContext<Counters>({ "safety-flag": 0, call: 0, notification: 0 });

export const BACKGROUND_HEADERS = { "x-intake-background": "1" } as const;

export function LiveProvider({ children }: { children: ReactNode }) {
  const [counters, setCounters] = useState<Counters>({ "safety-flag": 0, call: 0, notification: 0 });
  const lastId = useRef<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let controller: AbortController | null = null;
    const bump = (kind: string) => {
      if (kind === "safety-flag" || kind === "call" || kind === "notification")
        setCounters((c) => ({ ...c, [kind]: c[kind] + 1 }));
    };
    const handle = (block: string) => {
      let id: string | null = null;
      let event = "message";
      let data = "";
      for (const line of block.split("\n")) {
        if (line.startsWith("id: ")) id = line.slice(4);
        else if (line.startsWith("event: ")) event = line.slice(7);
        else if (line.startsWith("data: ")) data += line.slice(6);
      }
      if (id !== null) lastId.current = id;
      if (event === "change") {
        try {
          bump((JSON.parse(data) as { kind: string }).kind);
        } catch {
          // not ours
        }
      }
    };
    const connect = async () => {
      while (!stopped) {
        controller = new AbortController();
        try {
          const response = await fetch("/api/live", {
            headers: { ...BACKGROUND_HEADERS, ...(lastId.current ? { "last-event-id": lastId.current } : {}) },
            signal: controller.signal,
            cache: "no-store",
          });
          if (response.status === 401 || response.status === 403) return;
          if (!response.ok || !response.body) throw new Error("live stream refused");
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffer = "";
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            buffer += value;
            let end = buffer.indexOf("\n\n");
            while (end >= 0) {
              handle(buffer.slice(0, end));
              buffer = buffer.slice(end + 2);
              end = buffer.indexOf("\n\n");
            }
          }
        } catch {
          if (stopped) return;
          await new Promise((r) => setTimeout(r, 2_000));
        }
      }
    };
    void connect();
    return () => {
      stopped = true;
      controller?.abort();
    };
  }, []);

  return <LiveContext.Provider value={counters}>{children}</LiveContext.Provider>;
}

/** How many events of this kind arrived since the page opened; re-fetch when it changes. */
export function useLiveCounter(kind: keyof Counters): number {
  return useContext(LiveContext)[kind];
}

/** Fetches JSON as background traffic whenever the live counter of `kind` moves. */
export function useLiveJson<T>(url: string, kind: keyof Counters | (keyof Counters)[], initial: T): T {
  const kinds = Array.isArray(kind) ? kind : [kind];
  const counters = useContext(LiveContext);
  const key = kinds.map((k) => counters[k]).join(",");
  const [data, setData] = useState<T>(initial);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let cancelled = false;
    void fetch(url, { headers: BACKGROUND_HEADERS, cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<T>) : null))
      .then((json) => {
        if (!cancelled && json !== null) setData(json);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [url, key]);
  return data;
}
