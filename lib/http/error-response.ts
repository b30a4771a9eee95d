import { NextResponse } from "next/server";
import { AppError, ConflictError, ValidationError } from "@/lib/errors";
import { errorSummary, logger } from "@/lib/logger";

/** Typed errors → JSON with their status; anything else → 500 with a reference id (L6). */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ValidationError || error instanceof ConflictError) {
    return NextResponse.json({ error: error.message, fieldErrors: error.fieldErrors }, { status: error.status });
  }
  if (error instanceof AppError) return NextResponse.json({ error: error.message }, { status: error.status });
  const ref = crypto.randomUUID().slice(0, 8).toUpperCase();
  logger.error("route.failed", { ref, ...errorSummary(error) });
  return NextResponse.json({ error: `Something went wrong. Reference ${ref}.` }, { status: 500 });
}
