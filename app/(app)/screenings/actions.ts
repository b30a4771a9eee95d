"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/action";
import { PIPELINE_LABELS } from "@/lib/pipeline/rules/moves";
import { amendScreening } from "@/lib/screening/amend-screening";
import {
  AmendScreeningSchema,
  FindProspectsSchema,
  RecordCssrsReaskSchema,
  RecordSafetyActionSchema,
  ResolveSafetyFlagSchema,
  ReviewScreeningSchema,
  SaveSectionSchema,
  StartScreeningSchema,
  SubmitScreeningSchema,
} from "@/lib/screening/schemas";
import { recordCssrsReask } from "@/lib/screening/record-cssrs-reask";
import { recordSafetyAction } from "@/lib/screening/record-safety-action";
import { resolveSafetyFlag } from "@/lib/screening/resolve-safety-flag";
import { reviewScreening } from "@/lib/screening/review-screening";
import { saveSection } from "@/lib/screening/save-section";
import { startScreening } from "@/lib/screening/start-screening";
import { findProspects } from "@/lib/screening/start-page-queries";
import { submitScreening } from "@/lib/screening/submit-screening";
import { formatDate } from "@/lib/dates/zone";
import { fullName } from "@/lib/people/names";

export const startScreeningAction = defineAction({
  name: "screening.start",
  permission: "screening:write",
  schema: StartScreeningSchema,
  run: startScreening,
  done: (r) => redirect(`/screenings/${r.screeningId}${r.resumed ? "?resumed=1" : ""}`),
});

/** A read, so a POST action rather than a URL: a name must not appear in a URL or its logs. */
export const findProspectsAction = defineAction({
  name: "screening.find-prospects",
  permission: "screening:write",
  schema: FindProspectsSchema,
  run: (actor, input) => findProspects(actor, input.name),
  done: (people) => ({
    data: people.map((p) => ({
      id: p.id,
      name: fullName(p),
      stage: PIPELINE_LABELS[p.pipelineStatus],
      since: formatDate(p.createdAt),
    })),
  }),
});

export const saveSectionAction = defineAction({
  name: "screening.save",
  permission: "screening:write",
  schema: SaveSectionSchema,
  run: async (actor, { then, ...input }) => ({ ...(await saveSection(actor, input)), then }),
  done: (r) => {
    revalidatePath(`/screenings/${r.screeningId}`);
    if (r.then) redirect(`/screenings/${r.screeningId}?section=${r.then}`);
    return { message: "Section saved.", data: { version: r.version } };
  },
});

export const recordSafetyActionAction = defineAction({
  name: "screening.safety-action",
  permission: "screening:write",
  schema: RecordSafetyActionSchema,
  run: recordSafetyAction,
  done: (r) => {
    revalidatePath(`/screenings/${r.screeningId}`);
    return { message: "Action taken recorded.", data: { version: r.version } };
  },
});

export const recordCssrsReaskAction = defineAction({
  name: "screening.cssrs-reask",
  permission: "screening:write",
  schema: RecordCssrsReaskSchema,
  run: recordCssrsReask,
  done: (r) => {
    revalidatePath(`/screenings/${r.screeningId}`);
    return { message: "C-SSRS re-ask recorded.", data: { version: r.version } };
  },
});

export const submitScreeningAction = defineAction({
  name: "screening.submit",
  permission: "screening:write",
  schema: SubmitScreeningSchema,
  run: submitScreening,
  done: (r) => redirect(`/screenings/${r.screeningId}?done=submitted`),
});

export const reviewScreeningAction = defineAction({
  name: "screening.review",
  permission: "screening:review",
  schema: ReviewScreeningSchema,
  run: reviewScreening,
  done: (r) => redirect(`/screenings/${r.screeningId}?done=reviewed`),
});

export const amendScreeningAction = defineAction({
  name: "screening.amend",
  permission: "screening:review",
  schema: AmendScreeningSchema,
  run: amendScreening,
  done: (r) => redirect(`/screenings/${r.screeningId}?done=amended`),
});

export const resolveSafetyFlagAction = defineAction({
  name: "safety-flag.resolve",
  permission: "screening:review",
  schema: ResolveSafetyFlagSchema,
  run: resolveSafetyFlag,
  done: (r) => {
    revalidatePath("/");
    revalidatePath("/screenings");
    if (r.screeningId) revalidatePath(`/screenings/${r.screeningId}`);
    return { message: "Safety flag resolved." };
  },
});
