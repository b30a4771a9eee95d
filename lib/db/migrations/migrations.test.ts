import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { destructiveStatements, nextMigrationStamp, validateMigrationName } from "./create";
import { MigrationNameError } from "./errors";
import { MIGRATION_LOCK_TOML, migrationChecksum, readMigrationHistory } from "./history";
import { compareHistory, type MigrationRow } from "./status";

describe("validateMigrationName", () => {
  it.each(["init", "add_call_notes", "audit_append_only_and_episode_invariants", "v2_backfill"])(
    "accepts %s",
    (name) => {
      expect(validateMigrationName(name)).toBe(name);
    },
  );

  it.each([
    "",
    "   ",
    "Add-Notes",
    "add notes",
    "_leading",
    "trailing_",
    "double__underscore",
    "1_starts_with_digit",
    "ünïcode",
    "x".repeat(101),
  ])("rejects %j", (name) => {
    expect(() => validateMigrationName(name)).toThrow(MigrationNameError);
  });
});

describe("nextMigrationStamp", () => {
  const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

  it("formats the current UTC time as YYYYMMDDHHMMSS", () => {
    expect(nextMigrationStamp([], now)).toBe("20260102030405");
  });

  it("stays after the newest existing migration (same second, or a clock behind)", () => {
    expect(nextMigrationStamp(["20260102030405_init"], now)).toBe("20260102030406");
    expect(nextMigrationStamp(["20270101000000_future"], now)).toBe("20270101000001");
    expect(nextMigrationStamp(["20250101000000_old", "not_a_stamp"], now)).toBe("20260102030405");
  });
});

describe("destructiveStatements", () => {
  it("points at statements that drop data or fail on existing rows", () => {
    const sql = [
      "-- AlterTable",
      'ALTER TABLE "Call" DROP COLUMN "notes",',
      'ADD COLUMN     "score" INTEGER NOT NULL,',
      "ADD COLUMN     \"kind\" TEXT NOT NULL DEFAULT 'x',",
      'ADD COLUMN     "memo" TEXT;',
      'ALTER TABLE "Task" ALTER COLUMN "title" SET DATA TYPE VARCHAR(80);',
      'DROP TABLE "Old";',
      'CREATE INDEX "Call_score_idx" ON "Call"("score");',
    ].join("\n");
    expect(destructiveStatements(sql)).toEqual([
      'ALTER TABLE "Call" DROP COLUMN "notes",',
      'ADD COLUMN     "score" INTEGER NOT NULL,',
      'ALTER TABLE "Task" ALTER COLUMN "title" SET DATA TYPE VARCHAR(80);',
      'DROP TABLE "Old";',
    ]);
  });
});

describe("readMigrationHistory", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("lists migration folders in name order and always carries lock file text", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "history-"));
    expect((await readMigrationHistory(dir)).lockfile.content).toBe(MIGRATION_LOCK_TOML);

    for (const name of ["20260102000000_second", "20260101000000_first"]) {
      fs.mkdirSync(path.join(dir, name));
      fs.writeFileSync(path.join(dir, name, "migration.sql"), `-- ${name}\n`);
    }
    fs.mkdirSync(path.join(dir, "20260103000000_broken")); // no migration.sql
    fs.writeFileSync(path.join(dir, "README.md"), "not a migration");

    const list = await readMigrationHistory(dir);
    expect(list.baseDir).toBe(dir);
    expect(list.migrationDirectories.map((d) => d.path)).toEqual([
      "20260101000000_first",
      "20260102000000_second",
      "20260103000000_broken",
    ]);
    expect(list.migrationDirectories[0]?.migrationFile.content).toEqual({
      tag: "ok",
      value: "-- 20260101000000_first\n",
    });
    expect(list.migrationDirectories[2]?.migrationFile.content.tag).toBe("error");
  });

  it("reads the prisma/migrations folder of this repository with the standard lock file", async () => {
    const list = await readMigrationHistory();
    expect(list.lockfile.content).toBe(MIGRATION_LOCK_TOML);
    expect(list.migrationDirectories.length).toBeGreaterThanOrEqual(2);
    for (const d of list.migrationDirectories) expect(d.path).toMatch(/^\d{14}_[a-z][a-z0-9_]*$/);
  });
});

describe("migrationChecksum", () => {
  it("is the hex sha256 of the file text, as Prisma stores it", () => {
    const sql = 'CREATE TABLE "A" ("id" INTEGER);\n';
    expect(migrationChecksum(sql)).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(migrationChecksum(sql)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("compareHistory", () => {
  const row = (name: string, sql: string, extra: Partial<MigrationRow> = {}): MigrationRow => ({
    id: name,
    migrationName: name,
    checksum: migrationChecksum(sql),
    startedAt: new Date(0),
    finishedAt: new Date(1),
    rolledBackAt: null,
    logs: null,
    appliedStepsCount: 1,
    ...extra,
  });
  const disk = [
    { name: "1_a", sql: "a" },
    { name: "2_b", sql: "b" },
    { name: "3_c", sql: "c" },
  ];

  it("treats a missing table as nothing applied", () => {
    expect(compareHistory(disk, null)).toMatchObject({ applied: [], pending: ["1_a", "2_b", "3_c"], failed: [] });
  });

  it("separates applied, pending, failed, edited and unknown migrations", () => {
    const status = compareHistory(disk, [
      row("1_a", "a"),
      row("2_b", "b (edited later)"),
      row("3_c", "c", { finishedAt: null, logs: "boom" }),
      row("0_gone", "x"),
    ]);
    expect(status.applied).toEqual(["1_a", "2_b", "0_gone"]);
    expect(status.pending).toEqual([]);
    expect(status.failed).toEqual([{ name: "3_c", startedAt: new Date(0), logs: "boom" }]);
    expect(status.edited).toEqual(["2_b"]);
    expect(status.notOnDisk).toEqual(["0_gone"]);
  });

  it("ignores rows marked rolled back: the migration is pending again", () => {
    const status = compareHistory(disk, [
      row("1_a", "a"),
      row("2_b", "b", { finishedAt: null, rolledBackAt: new Date(2), logs: "boom" }),
    ]);
    expect(status.failed).toEqual([]);
    expect(status.pending).toEqual(["2_b", "3_c"]);
  });
});
