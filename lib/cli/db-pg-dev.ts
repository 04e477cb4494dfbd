import { startPrivatePostgres } from "./private-postgres";

/**
 * `npm run db:pg-dev`: a private PostgreSQL server for trying the app or a benchmark on PostgreSQL by hand
 * (loopback only, durability off, deleted on Ctrl+C). Port: PG_PORT, default 55432.
 */
const server = await startPrivatePostgres({ port: Number(process.env.PG_PORT ?? 55432) });
console.log(`✓ PostgreSQL is listening (data in ${server.folder}, deleted on exit). In another terminal:`);
console.log(`    DATABASE_URL=${server.url} npm start`);
console.log("  Ctrl+C stops it.");
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
