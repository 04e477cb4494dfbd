import type { Diagnostic } from "../../content/diagnostics";
import type { ArticleChanges, QuestionChanges } from "./types";

export type Touched = {
  /** Display paths of the changed files. */
  files: Set<string>;
  /** Question ids added, changed, retired or removed. */
  ids: Set<string>;
  /** Article slugs added, changed or removed. */
  slugs: Set<string>;
};

export function touchedBy(files: string[], questions: QuestionChanges, articles: ArticleChanges): Touched {
  const { added, changed, retired, removed } = questions;
  return {
    files: new Set(files),
    ids: new Set([...added, ...changed, ...retired, ...removed].map((q) => q.id)),
    slugs: new Set([...articles.added, ...articles.changed, ...articles.removed].map((a) => a.slug)),
  };
}

const QUOTED = /"([^"\n]+)"/g;

/**
 * The diagnostics a pull request is answerable for. First, everything reported in a changed file. Second, a
 * cross-file diagnostic in an untouched file whose message names something the change touched: an unchanged
 * quiz that still lists a question this change retired, the other language of a bank this change edited, a
 * duplicate of an id this change added. Without the second rule such a pull request would pass here and then
 * fail the full check (and `next build`) on main. Messages quote ids and slugs ("x"), and name files by their
 * display path, which is what is matched; problems of untouched files that name nothing of the change (main
 * was already broken) stay out, since the contributor cannot fix them in this pull request.
 */
export function selectDiagnostics(all: Diagnostic[], touched: Touched): Diagnostic[] {
  const names = (d: Diagnostic) => {
    for (const m of d.message.matchAll(QUOTED)) {
      const token = m[1]!;
      if (touched.ids.has(token) || touched.slugs.has(token)) return true;
      const article = /^\/articles\/([^#]+)/.exec(token);
      if (article && touched.slugs.has(article[1]!)) return true;
    }
    for (const f of touched.files) if (d.message.includes(f)) return true;
    return false;
  };
  return all.filter((d) => touched.files.has(d.file) || names(d));
}
