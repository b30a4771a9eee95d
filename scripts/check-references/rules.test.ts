import { describe, expect, it } from "vitest";
import { definedSecurityIds, findProblems, formatProblem, indexRepo, markdownHeadings, normalizeTitle } from "./rules";

const DOCS: Record<string, string> = {
  "README.md": "# Intake Desk\n\nSee [the architecture](docs/architecture.md).\n",
  "docs/architecture.md": "# Architecture\n\n## Domain model\n\n## Auth and sessions\n",
  "docs/clinical.md": "# Clinical\n\n## Step-down continuity\n\n## Psychosocial and medical questions\n",
  "docs/security.md": "# Security bar\n\n| ID | Promise |\n| --- | --- |\n| A1 | argon2id |\n| Z3 | roles |\n",
  "docs/decisions/0002-offline-migrations.md": "# 0002 — Offline migrations\n",
  "docs/telephony.md": "Design: [ADR 0002](decisions/0002-offline-migrations.md).\n",
  "lib/care/continuity.ts": "",
};
const index = indexRepo(Object.keys(DOCS), (file) => DOCS[file] ?? "");

/** The messages for one line of a file at `file`. */
const check = (text: string, file = "lib/example.ts") => findProblems(index, file, text).map((p) => p.message);

describe("Markdown names and docs/ paths", () => {
  it("accepts documents that exist, from the root or relative to the citing file", () => {
    expect(check("// see docs/clinical.md and README.md")).toEqual([]);
    expect(check("Design: [ADR 0002](decisions/0002-offline-migrations.md).", "docs/telephony.md")).toEqual([]);
    expect(check("one page per decision in docs/decisions/, docs/decisions/0002-*.md")).toEqual([]);
  });

  it("refuses a Markdown file that is not in the repository, by name or by path", () => {
    expect(check("// rules in MISSING-NOTES.md")).toEqual(["names MISSING-NOTES.md, which is not in the repository"]);
    expect(check("// see docs/style.md")).toEqual(["names docs/style.md, which is not in the repository"]);
  });

  it("refuses a docs/ path that is neither a file nor a folder", () => {
    expect(check("// docs/benchmarks/")).toEqual(["names docs/benchmarks/, which is not in the repository"]);
  });

  it("accepts an ADR cited by its path without the title", () => {
    expect(check("// (docs/decisions/0002)")).toEqual([]);
    expect(check("// (docs/decisions/0003)")).toHaveLength(1);
  });

  it("checks Markdown links relative to the document", () => {
    expect(check("[Architecture](architecture.md), [ADRs](decisions/)", "docs/telephony.md")).toEqual([]);
    expect(check("[Old notes](notes/)", "docs/telephony.md")).toEqual([
      "links to notes/, which is not in the repository",
    ]);
  });

  it("ignores URLs, which are other people's paths", () => {
    expect(check("// https://github.com/example/project/blob/main/SECURITY.md")).toEqual([]);
    expect(check("[guide](https://nextjs.org/docs/app/guides/data-security)", "docs/security.md")).toEqual([]);
  });

  it("does not take other extensions or globs for Markdown names", () => {
    expect(check("// page.mdx and *.md are not names")).toEqual([]);
  });
});

describe("ADR numbers", () => {
  it("needs a file of that number in docs/decisions/", () => {
    expect(check("// ADR 0002")).toEqual([]);
    expect(check("// ADR 0013")).toEqual(["names ADR 0013, but there is no docs/decisions/0013-….md"]);
  });

  it("checks every number of a list", () => {
    expect(check("// ADRs 0002 and 0014")).toEqual(["names ADR 0014, but there is no docs/decisions/0014-….md"]);
  });
});

describe("sections of repository documents", () => {
  it("accepts a quoted or § section that starts a heading", () => {
    expect(check('// docs/clinical.md "Step-down continuity", modelled on HEDIS FUI')).toEqual([]);
    expect(check("// (docs/architecture.md §Domain model)")).toEqual([]);
    expect(check("// (docs/architecture.md §Auth)")).toEqual([]);
  });

  it("accepts a quotation cut by the end of the line, and a trailing ellipsis", () => {
    expect(check('// docs/clinical.md ("Psychosocial')).toEqual([]);
    expect(check('// docs/clinical.md "Psychosocial…"')).toEqual([]);
  });

  it("refuses a section with no such heading", () => {
    expect(check('// docs/clinical.md "Bands"')).toEqual([
      'cites the section "Bands" of docs/clinical.md, which has no heading starting with it',
    ]);
    expect(check("// docs/architecture.md §Layout")).toHaveLength(1);
  });

  it("does not read a string's closing quote as a section", () => {
    expect(check('it("carries the codes of docs/clinical.md", () => {')).toEqual([]);
  });
});

describe("security IDs", () => {
  it("accepts IDs the security bar defines and refuses others", () => {
    expect(check("// docs/security.md A1")).toEqual([]);
    expect(check('describe("roles (docs/security.md Z3)", () => {')).toEqual([]);
    expect(check("// docs/security.md A1/A2")).toEqual(["cites A2 of docs/security.md, which does not define it"]);
  });

  it("reads the IDs from the first cell of the bar's tables", () => {
    expect(definedSecurityIds("| ID | Promise |\n| --- | --- |\n| S4 | sign-out |\n| X3, X4 | headers |")).toEqual(
      new Set(["S4", "X3", "X4"]),
    );
  });
});

describe("outside notes and issue numbers", () => {
  // Built from parts, so that a search of the repository for that path finds only real citations.
  const sharedPath = [".."].concat("shared", "NOTES.md").join("/");

  it("refuses a path to the design notes outside the repository", () => {
    expect(check(`// see ${sharedPath}`)).toContain(
      "points outside the repository, at design notes that are not part of it: cite a file in docs/",
    );
  });

  it.each([
    ["issue", "12"],
    ["Issues", "#3"],
    ["journey", "4"],
  ])("refuses %s %s", (word, number) => {
    expect(check(`// fixed for ${word} ${number}`)).toEqual([
      `names an issue by its number ("${word} ${number}"): say what it was about instead`,
    ]);
  });

  it("lets the words be used without a number", () => {
    expect(check("// a known issue with PGlite; the care journey")).toEqual([]);
  });
});

describe("helpers", () => {
  it("normalizes titles for comparison", () => {
    expect(normalizeTitle("  Step-down   *continuity*…")).toBe("step-down continuity");
  });

  it("reads headings outside fenced code only", () => {
    expect(markdownHeadings("# One\n```\n# not a heading\n```\n## Two ##\n")).toEqual(["one", "two"]);
  });

  it("formats a problem as file:line: message", () => {
    const [problem] = findProblems(index, "lib/x.ts", "ok\n// MISSING-NOTES.md");
    expect(problem && formatProblem(problem)).toBe(
      "lib/x.ts:2: names MISSING-NOTES.md, which is not in the repository",
    );
  });
});
