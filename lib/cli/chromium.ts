import { existsSync } from "node:fs";
import { aptInstall } from "./apt";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

const find = () => [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));

/**
 * The browser for Playwright: CHROMIUM_PATH, or a system Chromium. Playwright's own browser download cannot
 * work offline, so when none is found we install Debian's `chromium` if we can, or say exactly what to do.
 */
export function ensureChromium(): string {
  const found = find();
  if (found) return found;
  if (aptInstall(["chromium"])) {
    const installed = find();
    if (installed) return installed;
  }
  console.error(
    [
      "✗ The browser tests need Chromium, and none was found.",
      "  Install it, then run the tests again:",
      "    Debian/Ubuntu:  sudo apt-get install -y chromium",
      "    or point to any Chrome/Chromium binary:  CHROMIUM_PATH=/path/to/chrome npm test",
    ].join("\n"),
  );
  process.exit(1);
}
