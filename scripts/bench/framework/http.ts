/**
 * HTTP side of the benchmark: signing in like a browser, fetching pages, and load runs with
 * autocannon. Latency percentiles are computed from every response's own time (autocannon's
 * histogram has no p95).
 */
import autocannon from "autocannon";

/** A minimal cookie jar: name → value, sent back as one Cookie header. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";", 1);
      const eq = pair?.indexOf("=") ?? -1;
      if (!pair || eq <= 0) continue;
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  header(extra: Record<string, string> = {}): string {
    return [...[...this.cookies].filter(([name]) => !(name in extra)), ...Object.entries(extra)]
      .map(([k, v]) => `${k}=${v}`)
      .join("; ");
  }
}

export const SESSION_COOKIE = "intake.session";

/**
 * NextAuth credentials sign-in, as tests/e2e/helpers.ts `signInViaApi` does: GET /api/auth/csrf
 * (token + csrf cookie), then POST the form; the session cookie comes back on the response.
 */
export async function signIn(origin: string, credentials: { email: string; password: string }): Promise<CookieJar> {
  const jar = new CookieJar();
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  jar.take(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({
      csrfToken,
      email: credentials.email,
      password: credentials.password,
      json: "true",
      callbackUrl: "/",
    }),
  });
  jar.take(response);
  await response.arrayBuffer();
  if (!jar.has(SESSION_COOKIE))
    throw new Error(`sign-in as ${credentials.email} failed (HTTP ${response.status}, no ${SESSION_COOKIE} cookie)`);
  return jar;
}

export interface HttpRequestSpec {
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** A fresh body per request (e.g. a unique idempotency key); omitted for GET. */
  body?: () => string;
  /** Status codes that count as success (default 200). */
  expectStatus?: number[];
  /** Checked on the warm-up response: proves the page really rendered (not a sign-in redirect). */
  expectBody?: RegExp;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  samples: number;
}

/** Nearest-rank percentiles of a set of durations (ms). */
export function percentiles(samples: readonly number[]): Percentiles {
  if (samples.length === 0) return { p50: NaN, p95: NaN, p99: NaN, mean: NaN, max: NaN, samples: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    mean: sum / sorted.length,
    max: sorted[sorted.length - 1] ?? NaN,
    samples: sorted.length,
  };
}

export interface HttpResult extends Percentiles {
  /** Latency of sequential requests on one connection before the load run: no queueing. */
  serial: Percentiles;
  /** Completed requests per second over the run. */
  rps: number;
  requests: number;
  connections: number;
  durationSeconds: number;
  /** Responses with a status outside `expectStatus`, and socket errors/timeouts. */
  unexpected: number;
  errors: number;
  statuses: Record<string, number>;
  /** Mean bytes on the wire per response (compressed when the server compresses). */
  bytes: number;
}

const BROWSER_HEADERS = {
  accept: "text/html,application/xhtml+xml",
  "accept-encoding": "gzip, deflate, br",
  "user-agent": "intake-bench (autocannon)",
};

/** One request outside the load run, e.g. to read a page's HTML or to warm the route up. */
export async function request(
  origin: string,
  jar: CookieJar,
  spec: HttpRequestSpec,
  extraCookies: Record<string, string> = {},
) {
  const response = await fetch(`${origin}${spec.path}`, {
    method: spec.method ?? "GET",
    redirect: "manual",
    headers: { ...BROWSER_HEADERS, ...spec.headers, cookie: jar.header(extraCookies) },
    ...(spec.body ? { body: spec.body() } : {}),
  });
  const body = await response.text();
  return { status: response.status, headers: response.headers, body };
}

/**
 * Warm-up and sequential requests (each checked against `expectStatus`, the first against
 * `expectBody`), then an autocannon run of `durationSeconds` with `connections` connections.
 */
export async function loadTest(options: {
  origin: string;
  jar: CookieJar;
  spec: HttpRequestSpec;
  cookies?: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** Unmeasured requests first (the route's first render loads its code). */
  warmup: number;
  /** Then this many sequential requests, timed: the latency without concurrency. */
  serial: number;
}): Promise<HttpResult> {
  const { origin, jar, spec } = options;
  const expected = new Set(spec.expectStatus ?? [200]);
  const serial: number[] = [];
  for (let i = 0; i < options.warmup + options.serial; i++) {
    const started = performance.now();
    const res = await request(origin, jar, spec, options.cookies);
    if (i >= options.warmup) serial.push(performance.now() - started);
    if (!expected.has(res.status))
      throw new Error(
        `${spec.method ?? "GET"} ${spec.path}: HTTP ${res.status} during warm-up (expected ${[...expected].join("/")})\n${res.body.slice(0, 500)}`,
      );
    if (i === 0 && spec.expectBody && !spec.expectBody.test(res.body)) {
      const head = [...res.headers].map(([k, v]) => `${k}: ${v}`).join("\n");
      throw new Error(
        `${spec.method ?? "GET"} ${spec.path}: HTTP ${res.status}, the response does not contain ${spec.expectBody} — not the page expected\n${head}\n\n${res.body.slice(0, 800)}`,
      );
    }
  }

  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  // As a browser sends them: the server compresses, as it would for a coordinator.
  const headers = { ...BROWSER_HEADERS, ...spec.headers, cookie: jar.header(options.cookies) };
  const makeBody = spec.body;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${origin}${spec.path}`,
        method: spec.method ?? "GET",
        headers,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: 30,
        ...(makeBody
          ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: makeBody() }) }] }
          : {}),
      },
      (error: unknown, done: autocannon.Result) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on("response", (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      bytes += resBytes;
    });
  });
  const requests = latencies.length;
  const unexpected = Object.entries(statuses).reduce(
    (n, [code, count]) => n + (expected.has(Number(code)) ? 0 : count),
    0,
  );
  return {
    ...percentiles(latencies),
    serial: percentiles(serial),
    rps: requests / result.duration,
    requests,
    connections: options.connections,
    durationSeconds: result.duration,
    unexpected: unexpected + result.errors,
    errors: result.errors,
    statuses,
    bytes: requests ? bytes / requests : 0,
  };
}

/** Multipart body of a React server action call `action(prevState, formData)` (fetch mode). */
export function serverActionBody(
  boundary: string,
  fields: Record<string, string>,
  previousState: unknown = null,
): string {
  // React 19's encodeReply (the version bundled with Next 16): a FormData argument becomes "$K1"
  // and its entries are sent as parts named "_1_<field>"; part "0", the argument list, comes last
  // (the server decodes the stream in order and resolves "$K1" from the parts already received).
  const parts: [string, string][] = [
    ...Object.entries(fields).map(([k, v]): [string, string] => [`_1_${k}`, v]),
    ["0", JSON.stringify([previousState, "$K1"])],
  ];
  return (
    parts
      .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
      .join("") + `--${boundary}--\r\n`
  );
}
