import { spawn } from "node:child_process";
import { databaseOf, readEnv } from "../env";
import { prepareDatabase } from "./prepare-database";
import { bin, run, script } from "./run";

/** `npm run dev`: the content watcher and the Next dev server side by side. */
const env = readEnv();
await prepareDatabase(databaseOf(env));
const [node, args] = script("lib/cli/content-build.ts", "--watch");
const watcher = spawn(node, args, { stdio: "inherit" });
const stop = () => watcher.kill();
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
const code = await run(bin("next"), ["dev", "-p", String(env.PORT)]);
stop();
process.exit(code);
