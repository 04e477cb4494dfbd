import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { constants } from "node:os";

/** Signals a supervisor (systemd, docker stop, Ctrl-C, a closed terminal) sends to stop us. */
const STOP_SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"] as const;

/** How long a child may take to stop after we pass a signal on; then it is killed outright. */
export const STOP_GRACE_MS = 10_000;

/**
 * Runs a command with inherited output; resolves with its exit code. A stop signal sent to us is passed on to
 * the child and we wait for it to exit: without this, `npm start` killed by a supervisor died alone and left
 * `next start` serving the port as an orphan (a restart then failed with EADDRINUSE).
 */
export function run(cmd: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...options });
    const stopForwarding = forwardStopSignals(child);
    child.on("error", (error) => {
      stopForwarding();
      reject(error);
    });
    child.on("exit", (code, signal) => {
      stopForwarding();
      resolve(code ?? (signal ? 128 + constants.signals[signal] : 0));
    });
  });
}

/** Passes each stop signal on to `child`, and kills it if it is still running after STOP_GRACE_MS. */
function forwardStopSignals(child: ChildProcess): () => void {
  let killTimer: NodeJS.Timeout | undefined;
  const forward = (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    killTimer ??= setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, forward);
  return () => {
    clearTimeout(killTimer);
    for (const signal of STOP_SIGNALS) process.off(signal, forward);
  };
}

/** Runs a command and exits this process with its code if it fails. */
export async function runOrExit(cmd: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const code = await run(cmd, args, options);
  if (code !== 0) {
    console.error(`✗ ${[cmd, ...args].join(" ")} failed (exit ${code})`);
    process.exit(code);
  }
}

export const bin = (name: string) => `node_modules/.bin/${name}`;

/**
 * Runs one of our TypeScript scripts in Node, with heap settings measured on the content pipeline (5,000
 * synthetic questions, 2 cores): a larger young generation cut garbage-collection time by a fifth, and a
 * 2 GB old-generation ceiling keeps peak memory under 1.5 GB while leaving room for 10,000 questions.
 */
export const script = (file: string, ...args: string[]): [string, string[]] => [
  process.execPath,
  ["--max-semi-space-size=64", "--max-old-space-size=2048", "--import", "tsx", file, ...args],
];
