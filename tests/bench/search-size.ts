import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { writeResult } from "./lib/results";

/**
 * `npm run size:search` (after `npm run build`): the JavaScript a browser loads for /search, gzipped, from the
 * build's manifests: the framework (shared by every page), the layout's chunks and the chunks of the page
 * itself. Fails if the search library slipped into a browser chunk.
 */
const NEXT = ".next";
const manifestFile = path.join(NEXT, "server", "app", "search", "page_client-reference-manifest.js");
if (!existsSync(manifestFile)) {
  console.error(`${manifestFile} is missing: run "npm run build" first.`);
  process.exit(1);
}
const globals = { __RSC_MANIFEST: {} as Record<string, { entryJSFiles: Record<string, string[]> }> };
new Function("globalThis", readFileSync(manifestFile, "utf8"))(globals);
const entries = globals.__RSC_MANIFEST["/search/page"]!.entryJSFiles;
const build = JSON.parse(readFileSync(path.join(NEXT, "build-manifest.json"), "utf8")) as {
  rootMainFiles: string[];
  polyfillFiles: string[];
};

const size = (files: Iterable<string>) => {
  let raw = 0;
  let gzip = 0;
  for (const f of new Set(files)) {
    const body = readFileSync(path.join(NEXT, f));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { files: new Set(files).size, kB: Math.round(raw / 102.4) / 10, gzipKB: Math.round(gzip / 102.4) / 10 };
};

const framework = build.rootMainFiles;
const layout = (entries["[project]/app/layout"] ?? []).filter((f) => !framework.includes(f));
const page = (entries["[project]/app/search/page"] ?? []).filter((f) => !framework.includes(f) && !layout.includes(f));
const all = [...framework, ...layout, ...page];
const leaked = all.filter((f) => /MiniSearch|SearchableMap/.test(readFileSync(path.join(NEXT, f), "utf8")));
const figures = {
  route: "/search",
  pageOnly: size(page),
  layout: size(layout),
  framework: size(framework),
  firstLoadTotal: size(all),
  searchLibraryInBrowser: leaked.length > 0,
};
console.log(JSON.stringify(figures, null, 2));
writeResult("search-size", figures);
if (leaked.length) process.exit(1);
