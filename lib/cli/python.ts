import { spawnSync } from "node:child_process";
import { aptInstall } from "./apt";

const hasNumpy = (python: string) => spawnSync(python, ["-c", "import numpy"], { stdio: "ignore" }).status === 0;

/**
 * A Python 3 with numpy, for running the reference solutions of the coding questions: $PYTHON, Debian's
 * /usr/bin/python3, or python3 on the PATH. When none has numpy we install Debian's python3-numpy if we can.
 */
export function ensurePython(): string {
  const candidates = [process.env.PYTHON, "/usr/bin/python3", "python3"].filter((p): p is string => !!p);
  const found = candidates.find(hasNumpy);
  if (found) return found;
  if (aptInstall(["python3", "python3-numpy"]) && hasNumpy("/usr/bin/python3")) return "/usr/bin/python3";
  console.error(
    [
      "✗ The content tests run the Python reference solutions and need Python 3 with numpy; none was found.",
      "    Debian/Ubuntu:  sudo apt-get install -y python3 python3-numpy",
      "    or point to one:  PYTHON=/path/to/python3 npm test",
    ].join("\n"),
  );
  process.exit(1);
}
