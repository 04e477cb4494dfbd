export type Severity = "error" | "warning";

/** One problem in one place: `file:line:column  rule  message`. Lines and columns are 1-based. */
export type Diagnostic = {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  severity: Severity;
};

export type Position = { line: number; column?: number };

/** Collects the problems of one file, so every check can report without knowing the file name. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  constructor(readonly file: string) {}

  error(at: Position, rule: string, message: string) {
    this.push("error", at, rule, message);
  }

  warn(at: Position, rule: string, message: string) {
    this.push("warning", at, rule, message);
  }

  private push(severity: Severity, at: Position, rule: string, message: string) {
    this.items.push({ file: this.file, line: at.line, column: at.column ?? 1, rule, message, severity });
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}  ${d.rule}  ${d.severity === "warning" ? "warning: " : ""}${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
