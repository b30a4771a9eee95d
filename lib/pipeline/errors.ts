import { AppError } from "@/lib/errors";

/**
 * A move the pipeline rules refuse (docs/security.md Z9): the rules' own sentence, a 422, and
 * nothing written. The action wrapper shows the message as it does for every AppError.
 */
export class PipelineRuleError extends AppError {
  readonly status = 422;
  readonly code = "pipeline_rule";
}
