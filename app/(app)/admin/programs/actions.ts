"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/action";
import { createProgram, updateProgram } from "@/lib/settings/programs";
import { CreateProgramSchema, UpdateProgramSchema } from "@/lib/settings/schemas";

export const createProgramAction = defineAction({
  name: "settings.program.create",
  permission: "settings:manage",
  schema: CreateProgramSchema,
  run: createProgram,
  done: (program) => {
    revalidatePath("/admin/programs");
    return { message: `Added ${program.name} (${program.expectedLengthDays} days).` };
  },
});

export const updateProgramAction = defineAction({
  name: "settings.program.update",
  permission: "settings:manage",
  schema: UpdateProgramSchema,
  run: updateProgram,
  done: (r) => {
    revalidatePath("/admin/programs");
    return { message: r.changed ? `Saved ${r.program.name}.` : "Nothing changed." };
  },
});
