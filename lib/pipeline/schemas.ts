/**
 * zod schemas for the pipeline: a coordinator's move (shared by the form and the server) and the
 * board/list filters from the URL. The move's rules (one stage at a time, what each move needs)
 * are in rules/moves.ts; the schema only refuses what no move could accept.
 */
import { z } from "zod";
import { OPEN_PIPELINE_STAGES, PIPELINE_STATUSES } from "./rules/moves";

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

/** Blank means "not given"; control characters and bidi overrides are refused (docs/security.md V2). */
const optionalNote = (max: number, label: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string({ error: `Enter ${label.toLowerCase()}.` })
      .trim()
      .max(max, `${label} can be at most ${max.toLocaleString("en-US")} characters.`)
      .refine((v) => !CONTROL_CHARS.test(v), `${label} contains control characters; remove them.`)
      .optional(),
  );

/** Admission is its own action (the care area's AdmitSchema), so ADMITTED is not a target here. */
export const PIPELINE_MOVE_TARGETS = [...OPEN_PIPELINE_STAGES, "NOT_ADMITTED", "REFERRED_OUT"] as const;

export const PipelineMoveSchema = z
  .strictObject({
    patientId: z.uuid({ message: "Unknown patient." }),
    /** The patient's version as the coordinator saw it: a stale one is a conflict, never a move. */
    expectedVersion: z.coerce
      .number({ error: "Reload the page and try again." })
      .int()
      .positive("Reload the page and try again."),
    to: z.enum(PIPELINE_MOVE_TARGETS, { message: "Choose a stage; to admit, use Admit." }),
    reason: optionalNote(500, "The reason"),
    referredOutTo: optionalNote(200, "Referred to"),
  })
  .superRefine((value, ctx) => {
    if (value.to === "NOT_ADMITTED" && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give the reason the prospect was not admitted." });
    if (value.to === "REFERRED_OUT" && !value.referredOutTo)
      ctx.addIssue({ code: "custom", path: ["referredOutTo"], message: "Say who the prospect was referred to." });
  });
export type PipelineMoveInput = z.output<typeof PipelineMoveSchema>;

/** Board/list filters from the URL (allow-listed; no names or numbers: docs/security.md V3). */
export const PipelineViewSchema = z.object({
  view: z.enum(["board", "list"]).catch("board"),
  status: z.enum(PIPELINE_STATUSES).optional().catch(undefined),
  stuck: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type PipelineView = z.output<typeof PipelineViewSchema>;
