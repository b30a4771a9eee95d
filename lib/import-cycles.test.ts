/**
 * No import cycles in lib/ (docs/architecture.md: one home per concept, lower areas never import
 * higher ones). Two checks over the value imports of lib/**: no cycle between modules, and no
 * cycle between areas (lib/<area>/…, or a cross-cutting file such as lib/errors.ts) — reports
 * import care, never the reverse. An ESLint rule (import/no-cycle) sees only module cycles and
 * is slow with the TypeScript resolver; this reads the files with the compiler's parser in about a
 * second. Type-only imports are left out: they are erased, so they cannot form a runtime cycle
 * (every area imports the `Actor` type, for one).
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const LIB = path.join(ROOT, "lib");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(LIB, "generated") ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")])
    if (fs.existsSync(candidate)) return candidate;
  return null;
}

/** The modules a file imports at run time (static, re-exports and dynamic `import()`). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly =
        node.isTypeOnly ||
        (node.exportClause !== undefined &&
          ts.isNamedExports(node.exportClause) &&
          node.exportClause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers
    .map((s) => resolveImport(file, s))
    .filter((f): f is string => f !== null && f.startsWith(LIB + path.sep));
}

/** `care` for lib/care/**, `errors` for lib/errors.ts. */
function areaOf(file: string): string {
  const [first = ""] = path.relative(LIB, file).split(path.sep);
  return first.replace(/\.tsx?$/, "");
}

/** Strongly connected components with more than one member (Tarjan): the cycles. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
      }
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) connect(v);
  return found;
}

const files = sourceFiles(LIB);
const modules = new Map(files.map((f) => [f, new Set(valueImports(f))]));
const rel = (f: string) => path.relative(ROOT, f);

describe("imports in lib/", () => {
  it("form no cycle between modules", () => {
    expect(cycles(modules).map((c) => c.map(rel))).toEqual([]);
  });

  it("form no cycle between areas", () => {
    const areas = new Map<string, Set<string>>();
    const because = new Map<string, string>();
    for (const [file, imports] of modules) {
      const from = areaOf(file);
      if (!areas.has(from)) areas.set(from, new Set());
      for (const target of imports) {
        const to = areaOf(target);
        if (to === from) continue;
        areas.get(from)!.add(to);
        because.set(`${from} → ${to}`, `${rel(file)} imports ${rel(target)}`);
      }
    }
    const found = cycles(areas).map((members) =>
      [...because].filter(
        ([edge]) => members.includes(edge.split(" → ")[0]!) && members.includes(edge.split(" → ")[1]!),
      ),
    );
    expect(found).toEqual([]);
  });

  it("sees the imports it checks (a parser that found nothing would pass the checks above)", () => {
    expect(files.length).toBeGreaterThan(100);
    expect([...modules.get(path.join(LIB, "reports", "continuity.ts"))!].map(rel)).toContain(
      "lib/care/continuity-queries.ts",
    );
    expect(areaOf(path.join(LIB, "errors.ts"))).toBe("errors");
  });
});
