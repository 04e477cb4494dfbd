import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { QUESTION_TYPES } from "@/lib/content/schemas/question";
import { contentRootWith } from "../helpers/content-fixtures";

const contentNew = (root: string, ...args: string[]) =>
  execFileSync(process.execPath, ["--import", "tsx", "lib/cli/content-new.ts", "--dir", root, ...args], { encoding: "utf8" });

describe("npm run content:new", () => {
  it("appends a draft of every type to both language files, with fresh ids, and the result passes the check", async () => {
    const { root, publicDir } = contentRootWith();
    const ids: string[] = [];
    for (const type of QUESTION_TYPES) {
      const out = contentNew(root, "--topic", "other", "--type", type);
      const id = /question "([a-z0-9-]+)"/.exec(out)![1]!;
      ids.push(id);
      expect(out).toMatch(new RegExp(`banks/other/core\\.en\\.md:\\d+  new ${type} question "${id}"`));
      expect(out).toMatch(/banks\/other\/core\.zh\.md:\d+/);
    }
    expect(new Set(ids).size).toBe(QUESTION_TYPES.length);

    const { snapshot } = await loadContent({ dir: root, publicDir });
    expect(snapshot.errors).toEqual([]);
    const added = snapshot.questions.filter((q) => ids.includes(q.id));
    expect(added.map((q) => q.type).sort()).toEqual([...QUESTION_TYPES].sort());
    for (const q of added) {
      expect(q.draft).toBe(true);
      expect(Object.keys(q.langs).sort()).toEqual(["en", "zh"]);
    }
    const zh = readFileSync(path.join(root, "banks/other/core.zh.md"), "utf8");
    expect(zh).toContain("### 解析");
    expect(zh).toContain("title: \"其他\"");
  });

  it("adds to the topic's only bank, and prints the line where the question starts", () => {
    const { root } = contentRootWith();
    const out = contentNew(root, "--topic", "demo", "--type", "open");
    const [, file, line] = /✓ (\S+basics\.en\.md):(\d+)/.exec(out)!;
    expect(readFileSync(file!, "utf8").split("\n")[Number(line) - 1]).toMatch(/^## New question/);
  });

  it("explains what is wrong with the arguments", () => {
    const { root } = contentRootWith();
    const run = (...args: string[]) => {
      try {
        contentNew(root, ...args);
        return "";
      } catch (e) {
        return String((e as { stderr: string }).stderr);
      }
    };
    expect(run("--topic", "nope", "--type", "open")).toMatch(/unknown topic "nope"; topics.yml has: demo, other/);
    expect(run("--topic", "demo", "--type", "essay")).toMatch(/--type must be one of open, single/);
    expect(run("--type", "open")).toMatch(/--topic is required/);
  });
});
