import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/session";
import { hasAnyUser } from "@/lib/users/own-account";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const REASONS: Record<string, string> = {
  idle: "You were signed out after a period of inactivity.",
  ended: "Your session has ended. Please sign in again.",
  created: "The administrator account is ready. Sign in with it now.",
};

/** Only same-site relative paths are followed after sign-in (docs/security.md X8). */
function safeCallback(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return "/";
  return value;
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection(); // rendered per request: never read the database at build time
  if (!(await hasAnyUser())) redirect("/setup");
  const params = await searchParams;
  if (await getActor()) redirect(safeCallback(params.callbackUrl));
  const reason = typeof params.reason === "string" ? REASONS[params.reason] : undefined;
  return (
    <>
      <h1 className="text-xl font-semibold">Sign in</h1>
      {reason ? (
        <p role="status" className="mt-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {reason}
        </p>
      ) : null}
      <SignInForm callbackUrl={safeCallback(params.callbackUrl)} />
    </>
  );
}
