import "server-only";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { formatDiagnostic } from "../content/diagnostics";
import type { ContentSnapshot } from "../content/schemas/snapshot";
import { chooseServedSnapshot } from "../content/served-snapshot";
import { readEnv } from "../env";
import { ContentUnavailableError } from "../errors";

let cached: { mtimeMs: number; snapshot: ContentSnapshot } | undefined;

/**
 * The content the app serves, as written by `content:build`. Re-read when the file changes, so the dev
 * watcher's rebuilds show up on the next request; content errors surface as a readable error page.
 */
export function getSnapshot(): ContentSnapshot {
  const snapshot = readSnapshot();
  if (snapshot.errors.length > 0) {
    const lines = snapshot.errors.slice(0, 50).map(formatDiagnostic).join("\n");
    throw new ContentUnavailableError(`The content has ${snapshot.errors.length} error(s):\n${lines}`, snapshot.errors);
  }
  return snapshot;
}

/** The content's errors, without throwing: the layout shows them in place of the page. */
export function contentErrors(): ReturnType<typeof readSnapshot>["errors"] {
  return readSnapshot().errors;
}

function readSnapshot(): ContentSnapshot {
  const file = path.resolve(readEnv().CONTENT_SNAPSHOT);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    if (cached) return cached.snapshot;
    throw new ContentUnavailableError(`The content has not been built yet (${file} is missing). Run "npm run content:build".`);
  }
  if (!cached || cached.mtimeMs !== mtimeMs) {
    const candidate = JSON.parse(readFileSync(file, "utf8")) as ContentSnapshot;
    const production = process.env.NODE_ENV === "production";
    const served = chooseServedSnapshot(cached?.snapshot, candidate, { production });
    if (served !== candidate)
      console.error(
        `content: refused the snapshot written at ${new Date(mtimeMs).toISOString()} (${candidate.errors.length} error(s), first: ${formatDiagnostic(candidate.errors[0]!)}); still serving the one built at ${served.builtAt}`,
      );
    // Remember the file's time either way, so a refused file is judged once, not on every request.
    cached = { mtimeMs, snapshot: served };
  }
  return cached.snapshot;
}
