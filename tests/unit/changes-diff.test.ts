import { describe, expect, it } from "vitest";
import { diffArticles } from "@/lib/content-tools/changes/diff-articles";
import { diffQuestions } from "@/lib/content-tools/changes/diff-questions";
import { diffQuizzes } from "@/lib/content-tools/changes/diff-quizzes";
import type { SideFile } from "@/lib/content-tools/changes/types";
import { parseFile } from "@/lib/content/kinds";

/** Parses in-memory files as they would be at one side of the comparison: `{ "banks/demo/a.en.md": "…" }`. */
async function side(files: Record<string, string>): Promise<SideFile[]> {
  const out: SideFile[] = [];
  for (const [rel, raw] of Object.entries(files)) {
    const parsed = await parseFile(rel, `content/${rel}`, raw);
    if (parsed) out.push({ rel, parsed });
  }
  return out;
}

const bank = (...questions: string[]) => `---\ntitle: T\ntopic: demo\n---\n\n${questions.join("\n")}`;

type Q = { id: string; title?: string; type?: string; meta?: string; body: string };
const question = ({ id, title = id, type = "open", meta = "", body }: Q) =>
  `## ${title}\n\n\`\`\`meta\nid: ${id}\ntype: ${type}\ndifficulty: easy\n${meta}\`\`\`\n\n${body}\n`;

const open = (id: string, answer = "Because.", extra: Partial<Q> = {}) =>
  question({ id, body: `Why ${id}?\n\n### Answer\n\n${answer}\n\n### Explanation\n\nSee above.`, ...extra });

const choice = (id: string, options: string, extra: Partial<Q> = {}) =>
  question({ id, type: "single", body: `Pick one.\n\n${options}\n\n### Explanation\n\nIt is.`, ...extra });

const OPTIONS = "- [ ] Alpha\n  > Wrong.\n- [x] Beta\n  > Right.";

describe("diffQuestions", () => {
  it("reports nothing when only the formatting changed: wrapping, list markers, blank lines, order", async () => {
    const before = await side({
      "banks/demo/a.en.md": bank(open("q-one", "The model fits\nnoise in the data."), choice("q-two", OPTIONS)),
    });
    const after = await side({
      "banks/demo/a.en.md": bank(
        choice("q-two", "* [ ] Alpha\n  > Wrong.\n\n* [x] Beta\n  > Right."),
        "\n\n",
        open("q-one", "The model fits noise\nin the data."),
      ),
    });
    const diff = diffQuestions(before, after);
    expect(diff).toEqual({ added: [], changed: [], retired: [], removed: [], diagnostics: [] });
  });

  it("names each changed field and the languages it changed in", async () => {
    const before = await side({
      "banks/demo/a.en.md": bank(open("q-one"), choice("q-two", OPTIONS)),
      "banks/demo/a.zh.md": bank(open("q-one"), choice("q-two", OPTIONS)),
    });
    const after = await side({
      "banks/demo/a.en.md": bank(
        open("q-one", "Because of overfitting."),
        choice("q-two", OPTIONS.replace("Alpha", "Gamma")),
      ),
      "banks/demo/a.zh.md": bank(open("q-one"), choice("q-two", OPTIONS.replace("Alpha", "丙"), { title: "新标题" })),
    });
    const { changed } = diffQuestions(before, after);
    expect(changed.map(({ id, fields, langs, fieldLangs }) => ({ id, fields, langs, fieldLangs }))).toEqual([
      { id: "q-one", fields: ["answer"], langs: ["en"], fieldLangs: { answer: ["en"] } },
      {
        id: "q-two",
        fields: ["title", "options"],
        langs: ["zh", "en"],
        fieldLangs: { title: ["zh"], options: ["zh", "en"] },
      },
    ]);
  });

  it("treats a different correct option as an answer change, and reworded options as an options change", async () => {
    const before = await side({ "banks/demo/a.en.md": bank(choice("q", OPTIONS)) });
    const moved = await side({
      "banks/demo/a.en.md": bank(choice("q", "- [x] Alpha\n  > Right.\n- [ ] Beta\n  > Wrong.")),
    });
    expect(diffQuestions(before, moved).changed[0]!.fields).toEqual(["options", "answer"]);
    const marksOnly = await side({
      "banks/demo/a.en.md": bank(choice("q", "- [x] Alpha\n  > Wrong.\n- [ ] Beta\n  > Right.")),
    });
    expect(diffQuestions(before, marksOnly).changed[0]!.fields).toEqual(["answer"]);
  });

  it("compares meta: type, difficulty and tags, ignoring tag order", async () => {
    const before = await side({
      "banks/demo/a.en.md": bank(open("q-one", "A", { meta: "tags: [a, b]\n" }), open("q-two")),
    });
    const after = await side({
      "banks/demo/a.en.md": bank(
        open("q-one", "A", { meta: "tags: [b, a]\n" }),
        open("q-two", "Because.", { meta: "tags: [c]\n" }),
      ),
    });
    expect(diffQuestions(before, after).changed.map((c) => [c.id, c.fields])).toEqual([["q-two", ["tags"]]]);
  });

  it("lists added, retired and un-retired questions", async () => {
    const before = await side({
      "banks/demo/a.en.md": bank(open("q-one"), open("q-two", "B", { meta: "retired: true\n" })),
    });
    const after = await side({
      "banks/demo/a.en.md": bank(
        open("q-one", "Because.", { meta: "retired: true\n" }),
        open("q-two", "B"),
        open("q-new"),
      ),
    });
    const diff = diffQuestions(before, after);
    expect(diff.added.map((q) => [q.id, q.type, q.langs])).toEqual([["q-new", "open", ["en"]]]);
    expect(diff.retired.map((q) => q.id)).toEqual(["q-one"]);
    expect(diff.changed.map((q) => [q.id, q.fields])).toEqual([["q-two", ["retired"]]]);
    expect(diff.diagnostics).toEqual([]);
  });

  it("makes a removed question an id-removed error at its line in the base file, unless it was already retired", async () => {
    const base = bank(open("q-one"), open("q-gone"), open("q-old", "C", { meta: "retired: true\n" }));
    const before = await side({ "banks/demo/a.en.md": base });
    const after = await side({ "banks/demo/a.en.md": bank(open("q-one")) });
    const diff = diffQuestions(before, after);
    expect(diff.removed.map((q) => [q.id, q.wasRetired])).toEqual([
      ["q-gone", false],
      ["q-old", true],
    ]);
    const line = base.split("\n").indexOf("## q-gone") + 1;
    expect(diff.diagnostics).toEqual([
      {
        file: "content/banks/demo/a.en.md",
        line,
        column: 1,
        rule: "id-removed",
        message: 'question "q-gone" was removed, but learners have progress on it: keep it and mark it `retired: true`',
        severity: "error",
      },
    ]);
  });

  it("does not call an id that moved to another bank, or that still exists elsewhere, removed", async () => {
    const before = await side({
      "banks/demo/a.en.md": bank(open("q-one"), open("q-two")),
      "banks/demo/b.en.md": bank(open("q-three")),
    });
    const after = await side({
      "banks/demo/a.en.md": bank(open("q-two")),
      "banks/demo/b.en.md": bank(open("q-three"), open("q-one")),
    });
    const diff = diffQuestions(before, after);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.map((q) => [q.id, q.fields, q.file])).toEqual([
      ["q-one", ["bank"], "content/banks/demo/b.en.md"],
    ]);

    const gone = await side({ "banks/demo/a.en.md": bank(open("q-two")), "banks/demo/b.en.md": bank(open("q-three")) });
    expect(diffQuestions(before, gone, (id) => id === "q-one").removed).toEqual([]);
  });

  it("reports a language version that appeared as a translation change", async () => {
    const before = await side({ "banks/demo/a.en.md": bank(open("q-one")) });
    const after = await side({ "banks/demo/a.en.md": bank(open("q-one")), "banks/demo/a.zh.md": bank(open("q-one")) });
    expect(diffQuestions(before, after).changed.map((q) => [q.id, q.fieldLangs])).toEqual([
      ["q-one", { translation: ["zh"] }],
    ]);
  });
});

