import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSnapshot } from "@/lib/cli/build-snapshot";
import { chooseServedSnapshot } from "@/lib/content/served-snapshot";
import type { ContentSnapshot } from "@/lib/content/schemas/snapshot";
import { searchIndexPath } from "@/lib/search/index-file";
import { contentRootWith } from "../helpers/content-fixtures";

const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as ContentSnapshot;

describe("publishing content with an error", () => {
  it("content:build leaves the good snapshot and its search index in place, and says so", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-publish-")), "content.json");
    const good = contentRootWith();
    const first = await buildSnapshot({ dir: good.root, out, publicDir: good.publicDir, keepGood: true });
    expect(first.written).toBe(true);
    const before = { snapshot: statSync(out).mtimeMs, index: statSync(searchIndexPath(out)).mtimeMs };

    const broken = contentRootWith("katex-error");
    const second = await buildSnapshot({ dir: broken.root, out, publicDir: broken.publicDir, keepGood: true });

    expect(second.snapshot.errors).toHaveLength(1);
    expect(second.written).toBe(false);
    expect(read(out).errors).toEqual([]);
    expect(statSync(out).mtimeMs).toBe(before.snapshot);
    expect(statSync(searchIndexPath(out)).mtimeMs).toBe(before.index);
  });

  it("the watcher (development) writes the errors, so the author sees them in place of the page", async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "goldmine-publish-")), "content.json");
    const good = contentRootWith();
    await buildSnapshot({ dir: good.root, out, publicDir: good.publicDir });
    const broken = contentRootWith("katex-error");
    const result = await buildSnapshot({ dir: broken.root, out, publicDir: broken.publicDir });
    expect(result.written).toBe(true);
    expect(read(out).errors).toHaveLength(1);
  });
});

describe("which snapshot a running server serves", () => {
  const snapshot = (errors: number, builtAt: string) =>
    ({ builtAt, errors: Array.from({ length: errors }, () => ({})) }) as unknown as ContentSnapshot;
  const good = snapshot(0, "good");
  const broken = snapshot(1, "broken");
  const newer = snapshot(0, "newer");

  it("in production, keeps the good one when the new file has errors, and takes the next clean one", () => {
    expect(chooseServedSnapshot(good, broken, { production: true })).toBe(good);
    expect(chooseServedSnapshot(good, newer, { production: true })).toBe(newer);
  });

  it("with nothing good to keep (a first start), serves what there is, so the errors are shown", () => {
    expect(chooseServedSnapshot(undefined, broken, { production: true })).toBe(broken);
  });

  it("in development, shows the errors at once", () => {
    expect(chooseServedSnapshot(good, broken, { production: false })).toBe(broken);
  });
});
