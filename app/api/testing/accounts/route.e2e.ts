import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";
import { makeUser } from "@/tests/factories/base";

/**
 * For the end-to-end tests only (ADR 0013): creates an active staff account with the given name,
 * email, role and password, so that each spec signs in as accounts of its own.
 *
 * Never reachable in production, twice over: this file is a route only in a build made with
 * E2E_TEST_ROUTES=1 (next.config.js adds the `e2e.ts` page extension; tests/e2e/start-server.sh
 * builds that way), and even there it answers 404 unless the request carries the E2E_SEED_TOKEN
 * the server was started with.
 */
export async function POST(request: Request) {
  const token = process.env.E2E_SEED_TOKEN;
  if (!token || token.length < 32 || request.headers.get("x-e2e-seed-token") !== token) {
    return new NextResponse(null, { status: 404 });
  }
  const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  const { name, email, password, role } = body ?? {};
  const roles: string[] = Object.values(Role);
  if (typeof name !== "string" || name === "") return invalid("name");
  if (typeof email !== "string" || !email.endsWith(".test")) return invalid("email");
  if (typeof password !== "string" || password.length < 12) return invalid("password");
  if (typeof role !== "string" || !roles.includes(role)) return invalid("role");
  const { user } = await makeUser(await getDb(), { name, email, password, role: role as Role });
  return NextResponse.json({ id: user.id }, { status: 201 });
}

function invalid(field: string) {
  return NextResponse.json({ error: `Invalid ${field}.`, field }, { status: 400 });
}
