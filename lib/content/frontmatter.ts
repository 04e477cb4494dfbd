import matter from "gray-matter";
import type { z } from "zod";
import type { DiagnosticSink } from "./diagnostics";
import { parseYamlWith, type Validated } from "./yaml";

// gray-matter only splits the file; YAML is parsed by `yaml`, which reports lines and columns.
const SPLIT_ONLY = { engines: { yaml: { parse: () => ({}), stringify: () => "" } } } as unknown as Parameters<typeof matter>[1];

export type SplitFile<T> = {
  frontmatter: Validated<T> | undefined;
  body: string;
  /** Lines before the body: add to a body line to get the file line. */
  bodyOffset: number;
};

/** Splits a Markdown file into validated frontmatter and body. */
export function readFrontmatter<S extends z.ZodType>(
  raw: string,
  schema: S,
  sink: DiagnosticSink,
): SplitFile<z.infer<S>> {
  if (!matter.test(raw)) {
    sink.error({ line: 1 }, "frontmatter-missing", "the file must start with YAML frontmatter between --- lines");
    return { frontmatter: undefined, body: raw, bodyOffset: 0 };
  }
  const file = matter(raw, SPLIT_ONLY);
  const prefix = raw.slice(0, raw.length - file.content.length);
  const bodyOffset = prefix.split("\n").length - 1;
  // `file.matter` starts right after the opening ---, so its line 1 is the file's line 1.
  const frontmatter = parseYamlWith({ text: file.matter, line: 1, what: "frontmatter" }, schema, sink, "frontmatter");
  return { frontmatter, body: file.content, bodyOffset };
}
