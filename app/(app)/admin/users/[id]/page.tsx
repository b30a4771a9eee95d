import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Badge, Card, PageHeader } from "@/components/ui/page";
import { guardPage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/dates/zone";
import { getStaffMember } from "@/lib/users/queries";
import { UserActions } from "./user-actions";

export const metadata: Metadata = { title: "Staff account" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await guardPage("/admin/users/[id]");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const user = await getStaffMember(actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const locked = user.lockedUntil != null && user.lockedUntil > new Date();
  return (
    <>
      <PageHeader title={user.name} description={user.email} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card>
          <h2 className="font-semibold">Status</h2>
          <dl className="mt-3 space-y-2 text-sm">
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">Account</dt>
              <dd>{user.active ? <Badge tone="green">Active</Badge> : <Badge>Deactivated</Badge>}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">Sign-in</dt>
              <dd>
                {locked ? (
                  <Badge tone="red">Locked until {formatDateTime(user.lockedUntil)}</Badge>
                ) : (
                  <Badge tone="green">Not locked</Badge>
                )}
              </dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">Failed attempts</dt>
              <dd>{user.failedLoginCount}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">Password</dt>
              <dd>{user.mustChangePassword ? <Badge tone="amber">Temporary</Badge> : "Set by the user"}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">Active sessions</dt>
              <dd>{user._count.sessions}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">Last sign-in</dt>
              <dd>{formatDateTime(user.lastLoginAt)}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-slate-600">Created</dt>
              <dd>{formatDateTime(user.createdAt)}</dd>
            </div>
          </dl>
        </Card>
        <div className="lg:col-span-2">
          <UserActions
            user={{ id: user.id, role: user.role, active: user.active, locked, isSelf: user.id === actor.id }}
          />
        </div>
      </div>
    </>
  );
}
