import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { databaseOf } from "../../../lib/env";
import { startServer, type RunningServer } from "../lib/start-server";
import { actionIds } from "../load/action-client";
import { acknowledgedIds, postSync, reviewEvent } from "../load/sync-client";
import { createVirtualUsers, liveCardKeys, nextRatingTime, randomOf, type VirtualUser } from "../load/virtual-users";

export type CrashOptions = {
  cycles: number;
  port: number;
  databaseUrl: string;
  clients?: number;
  log?: (line: string) => void;
};

export type CycleResult = {
  cycle: number;
  killedAfterMs: number;
  acknowledged: number;
  missing: string[];
  integrity: string;
  restartMs: number;
};

/**
 * Kill -9 at a random moment, again and again: each cycle starts the server on the same SQLite file, has
 * `clients` users sync batches of ratings as fast as they can (`POST /api/review/sync`, 1–10 ratings each), SIGKILLs
 * the whole server process group 0.1–2 s into the writes, then checks with a separate connection that every rating
 * the server acknowledged (its result said stored or duplicate, in this or any earlier cycle) is stored and that
 * `PRAGMA integrity_check` says ok.
 */
export async function runCrashCycles({
  cycles,
  port,
  databaseUrl,
  clients = 5,
  log = () => {},
}: CrashOptions): Promise<CycleResult[]> {
  const database = databaseOf({ DATABASE_URL: databaseUrl });
  if (database.provider !== "sqlite")
    throw new Error("the crash benchmark kills an SQLite server; PostgreSQL's durability is its own");
  const file = database.file;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  const ids = actionIds();
  const cards = liveCardKeys();
  const acknowledged: string[] = [];
  const results: CycleResult[] = [];
  let users: VirtualUser[] | undefined;
  for (let cycle = 1; cycle <= cycles; cycle++) {
    const started = Date.now();
    const server = await startServer({ port, databaseUrl });
    const restartMs = Date.now() - started;
    users ??= await createVirtualUsers([server.url], clients, ids, cards, `crash${Date.now().toString(36)}`);
    const before = acknowledged.length;
    const writing = hammer(server, users, cards, acknowledged);
    const killedAfterMs = await killMidWrite(server, () => acknowledged.length > before);
    await writing;
    const check = verify(file, acknowledged);
    results.push({ cycle, killedAfterMs, acknowledged: acknowledged.length, ...check, restartMs });
    log(
      `cycle ${cycle}/${cycles}: killed after ${killedAfterMs} ms, ${acknowledged.length - before} new acknowledged ratings, ${check.missing.length} missing, integrity ${check.integrity}, restart ${restartMs} ms`,
    );
  }
  return results;
}

/** Each user syncs batches back to back until the server dies under them (a refused or reset connection ends the loop). */
async function hammer(
  server: RunningServer,
  users: VirtualUser[],
  cards: ReturnType<typeof liveCardKeys>,
  acknowledged: string[],
) {
  const alive = () => server.child.exitCode === null && server.child.signalCode === null;
  await Promise.all(
    users.map(async (user) => {
      while (alive()) {
        const count = 1 + Math.floor(Math.random() * 10);
        const events = Array.from({ length: count }, () => reviewEvent(randomOf(cards), nextRatingTime(user)));
        try {
          const call = await postSync(server.url, { profileId: user.profileId, events }, user.cookie);
          if (call.response) acknowledged.push(...acknowledgedIds(call.response));
        } catch {
          return;
        }
      }
    }),
  );
}

/** Once writes are flowing (the first new acknowledgement), waits a random 0.1–2 s and kills the server with SIGKILL. */
async function killMidWrite(server: RunningServer, flowing: () => boolean): Promise<number> {
  const start = Date.now();
  while (!flowing() && Date.now() - start < 30_000) await new Promise((r) => setTimeout(r, 20));
  const ms = 100 + Math.floor(Math.random() * 1900);
  await new Promise((r) => setTimeout(r, ms));
  await server.stop("SIGKILL");
  return Date.now() - start;
}

/** Reads the file as the next server start would, after the kill: the WAL is replayed on open. */
function verify(file: string, acknowledged: string[]): { missing: string[]; integrity: string } {
  const db = new Database(file, { timeout: 5000 });
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
    const has = db.prepare("SELECT 1 FROM Review WHERE id = ?");
    return { integrity, missing: acknowledged.filter((id) => !has.get(id)) };
  } finally {
    db.close();
  }
}
