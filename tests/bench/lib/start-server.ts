import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

export type RunningServer = { url: string; child: ChildProcess; stop(signal?: NodeJS.Signals): Promise<void> };

export type StartOptions = {
  port: number;
  /** e.g. file:./data/bench.db or postgresql://… */
  databaseUrl: string;
  env?: Record<string, string>;
  /** Server output goes here (the crash test scans it for SQLITE_BUSY); default: discarded. */
  onOutput?: (text: string) => void;
};

/**
 * A production server exactly as users run it (`npm start`: builds when the sources changed, migrates, serves),
 * on its own port and database. Resolves once /api/health answers.
 */
export async function startServer({ port, databaseUrl, env = {}, onOutput }: StartOptions): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], {
    cwd: ROOT,
    // Own process group: stop() kills `next start` too, not only the tsx wrapper.
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      AUTH_IP_LIMIT: "1000000",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => onOutput?.(d.toString()));
  child.stderr!.on("data", (d: Buffer) => onOutput?.(d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    }
    await exited;
  };
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server on port ${port} exited with code ${child.exitCode} before it was ready`);
    if (await healthy(url)) return { url, child, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the server on port ${port} did not answer /api/health within 15 minutes`);
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}
