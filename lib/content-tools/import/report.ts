import { formatDiagnostic, type Diagnostic } from "../../content/diagnostics";
import type { ImportResult, NoteKind } from "./types";

/** The `--json` answer: exactly these keys, in this order. */
export function importJson(result: ImportResult, out: string) {
  return {
    questions: result.questions.map(({ id, title, sourceLine, hasAnswer, hasExplanation, type, draft }) => ({
      id,
      title,
      sourceLine,
      hasAnswer,
      hasExplanation,
      type,
      draft,
    })),
    skipped: result.skipped.map(({ line, text }) => ({ line, text })),
    unclassified: result.unclassified,
    out,
  };
}

const NOTE_TITLES: Record<NoteKind, string> = {
  prompt: "unclassified text, put into the question's prompt",
  answer: "unlabelled text before an explanation, taken as the question's answer",
  omitted: "text not imported (outside any question, or an HTML comment)",
  demoted: "headings inside answers turned into bold lines",
  repaired: "unclosed blocks closed",
};

/** The human summary: counts first, then every line a person should look at. */
export function importSummary(result: ImportResult, out: string, problems: Diagnostic[]): string {
  const q = result.questions;
  const lines = [
    `${q.length} question(s) found (${result.lang}) → ${out}`,
    `  with answers:    ${q.filter((x) => x.hasAnswer).length}${countTypes(result)}`,
    `  without answers: ${q.filter((x) => !x.hasAnswer).length}`,
    ...q.filter((x) => !x.hasAnswer).map((x) => `    line ${x.sourceLine}  ${x.title}  [${x.id}]`),
    `  all written as draft: true: write each one's ### Key points (### 要点), then remove the flag`,
    `  skipped headings: ${result.skipped.length}`,
    ...result.skipped.map((s) => `    line ${s.line}  ${s.text}`),
  ];
  for (const kind of Object.keys(NOTE_TITLES) as NoteKind[]) {
    const notes = result.unclassified.filter((n) => n.kind === kind);
    if (notes.length === 0) continue;
    lines.push(`  ${NOTE_TITLES[kind]}: ${notes.length}`);
    lines.push(...notes.map((n) => `    line ${n.line}  ${n.text}${n.question ? `  [${n.question}]` : ""}`));
  }
  const errors = problems.filter((d) => d.severity === "error");
  const warnings = problems.length - errors.length;
  if (errors.length) {
    lines.push(`  ✗ the content check will reject ${errors.length} thing(s); fix them by hand:`);
    lines.push(...errors.map((d) => `    ${formatDiagnostic(d)}`));
  } else {
    lines.push(
      `  ✓ passes the content check's file rules${warnings ? ` (${warnings} warning(s), e.g. drafts and missing explanations)` : ""}`,
    );
  }
  return lines.join("\n");
}

function countTypes(result: ImportResult): string {
  const code = result.questions.filter((x) => x.hasAnswer && x.type === "code").length;
  return code ? ` (${code} of them code)` : "";
}
