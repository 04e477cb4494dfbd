import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { inlineScriptHashes } from "../security/inline-scripts";
import { STATIC_CSP_FILE } from "../security/static-page-hashes";

/**
 * After `next build`, for every prerendered page: the hashes of the inline scripts in its HTML, which its CSP
 * lists (a prerendered page is the same for everyone, so it cannot carry a per-request nonce), and a gzip copy
 * beside it, which the server sends instead of compressing the page again for every request
 * (lib/cli/prerendered-pages.ts). Returns how many pages it covered.
 */
export function writeStaticCspManifest(distDir = ".next"): number {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, unknown>;
  };
  const pages: Record<string, string[]> = {};
  for (const route of Object.keys(manifest.routes)) {
    const file = path.join(distDir, "server", "app", `${route === "/" ? "/index" : route}.html`);
    if (!existsSync(file)) continue;
    const html = readFileSync(file);
    pages[route] = inlineScriptHashes(html.toString("utf8"));
    writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
  }
  writeFileSync(path.join(distDir, STATIC_CSP_FILE), JSON.stringify(pages));
  return Object.keys(pages).length;
}
