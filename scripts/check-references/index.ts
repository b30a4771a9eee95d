/**
 * `npm run lint` runs this after ESLint: every file of the repository (tracked, or new and not
 * ignored) is checked against the reference rules in rules.ts. Prints each problem as
 * `file:line: message` and exits 1 when there is any.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findProblems, formatProblem, indexRepo } from "./rules";

const root = path.resolve(import.meta.dirname, "../..");

/** Its tests plant bad references on purpose. */
const EXEMPT = new Set(["scripts/check-references/rules.test.ts"]);
const GENERATED_OR_DATA = /^(package-lock\.json|lib\/generated\/)/;
const BINARY = /\.(png|jpe?g|gif|ico|webp|svg|wasm|woff2?|ttf|otf|pdf|zip|gz|tgz)$/i;
const SKIPPED_FOLDERS = new Set([
  ".git",
  "node_modules",
  "lib/generated",
  "test-results",
  "playwright-report",
  "coverage",
  "bench-results",
]);

/** Without git (an unpacked archive), walk the tree instead. */
function walk(dir = ""): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(rel) && !/^\.(next|data)/.test(entry.name)) out.push(...walk(rel));
    } else if (entry.isFile()) out.push(rel);
  }
  return out;
}

function repositoryFiles(): string[] {
  try {
    const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
    // A file deleted in the working tree is still "cached" until the deletion is staged.
    return [...new Set(listed.split("\0"))].filter((f) => f !== "" && fs.existsSync(path.join(root, f)));
  } catch {
    return walk();
  }
}

const files = repositoryFiles().sort();
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const index = indexRepo(files, read);
const problems = files
  .filter((f) => !EXEMPT.has(f) && !GENERATED_OR_DATA.test(f) && !BINARY.test(f))
  .flatMap((f) => findProblems(index, f, read(f)));

for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
if (problems.length > 0) {
  process.stderr.write(
    `\ncheck-references: ${problems.length} problem(s). Comments and documents cite only what is in the repository (docs/contributing.md "Comments and documents").\n`,
  );
  process.exit(1);
}
