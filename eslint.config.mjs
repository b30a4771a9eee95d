import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

export default [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "bench-results/**",
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
