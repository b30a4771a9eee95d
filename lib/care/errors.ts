import { AppError } from "@/lib/errors";

/**
 * An action the care or pipeline rules refuse (docs/security.md Z9): the rules' own sentence, a 422,
 * and nothing written. The action wrapper shows the message as it does for every AppError.
 */
export class CareRuleError extends AppError {
  readonly status = 422;
  readonly code = "care_rule";
}
