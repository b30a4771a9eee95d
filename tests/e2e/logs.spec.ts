import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { admin } from "./helpers";

/**
 * docs/security.md L4: after the whole suite, the server log holds no password, email or cookie.
 * Runs last (its project depends on all others).
 */
test("the server log carries no secrets or PHI canaries", () => {
  const log = fs.readFileSync("test-results/e2e-server.log", "utf8");
  expect(log.length).toBeGreaterThan(0);
  const canaries = [
    admin().password,
    admin().email,
    "e2e Casey Coordinator long passphrase",
    "intake.session=",
    "$argon2id$",
    "@e2e.intake.test",
  ];
  for (const canary of canaries) expect(log, canary).not.toContain(canary);
});
