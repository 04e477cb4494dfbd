import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;

/**
 * CPU time (user + system, ms) used so far by every live process in a process group: the production server is
 * started in its own group (tests/bench/lib/start-server.ts), so this is the wrapper, `next start` and its workers.
 * Read from /proc (Linux); taken before and after a run, the difference is the server's CPU for that run.
 */
export function processGroupCpuMs(groupId: number): number {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  let ticks = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces) start at its closing parenthesis: state is field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== groupId) continue; // field 5: process group
    ticks += Number(fields[11]) + Number(fields[12]); // fields 14 and 15: utime, stime
  }
  return (ticks * 1000) / ticksPerSecond;
}
