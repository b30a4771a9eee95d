import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { NewUserForm } from "./new-user-form";

export const metadata: Metadata = { title: "New staff account" };

export default async function NewUserPage() {
  await guardPage("/admin/users/new");
  return (
    <>
      <PageHeader
        title="New staff account"
        description="The account gets a temporary password that must be changed at first sign-in."
      />
      <NewUserForm />
    </>
  );
}
