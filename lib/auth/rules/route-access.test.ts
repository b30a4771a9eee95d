import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTE_ACCESS } from "./route-access";

const appDir = path.resolve(import.meta.dirname, "../../../app");

/** Every page.tsx and route.ts under app/, as its URL pattern (route groups removed). */
function routes(): { route: string; file: string }[] {
  const found: { route: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
        const rel = path
          .relative(appDir, path.dirname(full))
          .split(path.sep)
          .filter((s) => s && !/^\(.*\)$/.test(s));
        found.push({ route: `/${rel.join("/")}`, file: full });
      }
    }
  };
  walk(appDir);
  return found;
}

describe("authorization matrix (docs/security.md Z1)", () => {
  const all = routes();

  it("finds the app's routes", () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all)("$route is in the matrix", ({ route }) => {
    expect(Object.keys(ROUTE_ACCESS)).toContain(route);
  });

  it.each(all.filter((r) => r.file.endsWith("page.tsx")))(
    "page $route guards itself with its own matrix entry",
    ({ route, file }) => {
      const access = ROUTE_ACCESS[route as keyof typeof ROUTE_ACCESS];
      const source = fs.readFileSync(file, "utf8");
      if (access === "public") {
        expect(source).not.toContain("guardPage(");
      } else {
        expect(source).toContain(`guardPage("${route}"`);
      }
    },
  );

  /**
   * What stands in for the session on each public route handler: Twilio's webhooks are authenticated
   * by their signature; sign-in and the health probe need nothing.
   */
  const PUBLIC_HANDLER_GUARD: Record<string, string | null> = {
    "/api/telephony/voice": "readSignedWebhook(",
    "/api/telephony/status": "readSignedWebhook(",
    "/api/auth/[...nextauth]": null,
    "/api/health": null,
  };
  /** Handlers whose permission depends on the request (each report names its own). */
  const PERMISSION_FROM_REQUEST: Record<string, string> = {
    "/api/reports/[report]/export": "requireActor(REPORTS[report].permission)",
  };

  it.each(all.filter((r) => r.file.endsWith("route.ts")))(
    "route handler $route checks its own matrix entry",
    ({ route, file }) => {
      const access = ROUTE_ACCESS[route as keyof typeof ROUTE_ACCESS];
      const source = fs.readFileSync(file, "utf8");
      if (access === "public") {
        expect(Object.keys(PUBLIC_HANDLER_GUARD)).toContain(route);
        const guard = PUBLIC_HANDLER_GUARD[route];
        if (guard) expect(source).toContain(guard);
        expect(source).not.toMatch(/requireActor\(/);
      } else if (access === "signed-in") {
        expect(source).toMatch(/requireActor\(undefined\b/);
      } else {
        expect(source).toContain(PERMISSION_FROM_REQUEST[route] ?? `requireActor("${access}"`);
      }
    },
  );

  it("has no stale entries", () => {
    const present = new Set(all.map((r) => r.route));
    for (const route of Object.keys(ROUTE_ACCESS)) expect(present).toContain(route);
  });

  it("every server action file goes through the action wrapper", () => {
    const actionFiles: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "actions.ts") actionFiles.push(full);
      }
    };
    walk(appDir);
    expect(actionFiles.length).toBeGreaterThan(0);
    for (const file of actionFiles) {
      const source = fs.readFileSync(file, "utf8");
      expect(source.startsWith('"use server"')).toBe(true);
      // The first-run setup is the one action without a session (documented in the file).
      if (!file.includes(`${path.sep}setup${path.sep}`)) expect(source).toContain("defineAction(");
    }
  });
});
