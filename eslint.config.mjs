import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// Pure code — an area's rules/ and its use-case schemas (docs/architecture.md) — imports no
// database client, audit, Next.js, React or server-only, and no module of an area that is not
// itself pure: only rules/, schemas, the Prisma enums and the pure cross-cutting helpers.
const PURE_MESSAGE =
  "Pure code (lib/**/rules/**, lib/**/schemas.ts) must not import the database, audit, Next.js, React, server-only, or an area's non-rules modules (docs/architecture.md).";
const PURE_LIB_MODULES = [
  "[^/]+/rules(?:/|$)",
  "[^/]+/schemas$",
  "dates/",
  "people/",
  "generated/prisma/enums$",
  "errors$",
  "phone$",
  "csv$",
];
/**
 * The no-restricted-imports options for pure code. `where`: a rules/ file may import its own
 * folder ("./…") and leaves it by an @/ path; schemas.ts, at the area's root, imports only rules/
 * relatively. `alsoAllowed`: further modules known to be pure ("@/lib/…" or "./…").
 */
function pureImports({ where, alsoAllowed = [], tests = false }) {
  const lib = [
    ...PURE_LIB_MODULES,
    ...alsoAllowed.filter((m) => m.startsWith("@/lib/")).map((m) => `${m.slice("@/lib/".length)}$`),
  ];
  const here = ["rules(?:/|$)", ...alsoAllowed.filter((m) => m.startsWith("./")).map((m) => `${m.slice(2)}$`)];
  return [
    "error",
    {
      paths: ["server-only", "next", "next-auth", "react", "react-dom", "pg"].map((name) => ({
        name,
        message: PURE_MESSAGE,
      })),
      patterns: [
        {
          group: [
            "next/*",
            "next-auth/*",
            "react/*",
            "react-dom/*",
            "@prisma/*",
            "@electric-sql/*",
            "pglite-prisma-adapter",
          ],
          message: PURE_MESSAGE,
        },
        // Route and UI code (and, outside unit tests, test code), and any lib module not known to be pure.
        { regex: tests ? "^@/(?!lib/|tests/)" : "^@/(?!lib/)", message: PURE_MESSAGE },
        { regex: `^@/lib/(?!${lib.join("|")})`, message: PURE_MESSAGE },
        { regex: "^\\.\\./", message: `${PURE_MESSAGE} Leave the folder by an @/ path.` },
        ...(where === "schemas" ? [{ regex: `^\\./(?!${here.join("|")})`, message: PURE_MESSAGE }] : []),
      ],
    },
  ];
}

export default [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "bench-results/**",
      // Stryker's sandbox copy and its reports (npm run test:mutation).
      ".stryker-tmp/**",
      "reports/**",
      "node_modules/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "*.config.js",
      "*.config.mjs",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // docs/contributing.md / docs/security.md V3: raw SQL only through tagged templates.
      "no-restricted-properties": [
        "error",
        { property: "$queryRawUnsafe", message: "Use the $queryRaw tagged template (parameterized)." },
        { property: "$executeRawUnsafe", message: "Use the $executeRaw tagged template (parameterized)." },
      ],
      // Route files never touch Prisma (docs/architecture.md): only lib/** does.
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/generated/prisma/client", "@prisma/client"], message: "Only lib/** talks to Prisma." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**", "prisma/**", "scripts/**", "tests/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["lib/**/rules/**/*.ts"],
    rules: { "no-restricted-imports": pureImports({ where: "rules" }) },
  },
  {
    // Unit tests of the rules may use the pure test data builders (tests/factories/).
    files: ["lib/**/rules/**/*.test.ts"],
    rules: { "no-restricted-imports": pureImports({ where: "rules", tests: true }) },
  },
  {
    files: ["lib/**/schemas.ts"],
    rules: { "no-restricted-imports": pureImports({ where: "schemas" }) },
  },
  {
    // A PGlite opened without our contrib extensions cannot replay the migrations or use their
    // indexes (ADR 0011): every instance comes from createPglite in lib/db/pglite.ts.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/db/pglite.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='PGlite'][property.name='create']",
          message: "Use createPglite from lib/db/pglite.ts (it loads the extensions).",
        },
        {
          selector: "NewExpression[callee.name='PGlite']",
          message: "Use createPglite from lib/db/pglite.ts (it loads the extensions).",
        },
      ],
    },
  },
];
