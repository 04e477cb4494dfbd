import { formatDiagnostic } from "../../content/diagnostics";
import type { Lang } from "../../content/schemas/common";
import type { ChangedQuestion, ChangeReport } from "./types";

// The report is pasted into a pull-request comment, so titles are escaped just enough not to turn into links,
// HTML, emphasis or table cells; `$` and `\` are left alone so that math in a title still reads as math.
const text = (s: string) => s.replace(/[[\]<>*`|]/g, (c) => `\\${c}`);
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
const langs = (l: Lang[]) => l.join(", ");
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "options, prompt (zh, en); answer (en)": fields that changed in the same languages are named together. */
function describeFields(q: ChangedQuestion): string {
  const groups = new Map<string, string[]>();
  for (const f of q.fields) {
    const key = langs(q.fieldLangs[f] ?? []);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups].map(([l, fields]) => `${fields.join(", ")} (${l})`).join("; ");
}

/** A fence longer than any run of backticks inside, so messages that quote ```meta cannot close it early. */
function fenced(lines: string[]): string[] {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length))));
  const fence = "`".repeat(longest + 1);
  return [`${fence}text`, ...lines, fence];
}

function section(title: string, items: string[]): string[] {
  return items.length ? [`**${title}**`, "", ...items.map((i) => `- ${i}`), ""] : [];
}

/** The Markdown summary for a pull-request comment: counts, what changed, then every problem. */
export function reportMarkdown(r: ChangeReport): string {
  const q = r.questions;
  const a = r.articles;
  const z = r.quizzes;
  const ok = r.errors.length === 0;
  const out: string[] = [
    `### ${ok ? "✅" : "❌"} Content changes against ${code(r.base.ref)} (${code(r.base.commit.slice(0, 10))})`,
    "",
    `${plural(r.files.length, "file")} changed · ${plural(r.errors.length, "error")} · ${plural(r.warnings.length, "warning")}`,
    "",
  ];
  if (r.files.length === 0) return [...out, "No content file differs from the base.", ""].join("\n");

  out.push(
    "| | added | changed | retired | removed |",
    "| --- | ---: | ---: | ---: | ---: |",
    `| questions | ${q.added.length} | ${q.changed.length} | ${q.retired.length} | ${q.removed.length} |`,
    `| articles | ${a.added.length} | ${a.changed.length} | – | ${a.removed.length} |`,
    `| quiz sets | ${z.added.length} | ${z.changed.length} | – | ${z.removed.length} |`,
    "",
  );

  const questions = [
    ...section(
      "Added",
      q.added.map(
        (x) =>
          `${code(x.id)} ${text(x.title)} — ${x.type}, ${x.difficulty} (${langs(x.langs)}) · ${code(`${x.file}:${x.line}`)}`,
      ),
    ),
    ...section(
      "Changed",
      q.changed.map((x) => `${code(x.id)} ${text(x.title)} — ${describeFields(x)}`),
    ),
    ...section(
      "Retired",
      q.retired.map((x) => `${code(x.id)} ${text(x.title)}`),
    ),
    ...section(
      "Removed",
      q.removed.map(
        (x) =>
          `${code(x.id)} ${text(x.title)} — ${x.wasRetired ? "was already retired" : "**error:** learners have progress on it; keep it and mark it `retired: true`"}`,
      ),
    ),
  ];
  if (questions.length) out.push("#### Questions", "", ...questions);

  const articles = [
    ...section(
      "Added",
      a.added.map((x) => `${code(x.slug)} (${langs(x.langs)})`),
    ),
    ...section(
      "Changed",
      a.changed.map((x) => `${code(x.slug)} — ${x.fields.join(", ")} (${langs(x.langs)})`),
    ),
    ...section(
      "Removed",
      a.removed.map((x) => code(x.slug)),
    ),
  ];
  if (articles.length) out.push("#### Articles", "", ...articles);

  const quizzes = [
    ...section(
      "Added",
      z.added.map((x) => code(x.slug)),
    ),
    ...section(
      "Changed",
      z.changed.map((x) => `${code(x.slug)} — ${x.fields.join(", ")}`),
    ),
    ...section(
      "Removed",
      z.removed.map((x) => code(x.slug)),
    ),
  ];
  if (quizzes.length) out.push("#### Quiz sets", "", ...quizzes);

  if (!questions.length && !articles.length && !quizzes.length) {
    out.push(
      "No question, article or quiz set changed in what a learner sees (formatting, bank headers or topics only).",
      "",
    );
  }

  out.push("#### Problems", "");
  const problems = [...r.errors, ...r.warnings].map(formatDiagnostic);
  out.push(...(problems.length ? fenced(problems) : ["None in the changed files."]), "");
  return out.join("\n");
}
