import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      // The data layer guards against client bundles with "server-only"; tests run on the server side.
      "server-only": path.join(root, "tests/helpers/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/content/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // With TEST_POSTGRES_URL, the integration tests run on PostgreSQL (tests/helpers/temp-db.ts).
    globalSetup: ["tests/helpers/postgres-setup.ts"],
  },
});
