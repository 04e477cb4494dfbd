import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { DiagnosticSink } from "./diagnostics";

export type YamlSource = {
  text: string;
  /** 1-based line in the file where `text` starts. */
  line: number;
  /** What the YAML is, for messages: "frontmatter", "meta block", … */
  what: string;
};

type Parsed = { value: unknown; doc: Document; lines: LineCounter };

/** Parses YAML, reporting syntax errors at their line in the file. */
export function parseYaml(src: YamlSource, sink: DiagnosticSink): Parsed | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(src.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const pos = lines.linePos(Math.min(err.pos[0], Math.max(0, src.text.trimEnd().length - 1)));
      sink.error(
        { line: src.line + pos.line - 1, column: pos.col },
        "yaml",
        `invalid YAML in ${src.what}: ${err.message.split("\n")[0]}`,
      );
    }
    return undefined;
  }
  return { value: doc.toJS(), doc, lines };
}

/** Parses YAML and validates it with a zod schema; every issue is reported at the field's own line. */
export function parseYamlWith<S extends z.ZodType>(
  src: YamlSource,
  schema: S,
  sink: DiagnosticSink,
  rule: string,
): Validated<z.infer<S>> | undefined {
  const parsed = parseYaml(src, sink);
  if (!parsed) return undefined;
  const data = validateAt(parsed, src, schema, sink, rule);
  if (data === undefined) return undefined;
  return {
    data,
    locate: (path) => {
      const at = locate(parsed, path);
      return { line: src.line + at.line - 1, column: at.col };
    },
  };
}

/** Validated data, and where in the file each field of it was written. */
export type Validated<T> = { data: T; locate: (path: (string | number)[]) => { line: number; column: number } };

export function validateAt<S extends z.ZodType>(
  parsed: Parsed,
  src: YamlSource,
  schema: S,
  sink: DiagnosticSink,
  rule: string,
): z.infer<S> | undefined {
  const result = schema.safeParse(parsed.value ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const at = locate(parsed, path);
    sink.error({ line: src.line + at.line - 1, column: at.col }, rule, `${src.what}: ${describeIssue(issue, path)}`);
  }
  return undefined;
}

function locate(parsed: Parsed, path: (string | number)[]): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = parsed.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && node.range) return parsed.lines.linePos(node.range[0]);
    if (n === 0 && parsed.doc.contents && "range" in parsed.doc.contents && parsed.doc.contents.range) {
      return parsed.lines.linePos(parsed.doc.contents.range[0]);
    }
  }
  return { line: 1, col: 1 };
}

function describeIssue(issue: z.core.$ZodIssue, path: (string | number)[]): string {
  const field = path.length ? `\`${path.join(".")}\`` : "";
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `\`${k}\``).join(", ")}${field ? ` in ${field}` : ""}`;
    case "invalid_value":
      return `${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_type":
      if (issue.input === undefined) return `missing required field ${field}`;
      return `${field} must be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}`;
    default:
      return field ? `${field} ${issue.message}` : issue.message;
  }
}
