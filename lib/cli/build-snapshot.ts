import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { writeSearchIndex } from "../search/index-file";
import { loadContent, type LoadResult } from "../content/load";
import type { ContentSnapshot } from "../content/schemas/snapshot";

export type BuildOptions = {
  dir: string;
  out: string;
  cacheDir?: string;
  publicDir?: string;
  /** Leave a snapshot without errors in place when this build has errors (publishing); off while developing. */
  keepGood?: boolean;
};

export type BuildResult = LoadResult & { written: boolean };

/**
 * Loads the content and writes the snapshot the app serves and its search index, each atomically, so a reader
 * never sees half a file. With `keepGood`, a build with errors never replaces a good snapshot: a running server
 * keeps serving what it has.
 */
export async function buildSnapshot(options: BuildOptions): Promise<BuildResult> {
  const result = await loadContent({ dir: options.dir, cacheDir: options.cacheDir, publicDir: options.publicDir });
  if (options.keepGood && result.snapshot.errors.length > 0 && holdsGoodSnapshot(options.out))
    return { ...result, written: false };
  mkdirSync(path.dirname(options.out), { recursive: true });
  const tmp = `${options.out}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(result.snapshot));
  renameSync(tmp, options.out);
  // After the snapshot: an index at least as new as its snapshot is how the server knows it belongs to it.
  writeSearchIndex(result.snapshot, options.out);
  return { ...result, written: true };
}

function holdsGoodSnapshot(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as ContentSnapshot).errors.length === 0;
  } catch {
    return false;
  }
}

/** KaTeX's stylesheet and fonts, served from /katex/ and linked only by pages that have math. */
export function copyKatexAssets(publicDir: string) {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve("katex/dist/katex.min.css"));
  const version = (JSON.parse(readFileSync(path.join(dist, "..", "package.json"), "utf8")) as { version: string })
    .version;
  const target = path.join(publicDir, "katex");
  const stamp = path.join(target, "VERSION");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === version) return;
  mkdirSync(target, { recursive: true });
  cpSync(path.join(dist, "katex.min.css"), path.join(target, "katex.min.css"));
  cpSync(path.join(dist, "fonts"), path.join(target, "fonts"), { recursive: true });
  writeFileSync(stamp, version);
}
