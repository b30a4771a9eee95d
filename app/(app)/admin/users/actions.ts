"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import {
  changeUserRole,
  createStaffUser,
  endUserSessions,
  resetUserPassword,
  setUserActive,
  unlockUser,
} from "@/lib/users/manage-users";
import { ChangeRoleSchema, CreateUserSchema, SetActiveSchema, UserIdSchema } from "@/lib/users/schemas";

function refresh(userId?: string) {
  revalidatePath("/admin/users");
  if (userId) revalidatePath(`/admin/users/${userId}`);
}

export const createUserAction = defineAction({
  name: "user.create",
  permission: "user:manage",
  schema: CreateUserSchema,
  run: createStaffUser,
  done: (r) => {
    refresh();
    return {
      message: `Account created for ${r.user.email}.`,
      data: { userId: r.user.id, temporaryPassword: r.temporaryPassword },
    };
  },
});

export const changeRoleAction = defineAction({
  name: "user.role-change",
  permission: "user:manage",
  schema: ChangeRoleSchema,
  run: changeUserRole,
  done: (r) => {
    refresh();
    return { message: r.changed ? "Role changed. Their sessions have ended." : "The role was already set." };
  },
});

export const setActiveAction = defineAction({
  name: "user.set-active",
  permission: "user:manage",
  schema: SetActiveSchema,
  run: setUserActive,
  done: () => {
    refresh();
    return { message: "Account updated." };
  },
});

export const resetPasswordAction = defineAction({
  name: "user.password-reset",
  permission: "user:manage",
  schema: UserIdSchema,
  run: resetUserPassword,
  done: (r) => {
    refresh();
    return {
      message: "Password reset. Give the temporary password to the staff member.",
      data: { temporaryPassword: r.temporaryPassword },
    };
  },
});

export const unlockAction = defineAction({
  name: "user.unlock",
  permission: "user:manage",
  schema: UserIdSchema,
  run: unlockUser,
  done: () => {
    refresh();
    return { message: "Account unlocked." };
  },
});

export const endSessionsAction = defineAction({
  name: "user.end-sessions",
  permission: "user:manage",
  schema: UserIdSchema,
  run: endUserSessions,
  done: (r) => {
    refresh();
    return { message: `Ended ${r.ended} active session${r.ended === 1 ? "" : "s"}.` };
  },
});
