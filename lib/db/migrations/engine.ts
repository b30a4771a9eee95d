import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type {
  ApplyMigrationsOutput,
  DiffParams,
  DiffResult,
  MigrationList,
  SchemaContainer,
  SchemaFilter,
} from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Prisma's schema engine compiled to WebAssembly (docs/toolchain.md "Prisma 7 without its native
 * engines"). The package's entry point imports the `.wasm` as an ES module, which only a bundler
 * understands; in Node we import the JS glue (`schema_engine_bg`) and instantiate the sibling
 * `.wasm` ourselves, handing the glue module in as the import object.
 *
 * We declare only the subset of the engine we call (`WasmSchemaEngine`), with the package's own
 * input/output types; the glue module itself is checked for shape when it is loaded, since its
 * exports are typed loosely (`callback: Function`, `adapter: object`).
 */

/** The subset of the engine we use. Method shapes follow schema_engine.d.ts. */
export interface WasmSchemaEngine {
  applyMigrations(input: { migrationsList: MigrationList; filters: SchemaFilter }): Promise<ApplyMigrationsOutput>;
  diff(params: DiffParams): Promise<DiffResult>;
  markMigrationApplied(input: { migrationName: string; migrationsList: MigrationList }): Promise<unknown>;
  markMigrationRolledBack(input: { migrationName: string }): Promise<unknown>;
  /** Panics on purpose (tests of our panic handling). */
  debugPanic(): void;
  free(): void;
}

interface SchemaEngineGlue {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  version(): string;
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] | undefined },
      log: (line: string) => void,
      adapter: object,
    ) => Promise<unknown>;
  };
}

export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * An error thrown by the engine itself (not by the database), e.g. P3009 "found failed
 * migrations". The engine throws `Error` objects whose `name` is the Rust error type and whose
 * message may carry a Prisma error code and a Rust span trace; we keep the first part only.
 */
export class SchemaEngineError extends Error {
  override name = "SchemaEngineError";
  constructor(
    message: string,
    readonly kind: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * Turns whatever the engine threw into a SchemaEngineError with a readable message. An error
 * thrown by our adapter code reaches JS only as "External error id#N"; the original waits in the
 * bound factory's error registry.
 */
export function toSchemaEngineError(error: unknown, registry?: ErrorRegistry): SchemaEngineError {
  if (error instanceof SchemaEngineError) return error;
  const kind = error instanceof Error ? error.name : "unknown";
  let raw = error instanceof Error ? error.message : String(error);
  const panic = panicRegistry();
  if (panic.message !== "" && error instanceof WebAssembly.RuntimeError) {
    raw = `schema engine panicked: ${panic.message}`;
    panic.message = "";
  }
  const externalId = /External error id#(\d+)/.exec(raw)?.[1];
  const external = externalId === undefined ? undefined : registry?.consumeError(Number(externalId));
  if (external) {
    const original = external.error;
    raw = `${raw.split("\n")[0]}: ${original instanceof Error ? original.message : String(original)}`;
  }
  // The engine appends a span trace ("   0: schema_engine_wasm::…\n at …rs:242"); drop it.
  const message = raw.split(/\n\s+0: /)[0]?.trim() ?? raw;
  const ownCode = (error as { code?: unknown } | null)?.code;
  const code = typeof ownCode === "string" ? ownCode : undefined;
  return new SchemaEngineError(message, kind, code);
}

/**
 * Process-wide, not module-wide: the wasm-bindgen glue module is loaded once per process, but this
 * file may be loaded twice (the test runner evaluates it once per project), and a second
 * instantiation would re-point the shared glue at a new instance under the first one's feet.
 */
const ENGINE_STATE = Symbol.for("intake-desk.schema-engine");
interface SharedEngineState {
  gluePromise: Promise<SchemaEngineGlue> | undefined;
  /** The tail of the queue of engine runs (see withSchemaEngine). */
  queue: Promise<unknown>;
}
const shared: SharedEngineState = ((globalThis as { [ENGINE_STATE]?: SharedEngineState })[ENGINE_STATE] ??= {
  gluePromise: undefined,
  queue: Promise.resolve(),
});

/**
 * The engine races its database calls against `setTimeout` (e.g. a 10 s advisory-lock timeout)
 * and never clears the losing timer, so a CLI would sit idle for 10 s before exiting. We route
 * the glue's setTimeout import through this tracker and clear what is left once no engine
 * operation is running (see `withSchemaEngine`). Timers stay referenced while work is in flight,
 * so a genuine engine sleep still keeps the process alive.
 */
const pendingTimers = new Set<ReturnType<typeof setTimeout>>();
let activeOperations = 0;

function withTrackedTimers(glue: Record<string, unknown>): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...glue };
  for (const key of Object.keys(glue)) {
    if (!key.startsWith("__wbg_setTimeout_")) continue;
    imports[key] = (callback: () => void, ms: number) => {
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        callback();
      }, ms >>> 0);
      pendingTimers.add(timer);
      return timer;
    };
  }
  return imports as WebAssembly.ModuleImports;
}

