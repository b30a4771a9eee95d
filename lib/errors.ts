/**
 * Typed application errors. Domain functions throw these; the action wrapper and route handlers
 * map them to field errors and HTTP statuses. Messages never carry PHI.
 */
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

/** zod issues → `{ field: [messages] }`; unknown keys are named (docs/security.md Z7). */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  // A Map, not an object literal: a field named "constructor" or "__proto__" must not collide
  // with Object.prototype (found by the schema fuzzer).
  const byField = new Map<string, string[]>();
  const add = (path: string, message: string) => {
    byField.set(path, [...(byField.get(path) ?? []), message]);
  };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add([...issue.path, key].join("."), "This field is not accepted here.");
    } else {
      add(issue.path.join(".") || "form", issue.message);
    }
  }
  return Object.fromEntries(byField);
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
}

export class ValidationError extends AppError {
  readonly status = 400;
  readonly code = "validation";
  constructor(
    readonly fieldErrors: FieldErrors,
    message = "Some fields need attention.",
  ) {
    super(message);
  }
  /** One field's error; the form-level message stays general so the error is not shown twice. */
  static field(field: string, message: string): ValidationError {
    return new ValidationError({ [field]: [message] });
  }
}

export class UnauthenticatedError extends AppError {
  readonly status = 401;
  readonly code = "unauthenticated";
  constructor(message = "Your session has ended. Please sign in again.") {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly code = "forbidden";
  constructor(message = "You do not have permission to do that.") {
    super(message);
  }
}

/** Also used for records outside the actor's scope, so their existence is not revealed (Z2). */
export class NotFoundError extends AppError {
  readonly status = 404;
  readonly code = "not_found";
  constructor(message = "That record was not found.") {
    super(message);
  }
}

/** Optimistic-concurrency and uniqueness conflicts (docs/security.md C1/C2). */
export class ConflictError extends AppError {
  readonly status = 409;
  readonly code = "conflict";
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly changedFields: string[] = [],
  ) {
    super(message);
  }
}

export class RateLimitedError extends AppError {
  readonly status = 429;
  readonly code = "rate_limited";
}

/** Prisma's unique-constraint violation, without importing Prisma here. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export class PayloadTooLargeError extends AppError {
  readonly status = 413;
  readonly code = "payload_too_large";
  constructor(message = "The request body is too large.") {
    super(message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  readonly status = 415;
  readonly code = "unsupported_media_type";
  constructor(message = "Send application/x-www-form-urlencoded.") {
    super(message);
  }
}
