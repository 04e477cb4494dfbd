import { readFileSync } from "node:fs";
import path from "node:path";
import { ParseCache } from "../../content/cache";
import { sortDiagnostics } from "../../content/diagnostics";
import { IGNORED_CONTENT_PATH, parseFile, type ParsedFile } from "../../content/kinds";
import type { ContentSnapshot } from "../../content/schemas/snapshot";
import { diffArticles } from "./diff-articles";
import { diffQuestions } from "./diff-questions";
import { diffQuizzes } from "./diff-quizzes";
import {
  changedPaths,
  pathspecFor,
  readAtCommit,
  repositoryRoot,
  resolveBase,
  type ChangedPath,
  type ResolvedBase,
} from "./git";
import { selectDiagnostics, touchedBy } from "./select-diagnostics";
import type { ChangeReport, SideFile } from "./types";

/** Where the content stands in git: resolved before the (slow) full load, so a bad base fails at once. */
export type Comparison = { top: string; base: ResolvedBase; contentRoot: string; paths: ChangedPath[] };

export function prepareComparison(dir: string, requestedBase?: string, cwd = process.cwd()): Comparison {
  const top = repositoryRoot(cwd);
  const base = resolveBase(top, requestedBase);
  const contentRoot = path.resolve(cwd, dir);
  const pathspec = pathspecFor(top, contentRoot);
  return { top, base, contentRoot, paths: changedPaths(top, base.commit, pathspec) };
}

type Located = ChangedPath & { rel: string; display: string };

function locate(cmp: Comparison, cwd: string): Located[] {
  const prefix = path.relative(cmp.top, cmp.contentRoot).split(path.sep).join("/");
  const out: Located[] = [];
  for (const p of cmp.paths) {
    const rel = prefix ? p.path.slice(prefix.length + 1) : p.path;
    if (IGNORED_CONTENT_PATH.test(rel)) continue;
    // Built exactly as loadContent builds display paths, so diagnostics can be matched by file name.
    const display = path.relative(cwd, path.join(cmp.contentRoot, rel)).split(path.sep).join("/");
    out.push({ ...p, rel, display });
  }
  return out;
}

export type ReportOptions = {
  /** The parse cache the full load just filled: the working-tree side is read from it instead of re-parsed. */
  cacheDir?: string;
  cwd?: string;
};

/**
 * Compares the changed files with their base versions and picks the diagnostics this change is answerable
 * for. `snapshot` is the full load of the working tree: cross-file checks and "does this id still exist
 * anywhere" need every file, not just the changed ones.
 */
export async function buildChangeReport(
  cmp: Comparison,
  snapshot: ContentSnapshot,
  options: ReportOptions = {},
): Promise<ChangeReport> {
  const cwd = options.cwd ?? process.cwd();
  const files = locate(cmp, cwd);
  const cache = new ParseCache<ParsedFile | null>(options.cacheDir);
  const before: SideFile[] = [];
  const after: SideFile[] = [];

  for (const f of files) {
    if (f.status !== "added") {
      const parsed = await parseFile(f.rel, f.display, readAtCommit(cmp.top, cmp.base.commit, f.path));
      if (parsed) before.push({ rel: f.rel, parsed });
    }
    if (f.status !== "deleted") {
      let raw: string;
      try {
        raw = readFileSync(path.join(cmp.contentRoot, f.rel), "utf8");
      } catch {
        continue; // Not a readable file (e.g. replaced by a folder): the full load reports what matters.
      }
      const parsed = cache.get(cache.keyFor(f.rel, raw)) ?? (await parseFile(f.rel, f.display, raw));
      if (parsed) after.push({ rel: f.rel, parsed });
    }
  }

  const ids = new Set(snapshot.questions.map((q) => q.id));
  const { diagnostics: removals, ...questions } = diffQuestions(before, after, (id) => ids.has(id));
  const articles = diffArticles(before, after);
  const quizzes = diffQuizzes(before, after);
  const display = files.map((f) => f.display);
  const selected = selectDiagnostics(
    [...snapshot.errors, ...snapshot.warnings],
    touchedBy(display, questions, articles),
  );
  const all = sortDiagnostics([...selected, ...removals]);
  return {
    base: cmp.base,
    files: display,
    questions,
    articles,
    quizzes,
    errors: all.filter((d) => d.severity === "error"),
    warnings: all.filter((d) => d.severity === "warning"),
  };
}
