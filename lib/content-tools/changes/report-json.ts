import type { Diagnostic } from "../../content/diagnostics";
import type { ChangeReport } from "./types";

// Same diagnostic shape as `content:check --json`: the list a diagnostic is in already says its severity.
const strip = ({ severity: _s, ...d }: Diagnostic) => d;

/**
 * The machine-readable report (`--changed --json`), for bots that label or comment on pull requests. Question
 * lists are flattened to the top level, as the first thing a bot wants is "which ids did this touch".
 */
export function reportJson(r: ChangeReport) {
  const { added, changed, retired, removed } = r.questions;
  return {
    ok: r.errors.length === 0,
    base: r.base,
    files: r.files,
    added: added.map(({ id, title, type, difficulty, langs, file, line }) => ({
      id,
      title,
      type,
      difficulty,
      langs,
      file,
      line,
    })),
    changed: changed.map(({ id, title, fields, langs, fieldLangs, file, line }) => ({
      id,
      title,
      fields,
      langs,
      fieldLangs,
      file,
      line,
    })),
    retired: retired.map(({ id, title, file, line }) => ({ id, title, file, line })),
    removed: removed.map(({ id, title, wasRetired, file, line }) => ({ id, title, wasRetired, file, line })),
    articles: r.articles,
    quizzes: r.quizzes,
    errors: r.errors.map(strip),
    warnings: r.warnings.map(strip),
  };
}
