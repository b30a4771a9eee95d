import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { hasAnyUser } from "@/lib/users/own-account";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "First-run setup" };

export default async function SetupPage() {
  await connection(); // rendered per request: never read the database at build time
  if (await hasAnyUser()) redirect("/signin");
  return (
    <>
      <h1 className="text-xl font-semibold">Welcome — create the first administrator</h1>
      <p className="mt-2 text-sm text-slate-600">
        No staff account exists yet. The administrator you create here adds everyone else. There is no default password.
      </p>
      <SetupForm />
    </>
  );
}
