import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { contentPagePaths, findQuestion, snapshot } from "./content-lookup";

/**
 * The content pages as `next build` left them and as the production server answers them: each one prerendered in
 * both languages, served from that output (never rendered per request), cacheable by a shared cache until the
 * next deployment, with 304s; nothing personal ever cacheable.
 */
function contentPaths(): string[] {
  const s = snapshot();
  const q = findQuestion((x) => x.type === "code");
  return [
    "",
    `/topics/${s.topics[0]!.id}`,
    `/questions/${q.id}`,
    `/articles/${s.articles[0]!.slug}`,
    "/quizzes",
    `/quizzes/${s.quizzes[0]!.slug}`,
    "/search",
    "/sign-in",
    "/sign-up",
  ];
}

test("the build prerendered every content page in both languages", () => {
  const manifest = JSON.parse(readFileSync(".next/prerender-manifest.json", "utf8")) as {
    routes: Record<string, unknown>;
  };
  const expected = [...contentPagePaths(), "/sign-in", "/sign-up"];
  const missing = ["en", "zh"].flatMap((l) => expected.map((p) => `/${l}${p}`)).filter((r) => !(r in manifest.routes));
  expect(missing).toEqual([]);
});

test("the server answers them from the prerendered output, cacheable until the next deployment", async ({
  request,
}) => {
  for (const locale of ["en", "zh"])
    for (const path of contentPaths()) {
      const url = `/${locale}${path}`;
      const response = await request.get(url, { headers: { "accept-encoding": "gzip" } });
      expect(response.status(), url).toBe(200);
      const h = response.headers();
      expect(h["x-nextjs-prerender"], url).toBe("1");
      expect(h["cache-control"], url).toMatch(/\bpublic\b.*\bs-maxage=31536000\b/);
      expect(h["vary"], url).toMatch(/\bRSC\b.*Accept-Encoding/);
      expect(h["content-security-policy"], url).toMatch(/script-src 'self'( 'sha256-[^']+')+;/);
      expect(h["content-security-policy"], url).not.toMatch(/nonce|unsafe-inline'[^;]*script/);
      expect(h["etag"], url).toBeTruthy();
      const again = await request.get(url, { headers: { "accept-encoding": "gzip", "if-none-match": h["etag"]! } });
      expect(again.status(), `${url} revalidated`).toBe(304);
    }
});

test("nothing that carries the visitor's data may be kept by a shared cache", async ({ request }) => {
  for (const url of [
    "/api/me",
    "/api/me/due",
    "/api/me/attempts",
    "/api/me/upcoming",
    "/api/review/state",
    "/zh/dashboard",
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["cache-control"], url).toMatch(/\bprivate\b/);
    expect(response.headers()["x-nextjs-prerender"], url).toBeUndefined();
  }
  // A redirect that depends on the visitor's language is theirs too.
  const redirect = await request.get("/articles/x", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["cache-control"]).toMatch(/\bprivate\b/);
});

test("hashed build assets may be cached for good", async ({ page, request }) => {
  await page.goto("/en");
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  const response = await request.get(script!);
  expect(response.headers()["cache-control"]).toMatch(/\bimmutable\b/);
});
