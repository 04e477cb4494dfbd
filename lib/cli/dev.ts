import { spawn } from "node:child_process";
import { readEnv, sqlitePath } from "../env";
import { prepareDatabase } from "../db/prepare";
import { bin, run } from "./run";

/** `npm run dev`: the content watcher and the Next dev server side by side. */
const env = readEnv();
await prepareDatabase(sqlitePath(env));
const watcher = spawn(bin("tsx"), ["lib/cli/content-build.ts", "--watch"], { stdio: "inherit" });
const stop = () => watcher.kill();
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
const code = await run(bin("next"), ["dev", "-p", String(env.PORT)]);
stop();
process.exit(code);
