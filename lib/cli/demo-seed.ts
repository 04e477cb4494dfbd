import { demoSeedRefusal } from "../demo/refusal";

/**
 * `npm run demo:seed`: demo accounts, a class with an assignment, and some progress, on the configured database.
 * The refusal comes before anything reads the environment or opens the database.
 */
const refusal = demoSeedRefusal(process.env);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

const { existsSync, readFileSync } = await import("node:fs");
const { buildSnapshot, copyKatexAssets } = await import("./build-snapshot");
const { cacheDirFor } = await import("../content/cache");
const { formatDiagnostic } = await import("../content/diagnostics");
const { readEnv } = await import("../env");
const { openDatabase } = await import("./open-database");
const { createAuth } = await import("../auth/create-auth");
const { sessionSecret } = await import("../profile/secret");
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = await import("../demo/accounts");
const { DEMO_CLASS_NAME, seedDemo } = await import("../demo/seed");
type ContentSnapshot = import("../content/schemas/snapshot").ContentSnapshot;

const env = readEnv();
let snapshot: ContentSnapshot;
if (existsSync(env.CONTENT_SNAPSHOT)) {
  snapshot = JSON.parse(readFileSync(env.CONTENT_SNAPSHOT, "utf8")) as ContentSnapshot;
} else {
  console.log(`▶ building the content (${env.CONTENT_SNAPSHOT} is missing)…`);
  copyKatexAssets("public");
  snapshot = (
    await buildSnapshot({ dir: env.CONTENT_DIR, out: env.CONTENT_SNAPSHOT, cacheDir: cacheDirFor(env.CONTENT_DIR) })
  ).snapshot;
}
if (snapshot.errors.length > 0) {
  for (const d of snapshot.errors.slice(0, 20)) console.error(formatDiagnostic(d));
  console.error(
    `✗ the content has ${snapshot.errors.length} error(s): fix them (npm run content:check), then run this again`,
  );
  process.exit(1);
}

const db = await openDatabase();
try {
  const auth = createAuth({
    db,
    secret: sessionSecret(),
    baseURL: env.SITE_URL ?? `http://localhost:${env.PORT}`,
    secureCookies: false,
  });
  const report = await seedDemo(db, snapshot, new Date(), auth);
  for (const line of report.lines) console.log(line);
  console.log(`\nClass "${DEMO_CLASS_NAME}" join code: ${report.joinCode}`);
  console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(10)} ${a.email}  (${a.name})`);
} finally {
  await db.$disconnect();
}
