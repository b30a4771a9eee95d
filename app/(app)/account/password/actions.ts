"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { changeOwnPassword } from "@/lib/users/own-account";
import { ChangeOwnPasswordSchema } from "@/lib/users/schemas";

export const changeOwnPasswordAction = defineAction({
  name: "user.password-change",
  permission: null,
  allowPasswordChange: true,
  schema: ChangeOwnPasswordSchema,
  run: changeOwnPassword,
  done: () => redirect("/?passwordChanged=1"),
});
