import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

// The wrapper `npm start` runs: lib/cli/run.ts starting a long-lived child (a stand-in for `next start`).
const WRAPPER = `
import { run } from "./lib/cli/run.ts";
const code = await run(process.execPath, ["-e", "console.log(process.pid); setInterval(() => {}, 1000)"], {
  stdio: ["ignore", "inherit", "inherit"],
});
process.exit(code);
`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("a stop signal to a command started with run()", () => {
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) {
    it(`${signal} is passed on to the child, and the wrapper exits once the child has`, async () => {
      const wrapper = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", WRAPPER], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      const childPid = await new Promise<number>((resolve) =>
        wrapper.stdout!.once("data", (d: Buffer) => resolve(Number(d.toString().trim()))),
      );
      expect(alive(childPid)).toBe(true);
      const exit = new Promise<number | null>((resolve) => wrapper.once("exit", (code) => resolve(code)));

      wrapper.kill(signal);

      // 128 + the signal's number, as a shell reports a process stopped by it.
      expect(await exit).toBe({ SIGTERM: 143, SIGINT: 130, SIGHUP: 129 }[signal]);
      expect(alive(childPid)).toBe(false);
    });
  }
});
