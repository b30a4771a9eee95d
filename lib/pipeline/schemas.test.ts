import { describe, expect, it } from "vitest";
import { PipelineMoveSchema, PipelineViewSchema } from "./schemas";

const UUID = "0b7c4b1e-7a8e-4c61-9d0e-3f1a2b3c4d5e";

const fieldsOf = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join("."));

describe("PipelineMoveSchema", () => {
  const base = { patientId: UUID, expectedVersion: "5" };

  it("moves to an open stage with an optional reason", () => {
    expect(PipelineMoveSchema.parse({ ...base, to: "SCREENING", reason: "", referredOutTo: "" })).toEqual({
      patientId: UUID,
      expectedVersion: 5,
      to: "SCREENING",
      reason: undefined,
      referredOutTo: undefined,
    });
  });

  it("not admitted needs a reason; referred out needs to whom", () => {
    expect(fieldsOf(PipelineMoveSchema.safeParse({ ...base, to: "NOT_ADMITTED" }))).toEqual(["reason"]);
    expect(fieldsOf(PipelineMoveSchema.safeParse({ ...base, to: "REFERRED_OUT", reason: "Adolescent" }))).toEqual([
      "referredOutTo",
    ]);
    expect(PipelineMoveSchema.safeParse({ ...base, to: "REFERRED_OUT", referredOutTo: "Teen Center" }).success).toBe(
      true,
    );
  });

  it("admission is not a pipeline move", () => {
    const result = PipelineMoveSchema.safeParse({ ...base, to: "ADMITTED" });
    expect(result.error?.issues[0]?.message).toBe("Choose a stage; to admit, use Admit.");
  });
});

describe("PipelineMoveSchema free text", () => {
  const base = { patientId: UUID, expectedVersion: "5", to: "NOT_ADMITTED" };

  it("refuses control characters and overlong notes, and trims", () => {
    expect(fieldsOf(PipelineMoveSchema.safeParse({ ...base, reason: "Chose\u202Eanother" }))).toEqual(["reason"]);
    expect(fieldsOf(PipelineMoveSchema.safeParse({ ...base, reason: "a".repeat(501) }))).toEqual(["reason"]);
    expect(PipelineMoveSchema.parse({ ...base, reason: "  Chose another provider " }).reason).toBe(
      "Chose another provider",
    );
  });

  it("refuses a stale-looking version and unknown keys", () => {
    expect(fieldsOf(PipelineMoveSchema.safeParse({ ...base, reason: "x", expectedVersion: "0" }))).toEqual([
      "expectedVersion",
    ]);
    expect(PipelineMoveSchema.safeParse({ ...base, reason: "x", pipelineStatus: "ADMITTED" }).success).toBe(false);
  });
});

describe("PipelineViewSchema", () => {
  it("falls back to the board, page 1 and no filter on bad values (V3)", () => {
    expect(PipelineViewSchema.parse({ view: "table", status: "NOPE", stuck: "yes", page: "-2" })).toEqual({
      view: "board",
      status: undefined,
      stuck: undefined,
      page: 1,
    });
    expect(PipelineViewSchema.parse({ view: "list", status: "SCREENING", stuck: "1", page: "3" })).toEqual({
      view: "list",
      status: "SCREENING",
      stuck: "1",
      page: 3,
    });
  });
});
