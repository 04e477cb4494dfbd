import { databaseOf, readEnv } from "../env";
import { describeDatabase, prepareDatabase } from "./prepare-database";

/** `npm run db:migrate`: applies pending migrations to the configured database (DATABASE_URL, SQLite or PostgreSQL). */
const database = databaseOf(readEnv());
await prepareDatabase(database);
console.log(`✓ database ready: ${describeDatabase(database)}`);
