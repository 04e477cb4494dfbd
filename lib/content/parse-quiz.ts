import { DiagnosticSink, type Diagnostic } from "./diagnostics";
import { QuizSetFileSchema, type QuizSet } from "./schemas/quiz";
import { parseYamlWith } from "./yaml";

export type ParsedQuiz = {
  kind: "quiz";
  file: string;
  quiz?: QuizSet;
  /** Line of each listed question id, and of each selected topic, for reference errors. */
  questionLines: number[];
  topicLines: number[];
  diagnostics: Diagnostic[];
};

export const QUIZ_PATH = /^quizzes\/([a-z0-9-]+)\.ya?ml$/;

export function parseQuiz(relPath: string, displayPath: string, raw: string): ParsedQuiz {
  const sink = new DiagnosticSink(displayPath);
  const match = QUIZ_PATH.exec(relPath);
  if (!match) {
    sink.error({ line: 1 }, "filename", "quiz files must be named quizzes/<slug>.yml in kebab-case");
    return { kind: "quiz", file: displayPath, questionLines: [], topicLines: [], diagnostics: sink.items };
  }
  const parsed = parseYamlWith({ text: raw, line: 1, what: "quiz set" }, QuizSetFileSchema, sink, "quiz");
  const data = parsed?.data;
  return {
    kind: "quiz",
    file: displayPath,
    quiz: data && { ...data, slug: match[1]!, source: { file: displayPath } },
    questionLines: data?.questions?.map((_, i) => parsed!.locate(["questions", i]).line) ?? [],
    topicLines: data?.select?.topics.map((_, i) => parsed!.locate(["select", "topics", i]).line) ?? [],
    diagnostics: sink.items,
  };
}
