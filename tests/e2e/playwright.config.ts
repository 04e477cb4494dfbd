import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../helpers/chromium";
import { smtpPort } from "./mail-catcher";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "en-US",
    trace: "retain-on-failure",
    // The production build registers a service worker, which would answer page visits from its cache and hide
    // requests from page.route; only the offline journey (offline.spec.ts) lets it run.
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // The real `npm start`: builds if needed, migrates a throwaway database, serves.
    command: "node_modules/.bin/tsx lib/cli/start.ts",
    cwd: ROOT,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    // Every test signs up from 127.0.0.1: the per-address limit would otherwise stop the suite (per account stays 5).
    // Mail goes to a real SMTP server that the account-recovery journey starts on this port (mail-catcher.ts).
    // The Contact page gives the configured address (site-pages.spec.ts).
    env: {
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: "file:./data/e2e.db",
      AUTH_IP_LIMIT: "100000",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort(PORT)}`,
      CONTACT_EMAIL: "team@goldmine.example",
    },
    stdout: "pipe",
  },
});
