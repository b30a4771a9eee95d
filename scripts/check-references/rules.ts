/**
 * The rules of the reference check (docs/contributing.md "Comments and documents"): a comment or
 * document may cite only what is in the repository. Pure: the runner (index.ts) lists and reads
 * the files; these functions see paths and text only.
 *
 * A line is a problem when it
 * - names a Markdown file (`*.md`, bare or with a path) that does not exist, or a `docs/` path
 *   that is neither a file nor a folder;
 * - links, in a Markdown file, to a relative target that does not exist;
 * - names an ADR number with no file of that number in docs/decisions/;
 * - quotes a section of a repository document (`<doc> "Section"` or `<doc> §Section`) that has no
 *   heading starting with those words;
 * - cites a security ID after docs/security.md that the security bar does not define;
 * - points outside the repository, at the design notes it grew from;
 * - names an issue or journey by its number.
 */
import path from "node:path";

export interface Problem {
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

export interface RepoIndex {
  /** Every file, as a repository-relative POSIX path. */
  files: ReadonlySet<string>;
  /** Every folder that holds a file, without a trailing slash. */
  folders: ReadonlySet<string>;
  /** File names (the last path segment) of every file. */
  basenames: ReadonlySet<string>;
  /** Normalized headings of every Markdown file, by path. */
  headings: ReadonlyMap<string, readonly string[]>;
  /** The IDs docs/security.md defines (A1, Z3, …); empty when it does not exist. */
  securityIds: ReadonlySet<string>;
}

const SECURITY_DOC = "docs/security.md";
const DECISIONS_DIR = "docs/decisions/";

/** Lowercase, straight quotes, single spaces, no trailing ellipsis or punctuation. */
export function normalizeTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .replace(/(\s*(…|\.\.\.|[.,;:!?]))+$/u, "")
    .trim();
}

/** The ATX headings of a Markdown text (`#` to `######`), outside fenced code, normalized. */
export function markdownHeadings(text: string): string[] {
  const headings: string[] = [];
  let fenced = false;
  for (const line of text.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const match = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (match?.[1]) headings.push(normalizeTitle(match[1]));
  }
  return headings;
}

const SECURITY_ID = /\b[ASZVXLCF]\d{1,2}\b/g;

/** IDs the security bar defines: those in the first cell of a table row, or opening a heading. */
export function definedSecurityIds(text: string): Set<string> {
  const ids = new Set<string>();
  for (const line of text.split("\n")) {
    const cell = /^\|\s*([^|]+)\|/.exec(line)?.[1] ?? /^#{1,6}\s+(\S+)/.exec(line)?.[1];
    if (cell) for (const id of cell.match(SECURITY_ID) ?? []) ids.add(id);
  }
  return ids;
}

export function indexRepo(files: readonly string[], readText: (file: string) => string): RepoIndex {
  const folders = new Set<string>();
  const basenames = new Set<string>();
  const headings = new Map<string, string[]>();
  for (const file of files) {
    basenames.add(path.posix.basename(file));
    for (let dir = path.posix.dirname(file); dir !== "." && !folders.has(dir); dir = path.posix.dirname(dir)) {
      folders.add(dir);
    }
    if (file.endsWith(".md")) headings.set(file, markdownHeadings(readText(file)));
  }
  const fileSet = new Set(files);
  return {
    files: fileSet,
    folders,
    basenames,
    headings,
    securityIds: fileSet.has(SECURITY_DOC) ? definedSecurityIds(readText(SECURITY_DOC)) : new Set(),
  };
}

/** URLs are other people's paths: blanked out (same length, so columns stay) before any rule. */
function withoutUrls(line: string): string {
  return line.replace(/\b(?:https?|mailto):[^\s)>\]"'`]+/g, (url) => " ".repeat(url.length));
}

function existsAsFileOrFolder(index: RepoIndex, target: string): boolean {
  const clean = target.replace(/\/+$/, "");
  return clean === "" || index.files.has(clean) || index.folders.has(clean);
}

/** A path as written, resolved from the repository root or from the citing file's folder. */
function resolves(index: RepoIndex, file: string, written: string): boolean {
  const fromRoot = path.posix.normalize(written);
  const fromFile = path.posix.normalize(path.posix.join(path.posix.dirname(file), written));
  return [fromRoot, fromFile].some((p) => !p.startsWith("../") && existsAsFileOrFolder(index, p));
}