function clearIdleTimers(): void {
  if (activeOperations > 0) return;
  for (const timer of pendingTimers) clearTimeout(timer);
  pendingTimers.clear();
}

function locateWasm(): string {
  // Resolve through the package's own export map so hoisting/workspaces don't matter; fall back
  // to the conventional location when running inside a bundle that rewrote import.meta.url.
  try {
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    return path.join(path.dirname(glue), "schema_engine_bg.wasm");
  } catch {
    return path.resolve(process.cwd(), "node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm");
  }
}

function isGlue(value: unknown): value is SchemaEngineGlue {
  const v = value as Partial<SchemaEngineGlue> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.__wbg_set_wasm === "function" &&
    typeof v.SchemaEngine === "function" &&
    typeof v.version === "function"
  );
}

/**
 * The engine's panic hook writes the Rust panic message to `globalThis.PRISMA_WASM_PANIC_REGISTRY`
 * (the Prisma CLI installs it) and crashes the process with a TypeError when it is missing. We
 * install one and report the message as an error.
 */
interface PanicRegistry {
  message: string;
  set_message(message: string): void;
}

function panicRegistry(): PanicRegistry {
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(message: string) {
      this.message = message;
    },
  };
  return g.PRISMA_WASM_PANIC_REGISTRY;
}

/** Loads and starts the WASM module once per process (≈ 0.3 s); later calls reuse it. */
export function loadSchemaEngine(): Promise<SchemaEngineGlue> {
  panicRegistry();
  shared.gluePromise ??= (async () => {
    const glue: unknown = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    if (!isGlue(glue)) throw new Error("@prisma/schema-engine-wasm/schema_engine_bg has an unexpected shape");
    const bytes = await fs.promises.readFile(locateWasm());
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": withTrackedTimers(glue as unknown as Record<string, unknown>),
    });
    glue.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === "function") start();
    return glue;
  })();
  // A failed load should not poison every later attempt.
  shared.gluePromise.catch(() => {
    shared.gluePromise = undefined;
  });
  return shared.gluePromise;
}

export interface EngineLogOptions {
  /** Receives the engine's own log lines (JSON from its tracing layer), for debugging. */
  engineLog?: (line: string) => void;
}

/**
 * The engine insists on at least one schema file even for commands that only run SQL files
 * (apply, resolve). Those read nothing from it but the provider, so a datasource block suffices and
 * deploy does not depend on schema.prisma being present.
 */
const PROVIDER_ONLY_SCHEMA: SchemaContainer = {
  path: "provider-only.prisma",
  content: 'datasource db {\n  provider = "postgresql"\n}\n',
};

/**
 * Set after a panic. The trapped instance may hold half-updated state, and the wasm-bindgen glue
 * caches views of its memory, so neither reusing it nor re-instantiating it under the same glue
 * module is safe: every later operation in this process fails with the original panic instead.
 */
