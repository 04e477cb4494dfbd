import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/content-fixtures";

const CLI = path.resolve("lib/cli/content-check.ts");
// `--import tsx` would be resolved from the temporary repository, which has no node_modules: name the loader.
const TSX = pathToFileURL(path.resolve("node_modules/tsx/dist/loader.mjs")).href;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "goldmine-changes-"));
  made.push(dir);
  return dir;
}

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

/** A repository whose main branch holds the valid fixture content, checked out on a new branch `feature`. */
function repoWithBase(): string {
  const dir = tempDir();
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "user.name", "Test");
  git(dir, "config", "user.email", "test@example.com");
  git(dir, "config", "commit.gpgsign", "false");
  cpSync(path.join(FIXTURES, "base"), path.join(dir, "content"), { recursive: true });
  cpSync(path.join(FIXTURES, "public"), path.join(dir, "public"), { recursive: true });
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "base");
  git(dir, "checkout", "-q", "-b", "feature");
  return dir;
}

function run(cwd: string, ...args: string[]) {
  // The ceiling keeps git from finding a repository above the temporary folder (say, a TMPDIR inside a checkout).
  const env = { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(cwd) };
  const r = spawnSync(process.execPath, ["--import", TSX, CLI, ...args], { cwd, encoding: "utf8", env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Edits a file of the temporary repository with a string replacement that must apply. */
function edit(dir: string, rel: string, from: string | RegExp, to: string) {
  const file = path.join(dir, rel);
  const before = readFileSync(file, "utf8");
  const after = before.replace(from, to);
  expect(after, `${rel}: ${from}`).not.toBe(before);
  writeFileSync(file, after);
}

/** Cuts one question (its ## heading up to the next ## heading or the end) out of a bank. */
const cut = (md: string, heading: string) => md.replace(new RegExp(`## ${heading}\\n[\\s\\S]*?(?=\\n## |$)`), "").trimEnd() + "\n";

const EN = "content/banks/demo/basics.en.md";
const ZH = "content/banks/demo/basics.zh.md";

const newQuestion = (title: string, answer: string) =>
  `\n## ${title}\n\n\`\`\`meta\nid: demo-new\ntype: boolean\ndifficulty: easy\n\`\`\`\n\nDropout is used at inference time.\n\n### Answer\n\n${answer}\n\n### Explanation\n\nIt is switched off at inference.\n`;

const article = (title: string) =>
  `---\ntitle: ${title}\nsummary: More.\ntopic: demo\ntags: [demo]\nrelated: [demo-open]\n---\n\n## Section\n\nText.\n`;

describe("content:check --changed", () => {
  it("lists exactly what a branch changed, and fails on a removed question", () => {
    const dir = repoWithBase();
    const removedLine = readFileSync(path.join(dir, EN), "utf8").split("\n").indexOf("## Softmax") + 1;

    // Committed on the branch: a new question in both languages, demo-cloze retired, demo-code deleted.
    for (const [rel, title, answer] of [[EN, "Dropout at inference", "false"], [ZH, "推理时的 Dropout", "错"]] as const) {
      writeFileSync(path.join(dir, rel), cut(readFileSync(path.join(dir, rel), "utf8"), "Softmax") + newQuestion(title, answer));
      edit(dir, rel, "id: demo-cloze\ntype: cloze\ndifficulty: medium\n", "id: demo-cloze\ntype: cloze\ndifficulty: medium\nretired: true\n");
    }
    git(dir, "commit", "-q", "-am", "add, retire, delete");

    // Meanwhile on main: an edit the branch does not have. The merge base keeps it out of the report.
    git(dir, "checkout", "-q", "main");
    edit(dir, EN, "Every token attends to every other token.", "Each token attends to all tokens.");
    git(dir, "commit", "-q", "-am", "main moves on");
    git(dir, "checkout", "-q", "feature");

    // Uncommitted: demo-open's answer in English only; demo-multiple's options in both languages;
    // demo-single only reformatted (other list markers, re-wrapped prompt).
    edit(dir, EN, "The model fits noise in the training data and generalises worse.", "It memorises noise and generalises worse.");
    edit(dir, EN, "- [ ] Dropout\n  > Dropout is regularisation", "- [ ] Dropout (p = 0.1)\n  > Dropout is regularisation");
    edit(dir, ZH, "- [ ] Dropout\n  > Dropout 是正则化", "- [ ] Dropout（p = 0.1）\n  > Dropout 是正则化");
    edit(dir, EN, "- [ ] ReLU\n  > Its derivative is 0 or 1.\n- [x] Sigmoid", "* [ ] ReLU\n  > Its derivative is 0 or 1.\n* [x] Sigmoid");
    edit(dir, EN, "Which function has derivative", "Which function\nhas derivative");
    // Untracked: a new article.
    writeFileSync(path.join(dir, "content/articles/extra.en.md"), article("Extra"));
    writeFileSync(path.join(dir, "content/articles/extra.zh.md"), article("附录"));

    const addedLine = readFileSync(path.join(dir, EN), "utf8").split("\n").indexOf("## Dropout at inference") + 1;
    const md = run(dir, "--changed", "main", "--dir", "content");
    expect(md.stderr).toBe("");
    expect(md.status).toBe(1);
    const lines = md.stdout.split("\n");
    const listed = (heading: string, from: string) => {
      const start = lines.indexOf(heading, lines.indexOf(from));
      const items: string[] = [];
      for (let i = start + 2; lines[i]?.startsWith("- "); i++) items.push(lines[i]!);
      return items;
    };
    expect(md.stdout).toContain("4 files changed · 1 error · 0 warnings");
    expect(md.stdout).toContain("| questions | 1 | 2 | 1 | 1 |");
    expect(md.stdout).toContain("| articles | 1 | 0 | – | 0 |");
    expect(listed("**Added**", "#### Questions")).toEqual([
      `- \`demo-new\` Dropout at inference — boolean, easy (zh, en) · \`content/banks/demo/basics.en.md:${addedLine}\``,
    ]);
    expect(listed("**Changed**", "#### Questions")).toEqual([
      "- `demo-open` What is overfitting? — answer (en)",
      "- `demo-multiple` Pick all norms — options (zh, en)",
    ]);
    expect(listed("**Retired**", "#### Questions")).toEqual(["- `demo-cloze` Fill in"]);
    expect(listed("**Removed**", "#### Questions")).toEqual([
      "- `demo-code` Softmax — **error:** learners have progress on it; keep it and mark it `retired: true`",
    ]);
    expect(listed("**Added**", "#### Articles")).toEqual(["- `extra` (zh, en)"]);
    expect(md.stdout).not.toContain("#### Quiz sets");
    const problems = md.stdout.slice(md.stdout.indexOf("#### Problems"));
    expect(problems).toContain(
      `\`\`\`text\ncontent/banks/demo/basics.en.md:${removedLine}:1  id-removed  question "demo-code" was removed, but learners have progress on it: keep it and mark it \`retired: true\`\n\`\`\``,
    );
    for (const untouched of ["demo-single", "demo-boolean"]) expect(md.stdout).not.toContain(untouched);

    const json = run(dir, "--changed", "main", "--dir", "content", "--json");
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      ok: false,
      base: { ref: "main", commit: git(dir, "merge-base", "main", "HEAD").trim() },
      files: ["content/articles/extra.en.md", "content/articles/extra.zh.md", EN, ZH],
      added: [{ id: "demo-new", langs: ["zh", "en"] }],
      changed: [
        { id: "demo-open", fields: ["answer"], langs: ["en"] },
        { id: "demo-multiple", fields: ["options"], langs: ["zh", "en"] },
      ],
      retired: [{ id: "demo-cloze" }],
      removed: [{ id: "demo-code", wasRetired: false, file: EN, line: removedLine }],
      articles: { added: [{ slug: "extra", langs: ["zh", "en"] }], changed: [], removed: [] },
      quizzes: { added: [], changed: [], removed: [] },
      errors: [{ file: EN, line: removedLine, column: 1, rule: "id-removed" }],
      warnings: [],
    });
    expect(report.changed).toHaveLength(2);
  });

  it("passes a branch that only adds, comparing with main by default", () => {
    const dir = repoWithBase();
    for (const [rel, title, answer] of [[EN, "Dropout at inference", "false"], [ZH, "推理时的 Dropout", "错"]] as const) {
      writeFileSync(path.join(dir, rel), readFileSync(path.join(dir, rel), "utf8") + newQuestion(title, answer));
    }
    writeFileSync(
      path.join(dir, "content/quizzes/extra.yml"),
      "title: { zh: 附加, en: Extra }\ndescription: { zh: 一道题。, en: One question. }\nquestions: [demo-new]\n",
    );
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "additions");

    const r = run(dir, "--changed", "--dir", "content", "--no-cache");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("### ✅ Content changes against `main`");
    expect(r.stdout).toContain("| questions | 1 | 0 | 0 | 0 |");
    expect(r.stdout).toContain("| quiz sets | 1 | 0 | – | 0 |");
    expect(r.stdout).toContain("- `demo-new` Dropout at inference — boolean, easy (zh, en)");
    expect(r.stdout).toContain("None in the changed files.");
  });

  it("explains what is wrong when there is no repository or no base", () => {
    const bare = tempDir();
    cpSync(path.join(FIXTURES, "base"), path.join(bare, "content"), { recursive: true });
    const noRepo = run(bare, "--changed", "--dir", "content");
    expect(noRepo.status).toBe(2);
    expect(noRepo.stderr).toMatch(/is not inside a git repository/);

    const dir = repoWithBase();
    expect(run(dir, "--changed=no-such-branch", "--dir", "content").stderr).toMatch(/the base "no-such-branch" is not a branch, tag or commit/);
    expect(run(dir, "--changed", "-p", "--dir", "content").stderr).toMatch(/the base "-p" looks like an option/);
    git(dir, "branch", "-q", "-m", "main", "trunk");
    const noMain = run(dir, "--changed", "--dir", "content");
    expect(noMain.status).toBe(2);
    expect(noMain.stderr).toMatch(/neither origin\/main nor main exists/);
  });
});
