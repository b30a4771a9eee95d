import type { Tx } from "@/lib/db/client";
import { webhookNumberToE164 } from "./rules/numbers";

export interface WebhookLine {
  id: string;
  number: string;
  forwardTo: string | null;
}

/** The active center line a webhook's `To` names, or null (unknown, unparseable or deactivated). */
export async function findActiveLine(tx: Pick<Tx, "phoneLine">, to: string | undefined): Promise<WebhookLine | null> {
  const number = webhookNumberToE164(to ?? "");
  if (!number) return null;
  const line = await tx.phoneLine.findUnique({
    where: { number },
    select: { id: true, number: true, forwardTo: true, active: true },
  });
  if (!line?.active) return null;
  // A line forwarding to itself would loop the call through the webhook forever.
  return {
    id: line.id,
    number: line.number,
    forwardTo: line.forwardTo && line.forwardTo !== line.number ? line.forwardTo : null,
  };
}
