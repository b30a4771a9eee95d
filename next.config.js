// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets a benchmark build run beside the e2e build (NEXT_DIST_DIR=.next-bench).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false, // docs/security.md X3/X4: no X-Powered-By
  reactStrictMode: true,
  // The end-to-end build also compiles `*.e2e.ts` routes (the test-only account seeding of
  // ADR 0013); any other build leaves them out, so production has no such route.
  pageExtensions:
    process.env.E2E_TEST_ROUTES === "1" ? ["e2e.ts", "tsx", "ts", "jsx", "js"] : ["tsx", "ts", "jsx", "js"],
  // `npm test` type-checks the whole project (tests, scripts, seed) with tsc; the build does not
  // repeat it.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with a 403 for a signed-in user without permission.
  experimental: { authInterrupts: true },
  // WASM and native packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/schema-engine-wasm",
    "@prisma/adapter-pg",
    "@node-rs/argon2",
    "pg",
  ],
  // Headers that do not depend on the request; the CSP with its nonce is set in proxy.ts.
  async headers() {
    const headers = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ];
    if (process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https://")) {
      headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
    }
    return [{ source: "/:path*", headers }];
  },
};

export default nextConfig;
