import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "prisma",
  "package-lock.json",
  "next.config.mjs",
  "proxy.ts",
  "tsconfig.json",
  "postcss.config.mjs",
];
const SKIP = new Set(["node_modules", ".next", ".goldmine", "katex"]);

/** A cheap fingerprint of everything a production build depends on (paths, sizes and mtimes). */
export function sourceFingerprint(root = "."): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    const full = path.join(root, p);
    if (!existsSync(full)) return;
    const st = statSync(full);
    if (st.isDirectory()) {
      for (const name of readdirSync(full).sort()) if (!SKIP.has(name)) visit(path.join(p, name));
    } else {
      hash.update(`${p}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

export const FINGERPRINT_FILE = path.join(".next", "goldmine-fingerprint");

export function buildIsCurrent(): boolean {
  return (
    existsSync(path.join(".next", "BUILD_ID")) &&
    existsSync(FINGERPRINT_FILE) &&
    readFileSync(FINGERPRINT_FILE, "utf8") === sourceFingerprint()
  );
}
