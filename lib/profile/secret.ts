import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataFolder, readEnv } from "../env";

let cached: string | undefined;

/**
 * The key that signs profile cookies. SESSION_SECRET wins; otherwise one is generated on first use and kept next
 * to the database (in data/ for PostgreSQL), so `npm start` works with no setup and cookies stay valid across
 * restarts. Several instances share one key only through SESSION_SECRET, which production requires.
 */
export function sessionSecret(): string {
  if (cached) return cached;
  const env = readEnv();
  if (env.SESSION_SECRET) return (cached = env.SESSION_SECRET);
  const file = path.join(dataFolder(env), "session-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const fresh = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, fresh, { flag: "wx", mode: 0o600 });
    } catch {
      // Another process wrote it first: use theirs.
    }
    cached = readFileSync(file, "utf8").trim();
  }
  return cached;
}