// Paths start after a character that cannot be part of a path.
const MARKDOWN_NAME = /(?<![\w./-])([\w./-]*[\w-]\.md)(?![\w-])/g;
const DOCS_PATH = /(?<![\w./-])(docs\/[\w./-]*)/g;
const MARKDOWN_LINK = /\]\(\s*<?([^)\s>#]+)[^)]*\)/g;
const ADR_NUMBERS = /\bADRs?\s+(\d{4}(?:\s*(?:,|\/|&|and|or|[-–])\s*\d{4})*)/g;
const SECTION_CITATION =
  /(?<![\w./-])(docs\/[\w./-]*\.md)(?:'s|’s)?\s*\(?\s*(?:["“]([\p{L}\p{N}][^"”\n]*)(["”]?)|§\s*([^)\],;:.\n]+))/gu;
const SECURITY_CITATION =
  /(?<![\w./-])docs\/security\.md\s*\(?\s*([ASZVXLCF]\d{1,2}(?:\s*(?:[/–,-]|and)\s*[ASZVXLCF]\d{1,2})*)/g;
const OUTSIDE_NOTES = /(?:^|[^\w.])\.\.\/shared\b|\/work\/shared\b/;
const ISSUE_NUMBER = /\b(?:issues?|journeys?)\s+#?\d+/gi;

function markdownNameProblems(index: RepoIndex, file: string, line: string): string[] {
  const out: string[] = [];
  for (const [, name = ""] of line.matchAll(MARKDOWN_NAME)) {
    const ok = name.includes("/") ? resolves(index, file, name) : index.basenames.has(name);
    if (!ok) out.push(`names ${name}, which is not in the repository`);
  }
  return out;
}

function docsPathProblems(index: RepoIndex, line: string): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(DOCS_PATH)) {
    const written = (match[1] ?? "").replace(/\.+$/, "");
    if (written.endsWith(".md")) continue; // markdownNameProblems has it
    const next = line[(match.index ?? 0) + (match[1] ?? "").length];
    // `docs/decisions/0002-*.md`, `docs/<name>`, or an ADR by its number alone
    // (`docs/decisions/0002`): a prefix that some file must start with.
    const prefix = next === "*" || next === "<" || /^docs\/decisions\/\d{4}$/.test(written);
    const ok = prefix ? [...index.files].some((f) => f.startsWith(written)) : existsAsFileOrFolder(index, written);
    if (!ok) out.push(`names ${written}, which is not in the repository`);
  }
  return out;
}

function markdownLinkProblems(index: RepoIndex, file: string, line: string): string[] {
  if (!file.endsWith(".md")) return [];
  const out: string[] = [];
  for (const [, target = ""] of line.matchAll(MARKDOWN_LINK)) {
    // External links are not ours to check; Markdown files are checked by name already.
    if (/^[a-z][a-z+.-]*:/i.test(target) || target.endsWith(".md")) continue;
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
    if (resolved.startsWith("../") || !existsAsFileOrFolder(index, resolved)) {
      out.push(`links to ${target}, which is not in the repository`);
    }
  }
  return out;
}

function adrProblems(index: RepoIndex, line: string): string[] {
  const out: string[] = [];
  for (const [, list = ""] of line.matchAll(ADR_NUMBERS)) {
    for (const number of list.match(/\d{4}/g) ?? []) {
      const prefix = `${DECISIONS_DIR}${number}-`;
      if (![...index.files].some((f) => f.startsWith(prefix) && f.endsWith(".md"))) {
        out.push(`names ADR ${number}, but there is no ${prefix}….md`);
      }
    }
  }
  return out;
}

function sectionProblems(index: RepoIndex, line: string): string[] {
  const out: string[] = [];
  for (const [, doc = "", quoted, , section] of line.matchAll(SECTION_CITATION)) {
    const headings = index.headings.get(doc);
    const cited = quoted ?? section ?? "";
    const title = normalizeTitle(cited);
    if (!headings || title === "") continue; // a missing document is reported by the name rule
    if (!headings.some((h) => h.startsWith(title))) {
      out.push(`cites the section "${cited.trim()}" of ${doc}, which has no heading starting with it`);
    }
  }
  return out;
}

function securityIdProblems(index: RepoIndex, line: string): string[] {
  if (index.securityIds.size === 0) return [];
  const out: string[] = [];
  for (const [, list = ""] of line.matchAll(SECURITY_CITATION)) {
    for (const id of list.match(SECURITY_ID) ?? []) {
      if (!index.securityIds.has(id)) out.push(`cites ${id} of ${SECURITY_DOC}, which does not define it`);
    }
  }
  return out;
}

/** Every problem in one file's text. */
export function findProblems(index: RepoIndex, file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = withoutUrls(raw);
    const messages = [
      ...markdownNameProblems(index, file, line),
      ...docsPathProblems(index, line),
      ...markdownLinkProblems(index, file, line),
      ...adrProblems(index, line),
      ...sectionProblems(index, line),
      ...securityIdProblems(index, line),
      ...(OUTSIDE_NOTES.test(line)
        ? ["points outside the repository, at design notes that are not part of it: cite a file in docs/"]
        : []),
      ...[...line.matchAll(ISSUE_NUMBER)].map(
        ([words]) => `names an issue by its number ("${words}"): say what it was about instead`,
      ),
    ];
    for (const message of messages) problems.push({ file, line: i + 1, message });
  });
  return problems;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
