import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";

/** The worker's file in the build output, served at /sw.js (lib/cli/service-worker-file.ts). */
export const SERVICE_WORKER_FILE = "sw.js";

/**
 * Pages that must open offline without having been visited: home and the offline page, and flashcards and the card
 * browser once those pages are prerendered (a page rendered per request is never stored, so it is only listed when its HTML exists).
 */
const OFFLINE_PAGES = ["", "/review", "/cards", "/offline"];
const LOCALES = ["en", "zh"];

/**
 * Bundles lib/offline/sw.ts (Next's build does not: Turbopack has no service-worker output) and lets Serwist's
 * injectManifest write its precache list: each page above with a revision made from its HTML, and the build files
 * those pages load, whose addresses carry their own hash. A new deployment changes the revisions, so the next
 * visit installs a worker that downloads what changed and deletes what is gone. Run after `next build`.
 */
export async function buildServiceWorker(distDir = ".next"): Promise<{ count: number; size: number }> {
  const buildId = readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  const bundled = path.join(distDir, "sw.bundle.js");
  await build({
    entryPoints: ["lib/offline/sw.ts"],
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    legalComments: "none",
    define: { GOLDMINE_BUILD_ID: JSON.stringify(buildId), "process.env.NODE_ENV": '"production"' },
    outfile: bundled,
    logLevel: "warning",
  });

  const pages: Record<string, string[]> = {};
  for (const locale of LOCALES)
    for (const page of OFFLINE_PAGES) {
      const file = path.posix.join("server", "app", `${locale}${page}.html`);
      if (existsSync(path.join(distDir, file))) pages[`/${locale}${page}`] = [file];
    }
  const needed = buildFilesOf(distDir, Object.values(pages).flat());

  const { count, size, warnings } = await injectManifest({
    swSrc: bundled,
    swDest: path.join(distDir, SERVICE_WORKER_FILE),
    globDirectory: distDir,
    globPatterns: ["static/**/*.{js,css,woff2}"],
    templatedURLs: pages,
    modifyURLPrefix: { "static/": "/_next/static/" },
    // Only what the offline pages load: other pages' files are kept as they are fetched (the worker's runtime cache).
    manifestTransforms: [
      (entries) => ({ manifest: entries.filter((e) => !e.url.startsWith("/_next/") || needed.has(e.url)) }),
    ],
    dontCacheBustURLsMatching: /^\/_next\/static\//,
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  });
  rmSync(bundled);
  rmSync(`${bundled}.map`, { force: true });
  for (const warning of warnings) console.warn(`  service worker: ${warning}`);
  return { count, size };
}

/** Every build file (/_next/static/…) a page's HTML names: its scripts, styles and the chunks its payload lists. */
function buildFilesOf(distDir: string, htmlFiles: string[]): Set<string> {
  const urls = new Set<string>();
  for (const file of htmlFiles) {
    const html = readFileSync(path.join(distDir, file), "utf8");
    for (const [url] of html.matchAll(/\/_next\/static\/[\w\-./~]+?\.(?:js|css|woff2)/g)) urls.add(url);
  }
  return urls;
}
