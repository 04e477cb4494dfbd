import { EnvError, readEnv, sqlitePath } from "../env";
import { prepareDatabase } from "../db/prepare";
import { build } from "./build";
import { buildIsCurrent } from "./fingerprint";
import { bin, run } from "./run";

/** `npm start`: build if the sources changed since the last build, migrate the database, serve. */
let env;
try {
  env = readEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" });
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
const file = sqlitePath(env);
await prepareDatabase(file);
console.log(`✓ database ready: ${file}`);
console.log(`▶ serving http://localhost:${env.PORT}`);
const code = await run(bin("next"), ["start", "-p", String(env.PORT), "-H", env.HOSTNAME], {
  env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
});
process.exit(code);
