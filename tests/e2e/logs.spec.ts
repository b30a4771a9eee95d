import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { FIRST_RUN_ADMIN } from "./helpers";

/**
 * docs/security.md L4: after the whole suite, the servers' logs hold no password, email or cookie.
 * Runs last (its project depends on all others).
 */
for (const file of ["test-results/e2e-server.log", "test-results/e2e-first-run-server.log"]) {
  test(`the server log carries no secrets or PHI canaries (${file})`, () => {
    const log = fs.readFileSync(file, "utf8");
    expect(log.length).toBeGreaterThan(0);
    const canaries = [
      FIRST_RUN_ADMIN.password,
      FIRST_RUN_ADMIN.email,
      "e2e Avery Admin long passphrase",
      "e2e Casey Coordinator long passphrase",
      "intake.session=",
      "$argon2id$",
      "@e2e.intake.test",
    ];
    for (const canary of canaries) expect(log, canary).not.toContain(canary);
  });
}
