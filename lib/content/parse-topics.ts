import { DiagnosticSink, type Diagnostic } from "./diagnostics";
import { TopicListSchema, type Topic } from "./schemas/topic";
import { parseYamlWith } from "./yaml";

export type ParsedTopics = { kind: "topics"; file: string; topics: Topic[]; diagnostics: Diagnostic[] };

export function parseTopics(displayPath: string, raw: string): ParsedTopics {
  const sink = new DiagnosticSink(displayPath);
  const parsed = parseYamlWith({ text: raw, line: 1, what: "topics.yml" }, TopicListSchema, sink, "topics");
  const topics = parsed?.data ?? [];
  const seen = new Map<string, number>();
  topics.forEach((t, i) => {
    const line = parsed!.locate([i, "id"]).line;
    if (seen.has(t.id)) sink.error({ line }, "id-duplicate", `topic id "${t.id}" is already used at line ${seen.get(t.id)}`);
    else seen.set(t.id, line);
  });
  return { kind: "topics", file: displayPath, topics: [...topics].sort((a, b) => a.order - b.order), diagnostics: sink.items };
}
