import { createHash } from "node:crypto";

/** The CSP source that allows exactly this inline script's text: 'sha256-<base64 of its UTF-8 bytes>'. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

// An inline <script> (no src=), whatever its other attributes; its text runs up to the first </script, which
// HTML serialisers (React's included) never leave inside a script's text.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc\s*=)[^>]*>([\s\S]*?)<\/script/gi;

/** The distinct hashes of every inline script in a page's HTML, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) if (match[1]) hashes.add(scriptHash(match[1]));
  return [...hashes];
}
