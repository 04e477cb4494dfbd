import type { Diagnostic } from "../../content/diagnostics";
import { parseBank } from "../../content/parse-bank";
import type { ImportResult } from "./types";

/**
 * Runs the content check's per-file rules on the generated bank before it is written, so the importer can say
 * what a person must still fix (raw HTML, a broken formula, a relative image…): the text is never altered to
 * make such problems go away. Cross-file rules (links to other content) run with `npm run content:check`.
 * Also confirms the bank reads back as the questions we meant to write, in case carried text still managed to
 * start a question or section of its own.
 */
export async function checkImport(
  result: ImportResult,
  where: { /** The folder under banks/ the file goes to. */ topic: string; slug: string; display: string },
): Promise<Diagnostic[]> {
  const rel = `banks/${where.topic}/${where.slug}.${result.lang}.md`;
  const parsed = await parseBank(rel, where.display, result.markdown);
  const found = parsed?.questions.map((q) => q.meta.id) ?? [];
  const wanted = result.questions.map((q) => q.id);
  const problems = [...(parsed?.diagnostics ?? [])];
  if (found.join("\n") !== wanted.join("\n")) {
    problems.push({
      file: where.display,
      line: 1,
      column: 1,
      rule: "import-structure",
      message: `the bank reads back as ${found.length} question(s), not the ${wanted.length} imported: check the carried text for stray headings`,
      severity: "error",
    });
  }
  return problems;
}
