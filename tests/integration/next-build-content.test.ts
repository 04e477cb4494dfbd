import { spawnSync } from "node:child_process";
import { cpSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { contentRootWith } from "../helpers/content-fixtures";

describe("next build", () => {
  it("fails on a content error and names the file, line and rule", () => {
    const { root, publicDir } = contentRootWith("katex-error");
    cpSync(publicDir, path.join(path.dirname(root), "public"), { recursive: true });
    const result = spawnSync("node_modules/.bin/next", ["build"], {
      encoding: "utf8",
      env: {
        ...process.env,
        CONTENT_DIR: root,
        CONTENT_SNAPSHOT: path.join(path.dirname(root), "snapshot.json"),
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(
      /content\/banks\/demo\/extra\.en\.md:14:9 {2}katex {2}cannot render math/,
    );
  }, 120_000);
});
