import { writeFileSync } from "node:fs";
import { FINGERPRINT_FILE, sourceFingerprint } from "./fingerprint";
import { bin, runOrExit, script } from "./run";

/** Production build: content first (it fails the build on any content error), then Next. */
export async function build() {
  const fingerprint = sourceFingerprint();
  await runOrExit(...script("lib/cli/content-build.ts"));
  await runOrExit(bin("next"), ["build"], { env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(FINGERPRINT_FILE, fingerprint);
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
