import { startPrivatePostgres } from "./lib/cli/private-postgres";
import { run } from "./lib/cli/run";
const pg = await startPrivatePostgres();
let code = 1;
try {
  code = await run("npx", ["vitest", "run", "--config", "tests/vitest.config.ts", ...process.argv.slice(2)], {
    env: { ...process.env, TEST_POSTGRES_URL: pg.url },
  });
} finally {
  pg.stop();
}
process.exit(code);
