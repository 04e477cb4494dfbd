import { parseArgs } from "../../lib/cli/args";
import { runCrashCycles } from "./crash/kill-cycles";
import { verdict, writeResult } from "./lib/results";

/**
 * `npm run bench:crash [-- --cycles 50 --clients 5 --port 3950]`: SIGKILL the production server at random moments
 * while users sync ratings (`POST /api/review/sync`); after each kill every acknowledged rating (its result said
 * stored or duplicate) must be in the database and the file must pass `PRAGMA integrity_check`. SQLite only:
 * PostgreSQL's durability is PostgreSQL's own.
 */
const { values } = parseArgs(process.argv.slice(2), { values: ["cycles", "clients", "port"] });
const cycles = Number(values.cycles ?? 50);
const results = await runCrashCycles({
  cycles,
  clients: Number(values.clients ?? 5),
  port: Number(values.port ?? 3950),
  databaseUrl: "file:./data/bench-crash.db",
  log: console.log,
});
const last = results.at(-1)!;
const missing = results.reduce((n, r) => n + r.missing.length, 0);
const corrupt = results.filter((r) => r.integrity !== "ok").length;
const restarts = results.map((r) => r.restartMs).sort((a, b) => a - b);
writeResult("crash", {
  cycles,
  acknowledged: last.acknowledged,
  missing,
  corruptCycles: corrupt,
  medianRestartMs: restarts[Math.floor(restarts.length / 2)],
  results: results.map(({ missing: m, ...r }) => ({ ...r, missing: m.length })),
});
console.log(
  verdict(missing === 0, `${last.acknowledged} acknowledged ratings over ${cycles} kill -9 cycles, ${missing} missing`),
);
console.log(verdict(corrupt === 0, `integrity_check ok after ${cycles - corrupt} of ${cycles} kills`));
process.exitCode = missing === 0 && corrupt === 0 ? 0 : 1;
