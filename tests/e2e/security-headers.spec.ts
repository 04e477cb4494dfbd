import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { newPerson, signUp } from "./accounts";
import { findQuestion, snapshot } from "./content-lookup";
import { watchCspViolations } from "./csp-violations";
import { inlineScriptHashes, scriptHash } from "../../lib/security/inline-scripts";

// What the production server (`npm start`, local mode, plain http) sends; the https-only parts (HSTS,
// upgrade-insecure-requests) and development's 'unsafe-eval' are covered in tests/unit/security-headers.test.ts.

const FIXED_HEADERS = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

function expectFixedHeaders(response: APIResponse, what: string) {
  expect(response.status(), what).toBe(200);
  for (const [name, value] of Object.entries(FIXED_HEADERS)) {
    // Exactly once: two sources (next.config.mjs and the proxy) must not both send it.
    const sent = response.headersArray().filter((h) => h.name.toLowerCase() === name);
    expect(
      sent.map((h) => h.value),
      `${name} on ${what}`,
    ).toEqual([value]);
  }
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
    expect(response.headers()["permissions-policy"], `${feature} on ${what}`).toContain(`${feature}=()`);
  expect(response.headers()["strict-transport-security"], `HSTS over plain http on ${what}`).toBeUndefined();
}

/** The policy as directive → sources. */
function csp(response: APIResponse): Map<string, string[]> {
  const header = response.headers()["content-security-policy"];
  expect(header, "a Content-Security-Policy header").toBeTruthy();
  return new Map(
    header!.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

/** The policy's rules that do not depend on how scripts are allowed. */
function expectStrictRest(policy: Map<string, string[]>, what: string) {
  const scripts = policy.get("script-src")!;
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(scripts, `no eval outside development (${what})`).not.toContain("'unsafe-eval'");
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  expect(policy.has("upgrade-insecure-requests"), "no upgrade to https on an http site").toBe(false);
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/**
 * A page rendered per request allows only scripts that carry this response's nonce (and what they load), plus the
 * boot script by its hash; every script of ours carries the nonce or is that one.
 */
async function expectStrictPageCsp(response: APIResponse, what: string): Promise<string> {
  const policy = csp(response);
  const scripts = policy.get("script-src")!;
  const nonce = scripts.find((s) => s.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
  expect(nonce, `a nonce in script-src on ${what}`).toBeTruthy();
  expect(scripts).toContain("'strict-dynamic'");
  expectStrictRest(policy, what);
  const tags = [...(await response.text()).matchAll(INLINE_SCRIPT)];
  expect(tags.length, `scripts on ${what}`).toBeGreaterThan(0);
  for (const [, attributes, text] of tags)
    if (!attributes!.includes(`nonce="${nonce}"`))
      expect(scripts, `a script without the nonce on ${what} is allowed by its hash`).toContain(scriptHash(text!));
  return nonce!;
}

/**
 * A prerendered page is the same for everyone, so no nonce: the policy lists the hash of exactly each inline script
 * in the page, and our own origin for script files.
 */
async function expectHashedPageCsp(response: APIResponse, what: string) {
  const policy = csp(response);
  const scripts = policy.get("script-src")!;
  expectStrictRest(policy, what);
  expect(scripts[0], what).toBe("'self'");
  expect(
    scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
    `${what}: only hashes besides 'self'`,
  ).toBe(true);
  expect(new Set(scripts.slice(1)), `${what}: the hashes of exactly its inline scripts`).toEqual(
    new Set(inlineScriptHashes(await response.text())),
  );
}

test("a content page, a signed-in page, an API answer and static files all carry the security headers", async ({
  page,
  request,
}) => {
  const article = snapshot().articles.find((a) => a.langs.en)!;
  const content = await request.get(`/en/articles/${article.slug}`);
  expectFixedHeaders(content, "an article");
  await expectHashedPageCsp(content, "an article (prerendered)");
  // Rendered per request: a nonce fresh for every response, worth nothing to an attacker once seen.
  const dashboard = await request.get("/en/dashboard");
  expectFixedHeaders(dashboard, "the dashboard");
  const nonce = await expectStrictPageCsp(dashboard, "the dashboard");
  expect(await expectStrictPageCsp(await request.get("/en/dashboard"), "the dashboard again")).not.toBe(nonce);

  await signUp(page, newPerson("Header"));
  const account = await page.request.get("/en/account", { maxRedirects: 0 });
  expectFixedHeaders(account, "/account, signed in");
  expect(await account.text()).toContain("Sign out");
  await expectStrictPageCsp(account, "/account");

  const api = await request.get("/api/search?q=attention");
  expectFixedHeaders(api, "/api/search");
  expect(api.headers()["content-type"]).toContain("application/json");
  expect(csp(api).get("default-src")).toEqual(["'self'"]);

  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await content.text())![1]!;
  expectFixedHeaders(await request.get(script), "a build script");
  expectFixedHeaders(await request.get("/katex/katex.min.css"), "KaTeX's stylesheet");
  expectFixedHeaders(await request.get("/icon.svg"), "the icon");
});

test("no page, not even one on this site, can frame /account while someone is signed in", async ({ page }) => {
  await signUp(page, newPerson("Framed"));
  const refused = await watchCspViolations(page);
  // A page of this very origin (served by the test) that frames the account page, as a compromised or
  // user-content page of the same site could.
  await page.route("**/framer", (route) =>
    route.fulfill({ contentType: "text/html", body: `<iframe src="/account" title="account"></iframe>` }),
  );
  await page.goto("/framer");
  await expect.poll(refused).toContainEqual(expect.stringContaining("frame-ancestors 'none'"));
  await expect(page.frameLocator("iframe").getByRole("button", { name: /Sign out/ })).toHaveCount(0);
  expect(page.frames().map((f) => f.url())).not.toContain(expect.stringContaining("/account"));
});

/** Loads a page with the policy watched and `steps` run on it, and fails on anything the policy refused. */
async function expectNoViolations(page: Page, path: string, steps: (page: Page) => Promise<void>) {
  const refused = await watchCspViolations(page);
  await page.goto(path);
  await steps(page);
  expect(await refused(), `CSP violations on ${path}`).toEqual([]);
}

test.describe("the heaviest pages run under the policy without a single violation", () => {
  test.use({ colorScheme: "dark" });

  test("an article with math and a diagram: the theme boot script, KaTeX and mermaid all run", async ({ page }) => {
    const article = snapshot().articles.find((a) => a.langs.en?.features.mermaid && a.langs.en.features.math)!;
    // Whether <html> is dark when <body> first appears, i.e. after the boot script in <head> and before React.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        document.documentElement.dataset.darkBeforeHydration = String(
          document.documentElement.classList.contains("dark"),
        );
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await expectNoViolations(page, `/articles/${article.slug}`, async () => {
      await expect(page.locator("html")).toHaveAttribute("data-dark-before-hydration", "true");
      await expect(page.locator(".katex").first()).toBeVisible();
      await page.locator("figure[data-mermaid]").first().scrollIntoViewIfNeeded();
      await expect(page.locator("figure[data-mermaid] svg").first()).toBeVisible();
      await expect(page.locator("figure[data-mermaid]").first()).toHaveAttribute("data-rendered", "true");
      // Redrawn in the other theme by the same (chunk-loaded) renderer.
      await page.getByRole("button", { name: "Light" }).click();
      await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
      await expect(page.locator("figure[data-mermaid] svg").first()).toBeVisible();
    });
  });

  test("a coding question with highlighted code", async ({ page }) => {
    const q = findQuestion((x) => x.type === "code" && !!x.langs.en!.solutionHtml?.includes("shiki"));
    await expectNoViolations(page, `/questions/${q.id}`, async () => {
      await page.getByRole("button", { name: "Show answer" }).click();
      // A question page holds every content-language view; only the reader's is visible.
      await expect(page.locator("pre.shiki").filter({ visible: true }).last()).toBeVisible();
    });
  });

  test("the review page, rating a card (a server action)", async ({ page }) => {
    await expectNoViolations(page, "/review", async () => {
      await page.getByRole("button", { name: "Show answer" }).click();
      await page.getByRole("button", { name: "Good", exact: true }).click();
      await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
    });
  });

  test("the search page, with results fetched as you type", async ({ page }) => {
    await expectNoViolations(page, "/search", async () => {
      await page
        .getByRole("searchbox", { name: "Search questions and articles" })
        .pressSequentially("attention", { delay: 20 });
      await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first()).toBeVisible();
    });
  });
});

test("a script injected into a real page is refused, the page's own scripts still run, and the watcher notices", async ({
  page,
}) => {
  // What a stored or reflected HTML injection would add to the page the server sent (its real CSP header kept):
  // an inline script and an inline event handler, neither with the nonce.
  await page.route("**/quizzes", async (route) => {
    const response = await route.fetch();
    const injected = `<script>window.__pwned = 1</script><img src="/missing.png" onerror="window.__pwned = 2">`;
    await route.fulfill({ response, body: (await response.text()).replace("</body>", `${injected}</body>`) });
  });
  const refused = await watchCspViolations(page);
  await page.goto("/quizzes");
  const events = async () => (await refused()).filter((v) => v.startsWith("event:"));
  await expect.poll(async () => (await events()).length).toBe(2);
  for (const violation of await refused()) expect(violation).toMatch(/script-src/);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // The page's own scripts (carrying the nonce) hydrated it: the search shortcut works.
  const box = page.getByRole("search", { name: "Site search" }).getByRole("searchbox", { name: "Search" });
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
});
