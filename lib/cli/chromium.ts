import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

const find = () => [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));

/**
 * The browser for Playwright: CHROMIUM_PATH, or a system Chromium. Playwright's own browser download cannot
 * work offline, so when none is found we install Debian's `chromium` if we can, or say exactly what to do.
 */
export function ensureChromium(): string {
  const found = find();
  if (found) return found;
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (canApt) {
    console.log("▶ Chromium not found: installing Debian's chromium package (apt-get install -y chromium)…");
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
      execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    } catch {
      // Reported below with the manual instructions.
    }
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
