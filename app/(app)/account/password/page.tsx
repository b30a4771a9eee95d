import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  const actor = await guardPage("/account/password");
  return (
    <>
      <PageHeader
        title={actor.mustChangePassword ? "Choose your password" : "Change password"}
        description={
          actor.mustChangePassword
            ? "You signed in with a temporary password. Choose your own before continuing."
            : "Changing your password signs you out everywhere else."
        }
      />
      <ChangePasswordForm />
    </>
  );
}
