/**
 * Buffered bulk writer. Generators `add()` rows; when a buffer reaches the batch size every
 * buffer is flushed in foreign-key order (TABLE_ORDER), so a call is never written before its
 * patient. The insert of one flush overlaps the generation of the next (one flush in flight at a
 * time), which keeps the database and the generator busy together on a 2-core machine.
 */
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { COLUMNS, type PgType, type Rows, TABLE_ORDER, type TableName } from "./tables";

// Identifiers come only from the constant COLUMNS/TABLE_ORDER lists above, never from input; the
// check makes that explicit before they are spliced into SQL with Prisma.raw. Values are always
// bound parameters.
function ident(name: string): Prisma.Sql {
  if (!/^[A-Za-z]+$/.test(name)) throw new Error(`Unexpected identifier ${name}`);
  return Prisma.raw(`"${name}"`);
}

const ARRAY_TYPE: Record<string, string> = {
  uuid: "uuid[]",
  text: "text[]",
  int: "int4[]",
  bool: "bool[]",
  timestamp: "timestamp(3)[]",
  date: "date[]",
  jsonb: "text[]",
  textlist: "text[]",
};

function selectExpr(column: string, type: PgType): Prisma.Sql {
  if (type === "jsonb") return Prisma.raw(`u.${column}::jsonb`);
  if (type === "textlist") return Prisma.raw(`string_to_array(u.${column}, ',')`);
  if (type.startsWith("enum:")) return Prisma.sql`u.${Prisma.raw(column)}::${ident(type.slice(5))}`;
  return Prisma.raw(`u.${column}`);
}

function toParam(value: unknown, type: PgType): unknown {
  if (value === undefined || value === null) return null;
  switch (type) {
    case "timestamp":
      return value instanceof Date ? value.toISOString() : value;
    case "date":
      return value instanceof Date ? value.toISOString().slice(0, 10) : value;
    case "jsonb":
      return JSON.stringify(value);
    case "textlist":
      return (value as string[]).join(",");
    case "uuid":
    case "text":
    case "int":
    case "bool":
      return value;
    default:
      return value; // enum:<Name>: the label as text, cast back in SQL
  }
}

export function insertStatement<T extends TableName>(table: T, rows: readonly Rows[T][]): Prisma.Sql {
  const columns = Object.entries(COLUMNS[table]) as [string, PgType][];
  const arrays = columns.map(([name, type]) => {
    const values = rows.map((row) => toParam((row as Record<string, unknown>)[name], type));
    return Prisma.sql`${values}::${Prisma.raw(ARRAY_TYPE[type] ?? "text[]")}`;
  });
  const aliases = Prisma.raw(columns.map((_, i) => `c${i}`).join(", "));
  return Prisma.sql`INSERT INTO ${ident(table)} (${Prisma.join(columns.map(([name]) => ident(name)))})
    SELECT ${Prisma.join(columns.map(([, type], i) => selectExpr(`c${i}`, type)))}
    FROM unnest(${Prisma.join(arrays)}) AS u(${aliases})`;
}

type Buffers = { [T in TableName]: Rows[T][] };

function zeroCounts(): Record<TableName, number> {
  return Object.fromEntries(TABLE_ORDER.map((t) => [t, 0])) as Record<TableName, number>;
}

function emptyBuffers(): Buffers {
  return Object.fromEntries(TABLE_ORDER.map((t) => [t, []])) as unknown as Buffers;
}

export class SeedWriter {
  /** Rows committed to the database, per table. */
  readonly written = zeroCounts();
  /** Rows handed to add(), per table (written, in flight or buffered). */
  readonly generated = zeroCounts();
  private buffers = emptyBuffers();
  private inFlight: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly db: Db,
    private readonly batchSize = 5_000,
  ) {}

  add<T extends TableName>(table: T, row: Rows[T]): void {
    this.buffers[table].push(row);
    this.generated[table]++;
  }

  /** Flushes when some buffer is full; call between units of generation (a patient, a block of calls). */
  async maybeFlush(): Promise<void> {
    if (TABLE_ORDER.some((t) => this.buffers[t].length >= this.batchSize)) await this.flush();
  }

  async flush(): Promise<void> {
    const batches = this.buffers;
    this.buffers = emptyBuffers();
    await this.inFlight;
    this.rethrow();
    // Not awaited: the next generation step runs while the database works. Errors surface at the
    // next flush or at finish().
    this.inFlight = this.writeAll(batches).catch((error: unknown) => {
      this.failure = { error };
    });
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.inFlight;
    this.rethrow();
  }

  private rethrow(): void {
    if (this.failure) throw this.failure.error;
  }

  private async writeAll(batches: Buffers): Promise<void> {
    for (const table of TABLE_ORDER) {
      const rows = batches[table];
      // Two statements at a time let PostgreSQL use a second core (PGlite simply queues them).
      // Not for Screening: an amendment must be inserted with the version it points at.
      const lanes = table === "Screening" || rows.length < 2_000 ? 1 : 2;
      const size = Math.min(this.batchSize, Math.ceil(rows.length / lanes));
      for (let i = 0; i < rows.length; i += size * lanes) {
        const chunks = Array.from({ length: lanes }, (_, k) => rows.slice(i + k * size, i + (k + 1) * size)).filter(
          (c) => c.length > 0,
        );
        await Promise.all(chunks.map((chunk) => this.db.$executeRaw(insertStatement(table, chunk))));
        for (const chunk of chunks) this.written[table] += chunk.length;
      }
    }
  }
}
