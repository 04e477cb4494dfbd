import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** True while any process of the group `pgid` is alive (signal 0 only checks). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

// A supervisor (systemd, docker stop) signals only the process it started: `npm start`. The whole tree, down to
// the Next server, must stop and free the port, or the restart that follows fails with EADDRINUSE.
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  test(`${signal} to npm start stops the whole server and frees the port`, async () => {
    test.setTimeout(180_000);
    const port = Number(process.env.E2E_PORT ?? 3100) + (signal === "SIGTERM" ? 61 : 62);
    const health = `http://127.0.0.1:${port}/api/health`;
    const npm = spawn("npm", ["start"], {
      cwd: ROOT,
      // Its own process group, so the test can tell when every process of the tree is gone.
      detached: true,
      env: {
        ...process.env,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATABASE_URL: `file:./data/e2e-signals-${signal}.db`,
      },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));
    try {
      await expect.poll(() => answers(health), { timeout: 150_000, intervals: [250] }).toBe(true);

      const sent = Date.now();
      process.kill(npm.pid!, signal);
      await exited;
      await expect.poll(() => groupAlive(npm.pid!), { timeout: 15_000, intervals: [100] }).toBe(false);
      expect(await answers(health)).toBe(false);
      expect(Date.now() - sent, "stopping took longer than the grace period").toBeLessThan(15_000);
    } finally {
      if (groupAlive(npm.pid!)) process.kill(-npm.pid!, "SIGKILL");
    }
  });
}
