import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Installs Debian packages when we are root on a Debian-like system; returns false when we cannot. */
export function aptInstall(packages: string[]): boolean {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return false;
  console.log(`▶ installing Debian packages: ${packages.join(" ")} (apt-get install -y)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env });
    return true;
  } catch {
    return false;
  }
}
