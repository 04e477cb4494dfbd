import { writeFileSync } from "node:fs";
import { FINGERPRINT_FILE, sourceFingerprint } from "./fingerprint";
import { writeStaticCspManifest } from "./static-csp-manifest";
import { buildServiceWorker } from "./service-worker-build";
import { bin, runOrExit } from "./run";

/** Production build. next.config.mjs builds the content first, so any content error fails the build. */
export async function build() {
  const fingerprint = sourceFingerprint();
  await runOrExit(bin("next"), ["build"], {
    // The build renders no request, so it needs no secret: it runs in local mode even for a deployment.
    env: { ...process.env, NODE_ENV: "production", GOLDMINE_MODE: "local", NEXT_TELEMETRY_DISABLED: "1" },
  });
  console.log(`✓ script hashes for the CSP of ${writeStaticCspManifest()} prerendered pages`);
  const worker = await buildServiceWorker();
  console.log(`✓ service worker: ${worker.count} files precached (${Math.round(worker.size / 1024)} KB)`);
  writeFileSync(FINGERPRINT_FILE, fingerprint);
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
