/**
 * Structured, PHI-free logging (docs/security.md L4/L6). Call sites pass an event name and a few
 * identifiers (ids, counts, reference ids) — never names, phone numbers, notes or emails.
 * Keys that look like they could carry secrets or PHI are dropped defensively.
 */
type Fields = Record<string, string | number | boolean | null | undefined>;

const FORBIDDEN_KEY = /^(?!error)(?:.*)(pass|secret|token|cookie|email|phone|name|note|dob|birth|address|answer)/i;

function scrub(fields: Fields | undefined): Fields | undefined {
  if (!fields) return undefined;
  const out: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = FORBIDDEN_KEY.test(key) ? "[redacted]" : value;
  }
  return out;
}

function write(level: "info" | "warn" | "error", event: string, fields?: Fields): void {
  if (process.env.LOG_LEVEL === "silent") return;
  const line = JSON.stringify({ at: new Date().toISOString(), level, event, ...scrub(fields) });
  if (level === "error") process.stderr.write(`${line}\n`);
  else process.stdout.write(`${line}\n`);
}

export const logger = {
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
};

/** Only the class and a short message of an unknown error: Prisma and pg messages can echo values. */
export function errorSummary(error: unknown): Fields {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { errorName: error.name, errorCode: typeof code === "string" ? code : undefined };
  }
  return { errorName: typeof error };
}