const article = (title: string, body: string) => `---\ntitle: ${title}\nsummary: S.\ntopic: demo\n---\n\n${body}\n`;

describe("diffArticles and diffQuizzes", () => {
  it("matches articles by slug and compares the rendered body, not its wrapping", async () => {
    const before = await side({
      "articles/a.en.md": article("A", "## One\n\nSome\ntext."),
      "articles/b.en.md": article("B", "Text."),
      "articles/gone.en.md": article("G", "Text."),
    });
    const after = await side({
      "articles/a.en.md": article("A", "## One\n\nSome text."),
      "articles/b.en.md": article("B2", "Other text."),
      "articles/new.en.md": article("N", "Text."),
      "articles/new.zh.md": article("N", "文字。"),
    });
    expect(diffArticles(before, after)).toEqual({
      added: [{ slug: "new", file: "content/articles/new.en.md", langs: ["zh", "en"] }],
      changed: [{ slug: "b", file: "content/articles/b.en.md", fields: ["title", "body"], langs: ["en"] }],
      removed: [{ slug: "gone", file: "content/articles/gone.en.md" }],
    });
  });

  it("matches quiz sets by file name and names the changed parts", async () => {
    const quiz = (ids: string, pass = 50) =>
      `title: { zh: 测, en: Q }\ndescription: { zh: 描述, en: D }\nquestions: [${ids}]\npassPercent: ${pass}\n`;
    const before = await side({ "quizzes/a.yml": quiz("q-one"), "quizzes/b.yml": quiz("q-one") });
    const after = await side({ "quizzes/a.yml": quiz("q-one, q-two", 60), "quizzes/c.yml": quiz("q-one") });
    expect(diffQuizzes(before, after)).toEqual({
      added: [{ slug: "c", file: "content/quizzes/c.yml" }],
      changed: [{ slug: "a", file: "content/quizzes/a.yml", fields: ["questions", "settings"] }],
      removed: [{ slug: "b", file: "content/quizzes/b.yml" }],
    });
  });
});