let poisoned: SchemaEngineError | undefined;

/**
 * A Rust panic inside a callback that the engine runs from a microtask surfaces as an uncaught
 * `WebAssembly.RuntimeError`, not as a rejection: without help the process dies (or the pending
 * call never settles). While an operation runs we turn such a panic into a rejection of that
 * operation (and mark the engine unusable, see `poisoned`).
 * Any other uncaught exception keeps Node's default behaviour.
 */
function panicGuard(): { panicked: Promise<never>; dispose: () => void } {
  let reject: (error: Error) => void = () => {};
  const panicked = new Promise<never>((_, r) => {
    reject = r;
  });
  panicked.catch(() => {});
  const onUncaught = (error: Error) => {
    const registry = panicRegistry();
    if (error instanceof WebAssembly.RuntimeError && registry.message !== "") {
      const converted = toSchemaEngineError(error);
      poisoned = converted;
      reject(converted);
      return;
    }
    if (process.listenerCount("uncaughtException") === 1) {
      process.removeListener("uncaughtException", onUncaught);
      throw error;
    }
  };
  process.on("uncaughtException", onUncaught);
  return { panicked, dispose: () => process.removeListener("uncaughtException", onUncaught) };
}

/**
 * Starts an engine on `factory`, runs `fn`, and frees the engine. The caller owns the databases
 * behind the factory and closes them afterwards (the engine never disposes the main connection).
 * Runs one at a time per process: two engines alive at once in the one WASM instance corrupt each
 * other's messages (seen as "The encoded data was not valid for encoding utf-8" when the test setup
 * migrated an embedded and a PostgreSQL template side by side).
 */
export function withSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: SchemaContainer[],
  fn: (engine: WasmSchemaEngine) => Promise<T>,
  options: EngineLogOptions = {},
): Promise<T> {
  const run = shared.queue.then(() => runSchemaEngine(factory, schemaFiles, fn, options));
  shared.queue = run.catch(() => undefined);
  return run;
}

async function runSchemaEngine<T>(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: SchemaContainer[],
  fn: (engine: WasmSchemaEngine) => Promise<T>,
  options: EngineLogOptions,
): Promise<T> {
  if (poisoned) {
    throw new SchemaEngineError(
      `The schema engine panicked earlier in this process and cannot be used again; restart the process. ` +
        `First panic: ${poisoned.message}`,
      poisoned.kind,
      poisoned.code,
    );
  }
  const glue = await loadSchemaEngine();
  const log = options.engineLog ?? (() => {});
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const files = schemaFiles.length > 0 ? schemaFiles : [PROVIDER_ONLY_SCHEMA];
  const guard = panicGuard();
  activeOperations++;
  let engine: WasmSchemaEngine | undefined;
  try {
    const created = await Promise.race([
      glue.SchemaEngine.new(
        { datamodels: files.map((f): [string, string] => [f.path, f.content]) },
        (line: string) => log(line),
        bound,
      ),
      guard.panicked,
    ]);
    engine = created as WasmSchemaEngine;
    return await Promise.race([fn(engine), guard.panicked]);
  } catch (error) {
    const converted = toSchemaEngineError(error, bound.errorRegistry);
    if (error instanceof WebAssembly.RuntimeError) poisoned = converted;
    throw converted;
  } finally {
    try {
      engine?.free();
    } catch {
      // A trapped instance cannot free; it is discarded with its module anyway.
    }
    guard.dispose();
    activeOperations--;
    clearIdleTimers();
  }
}

/** Parses one engine log line (JSON from its tracing layer); null when it is not JSON. */
export function parseEngineLog(line: string): { level: string; message: string } | null {
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== "object" || parsed === null) return null;
    const { level, fields } = parsed as { level?: unknown; fields?: { message?: unknown } };
    if (typeof level !== "string" || typeof fields?.message !== "string") return null;
    return { level, message: fields.message };
  } catch {
    return null;
  }
}
