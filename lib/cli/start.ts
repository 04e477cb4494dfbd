import { databaseOf, EnvError, mailConfigOf, readEnv } from "../env";
import { describeMail } from "../mail/mailer";
import { describeDatabase, prepareDatabase } from "./prepare-database";
import { build } from "./build";
import { buildIsCurrent } from "./fingerprint";
import { run } from "./run";

/**
 * `npm start`: build if the sources changed since the last build, migrate the database, serve. The server always
 * runs Next's production build; whether it is a *deployment* (secrets required) follows the operator's own
 * NODE_ENV=production or GOLDMINE_MODE, so the quick start needs no setup and a real deployment cannot forget one.
 */
const mode = process.env.GOLDMINE_MODE ?? (process.env.NODE_ENV === "production" ? "production" : "local");
let env;
try {
  env = readEnv({ ...process.env, NODE_ENV: "production", GOLDMINE_MODE: mode });
} catch (e) {
  if (e instanceof EnvError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
if (!buildIsCurrent()) {
  console.log("▶ building (first start, or the sources changed)…");
  await build();
}
const database = databaseOf(env);
await prepareDatabase(database);
console.log(`✓ database ready: ${describeDatabase(database)}`);
if (mode === "local")
  console.log("  local mode: secrets are generated in the data folder (set NODE_ENV=production for a deployment)");
console.log(describeMail(mailConfigOf(env)));
console.log(`▶ serving http://localhost:${env.PORT}`);
// Next's handler in our own HTTP server (lib/cli/serve.ts): client addresses from the socket, graceful stop.
const code = await run(process.execPath, ["--import", "tsx", "lib/cli/serve.ts"], {
  env: { ...process.env, NODE_ENV: "production", GOLDMINE_MODE: mode, NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(code);
