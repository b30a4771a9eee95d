import { expect, test } from "./fixtures";
import { signInViaApi } from "./helpers";

test("pages carry the security headers (X3/X4)", async ({ admin, page }) => {
  await signInViaApi(page.request, admin);
  const response = await page.goto("/admin/users");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["x-powered-by"]).toBeUndefined();
  // Scripts run under the nonce: the page is interactive (no CSP violation blocked hydration).
  await page.getByRole("link", { name: "New account" }).click();
  await expect(page.getByRole("heading", { name: "New staff account" })).toBeVisible();
});

test("the session cookie is HttpOnly and SameSite=Lax (S1)", async ({ login, context }) => {
  await login("Administrator");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("intake.session"));
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe("Lax");
});

test("a tampered or forged session token is refused without a 500 (S7)", async ({ page, context, baseURL }) => {
  const forged = [
    "eyJhbGciOiJub25lIn0.eyJ1aWQiOiJ4Iiwicm9sZSI6IkFETUlOIn0.", // alg: none
    "not-a-token",
    "a".repeat(4000),
  ];
  for (const value of forged) {
    await context.clearCookies();
    await context.addCookies([{ name: "intake.session", value, url: baseURL! }]);
    const response = await page.goto("/admin/users");
    expect(response!.status()).toBeLessThan(500);
    await expect(page).toHaveURL(/\/signin/);
  }
});

test("odd paths and middleware tricks still need a session (Z5)", async ({ request, baseURL }) => {
  for (const path of ["/admin/users", "//admin/users", "/admin%2Fusers", "/admin/users?_rsc=1", "/api/session"]) {
    const response = await request.get(`${baseURL}${path}`, {
      headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
      maxRedirects: 0,
    });
    expect([307, 308, 401, 404], path).toContain(response.status());
    expect(await response.text()).not.toContain("Staff accounts");
  }
});

test("callbackUrl cannot send the user off the site (X8)", async ({ admin, page }) => {
  for (const target of ["https://evil.example/", "//evil.example/", "/\\evil.example"]) {
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
    await page.context().clearCookies();
  }
});

test("route handlers refuse a foreign Origin (X6) and GET changes nothing (X7)", async ({ login, page, baseURL }) => {
  await login("Administrator");
  const foreign = await page.request.post("/api/session", { headers: { origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  const same = await page.request.post("/api/session", { headers: { origin: new URL(baseURL!).origin } });
  expect(same.status()).toBe(200);
  const get = await page.request.get("/api/session");
  expect(get.status()).toBe(405);
});

test("health reports the database (F1)", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up", kind: "embedded" } });
});
