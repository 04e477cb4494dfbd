import { readFileSync } from "node:fs";
import path from "node:path";

/** Written into the build folder by `npm run build` (lib/cli/static-csp-manifest.ts). */
export const STATIC_CSP_FILE = "goldmine-static-csp.json";

let pages: Map<string, readonly string[]> | undefined;

/**
 * The inline-script hashes of the prerendered page at this address, or undefined for a page rendered per request
 * (or in `next dev`, which prerenders nothing). Read once: a new build means a new server process.
 */
export function staticPageHashes(pathname: string): readonly string[] | undefined {
  if (!pages) {
    try {
      const file = path.join(process.cwd(), ".next", STATIC_CSP_FILE);
      pages = new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>));
    } catch {
      pages = new Map();
    }
  }
  return pages.get(pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname);
}
