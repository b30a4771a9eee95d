/**
 * Test factories: each call creates fresh rows with unique values (a counter plus a random
 * suffix), so no test depends on another's data — on a per-file PGlite or a PostgreSQL database
 * shared by parallel test files alike. Synthetic values come from the demo seeder's word lists
 * (prisma/seed/names.ts): common first/last names, fictional 555-01xx numbers, `.test` emails.
 *
 * Overrides are Prisma's unchecked create inputs, so a test sets exactly the columns it cares about.
 *
 * One file per area: base.ts (staff, settings, patients, calls), care.ts (episodes, transitions,
 * sessions, a patient mid step-down), care-timeline.ts (in-memory timelines for the care rules'
 * unit tests: no database), reports.ts (rows the reports count).
 */
export * from "./base";
export * from "./care";
export * from "./care-timeline";
export * from "./reports";
export * from "./screening-answers";
