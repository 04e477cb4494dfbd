import { expect, test } from "@playwright/test";
import { runCrashCycles } from "../bench/crash/kill-cycles";

// The benchmark runs 50 cycles (npm run bench:crash); the suite runs 3 on every change.
test("no acknowledged rating is lost and the database stays intact across kill -9 mid-write", async () => {
  test.setTimeout(240_000);
  const port = Number(process.env.E2E_PORT ?? 3100) + 50;
  const results = await runCrashCycles({ cycles: 3, port, databaseUrl: "file:./data/e2e-crash.db", clients: 4 });
  let before = 0;
  for (const r of results) {
    expect(r.acknowledged, `cycle ${r.cycle} was killed while ratings were being acknowledged`).toBeGreaterThan(before);
    before = r.acknowledged;
    expect(r.integrity, `cycle ${r.cycle}`).toBe("ok");
    expect(r.missing, `cycle ${r.cycle}: acknowledged ratings missing after the kill`).toEqual([]);
  }
});
