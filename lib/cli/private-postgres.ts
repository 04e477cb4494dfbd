import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { aptInstall } from "./apt";

/** A throwaway PostgreSQL server: its address, and a stop that also deletes its folder. */
export type PrivatePostgres = { url: string; port: number; folder: string; stop: () => void };

const DEBIAN_ROOT = "/usr/lib/postgresql";
const SUPERUSER = "goldmine";

/** Debian's PostgreSQL binaries (the newest installed major version), or PG_BIN when set. */
export function findPostgresBin(env: Record<string, string | undefined> = process.env): string | undefined {
  const has = (dir: string) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"));
  if (env.PG_BIN) return has(env.PG_BIN) ? env.PG_BIN : undefined;
  if (!existsSync(DEBIAN_ROOT)) return undefined;
  const versions = readdirSync(DEBIAN_ROOT)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => path.join(DEBIAN_ROOT, v, "bin")).find(has);
}

/** The binaries, installing Debian's `postgresql` when we can; otherwise says exactly what to do and exits. */
export function ensurePostgresBin(): string {
  const found = findPostgresBin();
  if (found) return found;
  if (aptInstall(["postgresql"])) {
    const installed = findPostgresBin();
    if (installed) return installed;
  }
  console.error(
    [
      `✗ The PostgreSQL tests need PostgreSQL's server binaries (initdb, pg_ctl), and none were found${process.env.CI ? " (CI)" : ""}.`,
      "  Install them, then run the tests again:",
      "    Debian/Ubuntu:  sudo apt-get install -y postgresql",
      "    or point to any PostgreSQL bin folder:  PG_BIN=/path/to/postgresql/bin npm test",
      "  (No service is started: the tests run their own server in a temporary folder.)",
    ].join("\n"),
  );
  process.exit(1);
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb refuses to run as root, so as root the binaries run as the `postgres` user Debian's package creates,
 * and the folder is given to it.
 */
function asServerUser(folder: string): (bin: string, args: string[]) => string[] {
  if (process.getuid?.() !== 0) return (bin, args) => [bin, ...args];
  try {
    execFileSync("id", ["-u", "postgres"], { stdio: "ignore" });
  } catch {
    throw new Error(
      "running as root, and there is no `postgres` user to run PostgreSQL as (Debian's postgresql package creates it)",
    );
  }
  execFileSync("chown", ["-R", "postgres:postgres", folder]);
  return (bin, args) => ["runuser", "-u", "postgres", "--", bin, ...args];
}

/**
 * Starts a private PostgreSQL server: initdb in a temporary folder, listening on 127.0.0.1 only, its unix socket
 * inside that folder, no system service. Durability is off (fsync, synchronous_commit): it is for tests and
 * benchmarks of our code, and is deleted by stop().
 */
export async function startPrivatePostgres(
  options: { bin?: string; port?: number; quiet?: boolean } = {},
): Promise<PrivatePostgres> {
  const bin = options.bin ?? ensurePostgresBin();
  const port = options.port ?? (await freePort());
  const folder = mkdtempSync(path.join(tmpdir(), "goldmine-pg-"));
  const data = path.join(folder, "data");
  const log = path.join(folder, "server.log");
  const command = asServerUser(folder);
  const exec = (name: string, args: string[]) => {
    const [cmd, ...rest] = command(path.join(bin, name), args);
    execFileSync(cmd!, rest, { stdio: options.quiet === false ? "inherit" : "pipe" });
  };
  const settings = [
    `-p ${port}`,
    `-k ${folder}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ];
  try {
    exec("initdb", ["-D", data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    exec("pg_ctl", ["start", "-w", "-t", "60", "-D", data, "-l", log, "-o", settings.join(" ")]);
  } catch (e) {
    const tail = existsSync(log) ? `\n${readFileSync(log, "utf8").split("\n").slice(-15).join("\n")}` : "";
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`could not start a private PostgreSQL server on port ${port}: ${(e as Error).message}${tail}`);
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      exec("pg_ctl", ["stop", "-w", "-D", data, "-m", "fast"]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
  return { url: `postgresql://${SUPERUSER}@127.0.0.1:${port}/postgres`, port, folder, stop };
}
