import { defineConfig, devices } from "@playwright/test";

/**
 * Two production instances on one PostgreSQL database (tests/e2e-pg/two-instances.spec.ts). The spec starts the
 * instances itself, so there is no webServer here. Needs TEST_POSTGRES_URL; `npm test` provides a private server.
 */
export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results/e2e-pg",
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: { locale: "en-US", trace: "retain-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
          ],
        },
      },
    },
  ],
});
