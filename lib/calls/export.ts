import { type Actor, assertCan } from "@/lib/auth/actor";
import { recordPhiAccess } from "@/lib/audit/record-access";
import { csvRow, PART2_NOTICE } from "@/lib/csv";
import { getDb } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { formatPhone } from "@/lib/phone";
import { formatDateTime } from "@/lib/dates/zone";
import { fullName } from "@/lib/people/names";
import { DIRECTION_LABEL, DISPOSITION_LABEL, REASON_LABEL, RELATION_LABEL } from "./rules/labels";
import type { CallerRelation, CallReason } from "@/lib/generated/prisma/enums";
import { callCountStatement, callListStatement, type CallListRow, cursorOf } from "./queries";
import type { CallFilter } from "./schemas";

type ExportRow = CallListRow & { callerRelation: CallerRelation | null; reason: CallReason | null };

export const EXPORT_MAX_ROWS = 100_000;
const BATCH = 1_000;

const HEADER = [
  "Started",
  "Direction",
  "Line",
  "Number",
  "Caller",
  "Relation",
  "Reason",
  "Referral source",
  "Disposition",
  "Duration (s)",
  "Person",
  "Logged by",
];

/**
 * The filtered calls list as CSV: formula-safe cells, the Part 2 redisclosure notice
 * on top, no notes or insurance (minimum necessary). An export is a disclosure: one audit row
 * with the row count, written before the first byte leaves.
 */
export async function exportCalls(
  actor: Actor,
  filter: CallFilter,
): Promise<{ rows: number; chunks: AsyncGenerator<string> }> {
  assertCan(actor, "call:export");
  const db = await getDb();
  const [count] = await db.$queryRaw<{ calls: number }[]>(callCountStatement(filter));
  const rows = count?.calls ?? 0;
  if (rows > EXPORT_MAX_ROWS) {
    throw new ValidationError(
      {
        form: [
          `That is ${rows.toLocaleString("en-US")} calls; narrow the filters to at most ${EXPORT_MAX_ROWS.toLocaleString("en-US")}.`,
        ],
      },
      "Too many calls to export.",
    );
  }
  await recordPhiAccess(actor, {
    action: "call.export",
    entityType: "Call",
    detail: {
      rows,
      filters: Object.keys(filter).filter((k) => k !== "q" && filter[k as keyof CallFilter] !== undefined),
    },
  });

  async function* chunks() {
    yield csvRow([PART2_NOTICE]);
    yield csvRow(HEADER);
    let after: string | undefined;
    for (;;) {
      const page = await db.$queryRaw<ExportRow[]>(
        callListStatement({ ...filter, after }, { limit: BATCH, columns: "export" }),
      );
      let text = "";
      for (const c of page) {
        text += csvRow([
          formatDateTime(c.startedAt),
          DIRECTION_LABEL[c.direction],
          c.lineLabel,
          formatPhone(c.fromNumber),
          c.callerName,
          c.callerRelation ? RELATION_LABEL[c.callerRelation] : null,
          c.reason ? REASON_LABEL[c.reason] : null,
          c.sourceName,
          c.disposition ? DISPOSITION_LABEL[c.disposition] : "Not logged",
          c.durationSeconds,
          c.patientId ? fullName({ firstName: c.patientFirstName ?? "", lastName: c.patientLastName }) : null,
          c.loggedByName,
        ]);
      }
      if (text) yield text;
      const last = page[page.length - 1];
      if (page.length < BATCH || !last) return;
      after = cursorOf(last);
    }
  }
  return { rows, chunks: chunks() };
}
