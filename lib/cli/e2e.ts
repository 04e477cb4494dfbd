import { ensureChromium } from "./chromium";
import { bin, run } from "./run";

/** Browser journeys in real Chromium against a production build (`npm start` on a private port and database). */
const chromium = ensureChromium();
const code = await run(
  bin("playwright"),
  ["test", "--config", "tests/e2e/playwright.config.ts", ...process.argv.slice(2)],
  { env: { ...process.env, CHROMIUM_PATH: chromium } },
);
process.exit(code);
